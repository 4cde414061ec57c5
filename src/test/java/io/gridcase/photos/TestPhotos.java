package io.gridcase.photos;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/**
 * Photos as a phone makes them, built in the test: a real JPEG (ImageIO) with an EXIF block that
 * holds where it was taken (GPS IFD: 22°36'34" N, 113°4'14" E) and the camera's make; a PNG with
 * a text chunk.
 */
public final class TestPhotos {

  /** The camera make written into the EXIF block, to look for afterwards. */
  public static final String CAMERA = "GridPhone";
  /** The GPS latitude's degrees numerator, as its EXIF bytes (big-endian rational 22/1). */
  public static final byte[] LATITUDE_DEGREES = {0, 0, 0, 22, 0, 0, 0, 1};

  private TestPhotos() {}

  public static byte[] jpegWithGps(int width, int height) {
    return jpegWithGps(width, height, 0);
  }

  /** With an EXIF orientation (6: turn 90° clockwise to view), 0 for none. */
  public static byte[] jpegWithGps(int width, int height, int orientation) {
    byte[] plain = image("jpg", width, height);
    byte[] exif = exifWithGps(orientation);
    var out = new ByteArrayOutputStream();
    out.write(plain, 0, 2); // SOI
    out.write(0xFF);
    out.write(0xE1);
    int length = 2 + exif.length;
    out.write(length >>> 8);
    out.write(length & 0xFF);
    out.writeBytes(exif);
    out.write(plain, 2, plain.length - 2);
    return out.toByteArray();
  }

  public static byte[] pngWithText() {
    byte[] plain = image("png", 40, 30);
    byte[] text = "Comment\0taken at Fengle Road 88".getBytes(StandardCharsets.ISO_8859_1);
    var chunk = ByteBuffer.allocate(12 + text.length);
    chunk.putInt(text.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(text).putInt(0);
    var out = new ByteArrayOutputStream();
    out.write(plain, 0, 33); // signature and IHDR
    out.writeBytes(chunk.array());
    out.write(plain, 33, plain.length - 33);
    return out.toByteArray();
  }

  static byte[] image(String format, int width, int height) {
    var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x2e7d32));
    g.fillRect(0, 0, width, height);
    g.setColor(Color.ORANGE);
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** "Exif\0\0" and a big-endian TIFF: IFD0 with Make and the GPS IFD pointer; the GPS IFD with latitude and longitude. */
  static byte[] exifWithGps() {
    return exifWithGps(0);
  }

  static byte[] exifWithGps(int orientation) {
    ByteBuffer tiff = ByteBuffer.allocate(220).order(ByteOrder.BIG_ENDIAN);
    tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
    // IFD0 at 8: Make, (Orientation,) GPS pointer
    int entries = orientation > 0 ? 3 : 2;
    int makeOffset = 8 + 2 + entries * 12 + 4;
    int gpsOffset = makeOffset + 10;
    tiff.putShort((short) entries);
    tiff.putShort((short) 0x010F).putShort((short) 2).putInt(CAMERA.length() + 1).putInt(makeOffset);
    if (orientation > 0) {
      tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
    }
    tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsOffset);
    tiff.putInt(0);
    tiff.put(CAMERA.getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put(new byte[10 - CAMERA.length() - 1]);
    // GPS IFD: 4 entries, rationals after it
    int rationals = gpsOffset + 2 + 4 * 12 + 4;
    tiff.putShort((short) 4);
    tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
    tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(rationals);
    tiff.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] {'E', 0, 0, 0});
    tiff.putShort((short) 4).putShort((short) 5).putInt(3).putInt(rationals + 24);
    tiff.putInt(0);
    tiff.put(LATITUDE_DEGREES).putInt(36).putInt(1).putInt(34).putInt(1);
    tiff.putInt(113).putInt(1).putInt(4).putInt(1).putInt(14).putInt(1);
    byte[] body = new byte[tiff.position()];
    tiff.flip().get(body);
    var out = new ByteArrayOutputStream();
    out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(body);
    return out.toByteArray();
  }

  public static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
