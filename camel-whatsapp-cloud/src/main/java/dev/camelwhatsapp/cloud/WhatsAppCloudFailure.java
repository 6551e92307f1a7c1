package dev.camelwhatsapp.cloud;

/**
 * Marks every exception the component throws, including the few whose JDK supertype is part of their contract.
 *
 * <p>
 * Almost all of them extend {@link WhatsAppCloudException}, so {@code onException(WhatsAppCloudException.class)} is
 * the usual way to catch them. Input refused before any HTTP call ({@code InvalidMessageException},
 * {@code InvalidMediaException}, {@code TemplateLintException}) stays an {@link IllegalArgumentException}, as callers
 * of a constructor or builder expect, and carries this marker instead: {@code exception instanceof
 * WhatsAppCloudFailure} tells any failure of the component from someone else's.
 */
public interface WhatsAppCloudFailure {
}
