/**
 * The directory: where a case happened and who works it.
 *
 * <p>Places nest city → county/district ({@link io.gridcase.directory.County}) → town/street
 * ({@link io.gridcase.directory.Town}, whose center is the Camunda group {@code center-<code>}) →
 * village/community ({@link io.gridcase.directory.Community}) → grid
 * ({@link io.gridcase.directory.Grid}, with its grid worker). Departments
 * ({@link io.gridcase.directory.Department}, group {@code dept-<code>}), case categories and
 * people complete it.
 *
 * <p>One YAML file ({@code gridcase.directory.location}, default the demo directory
 * {@code classpath:directory/demo-directory.yaml}) is the source. At start-up
 * {@link io.gridcase.directory.DirectoryLoader} writes it into the {@code dir_*} tables
 * ({@code db/migration/V1__directory.sql}) and, through {@link io.gridcase.directory.IdentitySync} (implemented in the engine room),
 * into Camunda's users, groups and memberships. The rest of the application asks
 * {@link io.gridcase.directory.Directory}, which places a reported point in its grid by the grids'
 * GeoJSON boundaries ({@link io.gridcase.directory.GridMap}, ADR 16). A city-scale file for load tests comes from
 * {@code JiangmenScaleDirectoryGenerator} in the test code.
 */
package io.gridcase.directory;
