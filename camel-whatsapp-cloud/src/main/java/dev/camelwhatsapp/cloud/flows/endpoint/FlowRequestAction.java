package dev.camelwhatsapp.cloud.flows.endpoint;

/** Why WhatsApp calls the Flow data endpoint: the {@code action} of the decrypted request. */
public enum FlowRequestAction {

    /** The user opened the Flow: the endpoint answers the first screen and its data. */
    INIT("INIT"),

    /** The user submitted a screen (or a component asked for data): the endpoint answers the next screen, or closes. */
    DATA_EXCHANGE("data_exchange"),

    /** The user pressed back and the screen has {@code refresh_on_back}: the endpoint answers that screen's data. */
    BACK("BACK"),

    /** WhatsApp's health check; answered by the endpoint itself, never routed. */
    PING("ping");

    private final String wireName;

    FlowRequestAction(String wireName) {
        this.wireName = wireName;
    }

    /** @return the value in Meta's JSON, e.g. {@code data_exchange} */
    public String wireName() {
        return wireName;
    }

    /**
     * @param  wireName                 the {@code action} field
     * @return                          the action
     * @throws IllegalArgumentException for an action Meta does not document
     */
    public static FlowRequestAction of(String wireName) {
        for (FlowRequestAction action : values()) {
            if (action.wireName.equals(wireName)) {
                return action;
            }
        }
        throw new IllegalArgumentException("Unknown Flow request action: " + wireName);
    }
}
