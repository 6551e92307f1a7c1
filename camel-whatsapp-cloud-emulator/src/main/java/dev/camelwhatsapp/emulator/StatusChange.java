package dev.camelwhatsapp.emulator;

import java.time.Instant;

/**
 * One step in a sent message's life.
 *
 * @param status    the new status
 * @param at        virtual time of the change
 * @param errorCode the Meta error code of a {@code failed} status, or {@code null}
 */
public record StatusChange(MessageStatus status, Instant at, Integer errorCode) {
}
