package dev.camelwhatsapp.cloud.flow.internal;

import dev.camelwhatsapp.cloud.model.InvalidMessageException;
import dev.camelwhatsapp.cloud.model.MessageRequest;
import dev.camelwhatsapp.cloud.model.Recipient;

/**
 * Authentication (one-time password) templates go to phone numbers only: a passcode proves control of a number, and a
 * business-scoped user id has none the business may know. Meta refuses such a send (131062); this rule refuses it
 * before the request is made.
 */
public final class AuthenticationTemplateRule {

    private AuthenticationTemplateRule() {
    }

    /**
     * @param  request                 the request about to be sent
     * @param  template                the template it sends
     * @throws InvalidMessageException on field {@code recipient} when an authentication template goes to a
     *                                 business-scoped user id
     */
    public static void check(MessageRequest request, TemplateSend template) {
        if (template.isAuthentication() && Recipient.isBusinessScopedUserId(request.to())) {
            throw new InvalidMessageException(
                    "recipient", "The authentication template " + template.name()
                            + " needs a phone number: one-time passwords cannot be sent"
                            + " to a business-scoped user id (Meta answers 131062)");
        }
    }
}
