package dev.camelwhatsapp.cloud.model.inbound;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The ad or post that led the user to write (click-to-WhatsApp ads).
 *
 * @param sourceUrl    URL of the ad or post
 * @param sourceId     id of the ad or post
 * @param sourceType   {@code ad} or {@code post}
 * @param headline     headline of the ad
 * @param body         body text of the ad
 * @param mediaType    {@code image} or {@code video}
 * @param imageUrl     URL of the image, for image ads
 * @param videoUrl     URL of the video, for video ads
 * @param thumbnailUrl URL of the video thumbnail
 * @param ctwaClid     click id of the ad click
 * @param json         the whole {@code referral} object, for fields not typed here (welcome message, ...)
 */
public record Referral(String sourceUrl, String sourceId, String sourceType, String headline, String body,
        String mediaType, String imageUrl, String videoUrl, String thumbnailUrl, String ctwaClid, JsonNode json) {
}
