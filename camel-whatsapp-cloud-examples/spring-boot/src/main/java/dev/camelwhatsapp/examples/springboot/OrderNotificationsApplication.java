package dev.camelwhatsapp.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Order notifications on Spring Boot: customers get the approved order confirmation template when an order is posted,
 * and an answer when they write back. camel-spring-boot starts the Camel context and picks up {@link OrderRoutes};
 * the whatsapp-cloud component is configured from application.properties alone.
 */
@SpringBootApplication
public class OrderNotificationsApplication {

    public static void main(String[] args) {
        SpringApplication.run(OrderNotificationsApplication.class, args);
    }
}
