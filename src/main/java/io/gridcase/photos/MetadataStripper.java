package io.gridcase.photos;

import io.gridcase.photos.PhotoRefusedException.Reason;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Takes the metadata out of a photo without decoding or re-encoding its picture: where it was
 * taken (EXIF GPS), the camera, the time, the owner's name. The file's own structure is rewritten
 * without the segments or chunks that carry them:
 *
 * <ul>
 *   <li>JPEG: APP1 (EXIF, XMP), APP13 (IPTC, Photoshop) and COM segments; the image data from the
 *       start of scan on is copied as it is; an EXIF orientation other than upright is kept, alone,
 *       in an EXIF block of its own ({@link JpegOrientation}), so a portrait photo stays upright;
 *   <li>PNG: the text chunks (tEXt, zTXt, iTXt), eXIf and tIME;
 *   <li>WebP: the EXIF and XMP chunks, and their flags in the VP8X header.
 * </ul>
 *
 * A file whose structure does not add up is refused as unreadable rather than stored half-cleaned.
 */
public final class MetadataStripper {

  private static final int APP1 = 0xE1;
  private static final int APP13 = 0xED;
  private static final int COMMENT = 0xFE;
  private static final int START_OF_SCAN = 0xDA;
  private static final int END_OF_IMAGE = 0xD9;
  private static final Set<String> PNG_METADATA = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");
  private static final Set<String> WEBP_METADATA = Set.of("EXIF", "XMP ");
  private static final int VP8X_EXIF_AND_XMP_FLAGS = 0x08 | 0x04;

  private MetadataStripper() {}

  public static byte[] strip(PhotoType type, byte[] bytes, String fileName) {
    try {
      return switch (type) {
        case JPEG -> jpeg(bytes);
        case PNG -> png(bytes);
        case WEBP -> webp(bytes);
      };
    } catch (IndexOutOfBoundsException | IllegalArgumentException broken) {
      throw new PhotoRefusedException(Reason.UNREADABLE, fileName,
          "文件 " + fileName + " 不是完整的 " + type.name() + " 图片 is not a readable " + type.name() + " image");
    }
  }

  private static byte[] jpeg(byte[] in) {
    var out = new ByteArrayOutputStream(in.length);
    out.write(in, 0, 2);
    int i = 2;
    while (true) {
      require(u8(in, i) == 0xFF);
      while (u8(in, i + 1) == 0xFF) {
        i++; // fill bytes before a marker
      }
      int marker = u8(in, i + 1);
      if (marker == END_OF_IMAGE) {
        out.write(in, i, 2);
        return out.toByteArray();
      }
      if ((marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
        out.write(in, i, 2); // markers without a length
        i += 2;
        continue;
      }
      int length = u16(in, i + 2);
      require(length >= 2 && i + 2 + length <= in.length);
      if (marker == START_OF_SCAN) {
        out.write(in, i, in.length - i); // the entropy-coded picture and everything after it
        return out.toByteArray();
      }
      if (marker == APP1) {
        out.writeBytes(JpegOrientation.keptFrom(in, i + 4, length - 2));
      } else if (marker != APP13 && marker != COMMENT) {
        out.write(in, i, 2 + length);
      }
      i += 2 + length;
    }
  }

  private static byte[] png(byte[] in) {
    var out = new ByteArrayOutputStream(in.length);
    out.write(in, 0, 8);
    int i = 8;
    while (true) {
      long length = u32(in, i);
      String chunk = PhotoType.ascii(in, i + 4);
      require(length <= in.length && i + 12 + length <= in.length);
      int end = i + 12 + (int) length;
      if (!PNG_METADATA.contains(chunk)) {
        out.write(in, i, end - i);
      }
      i = end;
      if (chunk.equals("IEND")) {
        return out.toByteArray();
      }
    }
  }

  private static byte[] webp(byte[] in) {
    long riffEnd = 8 + u32le(in, 4);
    require(riffEnd <= in.length);
    var chunks = new ByteArrayOutputStream(in.length);
    int i = 12;
    while (i < riffEnd) {
      String chunk = PhotoType.ascii(in, i);
      long size = u32le(in, i + 4);
      long end = i + 8 + size + (size % 2);
      require(end <= riffEnd);
      if (!WEBP_METADATA.contains(chunk)) {
        byte[] kept = Arrays.copyOfRange(in, i, (int) end);
        if (chunk.equals("VP8X")) {
          kept[8] = (byte) (kept[8] & ~VP8X_EXIF_AND_XMP_FLAGS);
        }
        chunks.writeBytes(kept);
      }
      i = (int) end;
    }
    byte[] body = chunks.toByteArray();
    var out = new ByteArrayOutputStream(12 + body.length);
    out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
    int size = 4 + body.length;
    out.write(new byte[] {(byte) size, (byte) (size >>> 8), (byte) (size >>> 16), (byte) (size >>> 24)}, 0, 4);
    out.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
    out.write(body, 0, body.length);
    return out.toByteArray();
  }

  private static void require(boolean holds) {
    if (!holds) {
      throw new IllegalArgumentException("malformed");
    }
  }

  private static int u8(byte[] in, int at) {
    return in[at] & 0xFF;
  }

  private static int u16(byte[] in, int at) {
    return (u8(in, at) << 8) | u8(in, at + 1);
  }

  private static long u32(byte[] in, int at) {
    return ((long) u16(in, at) << 16) | u16(in, at + 2);
  }

  private static long u32le(byte[] in, int at) {
    return u8(in, at) | (u8(in, at + 1) << 8) | (u8(in, at + 2) << 16) | ((long) u8(in, at + 3) << 24);
  }
}
