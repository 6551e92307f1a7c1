package dev.camelwhatsapp.emulator.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Users' marketing preferences per business number (a user can stop and resume marketing messages), and the
 * per-user marketing limit: a user who got {@code perUser} marketing templates within a day gets no more that day,
 * which Meta reports as 131049. Meta does not publish its limit; it is off unless set.
 */
public final class MarketingPreferences {

    /** The span the per-user limit counts over. */
    public static final Duration LIMIT_SPAN = Duration.ofHours(24);

    private final Clock clock;
    private final BoundedMap<String, Boolean> stopped;
    private final BoundedMap<String, Deque<Instant>> delivered;
    private volatile int perUser;

    public MarketingPreferences(Clock clock, int capacity) {
        this.clock = clock;
        this.stopped = new BoundedMap<>(capacity);
        this.delivered = new BoundedMap<>(capacity);
    }

    /** The user stopped ({@code true}) or resumed ({@code false}) marketing messages from the number. */
    public void setStopped(String phoneNumberId, String address, boolean stop) {
        stopped.put(key(phoneNumberId, address), stop);
    }

    public boolean stopped(String phoneNumberId, String address) {
        return stopped.get(key(phoneNumberId, address)).orElse(false);
    }

    /**
     * Counts a marketing template for the user if the limit allows it.
     *
     * @return whether it may be delivered; {@code false} when the user reached the per-user limit
     */
    public boolean tryDeliver(String phoneNumberId, String address) {
        Deque<Instant> times = delivered.computeIfAbsent(key(phoneNumberId, address), k -> new ArrayDeque<>());
        Instant now = clock.instant();
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(LIMIT_SPAN))) {
                times.pollFirst();
            }
            if (perUser > 0 && times.size() >= perUser) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** At most {@code perUser} marketing templates per user per day; 0 for no limit. */
    public void setPerUserLimit(int perUser) {
        if (perUser < 0) {
            throw new IllegalArgumentException("per_user is 0 (no limit) or more, not " + perUser);
        }
        this.perUser = perUser;
    }

    public int perUserLimit() {
        return perUser;
    }

    public void clear() {
        stopped.clear();
        delivered.clear();
        perUser = 0;
    }

    private static String key(String phoneNumberId, String address) {
        return phoneNumberId + '/' + address;
    }
}
