package io.gridcase.directory;

/** Distances on the earth's surface (haversine on a sphere; good to about 0.5 %). */
final class GreatCircle {

  /** The mean earth radius (IUGG). */
  static final double EARTH_RADIUS_KM = 6371.0088;

  private GreatCircle() {}

  static double distanceKm(double lat1, double lng1, double lat2, double lng2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLng = Math.toRadians(lng2 - lng1);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLng / 2) * Math.sin(dLng / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
