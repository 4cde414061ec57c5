package io.gridcase.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * A grid's boundary: a GeoJSON Polygon or MultiPolygon (RFC 7946, positions in [lng, lat] order,
 * WGS 84) read into a JTS geometry whose x is the longitude and y the latitude, and back.
 */
public final class GeoJsonBoundary {

  /** WGS 84 (EPSG:4326), full double precision. */
  public static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private GeoJsonBoundary() {}

  /** @throws IllegalArgumentException saying what is wrong with the text */
  public static Geometry read(String geoJson) {
    try {
      return read(JSON.readTree(geoJson));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** @throws IllegalArgumentException saying what is wrong with the node */
  public static Geometry read(JsonNode geoJson) {
    if (geoJson == null || !geoJson.isObject()) {
      throw new IllegalArgumentException("a boundary is a GeoJSON object with type and coordinates");
    }
    String type = geoJson.path("type").asText();
    JsonNode coordinates = geoJson.path("coordinates");
    try {
      return switch (type) {
        case "Polygon" -> polygon(coordinates);
        case "MultiPolygon" -> {
          Polygon[] polygons = new Polygon[arrayOf(coordinates, "MultiPolygon coordinates").size()];
          for (int i = 0; i < polygons.length; i++) {
            polygons[i] = polygon(coordinates.get(i));
          }
          yield GEOMETRY.createMultiPolygon(polygons);
        }
        default -> throw new IllegalArgumentException(
            "a boundary must be a GeoJSON Polygon or MultiPolygon, not '" + type + "'");
      };
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (RuntimeException e) { // JTS refuses rings that are not closed or too short
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** The geometry (a Polygon or MultiPolygon in lng/lat) as a GeoJSON object. */
  public static ObjectNode write(Geometry geometry) {
    ObjectNode node = NODES.objectNode();
    if (geometry instanceof Polygon polygon) {
      node.put("type", "Polygon");
      node.set("coordinates", rings(polygon));
    } else if (geometry.getGeometryType().equals(Geometry.TYPENAME_MULTIPOLYGON)) {
      node.put("type", "MultiPolygon");
      ArrayNode polygons = node.putArray("coordinates");
      for (int i = 0; i < geometry.getNumGeometries(); i++) {
        polygons.add(rings((Polygon) geometry.getGeometryN(i)));
      }
    } else {
      throw new IllegalArgumentException("not a polygon: " + geometry.getGeometryType());
    }
    return node;
  }

  private static Polygon polygon(JsonNode rings) {
    ArrayNode array = arrayOf(rings, "Polygon coordinates");
    if (array.isEmpty()) {
      throw new IllegalArgumentException("a Polygon needs an outer ring");
    }
    LinearRing shell = ring(array.get(0));
    LinearRing[] holes = new LinearRing[array.size() - 1];
    for (int i = 1; i < array.size(); i++) {
      holes[i - 1] = ring(array.get(i));
    }
    return GEOMETRY.createPolygon(shell, holes);
  }

  private static LinearRing ring(JsonNode positions) {
    ArrayNode array = arrayOf(positions, "a ring");
    Coordinate[] coordinates = new Coordinate[array.size()];
    for (int i = 0; i < coordinates.length; i++) {
      JsonNode position = array.get(i);
      if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
        throw new IllegalArgumentException("a position is [lng, lat], not " + position);
      }
      coordinates[i] = new Coordinate(position.get(0).asDouble(), position.get(1).asDouble());
    }
    return GEOMETRY.createLinearRing(coordinates);
  }

  private static ArrayNode arrayOf(JsonNode node, String what) {
    if (node == null || !node.isArray()) {
      throw new IllegalArgumentException(what + " must be an array");
    }
    return (ArrayNode) node;
  }

  private static ArrayNode rings(Polygon polygon) {
    ArrayNode rings = NODES.arrayNode();
    rings.add(positions(polygon.getExteriorRing().getCoordinates()));
    for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
      rings.add(positions(polygon.getInteriorRingN(i).getCoordinates()));
    }
    return rings;
  }

  private static ArrayNode positions(Coordinate[] coordinates) {
    ArrayNode positions = NODES.arrayNode();
    for (Coordinate c : coordinates) {
      positions.addArray().add(c.x).add(c.y);
    }
    return positions;
  }
}
