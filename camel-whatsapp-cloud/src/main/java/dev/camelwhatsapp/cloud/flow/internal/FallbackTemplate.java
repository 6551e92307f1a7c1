package dev.camelwhatsapp.cloud.flow.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.cloud.flow.WindowPolicy;
import dev.camelwhatsapp.cloud.model.MessageRequest;
import dev.camelwhatsapp.cloud.model.TemplateMessage;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Expression;

/**
 * The template sent instead of a free-form message outside the 24-hour window (policy {@link WindowPolicy#template}).
 * Its body parameters come from the {@code CamelWhatsAppCloudFallbackParameters} header when the exchange has one (a
 * {@code List} for positional, a {@code Map} for named parameters), otherwise from the configured Simple expressions,
 * e.g. {@code ${header.customerName},${body}}: the free-form text itself is often what the template carries.
 */
public final class FallbackTemplate {

    private final String name;
    private final String language;
    private final List<Expression> parameters;

    private FallbackTemplate(String name, String language, List<Expression> parameters) {
        this.name = name;
        this.language = language;
        this.parameters = parameters;
    }

    /**
     * @param  context    the CamelContext that compiles the expressions
     * @param  name       the approved template's name
     * @param  language   its language code, e.g. {@code en_US}
     * @param  parameters comma-separated Simple expressions, one per positional body parameter; may be null
     * @return            the fallback
     */
    public static FallbackTemplate of(CamelContext context, String name, String language, String parameters) {
        if (name == null || name.isBlank() || language == null || language.isBlank()) {
            throw new IllegalArgumentException(
                    "windowPolicy=template needs fallbackTemplate and"
                            + " fallbackTemplateLanguage: the approved template to send when the"
                            + " 24-hour window is closed");
        }
        List<Expression> expressions = new ArrayList<>();
        for (String text : splitExpressions(parameters)) {
            Expression expression = context.resolveLanguage("simple").createExpression(text);
            expression.init(context);
            expressions.add(expression);
        }
        return new FallbackTemplate(name, language, List.copyOf(expressions));
    }

    /**
     * Splits on the commas that are not inside {@code ${...}}, so that an expression may itself contain commas.
     */
    static List<String> splitExpressions(String parameters) {
        List<String> result = new ArrayList<>();
        if (parameters == null || parameters.isBlank()) {
            return result;
        }
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < parameters.length(); i++) {
            char c = parameters.charAt(i);
            if (c == '{' && i > 0 && parameters.charAt(i - 1) == '$') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                result.add(current.toString().trim());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        result.add(current.toString().trim());
        return result;
    }

    /**
     * @param  original the free-form message that may not be sent
     * @param  exchange the exchange, for the parameters
     * @return          the template send to the same recipient, with the same reply context and callback data
     */
    public MessageRequest replace(MessageRequest original, Exchange exchange) {
        Object fromHeader = exchange.getMessage().getHeader(WhatsAppCloudConstants.FALLBACK_PARAMETERS);
        TemplateMessage template;
        if (fromHeader instanceof Map<?, ?> named) {
            Map<String, Object> byName = new java.util.LinkedHashMap<>();
            named.forEach((key, value) -> byName.put(String.valueOf(key), value));
            template = TemplateMessage.withNamedBodyParameters(name, language, byName);
        } else if (fromHeader instanceof List<?> positional) {
            template = TemplateMessage.withBodyParameters(name, language, positional);
        } else {
            List<String> values = new ArrayList<>(parameters.size());
            for (Expression expression : parameters) {
                values.add(expression.evaluate(exchange, String.class));
            }
            template = TemplateMessage.withBodyParameters(name, language, values);
        }
        return new MessageRequest(
                Objects.requireNonNull(original.to()), template, original.replyTo(),
                original.callbackData());
    }

    /** @return the template's name */
    public String name() {
        return name;
    }
}
