package dev.camelwhatsapp.cloud.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A location pin: {@code {"latitude":…, "longitude":…, "name"?:…, "address"?:…}}.
 *
 * <pre>{@code
 * LocationMessage.of(52.5200, 13.4050).name("Pick-up point").address("Alexanderplatz 1, Berlin")
 * }</pre>
 *
 * @param latitude  degrees, -90 to 90
 * @param longitude degrees, -180 to 180
 * @param name      the place's name, or {@code null}
 * @param address   the place's address, or {@code null}
 */
public record LocationMessage(double latitude, double longitude, String name, String address)
        implements
            OutgoingMessage {

    /** @throws InvalidMessageException when a coordinate is out of range */
    public LocationMessage(double latitude, double longitude, String name, String address) {
        this.latitude = latitude;
        this.longitude = longitude;
        this.name = name;
        this.address = address;
        MessageValidator.coordinates(latitude, longitude, "location");
    }

    public static LocationMessage of(double latitude, double longitude) {
        return new LocationMessage(latitude, longitude, null, null);
    }

    /** @return a copy with this place name */
    public LocationMessage name(String name) {
        return new LocationMessage(latitude, longitude, name, address);
    }

    /** @return a copy with this address */
    public LocationMessage address(String address) {
        return new LocationMessage(latitude, longitude, name, address);
    }

    @Override
    public String type() {
        return "location";
    }

    @Override
    public ObjectNode toGraphJson() {
        ObjectNode location = GraphJson.object().put("latitude", latitude).put("longitude", longitude);
        GraphJson.putIfPresent(location, "name", name);
        return GraphJson.putIfPresent(location, "address", address);
    }
}
