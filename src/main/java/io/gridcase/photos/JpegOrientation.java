package io.gridcase.photos;

/**
 * The one EXIF tag a photo keeps: its orientation (0x0112), which tells viewers to turn a portrait
 * shot upright. Read from the EXIF block that goes, written back alone in a minimal one:
 * {@code Exif\0\0}, a big-endian TIFF header and one IFD with one entry.
 */
final class JpegOrientation {

  private static final int ORIENTATION = 0x0112;
  private static final int UPRIGHT = 1;

  private JpegOrientation() {}

  /**
   * The APP1 segment (marker and length included) that replaces the one at {@code payload}, or
   * nothing when it is no EXIF block or its orientation is upright, absent or unreadable.
   */
  static byte[] keptFrom(byte[] in, int payload, int length) {
    int orientation = read(in, payload, length);
    if (orientation <= UPRIGHT || orientation > 8) {
      return new byte[0];
    }
    return new byte[] {
      (byte) 0xFF, (byte) 0xE1, 0, 34, // APP1, length 2 + 32
      'E', 'x', 'i', 'f', 0, 0,
      'M', 'M', 0, 42, 0, 0, 0, 8, // big-endian TIFF, IFD0 at 8
      0, 1, // one entry
      0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, // orientation, SHORT, 1 value
      0, 0, 0, 0 // no next IFD
    };
  }

  private static int read(byte[] in, int payload, int length) {
    int end = payload + length;
    if (length < 14 || !(in[payload] == 'E' && in[payload + 1] == 'x' && in[payload + 2] == 'i' && in[payload + 3] == 'f')) {
      return 0;
    }
    int tiff = payload + 6;
    boolean little = in[tiff] == 'I';
    int ifd = tiff + (int) Math.min(u32(in, tiff + 4, little), Integer.MAX_VALUE - tiff);
    if (ifd < tiff || ifd + 2 > end) {
      return 0;
    }
    int entries = u16(in, ifd, little);
    for (int e = 0; e < entries; e++) {
      int entry = ifd + 2 + 12 * e;
      if (entry + 12 > end) {
        return 0;
      }
      if (u16(in, entry, little) == ORIENTATION && u16(in, entry + 2, little) == 3) {
        return u16(in, entry + 8, little);
      }
    }
    return 0;
  }

  private static int u16(byte[] in, int at, boolean little) {
    int a = in[at] & 0xFF;
    int b = in[at + 1] & 0xFF;
    return little ? a | (b << 8) : (a << 8) | b;
  }

  private static long u32(byte[] in, int at, boolean little) {
    long high = u16(in, little ? at + 2 : at, little);
    long low = u16(in, little ? at : at + 2, little);
    return (high << 16) | low;
  }
}
