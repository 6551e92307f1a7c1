package dev.camelwhatsapp.cloud.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the user can do with an interactive message; its kind decides the interactive {@code type}.
 * Made through {@link InteractiveMessage}'s factories, except {@link FlowAction} and {@link AddressAction} which have
 * options of their own.
 */
public sealed interface InteractiveAction
        permits ReplyButtonsAction, ListAction, CtaUrlAction, FlowAction, LocationRequestAction, ProductAction,
        ProductListAction, CatalogAction, CallPermissionRequestAction, AddressAction {

    /** @return the interactive {@code type}, e.g. {@code button} or {@code list} */
    String interactiveType();

    /** @return a new tree holding the {@code interactive.action} object */
    ObjectNode toGraphJson();
}
