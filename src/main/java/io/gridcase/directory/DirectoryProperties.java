package io.gridcase.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gridcase.directory.*}.
 *
 * @param location a Spring resource location of the directory YAML; blank skips loading at start-up
 * @param maxGridDistanceKm how far a point may lie from the nearest grid centre and still be located in it
 */
@ConfigurationProperties("gridcase.directory")
public record DirectoryProperties(
    @DefaultValue("classpath:directory/demo-directory.yaml") String location,
    @DefaultValue("3") double maxGridDistanceKm) {}
