package dev.camelwhatsapp.emulator.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A thread-safe map that forgets its oldest entries beyond a capacity, so a long-running emulator (a demo, a load
 * test) keeps bounded memory. Insertion order is kept, which also gives the record logs their order.
 */
public final class BoundedMap<K, V> {

    private final int capacity;
    private final LinkedHashMap<K, V> entries;

    public BoundedMap(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > BoundedMap.this.capacity;
            }
        };
    }

    public synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    public synchronized Optional<V> get(K key) {
        return Optional.ofNullable(entries.get(key));
    }

    public synchronized V computeIfAbsent(K key, Function<K, V> factory) {
        return entries.computeIfAbsent(key, factory);
    }

    public synchronized Optional<V> remove(K key) {
        return Optional.ofNullable(entries.remove(key));
    }

    public synchronized List<V> values() {
        return new ArrayList<>(entries.values());
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized void clear() {
        entries.clear();
    }
}
