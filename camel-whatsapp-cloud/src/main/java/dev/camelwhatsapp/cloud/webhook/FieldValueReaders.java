package dev.camelwhatsapp.cloud.webhook;

import java.util.Map;

/**
 * Which reader reads which webhook field. A field listed nowhere arrives as a
 * {@link dev.camelwhatsapp.cloud.model.inbound.FieldChange}; typing a new field is one entry here and one record.
 */
final class FieldValueReaders {

    private static final Map<String, FieldValueReader> BY_FIELD = Map.ofEntries(
            Map.entry("message_template_status_update", FieldValueReader.single(TemplateFieldReader::statusUpdate)),
            Map.entry("template_category_update", FieldValueReader.single(TemplateFieldReader::categoryUpdate)),
            Map.entry("message_template_quality_update", FieldValueReader.single(TemplateFieldReader::qualityUpdate)),
            Map.entry("message_template_components_update",
                    FieldValueReader.single(TemplateFieldReader::componentsUpdate)),
            Map.entry("phone_number_quality_update", FieldValueReader.single(AccountFieldReader::qualityUpdate)),
            Map.entry("phone_number_name_update", FieldValueReader.single(AccountFieldReader::nameUpdate)),
            Map.entry("account_update", FieldValueReader.single(AccountFieldReader::accountUpdate)),
            Map.entry("account_alerts", FieldValueReader.single(AccountFieldReader::accountAlert)),
            Map.entry("account_review_update", FieldValueReader.single(AccountFieldReader::reviewUpdate)),
            Map.entry("business_capability_update", FieldValueReader.single(AccountFieldReader::capabilityUpdate)),
            Map.entry("security", FieldValueReader.single(AccountFieldReader::securityUpdate)),
            Map.entry("partner_solutions", FieldValueReader.single(AccountFieldReader::partnerSolutionUpdate)),
            Map.entry("payment_configuration_update",
                    FieldValueReader.single(AccountFieldReader::paymentConfigurationUpdate)),
            Map.entry("calls", CallFieldReader::read),
            Map.entry("smb_message_echoes", CoexistenceFieldReader::echoes),
            Map.entry("smb_app_state_sync", CoexistenceFieldReader::stateSync),
            Map.entry("history", CoexistenceFieldReader::history),
            Map.entry("automatic_events", CoexistenceFieldReader::automaticEvents),
            Map.entry("user_preferences", UserPreferencesReader::read),
            Map.entry("group_lifecycle_update", GroupFieldReader::read),
            Map.entry("group_participants_update", GroupFieldReader::read),
            Map.entry("group_settings_update", GroupFieldReader::read),
            Map.entry("group_status_update", GroupFieldReader::read));

    private FieldValueReaders() {
    }

    /**
     * @param  field a webhook field name, or {@code null}
     * @return       its reader, or {@code null} if the field has no typed record
     */
    static FieldValueReader of(String field) {
        if (field == null) {
            return null;
        }
        FieldValueReader reader = BY_FIELD.get(field);
        // Meta adds group_* fields as the groups API grows; their items share one shape
        return reader == null && field.startsWith("group_") ? GroupFieldReader::read : reader;
    }
}
