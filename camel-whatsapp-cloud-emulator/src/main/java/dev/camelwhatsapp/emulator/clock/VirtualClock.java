package dev.camelwhatsapp.emulator.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The emulator's notion of now: the real clock plus an offset that only grows (until reset).
 * Following real time keeps short delays (statuses after a few ms) natural; the offset lets a test jump
 * over a 24-hour window without waiting for it.
 */
public final class VirtualClock extends Clock {

    private final Clock realClock;
    private final AtomicLong offsetNanos = new AtomicLong();

    public VirtualClock(Clock realClock) {
        this.realClock = realClock;
    }

    public VirtualClock() {
        this(Clock.systemUTC());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The virtual clock is UTC");
    }

    @Override
    public Instant instant() {
        return realClock.instant().plusNanos(offsetNanos.get());
    }

    /** Moves virtual time forward. */
    public Instant advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("The clock only moves forward");
        }
        offsetNanos.addAndGet(duration.toNanos());
        return instant();
    }

    /** How far virtual time is ahead of real time. */
    public Duration offset() {
        return Duration.ofNanos(offsetNanos.get());
    }

    /** Back to real time. */
    public void reset() {
        offsetNanos.set(0);
    }

    /** Seconds since the epoch as the string Meta uses in webhook timestamps. */
    public String epochSecondsText() {
        return Long.toString(instant().getEpochSecond());
    }
}
