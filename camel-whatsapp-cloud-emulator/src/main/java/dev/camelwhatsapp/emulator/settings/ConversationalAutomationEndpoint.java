package dev.camelwhatsapp.emulator.settings;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelwhatsapp.emulator.graph.GraphApiException;
import dev.camelwhatsapp.emulator.server.ApiResponse;
import dev.camelwhatsapp.emulator.server.Json;
import dev.camelwhatsapp.emulator.state.PhoneNumberState;

import static dev.camelwhatsapp.emulator.settings.NumberSettingsLimits.COMMANDS_MAX;
import static dev.camelwhatsapp.emulator.settings.NumberSettingsLimits.COMMAND_DESCRIPTION_MAX;
import static dev.camelwhatsapp.emulator.settings.NumberSettingsLimits.COMMAND_NAME_MAX;
import static dev.camelwhatsapp.emulator.settings.NumberSettingsLimits.COMMAND_NAME_PATTERN;
import static dev.camelwhatsapp.emulator.settings.NumberSettingsLimits.PROMPTS_MAX;
import static dev.camelwhatsapp.emulator.settings.NumberSettingsLimits.PROMPT_MAX;

/**
 * {@code POST /{phone-number-id}/conversational_automation}: the welcome message switch, ice breakers
 * ({@code prompts}, at most 3 of 80 characters) and commands (at most 30; names of letters, digits and
 * underscores up to 30 characters, unique; descriptions up to 256). Read back with
 * {@code GET /{phone-number-id}?fields=conversational_automation}.
 */
public final class ConversationalAutomationEndpoint {

    private final NumberSettingsStore store;

    public ConversationalAutomationEndpoint(NumberSettingsStore store) {
        this.store = store;
    }

    public ApiResponse configure(PhoneNumberState number, JsonNode body) throws GraphApiException {
        ObjectNode automation = Json.object();
        JsonNode welcome = body.get("enable_welcome_message");
        if (welcome != null && !welcome.isBoolean()) {
            throw BusinessProfileEndpoint.invalid("Param enable_welcome_message must be a boolean");
        }
        automation.put("enable_welcome_message", welcome != null && welcome.asBoolean());
        ArrayNode prompts = automation.putArray("prompts");
        JsonNode givenPrompts = body.path("prompts");
        if (!givenPrompts.isMissingNode() && !givenPrompts.isArray()) {
            throw BusinessProfileEndpoint.invalid("Param prompts must be an array of strings");
        }
        if (givenPrompts.size() > PROMPTS_MAX) {
            throw BusinessProfileEndpoint.invalid("Too many prompts provided. Maximum allowed is " + PROMPTS_MAX);
        }
        for (JsonNode prompt : givenPrompts) {
            if (!prompt.isTextual() || prompt.asText().isBlank()) {
                throw BusinessProfileEndpoint.invalid("Each prompt must be a non-empty string");
            }
            if (prompt.asText().codePointCount(0, prompt.asText().length()) > PROMPT_MAX) {
                throw BusinessProfileEndpoint.invalid("Prompt text exceeds the maximum of " + PROMPT_MAX
                        + " characters");
            }
            prompts.add(prompt.asText());
        }
        ArrayNode commands = automation.putArray("commands");
        JsonNode givenCommands = body.path("commands");
        if (!givenCommands.isMissingNode() && !givenCommands.isArray()) {
            throw BusinessProfileEndpoint.invalid("Param commands must be an array");
        }
        if (givenCommands.size() > COMMANDS_MAX) {
            throw BusinessProfileEndpoint.invalid("Too many commands provided. Maximum allowed is " + COMMANDS_MAX);
        }
        Set<String> names = new HashSet<>();
        for (JsonNode command : givenCommands) {
            String name = Json.text(command, "command_name");
            String description = Json.text(command, "command_description");
            if (name == null || !name.matches(COMMAND_NAME_PATTERN) || name.length() > COMMAND_NAME_MAX) {
                throw BusinessProfileEndpoint.invalid("Invalid command name format. Command names must contain only"
                        + " alphanumeric characters and underscores, at most " + COMMAND_NAME_MAX + ": " + name);
            }
            if (!names.add(name)) {
                throw BusinessProfileEndpoint.invalid("Command names must be unique: " + name);
            }
            if (description == null || description.isBlank()
                    || description.codePointCount(0, description.length()) > COMMAND_DESCRIPTION_MAX) {
                throw BusinessProfileEndpoint.invalid("Param command_description of " + name + " is required and at"
                        + " most " + COMMAND_DESCRIPTION_MAX + " characters long");
            }
            commands.addObject().put("command_name", name).put("command_description", description);
        }
        NumberSettingsStore.NumberSettings settings = store.of(number.number().phoneNumberId());
        synchronized (settings) {
            settings.automation = automation;
        }
        return ApiResponse.success();
    }

    /** The {@code conversational_automation} field of the phone number, when configured. */
    public Optional<ObjectNode> current(String phoneNumberId) {
        NumberSettingsStore.NumberSettings settings = store.of(phoneNumberId);
        synchronized (settings) {
            return Optional.ofNullable(settings.automation).map(ObjectNode::deepCopy);
        }
    }
}
