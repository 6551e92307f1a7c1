import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Generates the Endpoint DSL and the component DSL of a Camel component from the metadata JSON its jar carries (what
 * camel-package-maven-plugin writes), in the shape of Camel's own {@code *EndpointBuilderFactory} and
 * {@code *ComponentBuilderFactory}: typed builders for consumer and producer, basic and advanced options, Javadoc from
 * the option descriptions, header name accessors and a static entry point. Run by the build before compilation, so
 * an option or header added to the component appears in the DSL without an edit.
 *
 * <p>
 * Arguments: the metadata resource on the class path, the Java package to generate into, the DSL name (the static
 * method, e.g. whatsappCloud), the output source directory. A launch of a single source file: it needs the JDK,
 * Jackson and the component on the class path (it reads the setters of the component by reflection).
 */
public final class EndpointDslGenerator {

    private final JsonNode metadata;
    private final String targetPackage;
    private final String dslName;
    private final String prefix;
    private final String scheme;
    private final String title;

    private EndpointDslGenerator(JsonNode metadata, String targetPackage, String dslName) {
        this.metadata = metadata;
        this.targetPackage = targetPackage;
        this.dslName = dslName;
        JsonNode component = metadata.path("component");
        this.scheme = component.path("scheme").asText();
        this.title = component.path("title").asText();
        this.prefix = simpleName(component.path("javaType").asText()).replaceFirst("Component$", "");
    }

    public static void main(String[] args) throws Exception {
        JsonNode metadata;
        try (InputStream in = EndpointDslGenerator.class.getClassLoader().getResourceAsStream(args[0])) {
            if (in == null) {
                throw new IllegalStateException("No " + args[0] + " on the class path");
            }
            metadata = new ObjectMapper().readTree(in);
        }
        EndpointDslGenerator generator = new EndpointDslGenerator(metadata, args[1], args[2]);
        Path directory = Path.of(args[3]).resolve(args[1].replace('.', '/'));
        Files.createDirectories(directory);
        write(directory.resolve(generator.prefix + "EndpointBuilderFactory.java"), generator.endpointFactory());
        write(directory.resolve(generator.prefix + "ComponentBuilderFactory.java"), generator.componentFactory());
    }

    private static void write(Path file, String source) throws IOException {
        if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(source)) {
            Files.writeString(file, source, StandardCharsets.UTF_8);
            System.out.println("Generated " + file.getFileName());
        }
    }

    // ---------------------------------------------------------------- Endpoint DSL

    private String endpointFactory() throws ClassNotFoundException {
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        metadata.path("properties").properties().forEach(e -> {
            if (!"path".equals(e.getValue().path("kind").asText())) {
                parameters.put(e.getKey(), e.getValue());
            }
        });
        String factory = prefix + "EndpointBuilderFactory";
        String consumer = prefix + "EndpointConsumerBuilder";
        String producer = prefix + "EndpointProducerBuilder";
        String both = prefix + "EndpointBuilder";
        StringBuilder src = new StringBuilder();
        src.append(header()).append("import org.apache.camel.builder.EndpointConsumerBuilder;\n")
                .append("import org.apache.camel.builder.EndpointProducerBuilder;\n")
                .append("import org.apache.camel.builder.endpoint.AbstractEndpointBuilder;\n\n")
                .append("/**\n * ").append(javadoc(metadata.path("component").path("description").asText()))
                .append("\n *\n * <p>\n * The Endpoint DSL of the {@code ").append(scheme)
                .append("} component: {@code from(").append(dslName).append("(\"*\"))}, {@code to(").append(dslName)
                .append("(\"{{whatsapp.phone-number-id}}\").windowPolicy(\"template\"))}. Generated from the")
                .append(" component's metadata by the build.\n */\n")
                .append("@javax.annotation.processing.Generated(\"").append("EndpointDslGenerator").append("\")\n")
                .append("public interface ").append(factory).append(" {\n\n");

        Predicate<JsonNode> consumerOption = o -> role(o).equals("consumer") || role(o).equals("common");
        Predicate<JsonNode> producerOption = o -> role(o).equals("producer") || role(o).equals("common");
        Predicate<JsonNode> commonOption = o -> role(o).equals("common");

        builder(src, consumer, "EndpointConsumerBuilder", "endpoint consumers", parameters, consumerOption, false);
        builder(src, "Advanced" + consumer, "EndpointConsumerBuilder", "endpoint consumers", parameters,
                consumerOption, true);
        builder(src, producer, "EndpointProducerBuilder", "endpoint producers", parameters, producerOption, false);
        builder(src, "Advanced" + producer, "EndpointProducerBuilder", "endpoint producers", parameters,
                producerOption, true);
        builder(src, both, consumer + ", " + producer, "endpoints", parameters, commonOption, false);
        builder(src, "Advanced" + both, "Advanced" + consumer + ", Advanced" + producer, "endpoints", parameters,
                commonOption, true);

        String headers = prefix + "HeaderNameBuilder";
        src.append("    /** Mixin for route builders: the {@code ").append(dslName)
                .append("} entry points as instance methods. */\n")
                .append("    interface ").append(prefix).append("Builders {\n\n")
                .append(entryPointDoc("        "))
                .append("        default ").append(both).append(" ").append(dslName).append("(String path) {\n")
                .append("            return ").append(factory).append(".").append(dslName).append("(path);\n")
                .append("        }\n\n")
                .append("        /** @return the names of the component's headers */\n")
                .append("        default ").append(headers).append(" ").append(dslName).append("() {\n")
                .append("            return ").append(headers).append(".INSTANCE;\n        }\n    }\n\n");

        src.append(entryPointDoc("    "))
                .append("    static ").append(both).append(" ").append(dslName).append("(String path) {\n")
                .append("        return endpointBuilder(\"").append(scheme).append("\", path);\n    }\n\n")
                .append("    /** @return the names of the component's headers, e.g. for {@code header(")
                .append(dslName).append("().").append(headerMethod(firstHeader())).append("())} */\n")
                .append("    static ").append(headers).append(" ").append(dslName).append("() {\n")
                .append("        return ").append(headers).append(".INSTANCE;\n    }\n\n")
                .append("    /**\n     * @param  componentName the name the component is registered under\n")
                .append("     * @param  path          the path of the endpoint URI\n")
                .append("     * @return               a builder of an endpoint of that component\n     */\n")
                .append("    static ").append(both).append(" endpointBuilder(String componentName, String path) {\n")
                .append("        class ").append(both).append("Impl extends AbstractEndpointBuilder implements ")
                .append(both).append(", Advanced").append(both).append(" {\n")
                .append("            ").append(both).append("Impl(String path) {\n")
                .append("                super(componentName, path);\n            }\n        }\n")
                .append("        return new ").append(both).append("Impl(path);\n    }\n\n");

        src.append("    /** The names of the component's message headers. */\n")
                .append("    final class ").append(headers).append(" {\n\n")
                .append("        private static final ").append(headers).append(" INSTANCE = new ").append(headers)
                .append("();\n\n        private ").append(headers).append("() {\n        }\n");
        metadata.path("headers").properties().forEach(e -> src.append("\n        /**\n         * ")
                .append(javadoc(e.getValue().path("description").asText())).append("\n         *\n")
                .append("         * <p>\n         * Type: {@code ").append(javadoc(e.getValue().path("javaType").asText()))
                .append("}; group: ").append(javadoc(e.getValue().path("group").asText())).append(".\n         *\n")
                .append("         * @return the name of the header {@code ").append(e.getKey()).append("}\n")
                .append("         */\n        public String ").append(headerMethod(e.getKey())).append("() {\n")
                .append("            return \"").append(e.getKey()).append("\";\n        }\n"));
        src.append("    }\n}\n");
        return src.toString();
    }

    private String entryPointDoc(String indent) {
        JsonNode path = firstPath();
        return indent + "/**\n" + indent + " * " + title + " (" + scheme + "): "
               + javadoc(metadata.path("component").path("description").asText()) + "\n" + indent + " *\n"
               + indent + " * <p>\n" + indent + " * Syntax: <code>" + metadata.path("component").path("syntax").asText()
               + "</code>\n" + indent + " *\n" + indent + " * @param  path " + javadoc(path.path("description").asText())
               + "\n" + indent + " * @return      the endpoint builder\n" + indent + " */\n";
    }

    private void builder(StringBuilder src, String name, String extendsTypes, String what,
            Map<String, JsonNode> parameters, Predicate<JsonNode> roleFilter, boolean advanced)
            throws ClassNotFoundException {
        String basicName = name.replaceFirst("^Advanced", "");
        src.append("    /** ").append(advanced ? "Advanced builder" : "Builder").append(" for ").append(what)
                .append(" of the ").append(title).append(" component. */\n")
                .append("    interface ").append(name).append(" extends ").append(extendsTypes).append(" {\n\n");
        if (advanced) {
            src.append("        /** @return the basic options of this builder */\n")
                    .append("        default ").append(basicName).append(" basic() {\n")
                    .append("            return (").append(basicName).append(") this;\n        }\n\n");
        } else {
            src.append("        /** @return the advanced options of this builder */\n")
                    .append("        default Advanced").append(name).append(" advanced() {\n")
                    .append("            return (Advanced").append(name).append(") this;\n        }\n\n");
        }
        for (Map.Entry<String, JsonNode> entry : parameters.entrySet()) {
            JsonNode option = entry.getValue();
            if (roleFilter.test(option) && isAdvanced(option) == advanced) {
                optionMethods(src, name, entry.getKey(), option);
            }
        }
        src.append("    }\n\n");
    }

    private void optionMethods(StringBuilder src, String builder, String name, JsonNode option)
            throws ClassNotFoundException {
        String javaType = option.path("javaType").asText();
        String type = javaType.replace('$', '.');
        boolean isString = "java.lang.String".equals(javaType);
        if (!isString) {
            if (!isPrimitive(type) && !type.startsWith("java.lang.") && !loads(javaType)) {
                type = null;
            }
            if (type != null) {
                optionMethod(src, builder, name, option, type, "");
            }
        }
        optionMethod(src, builder, name, option, "String", isString ? ""
                : "The option will be converted to a <code>" + javadoc(javaType) + "</code> type.");
    }

    private void optionMethod(StringBuilder src, String builder, String name, JsonNode option, String type,
            String conversion) {
        src.append("        /**\n         * ").append(javadoc(option.path("description").asText())).append("\n")
                .append("         *\n         * <p>\n         * The option is a: <code>")
                .append(javadoc(option.path("javaType").asText())).append("</code> type.");
        if (!conversion.isEmpty()) {
            src.append(" ").append(conversion);
        }
        if (option.has("defaultValue")) {
            src.append("\n         * <p>\n         * Default: ").append(javadoc(option.path("defaultValue").asText()));
        }
        if (option.has("enum")) {
            List<String> values = new ArrayList<>();
            option.path("enum").forEach(v -> values.add(v.asText()));
            src.append("\n         * <p>\n         * One of: ").append(javadoc(String.join(", ", values)));
        }
        if (option.path("required").asBoolean()) {
            src.append("\n         * <p>\n         * Required: true");
        }
        if (option.path("secret").asBoolean()) {
            src.append("\n         * <p>\n         * A secret: keep it out of logs; prefer setting it on the component.");
        }
        src.append("\n         * <p>\n         * Group: ").append(javadoc(option.path("group").asText())).append("\n")
                .append("         *\n         * @param  ").append(name).append(" the value to set\n")
                .append("         * @return the dsl builder\n         */\n")
                .append("        default ").append(builder).append(" ").append(name).append("(").append(type)
                .append(" ").append(name).append(") {\n")
                .append("            doSetProperty(\"").append(name).append("\", ").append(name).append(");\n")
                .append("            return this;\n        }\n\n");
    }

    // ---------------------------------------------------------------- component DSL

    private String componentFactory() throws ClassNotFoundException {
        String componentType = metadata.path("component").path("javaType").asText();
        Class<?> componentClass = Class.forName(componentType, false, EndpointDslGenerator.class.getClassLoader());
        String factory = prefix + "ComponentBuilderFactory";
        String builder = prefix + "ComponentBuilder";
        StringBuilder src = new StringBuilder(header());
        src.append("import org.apache.camel.Component;\n")
                .append("import org.apache.camel.builder.component.AbstractComponentBuilder;\n")
                .append("import org.apache.camel.builder.component.ComponentBuilder;\n\n")
                .append("/**\n * The component DSL of the {@code ").append(scheme)
                .append("} component: configures a component instance in Java, e.g. {@code ").append(dslName)
                .append("().accessToken(token).register(context, \"").append(scheme)
                .append("\")}. Generated from the component's metadata by the build.\n */\n")
                .append("@javax.annotation.processing.Generated(\"EndpointDslGenerator\")\n")
                .append("public interface ").append(factory).append(" {\n\n")
                .append("    /**\n     * ").append(title).append(" (").append(scheme).append("): ")
                .append(javadoc(metadata.path("component").path("description").asText()))
                .append("\n     *\n     * @return the dsl builder\n     */\n")
                .append("    static ").append(builder).append(" ").append(dslName).append("() {\n")
                .append("        return new ").append(builder).append("Impl();\n    }\n\n")
                .append("    /** Builder for the ").append(title).append(" component. */\n")
                .append("    interface ").append(builder).append(" extends ComponentBuilder<").append(componentType)
                .append("> {\n\n");
        List<String> cases = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : metadata.path("componentProperties").properties()) {
            String name = entry.getKey();
            JsonNode option = entry.getValue();
            String configurationField = option.path("configurationField").asText("");
            Class<?> owner = componentClass;
            String target = "((" + componentType + ") component)";
            if (!configurationField.isEmpty()) {
                owner = Class.forName(option.path("configurationClass").asText(), false,
                        EndpointDslGenerator.class.getClassLoader());
                target = "getOrCreateConfiguration((" + componentType + ") component)";
            }
            Method setter = setter(owner, name);
            if (setter == null) {
                throw new IllegalStateException("No setter for the component option " + name + " on " + owner);
            }
            String type = setter.getParameterTypes()[0].getCanonicalName();
            optionMethod(src, builder, name, option, type, "");
            cases.add("            case \"" + name + "\": " + target + "." + setter.getName() + "((" + boxed(type)
                      + ") value); return true;\n");
        }
        src.append("    }\n\n")
                .append("    /** Applies the options to a new component, with the component's own setters. */\n")
                .append("    class ").append(builder).append("Impl extends AbstractComponentBuilder<")
                .append(componentType).append("> implements ").append(builder).append(" {\n\n")
                .append("        @Override\n        protected ").append(componentType)
                .append(" buildConcreteComponent() {\n            return new ").append(componentType)
                .append("();\n        }\n\n")
                .append("        private ").append(configurationType()).append(" getOrCreateConfiguration(")
                .append(componentType).append(" component) {\n")
                .append("            if (component.getConfiguration() == null) {\n")
                .append("                component.setConfiguration(new ").append(configurationType())
                .append("());\n            }\n            return component.getConfiguration();\n        }\n\n")
                .append("        @Override\n        protected boolean setPropertyOnComponent(Component component,")
                .append(" String name, Object value) {\n            switch (name) {\n");
        cases.forEach(src::append);
        src.append("            default: return false;\n            }\n        }\n    }\n}\n");
        return src.toString();
    }

    private String configurationType() {
        for (Map.Entry<String, JsonNode> entry : metadata.path("componentProperties").properties()) {
            if (entry.getValue().has("configurationClass")) {
                return entry.getValue().path("configurationClass").asText();
            }
        }
        throw new IllegalStateException("The component has no configuration class");
    }

    // ---------------------------------------------------------------- helpers

    private String header() {
        return "package " + targetPackage + ";\n\n";
    }

    private JsonNode firstPath() {
        for (Map.Entry<String, JsonNode> entry : metadata.path("properties").properties()) {
            if ("path".equals(entry.getValue().path("kind").asText())) {
                return entry.getValue();
            }
        }
        throw new IllegalStateException("The component has no path parameter");
    }

    private String firstHeader() {
        return metadata.path("headers").properties().iterator().next().getKey();
    }

    /** consumer, producer or common, from Camel's labels. */
    private static String role(JsonNode option) {
        String label = option.path("label").asText("");
        if (label.contains("consumer")) {
            return "consumer";
        }
        return label.contains("producer") ? "producer" : "common";
    }

    private static boolean isAdvanced(JsonNode option) {
        return option.path("label").asText("").contains("advanced");
    }

    /** CamelWhatsAppCloudMessageId becomes whatsAppCloudMessageId, as in Camel's own header name builders. */
    private static String headerMethod(String header) {
        String name = header.startsWith("Camel") ? header.substring("Camel".length()) : header;
        name = name.replaceAll("[^A-Za-z0-9]", "");
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }

    private static Method setter(Class<?> owner, String name) {
        String setterName = "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (Method method : owner.getMethods()) {
            if (method.getName().equals(setterName) && method.getParameterCount() == 1) {
                return method;
            }
        }
        return null;
    }

    private static boolean loads(String javaType) {
        try {
            Class.forName(javaType, false, EndpointDslGenerator.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static boolean isPrimitive(String type) {
        return List.of("boolean", "byte", "short", "int", "long", "float", "double", "char").contains(type);
    }

    private static String boxed(String type) {
        return switch (type) {
            case "boolean" -> "Boolean";
            case "byte" -> "Byte";
            case "short" -> "Short";
            case "int" -> "Integer";
            case "long" -> "Long";
            case "float" -> "Float";
            case "double" -> "Double";
            case "char" -> "Character";
            default -> type;
        };
    }

    private static String simpleName(String javaType) {
        return javaType.substring(javaType.lastIndexOf('.') + 1);
    }

    /** Text made safe for a Javadoc comment. */
    private static String javadoc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
                .replace("@", "&#64;").replace("\n", " ");
    }
}
