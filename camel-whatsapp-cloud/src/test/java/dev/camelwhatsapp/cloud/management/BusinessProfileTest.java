package dev.camelwhatsapp.cloud.management;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessProfileTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void readsTheFlatItemTheApiAnswersAndTheWrappedOneOfMetasReference() throws Exception {
        JsonNode flat = MAPPER.readTree("{\"messaging_product\":\"whatsapp\",\"about\":\"Hi\",\"vertical\":\"RETAIL\","
                + "\"websites\":[\"https://a.example\"]}");
        JsonNode wrapped = MAPPER.readTree("{\"business_profile\":" + flat + "}");

        BusinessProfile fromFlat = BusinessProfile.fromGraphJson(flat);

        assertThat(fromFlat).isEqualTo(BusinessProfile.fromGraphJson(wrapped));
        assertThat(fromFlat.about()).isEqualTo("Hi");
        assertThat(fromFlat.vertical()).isEqualTo("RETAIL");
        assertThat(fromFlat.websites()).containsExactly("https://a.example");
        assertThat(fromFlat.email()).isNull();
    }

    @Test
    void anUpdateSendsOnlyTheFieldsThatAreSet() {
        JsonNode json = BusinessProfile.builder().description("Since 1890").profilePictureHandle("4:aGk=:handle")
                .build().toUpdateJson();

        assertThat(json.toString()).isEqualTo("{\"messaging_product\":\"whatsapp\",\"description\":\"Since 1890\","
                + "\"profile_picture_handle\":\"4:aGk=:handle\"}");
    }

    @Test
    void limitsCountCharactersNotUtf16Units() {
        String emojis = "\uD83C\uDF5E".repeat(139);
        assertThat(BusinessProfile.builder().about(emojis).build().about()).isEqualTo(emojis);
    }
}
