package dev.camelwhatsapp.examples.orders;

import java.util.Map;

import org.apache.camel.main.Main;

/**
 * Assembles the order-notification application on Camel Main: its beans, its routes in the Java or the YAML DSL, and
 * its settings (application.properties, overridden by what the caller gives).
 */
public final class OrderNotifications {

    /** Which DSL the routes are written in. */
    public enum Dsl {
        JAVA,
        YAML;

        /** @return the DSL named by a {@code --dsl=java|yaml} argument, Java when there is none */
        public static Dsl fromArguments(String... args) {
            for (String arg : args) {
                if (arg.startsWith("--dsl=")) {
                    return valueOf(arg.substring("--dsl=".length()).toUpperCase(java.util.Locale.ROOT));
                }
            }
            return JAVA;
        }
    }

    private OrderNotifications() {
    }

    /**
     * @param  dsl       the DSL of the routes
     * @param  orders    the order book the routes and the timeline share
     * @param  timeline  where the routes report what happens
     * @param  overrides settings that win over application.properties and the environment
     * @return           the application, not yet started
     */
    public static Main create(Dsl dsl, OrderBook orders, Timeline timeline, Map<String, String> overrides) {
        Main main = new Main();
        main.bind("orderBook", orders);
        main.bind("orderMessages", new OrderMessages(orders));
        main.bind("timeline", timeline);
        overrides.forEach(main::addOverrideProperty);
        if (dsl == Dsl.YAML) {
            main.configure().withRoutesIncludePattern("classpath:routes/orders.camel.yaml");
        } else {
            main.configure().addRoutesBuilder(new OrderRoutes());
        }
        return main;
    }
}
