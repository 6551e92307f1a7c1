package dev.camelwhatsapp.emulator.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.emulator.MessageStatus;
import dev.camelwhatsapp.emulator.SentMessage;
import dev.camelwhatsapp.emulator.StatusChange;

/**
 * The emulator's mutable record of a sent message; handed out only as {@link SentMessage} snapshots.
 */
public final class SentMessageRecord {

    private final String id;
    private final String phoneNumberId;
    private final String to;
    private final String type;
    private final JsonNode request;
    private final Instant acceptedAt;
    private final List<StatusChange> history = new ArrayList<>();
    private MessageStatus status = MessageStatus.ACCEPTED;
    private Integer errorCode;

    public SentMessageRecord(String id, String phoneNumberId, String to, String type, JsonNode request,
                             Instant acceptedAt) {
        this.id = id;
        this.phoneNumberId = phoneNumberId;
        this.to = to;
        this.type = type;
        this.request = request;
        this.acceptedAt = acceptedAt;
        history.add(new StatusChange(MessageStatus.ACCEPTED, acceptedAt, null));
    }

    public String id() {
        return id;
    }

    public String phoneNumberId() {
        return phoneNumberId;
    }

    public String to() {
        return to;
    }

    public JsonNode request() {
        return request;
    }

    /** Records a status change; returns false when the message already failed (nothing follows a failure). */
    public synchronized boolean changeStatus(MessageStatus newStatus, Instant at, Integer error) {
        if (status == MessageStatus.FAILED) {
            return false;
        }
        status = newStatus;
        errorCode = error;
        history.add(new StatusChange(newStatus, at, error));
        return true;
    }

    public synchronized MessageStatus status() {
        return status;
    }

    public synchronized SentMessage snapshot() {
        return new SentMessage(id, phoneNumberId, to, type, request, acceptedAt, status, errorCode, history);
    }
}
