package dev.camelwhatsapp.cloud;

import org.apache.camel.spi.Metadata;

/**
 * The Camel message headers of the WhatsApp Cloud component. Every header the component reads or writes is declared
 * here, so that Camel tooling documents it and routes refer to it by constant rather than by string.
 */
public final class WhatsAppCloudConstants {

    // ---- producer: headers read before a send -------------------------------------------------------------------

    @Metadata(label = "producer",
              description = "The recipient's phone number. A leading plus sign, spaces, dashes, dots and parentheses are removed;"
                      + " what remains must be an E.164 number of 7 to 15 digits.",
              javaType = "String")
    public static final String TO = "CamelWhatsAppCloudTo";

    @Metadata(label = "producer", description = "Overrides the endpoint's `operation` for this exchange.",
              javaType = "dev.camelwhatsapp.cloud.WhatsAppCloudOperation")
    public static final String OPERATION = "CamelWhatsAppCloudOperation";

    @Metadata(label = "producer",
              description = "The wamid of the message this one replies to; sent as `context.message_id`, so the"
                      + " recipient sees the reply quoting it.",
              javaType = "String")
    public static final String REPLY_TO = "CamelWhatsAppCloudReplyTo";

    @Metadata(label = "common",
              description = "Producer: opaque data sent as `biz_opaque_callback_data` (at most 512 characters); Meta"
                      + " echoes it in the status events of the message. Consumer: the callback data a status"
                      + " event carries.",
              javaType = "String")
    public static final String CALLBACK_DATA = "CamelWhatsAppCloudCallbackData";

    @Metadata(label = "producer",
              description = "With `CamelWhatsAppCloudTemplateLanguage`, turns a `List` (positional body parameters) or"
                      + " `Map` (named body parameters) body into a send of this approved template.",
              javaType = "String")
    public static final String TEMPLATE_NAME = "CamelWhatsAppCloudTemplateName";

    @Metadata(label = "producer", description = "The language code of the template named by"
            + " `CamelWhatsAppCloudTemplateName`, e.g. `en_US`.",
              javaType = "String")
    public static final String TEMPLATE_LANGUAGE = "CamelWhatsAppCloudTemplateLanguage";

    @Metadata(label = "producer", description = "markAsRead: also show a typing indicator to the user (dismissed when"
            + " the business replies, or after 25 seconds).",
              javaType = "Boolean")
    public static final String TYPING_INDICATOR = "CamelWhatsAppCloudTypingIndicator";

    // ---- management operations ------------------------------------------------------------------------------------

    @Metadata(label = "producer",
              description = "getMedia, downloadMedia, deleteMedia: the media id, when the body does not carry it."
                      + " uploadMedia: the id Meta assigned (out).",
              javaType = "String")
    public static final String MEDIA_ID = "CamelWhatsAppCloudMediaId";

    @Metadata(label = "producer",
              description = "uploadMedia: the MIME type of the body (detected from the file name or content when"
                      + " absent). getMedia, downloadMedia: the MIME type Meta reported (out).",
              javaType = "String")
    public static final String MEDIA_MIME_TYPE = "CamelWhatsAppCloudMediaMimeType";

    @Metadata(label = "producer", description = "uploadMedia: the file name sent with the upload (defaults to the"
            + " File/Path name, else `media`).",
              javaType = "String")
    public static final String MEDIA_FILENAME = "CamelWhatsAppCloudMediaFilename";

    @Metadata(label = "producer", description = "getMedia, downloadMedia: the SHA-256 of the media (out).",
              javaType = "String")
    public static final String MEDIA_SHA256 = "CamelWhatsAppCloudMediaSha256";

    @Metadata(label = "producer", description = "uploadMedia, getMedia, downloadMedia: the size in bytes (out).",
              javaType = "Long")
    public static final String MEDIA_SIZE = "CamelWhatsAppCloudMediaSize";

    @Metadata(label = "producer",
              description = "listTemplates: only templates in this status (APPROVED, PENDING, REJECTED and the others Meta defines)."
                      + " getTemplate, createTemplate: the template's status (out).",
              javaType = "String")
    public static final String TEMPLATE_STATUS = "CamelWhatsAppCloudTemplateStatus";

    @Metadata(label = "producer",
              description = "deleteTemplate: delete only this translation (hsm_id). createTemplate, getTemplate: the"
                      + " template id (out).",
              javaType = "String")
    public static final String TEMPLATE_ID = "CamelWhatsAppCloudTemplateId";

    @Metadata(label = "producer", description = "createTemplate: submit even when the linter finds errors.",
              javaType = "Boolean", defaultValue = "false")
    public static final String SUBMIT_WITH_LINT_ERRORS = "CamelWhatsAppCloudSubmitWithLintErrors";

    @Metadata(label = "producer", description = "diagnose: the overall result, OK, WARN or FAIL (out).",
              javaType = "String")
    public static final String DIAGNOSIS_STATUS = "CamelWhatsAppCloudDiagnosisStatus";

    // ---- headers written after a send, and by the consumer ------------------------------------------------------

    @Metadata(label = "common",
              description = "Producer: the wamid Meta assigned to the message sent (or, for markAsRead, the message"
                      + " marked). Consumer: the id of the received message, or the id of the message a"
                      + " status refers to.",
              javaType = "String")
    public static final String MESSAGE_ID = "CamelWhatsAppCloudMessageId";

    @Metadata(label = "producer", description = "The WhatsApp id Meta resolved the recipient to.", javaType = "String")
    public static final String WA_ID = "CamelWhatsAppCloudWaId";

    @Metadata(label = "producer",
              description = "The `message_status` Meta returned when it gave one: `accepted`,"
                      + " `held_for_quality_assessment` or `paused`.",
              javaType = "String")
    public static final String MESSAGE_STATUS = "CamelWhatsAppCloudMessageStatus";

    // ---- consumer: headers of every received event --------------------------------------------------------------

    @Metadata(label = "consumer",
              description = "What the event is: `message` (a user's message), `status` (of a message the business"
                      + " sent), `error` (an asynchronous error of the number), or the webhook field name of any"
                      + " other change, e.g. `message_template_status_update`.",
              javaType = "String")
    public static final String EVENT_TYPE = "CamelWhatsAppCloudEventType";

    @Metadata(label = "consumer", description = "The business phone number id the event is about; not set for"
            + " account-level events.",
              javaType = "String")
    public static final String PHONE_NUMBER_ID = "CamelWhatsAppCloudPhoneNumberId";

    @Metadata(label = "consumer", description = "The WhatsApp Business Account id the event was delivered for.",
              javaType = "String")
    public static final String WABA_ID = "CamelWhatsAppCloudWabaId";

    @Metadata(label = "consumer",
              description = "The type of a received message: `text`, `image`, `audio`, `video`, `document`, `sticker`,"
                      + " `location`, `contacts`, `interactive`, `button`, `reaction`, `order`, `system`, ...",
              javaType = "String")
    public static final String MESSAGE_TYPE = "CamelWhatsAppCloudMessageType";

    @Metadata(label = "consumer", description = "The sender's WhatsApp id (phone number digits) of a received message,"
            + " or the user's of a `user_preferences` event; not set when Meta"
            + " withholds it, see `CamelWhatsAppCloudUserId`.",
              javaType = "String")
    public static final String FROM = "CamelWhatsAppCloudFrom";

    @Metadata(label = "common",
              description = "The business-scoped user id (BSUID, e.g. `US.13491208655302741918`). Consumer: of a"
                      + " message's sender, a status's recipient or a `user_preferences` event's user, when"
                      + " Meta gives one; the only id of a"
                      + " user who adopted a username and withholds the phone number. Producer: the recipient's"
                      + " id from the send answer (`contacts[].user_id`), when Meta gives one.",
              javaType = "String")
    public static final String USER_ID = "CamelWhatsAppCloudUserId";

    @Metadata(label = "consumer",
              description = "The sender's profile name of a received message, or the user's of a `user_preferences`"
                      + " event.",
              javaType = "String")
    public static final String CONTACT_NAME = "CamelWhatsAppCloudContactName";

    @Metadata(label = "consumer",
              description = "The status of a status event: `sent`, `delivered`, `read`, `failed`, `played`, ...",
              javaType = "String")
    public static final String STATUS = "CamelWhatsAppCloudStatus";

    @Metadata(label = "consumer", description = "The recipient's WhatsApp id of a status event.", javaType = "String")
    public static final String RECIPIENT_ID = "CamelWhatsAppCloudRecipientId";

    @Metadata(label = "consumer",
              description = "When the message was sent, the status changed or the user changed a preference.",
              javaType = "java.time.Instant")
    public static final String TIMESTAMP = "CamelWhatsAppCloudTimestamp";

    @Metadata(label = "consumer",
              description = "The code of an error event, or of the first error of a message or a failed status.",
              javaType = "Integer")
    public static final String ERROR_CODE = "CamelWhatsAppCloudErrorCode";

    @Metadata(label = "consumer",
              description = "The category of the error code, set with it (a failed status, an error event): an"
                      + " `ErrorCategory` such as `WINDOW_CLOSED` (131047), `UNDELIVERABLE` (131026),"
                      + " `RATE_LIMIT`, `POLICY`, `TEMPLATE` or `TOKEN`. A code has the same category as when"
                      + " Meta answers it to a call (`WhatsAppCloudApiException.getCategory()`).",
              javaType = "dev.camelwhatsapp.cloud.api.ErrorCategory")
    public static final String ERROR_CATEGORY = "CamelWhatsAppCloudErrorCategory";

    // ---- flow control ---------------------------------------------------------------------------------------------

    @Metadata(label = "producer",
              description = "With `windowPolicy=template`: the body parameters of the fallback template for this"
                      + " exchange, a `List` (positional) or `Map` (named); overrides"
                      + " `fallbackTemplateParameters`.",
              javaType = "Object")
    public static final String FALLBACK_PARAMETERS = "CamelWhatsAppCloudFallbackParameters";

    @Metadata(label = "producer",
              description = "With `windowPolicy=template`, after a send: `true` when the fallback template was sent"
                      + " instead of the free-form message because the 24-hour window was closed, else `false`.",
              javaType = "Boolean")
    public static final String WINDOW_FALLBACK = "CamelWhatsAppCloudWindowFallback";

    // ---- WhatsApp Flows: the Flows API and the data endpoint -------------------------------------------------------

    @Metadata(label = "common",
              description = "The id of the Flow a Flows API operation works on (updateFlowMetadata, updateFlowJson,"
                      + " getFlow, publishFlow, ...); set by createFlow.",
              javaType = "String")
    public static final String FLOW_ID = "CamelWhatsAppCloudFlowId";

    @Metadata(label = "consumer",
              description = "Flow data endpoint: the action of the request, INIT, DATA_EXCHANGE or BACK.",
              javaType = "dev.camelwhatsapp.cloud.flows.endpoint.FlowRequestAction")
    public static final String FLOW_ACTION = "CamelWhatsAppCloudFlowAction";

    @Metadata(label = "consumer", description = "Flow data endpoint: the screen the user is on.", javaType = "String")
    public static final String FLOW_SCREEN = "CamelWhatsAppCloudFlowScreen";

    @Metadata(label = "consumer",
              description = "Flow data endpoint: the flow token the business put into the Flow message.",
              javaType = "String")
    public static final String FLOW_TOKEN = "CamelWhatsAppCloudFlowToken";

    // ---- user identity: usernames and business-scoped user ids ---------------------------------------------------

    @Metadata(label = "consumer",
              description = "The parent business-scoped user id (e.g. `US.ENT.11815799212886844830`) of a message's"
                      + " sender, a status's recipient or a `user_preferences` event's user, given to businesses"
                      + " whose portfolios share a parent"
                      + " account.",
              javaType = "String")
    public static final String PARENT_USER_ID = "CamelWhatsAppCloudParentUserId";

    @Metadata(label = "consumer",
              description = "The WhatsApp username (`contacts[].profile.username`) of a message's sender, or of the"
                      + " recipient of a `delivered` or `read` status (Meta names it in no other status), when"
                      + " the user adopted one. A display name, not an id: users may change it.",
              javaType = "String")
    public static final String USERNAME = "CamelWhatsAppCloudUsername";

    // ---- marketing policy ----------------------------------------------------------------------------------------

    @Metadata(label = "producer",
              description = "The category of the template sent: `MARKETING`, `UTILITY` or `AUTHENTICATION`. Needed"
                      + " by the marketing policy and the authentication-template check when `templateCheck` is"
                      + " off (with it on, the category comes from the template check's cache).",
              javaType = "String")
    public static final String TEMPLATE_CATEGORY = "CamelWhatsAppCloudTemplateCategory";

    @Metadata(label = "producer",
              description = "With `marketingPolicy=skip`, after a send: the reason a marketing template was not sent"
                      + " (`opted_out` or `marketing_limit`); not set when it was sent.",
              javaType = "String")
    public static final String MARKETING_SKIPPED = "CamelWhatsAppCloudMarketingSkipped";

    private WhatsAppCloudConstants() {
    }
}
