package dev.camelwhatsapp.examples.booking;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The appointment-booking Flow end to end: the Flow is created and published on the emulator, its key registered,
 * and a user books an appointment through the data endpoint, with requests encrypted as WhatsApp encrypts them
 * (written here from Meta's description, independently of the component).
 */
class AppointmentBookingFlowTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String APP_SECRET = "booking-app-secret";
    // a Friday: the dates offered skip the weekend
    static final Clock FRIDAY = Clock.fixed(Instant.parse("2026-12-04T08:00:00Z"), ZoneOffset.UTC);

    WhatsAppCloudEmulator emulator;
    Main main;
    KeyPair keys;
    AppointmentBooking booking;
    int port;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        emulator = WhatsAppCloudEmulator.builder().build();
        emulator.start();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        booking = new AppointmentBooking(FRIDAY);
        main = new Main();
        main.bind("appointmentBooking", booking);
        main.addOverrideProperty("camel.server.host", "127.0.0.1");
        main.addOverrideProperty("camel.server.port", String.valueOf(port));
        main.addOverrideProperty("whatsapp.token", WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN);
        main.addOverrideProperty("whatsapp.secret", APP_SECRET);
        main.addOverrideProperty("whatsapp.webhook-verify-token", "unused");
        main.addOverrideProperty("whatsapp.phone-number-id", WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID);
        main.addOverrideProperty("whatsapp.waba-id", WhatsAppCloudEmulator.DEFAULT_WABA_ID);
        main.addOverrideProperty("whatsapp.base-uri", emulator.baseUri().toString());
        main.addOverrideProperty("whatsapp.flows.endpoint-uri", "https://booking.example.com/whatsapp/flows");
        main.addOverrideProperty("camel.component.whatsapp-cloud.flow-private-key", pem("PRIVATE KEY",
                keys.getPrivate().getEncoded()));
        main.configure().addRoutesBuilder(new AppointmentBookingRoutes());
        main.start();
    }

    @AfterEach
    void stop() {
        main.stop();
        emulator.close();
    }

    @Test
    void aUserBooksAnAppointment() throws Exception {
        ProducerTemplate producer = main.getCamelContext().createProducerTemplate();
        producer.requestBody("direct:register-flows-key", pem("PUBLIC KEY", keys.getPublic().getEncoded()));
        String flowId = producer.requestBody("direct:publish-appointment-flow", resource(
                "/flows/appointment-booking.json"),
                String.class);
        assertThat(emulator.flows()).singleElement().satisfies(flow -> {
            assertThat(flow.id()).isEqualTo(flowId);
            assertThat(flow.status().name()).isEqualTo("PUBLISHED");
            assertThat(flow.validationErrors()).isEmpty();
        });
        assertThat(emulator.businessPublicKey(WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID)).isPresent();

        JsonNode first = exchange("{\"version\":\"3.0\",\"action\":\"INIT\",\"flow_token\":\"booking-7\"}");
        assertThat(first.path("screen").asText()).isEqualTo("APPOINTMENT");
        assertThat(first.path("data").path("date").findValuesAsText("id"))
                .containsExactly("2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10", "2026-12-11");

        JsonNode details = exchange(request("APPOINTMENT", "\"department\":\"dental\",\"date\":\"2026-12-07\","
                + "\"time\":\"09:00\""));
        assertThat(details.path("screen").asText()).isEqualTo("DETAILS");
        assertThat(details.path("data").path("time").asText()).isEqualTo("09:00");

        JsonNode summary = exchange(request("DETAILS", "\"department\":\"dental\",\"date\":\"2026-12-07\","
                + "\"time\":\"09:00\",\"name\":\"Alice\",\"email\":\"alice@example.com\""));
        assertThat(summary.path("data").path("summary").asText())
                .isEqualTo("Dental care, Mon Dec 07 2026 at 09:00 for Alice");

        JsonNode done = exchange(request("SUMMARY", "\"department\":\"dental\",\"date\":\"2026-12-07\","
                + "\"time\":\"09:00\",\"name\":\"Alice\",\"email\":\"alice@example.com\""));
        assertThat(done.path("screen").asText()).isEqualTo("SUCCESS");
        JsonNode params = done.path("data").path("extension_message_response").path("params");
        assertThat(params.path("flow_token").asText()).isEqualTo("booking-7");
        assertThat(params.path("appointment_id").asText()).isEqualTo("A-1");
        assertThat(booking.bookings()).singleElement().satisfies(b -> assertThat(b.name()).isEqualTo("Alice"));

        HttpResponse<String> again = post(seal(request("SUMMARY", "\"department\":\"dental\"")).json);
        assertThat(again.statusCode()).isEqualTo(427);
        assertThat(again.body()).contains("This appointment is already booked");
    }

    private static String request(String screen, String data) {
        return "{\"version\":\"3.0\",\"action\":\"data_exchange\",\"screen\":\"" + screen + "\",\"data\":{" + data
                + "},\"flow_token\":\"booking-7\"}";
    }

    private JsonNode exchange(String clearRequest) throws Exception {
        Sealed sealed = seal(clearRequest);
        HttpResponse<String> response = post(sealed.json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(sealed.open(response.body()));
    }

    private HttpResponse<String> post(String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/whatsapp/flows"))
                .header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", "sha256=" + HexFormat.of().formatHex(mac.doFinal(bytes)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request as WhatsApp sends it: AES-128-GCM payload, its key RSA-OAEP (SHA-256, MGF1-SHA-256) encrypted. */
    private Sealed seal(String clear) throws GeneralSecurityException {
        SecureRandom random = new SecureRandom();
        byte[] aesKey = new byte[16];
        byte[] iv = new byte[16];
        random.nextBytes(aesKey);
        random.nextBytes(iv);
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new GCMParameterSpec(128, iv));
        byte[] data = aes.doFinal(clear.getBytes(StandardCharsets.UTF_8));
        Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
        PublicKey publicKey = keys.getPublic();
        rsa.init(Cipher.ENCRYPT_MODE, publicKey,
                new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
        Base64.Encoder b64 = Base64.getEncoder();
        return new Sealed(
                "{\"encrypted_flow_data\":\"" + b64.encodeToString(data) + "\",\"encrypted_aes_key\":\""
                        + b64.encodeToString(rsa.doFinal(aesKey)) + "\",\"initial_vector\":\"" + b64.encodeToString(iv)
                        + "\"}", aesKey, iv);
    }

    private record Sealed(String json, byte[] aesKey, byte[] iv) {
        String open(String answer) throws GeneralSecurityException {
            byte[] flipped = iv.clone();
            for (int i = 0; i < flipped.length; i++) {
                flipped[i] = (byte) ~flipped[i];
            }
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new GCMParameterSpec(128, flipped));
            return new String(aes.doFinal(Base64.getDecoder().decode(answer)), StandardCharsets.UTF_8);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[]{ '\n' }).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = AppointmentBookingFlowTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
