package dev.camelwhatsapp.cloud.management;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static dev.camelwhatsapp.cloud.management.NumberSettingsLimits.COMMANDS_MAX;
import static dev.camelwhatsapp.cloud.management.NumberSettingsLimits.COMMAND_DESCRIPTION_MAX;
import static dev.camelwhatsapp.cloud.management.NumberSettingsLimits.COMMAND_NAME_MAX;
import static dev.camelwhatsapp.cloud.management.NumberSettingsLimits.COMMAND_NAME_PATTERN;
import static dev.camelwhatsapp.cloud.management.NumberSettingsLimits.PROMPTS_MAX;
import static dev.camelwhatsapp.cloud.management.NumberSettingsLimits.PROMPT_MAX;
import static dev.camelwhatsapp.cloud.management.NumberSettingsLimits.requireAtMost;

/**
 * {@code setConversationalAutomation}'s body: the welcome message switch, ice breakers and commands of a phone
 * number. Each call replaces the whole configuration.
 *
 * @param enableWelcomeMessage whether WhatsApp tells the app when a user opens a chat for the first time
 * @param prompts              ice breakers, at most 3 of 80 characters
 * @param commands             at most 30 commands with unique names
 */
public record ConversationalAutomation(boolean enableWelcomeMessage, List<String> prompts, List<Command> commands) {

    /**
     * A command users type after {@code /}.
     *
     * @param name        letters, digits and underscores, at most 30
     * @param description at most 256 characters
     */
    public record Command(String name, String description) {

        public Command {
            if (name == null || !name.matches(COMMAND_NAME_PATTERN) || name.length() > COMMAND_NAME_MAX) {
                throw new IllegalArgumentException(
                        "A command name is 1 to " + COMMAND_NAME_MAX + " letters, digits"
                                + " or underscores: " + name);
            }
            if (description == null || description.isBlank()) {
                throw new IllegalArgumentException("The command " + name + " needs a description");
            }
            requireAtMost("The description of command " + name, description, COMMAND_DESCRIPTION_MAX);
        }
    }

    public ConversationalAutomation {
        prompts = prompts == null ? List.of() : List.copyOf(prompts);
        commands = commands == null ? List.of() : List.copyOf(commands);
        if (prompts.size() > PROMPTS_MAX) {
            throw new IllegalArgumentException("At most " + PROMPTS_MAX + " ice breakers, not " + prompts.size());
        }
        for (String prompt : prompts) {
            if (prompt == null || prompt.isBlank()) {
                throw new IllegalArgumentException("An ice breaker must not be empty");
            }
            requireAtMost("An ice breaker", prompt, PROMPT_MAX);
        }
        if (commands.size() > COMMANDS_MAX) {
            throw new IllegalArgumentException("At most " + COMMANDS_MAX + " commands, not " + commands.size());
        }
        Set<String> names = new HashSet<>();
        for (Command command : commands) {
            if (!names.add(command.name())) {
                throw new IllegalArgumentException("The command " + command.name() + " is defined twice");
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    ObjectNode toGraphJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode().put("enable_welcome_message", enableWelcomeMessage);
        prompts.forEach(json.putArray("prompts")::add);
        ArrayNode array = json.putArray("commands");
        commands.forEach(c -> array.addObject().put("command_name", c.name())
                .put("command_description", c.description()));
        return json;
    }

    /** Builds a configuration: {@code builder().welcomeMessage(true).prompt("…").command("help", "…").build()}. */
    public static final class Builder {
        private boolean welcomeMessage;
        private final List<String> prompts = new ArrayList<>();
        private final List<Command> commands = new ArrayList<>();

        public Builder welcomeMessage(boolean enabled) {
            this.welcomeMessage = enabled;
            return this;
        }

        public Builder prompt(String iceBreaker) {
            prompts.add(iceBreaker);
            return this;
        }

        public Builder command(String name, String description) {
            commands.add(new Command(name, description));
            return this;
        }

        /** @throws IllegalArgumentException when the configuration breaks Meta's limits */
        public ConversationalAutomation build() {
            return new ConversationalAutomation(welcomeMessage, prompts, commands);
        }
    }
}
