package io.gridcase.photos;

import io.gridcase.photos.PhotoRefusedException.Reason;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Checks an upload before anything is written: at most {@link PhotoLimits#maxCount()} files, each
 * at most {@link PhotoLimits#maxBytes()}, each a JPEG, PNG or WebP by its bytes; then takes the
 * metadata out ({@link MetadataStripper}). The first file that fails refuses the whole upload.
 */
@Component
public class PhotoChecks {

  static final int MAX_NAME = 120;

  private final PhotoLimits limits;

  public PhotoChecks(PhotoLimits limits) {
    this.limits = limits;
  }

  public PhotoLimits limits() {
    return limits;
  }

  public List<CheckedPhoto> check(List<Upload> uploads) {
    if (uploads.size() > limits.maxCount()) {
      String last = cleanName(uploads.get(limits.maxCount()).fileName(), limits.maxCount());
      throw new PhotoRefusedException(Reason.TOO_MANY, last,
          "一次最多上传 " + limits.maxCount() + " 张照片 at most " + limits.maxCount() + " photos per upload");
    }
    var checked = new ArrayList<CheckedPhoto>(uploads.size());
    for (int i = 0; i < uploads.size(); i++) {
      Upload upload = uploads.get(i);
      String name = cleanName(upload.fileName(), i);
      if (upload.bytes().length > limits.maxBytes().toBytes()) {
        throw new PhotoRefusedException(Reason.TOO_LARGE, name,
            "照片 " + name + " 超过 " + limits.maxBytes().toMegabytes() + " MB is larger than " + limits.maxBytes().toBytes() + " bytes");
      }
      PhotoType type = PhotoType.of(upload.bytes()).orElseThrow(() -> new PhotoRefusedException(Reason.NOT_AN_IMAGE, name,
          "文件 " + name + " 不是 JPEG、PNG 或 WebP 图片 is not a JPEG, PNG or WebP image"));
      checked.add(new CheckedPhoto(name, type, MetadataStripper.strip(type, upload.bytes(), name)));
    }
    return checked;
  }

  /** The sender's file name without its folders or control characters, at most 120 characters. */
  static String cleanName(String given, int index) {
    String name = given == null ? "" : given;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
    if (name.length() > MAX_NAME) {
      name = name.substring(0, MAX_NAME);
    }
    return name.isEmpty() ? "照片" + (index + 1) : name;
  }
}
