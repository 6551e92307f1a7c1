package dev.camelwhatsapp.cloud.flow;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;

/** The emulator's virtual time as a {@link Clock}, the producer's {@code clock} option in emulator tests. */
final class EmulatorClock extends Clock {

    private final WhatsAppCloudEmulator emulator;

    EmulatorClock(WhatsAppCloudEmulator emulator) {
        this.emulator = emulator;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("UTC only");
    }

    @Override
    public Instant instant() {
        return emulator.now();
    }
}
