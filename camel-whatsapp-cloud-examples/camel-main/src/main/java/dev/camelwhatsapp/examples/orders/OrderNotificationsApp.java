package dev.camelwhatsapp.examples.orders;

import java.util.Map;

/**
 * Runs the order-notification integration: against Meta when WHATSAPP_ACCESS_TOKEN is set (see
 * application.properties for the other variables), otherwise as the offline demo on the embedded emulator.
 *
 * <p>
 * Arguments: {@code --dsl=java} (default) or {@code --dsl=yaml}, the DSL of the routes.
 */
public final class OrderNotificationsApp {

    private OrderNotificationsApp() {
    }

    public static void main(String[] args) throws Exception {
        OrderNotifications.Dsl dsl = OrderNotifications.Dsl.fromArguments(args);
        String token = System.getenv("WHATSAPP_ACCESS_TOKEN");
        if (token == null || token.isBlank()) {
            System.exit(new OfflineDemo(System.out, dsl).run() ? 0 : 1);
        }
        OrderBook orders = new OrderBook();
        // with Meta the application runs until stopped; the timeline prints what happens
        OrderNotifications.create(dsl, orders, new Timeline(System.out, orders), Map.of()).run();
    }
}
