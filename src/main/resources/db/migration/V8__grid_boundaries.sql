-- Grid boundaries (ADR 16): each grid's area as GeoJSON text (a Polygon or MultiPolygon,
-- [lng, lat] positions, WGS 84), read into io.gridcase.directory.GridMap. Text, not a spatial
-- type: the placement runs in the application (JTS), so neither database needs PostGIS.
-- Null only for grids stored before boundaries existed; the next directory load fills them.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.

alter table dir_grid add column boundary text;
