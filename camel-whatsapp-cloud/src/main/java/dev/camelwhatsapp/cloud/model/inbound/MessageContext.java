package dev.camelwhatsapp.cloud.model.inbound;

/**
 * What a message refers to: the message it replies to, whether it was forwarded, or the catalog product it asks
 * about.
 *
 * @param from                the sender of the referred message (for replies: the business display number), or
 *                            {@code null}
 * @param id                  the wamid of the referred message, or {@code null}
 * @param forwarded           whether the message was forwarded
 * @param frequentlyForwarded whether the message was forwarded more than five times
 * @param referredProduct     the product the user asked about from a catalog message, or {@code null}
 */
public record MessageContext(String from, String id, boolean forwarded, boolean frequentlyForwarded,
        ReferredProduct referredProduct) {

    /**
     * A catalog product a message refers to.
     *
     * @param catalogId         the catalog id
     * @param productRetailerId the product's retailer id (SKU)
     */
    public record ReferredProduct(String catalogId, String productRetailerId) {
    }
}
