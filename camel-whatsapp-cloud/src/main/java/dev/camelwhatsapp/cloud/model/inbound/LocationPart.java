package dev.camelwhatsapp.cloud.model.inbound;

/**
 * A location the user shared.
 *
 * @param latitude  latitude in degrees, or {@code null} if absent
 * @param longitude longitude in degrees, or {@code null} if absent
 * @param name      name of the place, or {@code null}
 * @param address   address of the place, or {@code null}
 * @param url       website of the place, or {@code null}
 */
public record LocationPart(Double latitude, Double longitude, String name, String address, String url)
        implements
            MessagePart {
}
