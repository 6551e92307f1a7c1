/**
 * One record per webhook field Meta documents besides {@code messages}: templates, phone numbers, the account, calls,
 * WhatsApp Business app coexistence (echoes, history, contacts), groups, partner solutions, payments and automatic
 * events. Each is a {@link dev.camelwhatsapp.cloud.model.inbound.FieldEvent}; its {@code json()} keeps what Meta sent.
 * Values are {@code null} when Meta leaves them out; lists are empty, never {@code null}.
 */
package dev.camelwhatsapp.cloud.model.inbound.field;
