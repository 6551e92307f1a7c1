package dev.camelwhatsapp.cloud;

/**
 * What a {@code whatsapp-cloud:} producer does with an exchange.
 */
public enum WhatsAppCloudOperation {

    /** Sends the body as a WhatsApp message (the default). */
    sendMessage,

    /** Marks the received message whose wamid is the body (or the MessageId header) as read. */
    markAsRead,

    // ---- management: media, templates, phone numbers, account, diagnosis (dev.camelwhatsapp.cloud.management) ----

    /** Uploads the body (byte[], File, Path or InputStream) as media; the body becomes a {@code MediaUpload}. */
    uploadMedia,

    /** Describes the media whose id is the body (or the MediaId header): a {@code MediaInfo}. */
    getMedia,

    /**
     * Downloads the media whose id is the body, or of the {@code InboundMessage} body, streaming it to a temporary
     * file and verifying its SHA-256: a {@code DownloadedMedia}.
     */
    downloadMedia,

    /** Deletes the media whose id is the body (or the MediaId header). */
    deleteMedia,

    /** Lists the WABA's templates, all pages, filtered by the TemplateName, TemplateStatus and TemplateLanguage headers. */
    listTemplates,

    /** Gets a template by id (body) or by the TemplateName and TemplateLanguage headers: a {@code TemplateInfo}. */
    getTemplate,

    /** Lints and submits the {@code TemplateDefinition} body (or a Map / JSON of one) for review. */
    createTemplate,

    /** Deletes a template by the TemplateName header (all languages), or one translation by TemplateId. */
    deleteTemplate,

    /** Lints the {@code TemplateDefinition} body against Meta's rejection reasons: a {@code LintReport}. */
    lintTemplate,

    /** Describes the endpoint's phone number: quality rating, status, verification, tier: a {@code PhoneNumberInfo}. */
    getPhoneNumber,

    /** Lists the phone numbers of the WABA. */
    listPhoneNumbers,

    /** Registers the endpoint's phone number with the Cloud API; the body is the six-digit two-step PIN. */
    registerPhoneNumber,

    /** Sets the two-step verification PIN of the endpoint's phone number; the body is the six-digit PIN. */
    setTwoStepPin,

    /** Lists the apps the WABA sends its webhooks to. */
    getSubscribedApps,

    /** Subscribes the token's app to the WABA's webhooks. */
    subscribeApp,

    // ---- phone number settings: business profile, block list, QR codes, conversational automation ----

    /** Reads the endpoint's number's business profile: a {@code BusinessProfile}. */
    getBusinessProfile,

    /** Changes the fields set in the {@code BusinessProfile} body; the body becomes {@code true}. */
    updateBusinessProfile,

    /**
     * Blocks the users of the body (a phone number or WhatsApp id, comma-separated ones, or a collection; at most
     * 1,000, each must have written in the last 24 hours): the blocked {@code BlockedUser}s.
     */
    blockUsers,

    /** Unblocks the users of the body (as for blockUsers): the unblocked {@code BlockedUser}s. */
    unblockUsers,

    /** Lists the number's blocked users, all pages: a list of {@code BlockedUser}. */
    listBlockedUsers,

    /**
     * Creates a QR code with the body as pre-filled message (or from a {@code QrCodeRequest}, which can also
     * change an existing code's message): a {@code QrCode}.
     */
    createQrCode,

    /** Lists the number's QR codes, newest first: a list of {@code QrCode}. */
    listQrCodes,

    /** Deletes the QR code whose id (or {@code QrCode}) is the body. */
    deleteQrCode,

    /** Sets the number's welcome message, ice breakers and commands from the {@code ConversationalAutomation} body. */
    setConversationalAutomation,

    /** Asks Meta about the access token: validity, expiry, scopes; a {@code TokenInfo}. */
    debugToken,

    /** Runs the troubleshooting checklist against the account: a {@code DiagnosisReport}. */
    diagnose,

    // ---- WhatsApp Flows (dev.camelwhatsapp.cloud.flows) --------------------------------------------------------------

    /** Creates a Flow from the {@code FlowDefinition} body: a {@code FlowCreated}; the FlowId header is set. */
    createFlow,

    /** Changes name, categories or endpoint of the DRAFT Flow in the FlowId header, from a {@code FlowMetadata} body. */
    updateFlowMetadata,

    /** Uploads the body as flow.json of the DRAFT Flow in the FlowId header: a {@code FlowJsonUpload}. */
    updateFlowJson,

    /** Lists the WABA's Flows: a {@code List<FlowInfo>}. */
    listFlows,

    /** Describes the Flow whose id is the body (or the FlowId header), with its validation errors: a {@code FlowInfo}. */
    getFlow,

    /** The preview link of the Flow whose id is the body (or the FlowId header): a {@code FlowPreview}. */
    getFlowPreview,

    /** Publishes the DRAFT Flow whose id is the body (or the FlowId header). */
    publishFlow,

    /** Deprecates the PUBLISHED Flow whose id is the body (or the FlowId header). */
    deprecateFlow,

    /** Deletes the DRAFT Flow whose id is the body (or the FlowId header). */
    deleteFlow,

    /** Registers the RSA public key in the body (PEM or PublicKey) for the Flows of the endpoint's phone number. */
    setBusinessEncryptionKey,

    /** The public key registered for the endpoint's phone number: a {@code BusinessEncryptionKey}, or null. */
    getBusinessEncryptionKey
}
