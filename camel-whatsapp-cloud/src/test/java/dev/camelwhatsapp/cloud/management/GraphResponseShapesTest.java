package dev.camelwhatsapp.cloud.management;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The typed results read the response examples of Meta's OpenAPI description (business-messaging-api v23.0). */
class GraphResponseShapesTest {

    final ObjectMapper mapper = new ObjectMapper();

    JsonNode json(String text) throws Exception {
        return mapper.readTree(text);
    }

    @Test
    void retrieveMediaUrl() throws Exception {
        MediaInfo info = MediaInfo.fromGraphJson(json("""
                {"file_size":"303833","id":"2621233374848975","messaging_product":"whatsapp",
                 "mime_type":"image/jpeg","sha256":"<HASH>","url":"<URL>"}"""));

        assertThat(info).isEqualTo(new MediaInfo("2621233374848975", "<URL>", "image/jpeg", "<HASH>", 303833));
    }

    @Test
    void phoneNumberListItemWithEveryField() throws Exception {
        PhoneNumberInfo number = PhoneNumberInfo.fromGraphJson(json("""
                {"id":"1913623884432103","display_phone_number":"+1 631-555-5556","verified_name":"Jasper's Ice Cream",
                 "status":"PENDING","quality_rating":"UNKNOWN","country_code":"US","country_dial_code":"1",
                 "code_verification_status":"NOT_VERIFIED","unified_cert_status":"NAME_PENDING_REVIEW",
                 "account_mode":"SANDBOX","host_platform":"CLOUD_API","messaging_limit_tier":"TIER_50",
                 "is_official_business_account":false,"username":null}"""));

        assertThat(number.isRegistered()).isFalse();
        assertThat(number.isVerified()).isFalse();
        assertThat(number.messagingLimitTier()).isEqualTo("TIER_50");
        assertThat(number.pinEnabled()).isNull();
    }

    @Test
    void phoneNumberDefaultFieldsOnly() throws Exception {
        PhoneNumberInfo number = PhoneNumberInfo.fromGraphJson(json("""
                {"id":"106853218861309","display_phone_number":"+1 555-555-5555","verified_name":"Jaspers Market",
                 "quality_rating":"GREEN","name_status":"APPROVED","code_verification_status":"VERIFIED"}"""));

        assertThat(number.qualityRating()).isEqualTo("GREEN");
        assertThat(number.isVerified()).isTrue();
        assertThat(number.status()).isNull();
    }

    @Test
    void templateListItemWithHeaderBodyFooterButtons() throws Exception {
        TemplateInfo info = TemplateInfo.fromGraphJson(json("""
                {"category":"MARKETING","components":[{"format":"TEXT","text":"Fall Sale","type":"HEADER"},
                 {"example":{"body_text":[["Mark","FALL25"]]},
                  "text":"Hi {{1}}, our Fall Sale is on! Use promo code {{2}} Get an extra 25% off every order above $350!",
                  "type":"BODY"},
                 {"text":"Not interested in any of our sales? Tap Stop Promotions","type":"FOOTER"},
                 {"buttons":[{"text":"Stop promotions","type":"QUICK_REPLY"}],"type":"BUTTONS"}],
                 "id":"920070352646140","language":"en_US","name":"2023_april_promo","status":"REJECTED"}"""));

        assertThat(info.isApproved()).isFalse();
        assertThat(info.definition().header()).isEqualTo(TemplateHeader.text("Fall Sale"));
        assertThat(info.definition().body().examples()).containsExactly("Mark", "FALL25");
        assertThat(info.definition().buttons()).containsExactly(TemplateButtonDefinition.quickReply("Stop promotions"));
        assertThat(info.definition().category()).isEqualTo(TemplateCategory.MARKETING);
    }

    @Test
    void createTemplateRequestExampleRoundTrips() throws Exception {
        JsonNode request = json("""
                {"name":"order_confirmation","language":"en_US","category":"UTILITY","components":[
                 {"type":"HEADER","format":"DOCUMENT","example":{"header_handle":["4::YXBwbGljYXRpb24vcGRm:ARZVv4zuogJMxm"]}},
                 {"type":"BODY","text":"Thank you for your order, {{1}}! Your order number is {{2}}. Thanks again!",
                  "example":{"body_text":[["Mark","860198-230332"]]}},
                 {"type":"BUTTONS","buttons":[{"type":"PHONE_NUMBER","text":"Call","phone_number":"16467043595"},
                  {"type":"URL","text":"Contact Support","url":"https://www.examplesite.com/support"}]}]}""");

        TemplateDefinition definition = TemplateDefinition.fromGraphJson(request);

        assertThat(definition.toGraphJson()).isEqualTo(request);
        assertThat(TemplateLinter.lint(definition).findings()).isEmpty();
    }

    @Test
    void namedParameterTemplateRoundTrips() throws Exception {
        JsonNode request = json("""
                {"name":"order_ready","language":"en_US","category":"UTILITY","parameter_format":"NAMED","components":[
                 {"type":"BODY","text":"Hello {{first_name}}, order {{order_id}} is ready for pickup.",
                  "example":{"body_text_named_params":[{"param_name":"first_name","example":"Pablo"},
                                                       {"param_name":"order_id","example":"#8612"}]}}]}""");

        TemplateDefinition definition = TemplateDefinition.fromGraphJson(request);

        assertThat(definition.parameterFormat()).isEqualTo(ParameterFormat.NAMED);
        assertThat(definition.toGraphJson()).isEqualTo(request);
    }

    @Test
    void subscribedAppsAndDebugToken() throws Exception {
        assertThat(SubscribedApp.listFromGraphJson(json("""
                {"data":[{"whatsapp_business_api_data":{"id":"1234567890123456","name":"Business Messaging App",
                  "link":"https://www.facebook.com/games/?app_id=1234567890123456"}}]}""")))
                .containsExactly(new SubscribedApp(
                        "1234567890123456", "Business Messaging App",
                        "https://www.facebook.com/games/?app_id=1234567890123456"));
        TokenInfo token = TokenInfo.fromGraphJson(json("""
                {"data":{"app_id":"1234","type":"USER","application":"Shop","data_access_expires_at":1790000000,
                 "expires_at":1780000000,"is_valid":true,"issued_at":1779900000,
                 "scopes":["whatsapp_business_messaging","public_profile"],"user_id":"42"}}"""));

        assertThat(token.expiresAt()).isEqualTo(Instant.ofEpochSecond(1780000000));
        assertThat(token.missingScopes()).containsExactly("whatsapp_business_management");
        assertThat(TokenInfo.fromGraphJson(json("{\"data\":{\"is_valid\":true,\"expires_at\":0,\"scopes\":[]}}"))
                .neverExpires()).isTrue();
    }
}
