package dev.camelwhatsapp.emulator.state;

/**
 * Whether the WABA is subscribed to the app ({@code POST /{waba-id}/subscribed_apps}). Meta sends no webhook at
 * all for an unsubscribed WABA, a classic silent failure the emulator reproduces.
 */
public final class Subscription {

    private volatile boolean subscribed;

    public Subscription(boolean subscribed) {
        this.subscribed = subscribed;
    }

    public boolean subscribed() {
        return subscribed;
    }

    public void subscribed(boolean value) {
        this.subscribed = value;
    }
}
