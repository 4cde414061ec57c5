package io.gridcase.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gridcase.directory.*}.
 *
 * @param location a Spring resource location of the directory YAML; blank skips loading at start-up
 * @param nearestGridWithinMetres how far outside every grid's boundary a point may lie and still be
 *     placed in the nearest grid (0: only points inside a grid are placed)
 */
@ConfigurationProperties("gridcase.directory")
public record DirectoryProperties(
    @DefaultValue("classpath:directory/demo-directory.yaml") String location,
    @DefaultValue("1000") double nearestGridWithinMetres) {}
