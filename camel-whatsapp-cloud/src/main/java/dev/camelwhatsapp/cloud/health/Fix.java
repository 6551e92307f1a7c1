package dev.camelwhatsapp.cloud.health;

import dev.camelwhatsapp.cloud.api.ErrorCategory;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudApiException;

/**
 * The fixes the diagnosis recommends, each written once: the remedies of the troubleshooting guide, keyed to the
 * symptom or Meta error code they cure.
 */
enum Fix {

    SYSTEM_USER_TOKEN("Use a System User token: Meta Business Manager > Settings > System Users > create an admin"
            + " system user, assign whatsapp_business_messaging and whatsapp_business_management, generate a"
            + " token that never expires. User tokens expire within 24 hours and then fail with error 190."),
    TOKEN_INVALID("Error 190: the token expired or was invalidated. Generate a new System User token (it never"
            + " expires), set it as accessToken, and check it at developers.facebook.com/tools/debug/accesstoken."),
    SCOPES("Errors 3 / 10 / 200: regenerate the System User token with both whatsapp_business_messaging and"
            + " whatsapp_business_management permissions."),
    MIXED_IDS("The endpoint path must be the phone number id shown in WhatsApp Manager > Phone Numbers (or listed by"
            + " listPhoneNumbers), not the phone number itself and not the WABA id."),
    SWAPPED_IDS("Swap the two ids: the endpoint path (phoneNumberId) is the phone number id and wabaId the WhatsApp"
            + " Business Account id, both under App Dashboard > WhatsApp > API Setup."),
    WRONG_TOKEN_TYPE("Use a System User access token (or, for a first test, the user token of API Setup): app and page"
            + " tokens cannot send WhatsApp messages. Meta Business Manager > Settings > System Users >"
            + " Generate token, with whatsapp_business_messaging and whatsapp_business_management."),
    RECIPIENT_FORMAT("Recipients are E.164 digits without '+', spaces or dashes, e.g. 14155551234 (otherwise error"
            + " 100)."),
    SET_WABA_ID("Set the wabaId option to the WhatsApp Business Account id so that numbers, templates and the webhook"
            + " subscription can be checked."),
    WRONG_WABA("Meta does not know this WABA id for the token: copy the WhatsApp Business Account id from WhatsApp"
            + " Manager (it is not the phone number id nor the business portfolio id)."),
    NUMBER_NOT_IN_WABA(
            "Error 131009: the number is not in this WABA. Add it in WhatsApp Manager > Phone Numbers, or set"
                    + " wabaId to the account that owns it."),
    REGISTER("Error 133010: register the number with the Cloud API: set a two-step PIN (operation setTwoStepPin), then"
            + " call registerPhoneNumber with that PIN; after about 5 minutes status is REGISTERED and"
            + " code_verification_status VERIFIED. A number still active in the WhatsApp app must be deleted there"
            + " first."),
    VERIFY_CODE("Complete the number's code verification (request and enter the SMS or voice code) in WhatsApp Manager"
            + " > Phone Numbers, then register it."),
    NO_TEMPLATES("The first message to any user must be an APPROVED template: create one (lint it first with"
            + " lintTemplate, then createTemplate) and wait for approval."),
    TEMPLATES_PENDING("Sends fail with error 132001 until a template is APPROVED; approval takes 24-72 hours, up to 7"
            + " days. Check the status in WhatsApp Manager > Message Templates."),
    TEMPLATES_REJECTED("Fix the rejection reasons (run lintTemplate: variables {{1}}, {{2}} in sequence, no variable at"
            + " the start or end, realistic examples, no URL shorteners, no requests for sensitive data,"
            + " formal wording in UTILITY templates) and submit again under a new name."),
    SUBSCRIBE("Subscribe the app to the WABA's webhooks (operation subscribeApp, i.e. POST /{waba-id}/subscribed_apps):"
            + " without it no webhook ever arrives."),
    SUBSCRIBE_THIS_APP("The WABA sends its webhooks to other apps only: run subscribeApp with this app's token."),
    WEBHOOK_HTTPS(
            "Meta calls only public https:// callback URLs with a certificate from a public CA: put a reverse proxy"
                    + " or load balancer with such a certificate in front of the webhook (a tunnel such as ngrok for"
                    + " development) and register its https:// URL."),
    QUALITY_YELLOW("Quality is dropping: message only opted-in users, keep templates transactional, validate numbers"
            + " and stop retrying failed ones; improve within 7 days or the rating drops to RED."),
    QUALITY_RED("Sending is restricted: pause marketing sends, review opt-in practice and template content, and"
            + " contact Meta Support."),
    ACCOUNT_BLOCKED("The number is flagged, restricted or banned for a policy violation (368 / 131031): contact Meta"
            + " Support; retrying does not help."),
    RATE_LIMITED("Meta rate-limits the management calls (errors 4 / 17 / 80007, about 60 calls a minute): run the"
            + " diagnosis again in a few minutes."),
    SERVICE("Meta failed to answer (errors 1 / 2 / 131000 or HTTP 5xx): check metastatus.com and try again."),
    API_VERSION("Set apiVersion to a version Meta supports (the newest is "
            + dev.camelwhatsapp.cloud.api.ApiVersions.CURRENT
            + "), test the routes against it, and deploy before the old version ends: after its end Meta serves"
            + " requests with its oldest version, whose behaviour may differ."),
    UNREACHABLE("The Graph API did not answer: check baseUri, the network, the proxy options and TLS settings.");

    private final String text;

    Fix(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    /** The fix for a failed call, from Meta's error code. */
    static Fix forFailure(Throwable failure) {
        if (!(failure instanceof WhatsAppCloudApiException api)) {
            return UNREACHABLE;
        }
        return switch (api.getCode()) {
            case 190, 0 -> TOKEN_INVALID;
            case 3, 10, 200 -> SCOPES;
            case 131009 -> NUMBER_NOT_IN_WABA;
            case 133010 -> REGISTER;
            case 100, 803 -> MIXED_IDS;
            default -> api.getCategory() == ErrorCategory.RATE_LIMIT ? RATE_LIMITED
                    : api.getCategory() == ErrorCategory.TOKEN ? TOKEN_INVALID : SERVICE;
        };
    }
}
