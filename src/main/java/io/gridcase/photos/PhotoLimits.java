package io.gridcase.photos;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How many photos one upload may carry and how large each may be ({@code gridcase.photos.*}).
 * Spring's own multipart limits ({@code spring.servlet.multipart.*}) sit above these, so that a
 * photo over {@link #maxBytes} is refused here, by name.
 *
 * @param maxCount photos in one report or one result upload
 * @param maxBytes bytes in one photo, as received
 */
@ConfigurationProperties("gridcase.photos")
public record PhotoLimits(@DefaultValue("6") int maxCount, @DefaultValue("10MB") DataSize maxBytes) {}
