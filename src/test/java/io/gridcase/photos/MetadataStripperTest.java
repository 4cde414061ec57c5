package io.gridcase.photos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcase.photos.PhotoRefusedException.Reason;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The metadata goes, the picture stays: for JPEG, PNG and WebP, told from their bytes. */
class MetadataStripperTest {

  @Test
  void aPhoneJpegLosesWhereItWasTakenAndKeepsItsPicture() throws Exception {
    byte[] sent = TestPhotos.jpegWithGps(64, 48);
    assertThat(TestPhotos.contains(sent, ascii("Exif"))).isTrue();
    assertThat(TestPhotos.contains(sent, TestPhotos.LATITUDE_DEGREES)).isTrue();

    byte[] kept = MetadataStripper.strip(PhotoType.JPEG, sent, "a.jpg");

    assertThat(TestPhotos.contains(kept, ascii("Exif"))).isFalse();
    assertThat(TestPhotos.contains(kept, ascii(TestPhotos.CAMERA))).isFalse();
    assertThat(TestPhotos.contains(kept, TestPhotos.LATITUDE_DEGREES)).isFalse();
    assertThat(kept.length).isLessThan(sent.length);
    BufferedImage picture = ImageIO.read(new ByteArrayInputStream(kept));
    assertThat(picture.getWidth()).isEqualTo(64);
    assertThat(picture.getHeight()).isEqualTo(48);
    assertThat(Arrays.equals(kept, TestPhotos.image("jpg", 64, 48)))
        .as("exactly the JPEG before its EXIF block was put in, not re-encoded").isTrue();
  }

  @Test
  void aPortraitJpegKeepsOnlyItsOrientation() throws Exception {
    byte[] sent = TestPhotos.jpegWithGps(64, 48, 6);

    byte[] kept = MetadataStripper.strip(PhotoType.JPEG, sent, "portrait.jpg");

    assertThat(TestPhotos.contains(kept, TestPhotos.LATITUDE_DEGREES)).isFalse();
    assertThat(TestPhotos.contains(kept, ascii(TestPhotos.CAMERA))).isFalse();
    byte[] orientationOnly = {
      (byte) 0xFF, (byte) 0xE1, 0, 34, 'E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 42, 0, 0, 0, 8,
      0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0};
    assertThat(Arrays.copyOfRange(kept, 2, 2 + orientationOnly.length)).isEqualTo(orientationOnly);
    byte[] plain = TestPhotos.image("jpg", 64, 48);
    assertThat(Arrays.copyOfRange(kept, 2 + orientationOnly.length, kept.length))
        .isEqualTo(Arrays.copyOfRange(plain, 2, plain.length));
    assertThat(ImageIO.read(new ByteArrayInputStream(kept)).getWidth()).isEqualTo(64);
  }

  @Test
  void aPngLosesItsTextChunks() throws Exception {
    byte[] sent = TestPhotos.pngWithText();
    byte[] kept = MetadataStripper.strip(PhotoType.PNG, sent, "a.png");
    assertThat(TestPhotos.contains(kept, ascii("tEXt"))).isFalse();
    assertThat(TestPhotos.contains(kept, ascii("Fengle Road"))).isFalse();
    assertThat(kept).isEqualTo(TestPhotos.image("png", 40, 30));
    assertThat(ImageIO.read(new ByteArrayInputStream(kept)).getWidth()).isEqualTo(40);
  }

  @Test
  void aWebpLosesItsExifChunkAndFlag() {
    byte[] vp8x = chunk("VP8X", new byte[] {0x08 | 0x04 | 0x10, 0, 0, 0, 9, 0, 0, 9, 0, 0});
    byte[] image = chunk("VP8L", new byte[] {0x2f, 1, 2, 3, 4});
    byte[] exif = chunk("EXIF", TestPhotos.exifWithGps());
    byte[] sent = riff(vp8x, image, exif);
    assertThat(PhotoType.of(sent)).contains(PhotoType.WEBP);

    byte[] kept = MetadataStripper.strip(PhotoType.WEBP, sent, "a.webp");

    byte[] flagsCleared = vp8x.clone();
    flagsCleared[8] = 0x10;
    assertThat(kept).isEqualTo(riff(flagsCleared, image));
  }

  @Test
  void theTypeComesFromTheBytesNeverTheName() {
    assertThat(PhotoType.of(TestPhotos.image("jpg", 8, 8))).contains(PhotoType.JPEG);
    assertThat(PhotoType.of(TestPhotos.image("png", 8, 8))).contains(PhotoType.PNG);
    assertThat(PhotoType.of("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(PhotoType.of("GIF89a......".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(PhotoType.of(new byte[0])).isEmpty();
  }

  @Test
  void aTruncatedJpegIsRefusedNotStoredHalfCleaned() {
    byte[] whole = TestPhotos.jpegWithGps(16, 16);
    byte[] cut = Arrays.copyOf(whole, 40);
    assertThatThrownBy(() -> MetadataStripper.strip(PhotoType.JPEG, cut, "cut.jpg"))
        .isInstanceOfSatisfying(PhotoRefusedException.class, refused -> {
          assertThat(refused.reason()).isEqualTo(Reason.UNREADABLE);
          assertThat(refused.fileName()).isEqualTo("cut.jpg");
        });
  }

  @Test
  void limitsNameTheFileAndNamesAreCleaned() {
    var checks = new PhotoChecks(new PhotoLimits(2, DataSize.ofBytes(1000)));
    assertThatThrownBy(() -> checks.check(List.of(new Upload("C:\\手机\\大图.jpg", new byte[1001]))))
        .isInstanceOfSatisfying(PhotoRefusedException.class, refused -> {
          assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
          assertThat(refused.fileName()).isEqualTo("大图.jpg");
          assertThat(refused.getMessage()).contains("大图.jpg");
        });
    assertThatThrownBy(() -> checks.check(List.of(new Upload("../notes\u0000.jpg", ascii("hello")))))
        .isInstanceOfSatisfying(PhotoRefusedException.class, refused -> {
          assertThat(refused.reason()).isEqualTo(Reason.NOT_AN_IMAGE);
          assertThat(refused.fileName()).isEqualTo("notes.jpg");
        });
    byte[] small = TestPhotos.image("png", 4, 4);
    assertThatThrownBy(() -> checks.check(List.of(new Upload("1.png", small), new Upload("2.png", small), new Upload("3.png", small))))
        .isInstanceOfSatisfying(PhotoRefusedException.class, refused -> assertThat(refused.reason()).isEqualTo(Reason.TOO_MANY));
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] chunk(String fourCc, byte[] data) {
    var out = new ByteArrayOutputStream();
    out.writeBytes(ascii(fourCc));
    out.writeBytes(new byte[] {(byte) data.length, (byte) (data.length >>> 8), 0, 0});
    out.writeBytes(data);
    if (data.length % 2 == 1) {
      out.write(0);
    }
    return out.toByteArray();
  }

  private static byte[] riff(byte[]... chunks) {
    var body = new ByteArrayOutputStream();
    for (byte[] c : chunks) {
      body.writeBytes(c);
    }
    int size = 4 + body.size();
    var out = new ByteArrayOutputStream();
    out.writeBytes(ascii("RIFF"));
    out.writeBytes(new byte[] {(byte) size, (byte) (size >>> 8), (byte) (size >>> 16), 0});
    out.writeBytes(ascii("WEBP"));
    out.writeBytes(body.toByteArray());
    return out.toByteArray();
  }
}
