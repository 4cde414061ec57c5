package io.gridcase.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where Gridcase's mail comes from. */
@ConfigurationProperties("gridcase.mail")
public record MailProperties(String from) {}
