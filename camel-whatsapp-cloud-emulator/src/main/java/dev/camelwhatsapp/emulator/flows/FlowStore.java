package dev.camelwhatsapp.emulator.flows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/** The WABA's Flows, and the business public key of each phone number. */
public final class FlowStore {

    private final Map<String, StoredFlow> flows = new LinkedHashMap<>();
    private final Map<String, String> publicKeys = new LinkedHashMap<>();
    private final AtomicLong nextId = new AtomicLong(1_187_000_000_000_001L);

    /** A new numeric Flow id, like Meta's object ids. */
    String newId() {
        return Long.toString(nextId.getAndIncrement());
    }

    public synchronized Optional<StoredFlow> find(String id) {
        return Optional.ofNullable(flows.get(id));
    }

    public synchronized List<StoredFlow> all() {
        return new ArrayList<>(flows.values());
    }

    synchronized boolean nameTaken(String name, String exceptId) {
        return flows.values().stream().anyMatch(f -> f.name().equals(name) && !f.id().equals(exceptId));
    }

    synchronized void put(StoredFlow flow) {
        flows.put(flow.id(), flow);
    }

    synchronized Optional<StoredFlow> update(String id, UnaryOperator<StoredFlow> change) {
        StoredFlow changed = flows.computeIfPresent(id, (key, flow) -> change.apply(flow));
        return Optional.ofNullable(changed);
    }

    synchronized void remove(String id) {
        flows.remove(id);
    }

    /** Forgets every Flow and key. */
    public synchronized void clear() {
        flows.clear();
        publicKeys.clear();
    }

    /** @return the PEM public key registered for the phone number, if any */
    public synchronized Optional<String> publicKey(String phoneNumberId) {
        return Optional.ofNullable(publicKeys.get(phoneNumberId));
    }

    synchronized void setPublicKey(String phoneNumberId, String pem) {
        publicKeys.put(phoneNumberId, pem);
    }
}
