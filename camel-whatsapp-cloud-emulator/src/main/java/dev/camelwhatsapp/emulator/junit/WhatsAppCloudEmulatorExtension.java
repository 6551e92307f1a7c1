package dev.camelwhatsapp.emulator.junit;

import java.net.URI;
import java.util.Objects;

import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts a {@link WhatsAppCloudEmulator} once per test class and stops it after the class.
 *
 * <pre>{@code
 * @RegisterExtension
 * static WhatsAppCloudEmulatorExtension emulator = new WhatsAppCloudEmulatorExtension(
 *         WhatsAppCloudEmulator.builder().throughputPerSecond(10)).resetBeforeEachTest();
 * }</pre>
 *
 * or, with the defaults, {@code @ExtendWith(WhatsAppCloudEmulatorExtension.class)} and a
 * {@code WhatsAppCloudEmulator} parameter on a test, lifecycle method or constructor.
 */
public final class WhatsAppCloudEmulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

    private final WhatsAppCloudEmulator.Builder builder;
    private boolean resetBeforeEach;
    private volatile WhatsAppCloudEmulator emulator;
    private volatile String ownerId;

    /** An extension for an emulator with every default (what {@code @ExtendWith} uses). */
    public WhatsAppCloudEmulatorExtension() {
        this(WhatsAppCloudEmulator.builder());
    }

    /** An extension for an emulator built by {@code builder} when the test class starts. */
    public WhatsAppCloudEmulatorExtension(WhatsAppCloudEmulator.Builder builder) {
        this.builder = Objects.requireNonNull(builder, "builder");
    }

    /** Resets the emulator's state before each test (see {@link WhatsAppCloudEmulator#reset()}). */
    public WhatsAppCloudEmulatorExtension resetBeforeEachTest() {
        this.resetBeforeEach = true;
        return this;
    }

    /** The running emulator. */
    public WhatsAppCloudEmulator emulator() {
        WhatsAppCloudEmulator current = emulator;
        if (current == null) {
            throw new IllegalStateException("The emulator starts before all tests of the class");
        }
        return current;
    }

    /** Shortcut for {@code emulator().baseUri()}. */
    public URI baseUri() {
        return emulator().baseUri();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        ensureStarted(context);
    }

    // Nested classes share the outer class's emulator; with a per-class test instance lifecycle the constructor
    // may ask for it before beforeAll runs.
    private synchronized WhatsAppCloudEmulator ensureStarted(ExtensionContext context) {
        if (emulator == null) {
            WhatsAppCloudEmulator created = builder.build();
            created.start();
            emulator = created;
            ownerId = context.getUniqueId();
        }
        return emulator;
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (emulator != null && context.getUniqueId().equals(ownerId)) {
            emulator.stop();
            emulator = null;
            ownerId = null;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (resetBeforeEach && emulator != null) {
            emulator.reset();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == WhatsAppCloudEmulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return ensureStarted(extensionContext);
    }
}
