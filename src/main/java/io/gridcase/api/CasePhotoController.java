package io.gridcase.api;

import io.gridcase.api.ApiExceptionHandler.FieldError;
import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.casefile.DepartmentOrders;
import io.gridcase.intake.CaseReport;
import io.gridcase.intake.GridLocator;
import io.gridcase.intake.IntakeResult;
import io.gridcase.photos.CasePhoto;
import io.gridcase.photos.CasePhotos;
import io.gridcase.photos.PhotoRefusedException;
import io.gridcase.photos.PhotoReports;
import io.gridcase.photos.Upload;
import io.gridcase.security.CaseAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos of cases (ADR 18): a report with photos from the field as {@code multipart/form-data}
 * (the report as JSON in part {@code report}, the photos in parts {@code photos}), the photos of a
 * case, one photo's bytes, and a handling department's result photos. Who may do each is
 * {@link CaseAccess}'s, from the login and the case record, as for the case itself.
 */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "photos", description = "现场照片与处理结果照片 Photos of cases")
public class CasePhotoController {

  private final PhotoReports reports;
  private final CasePhotos photos;
  private final CaseRecords records;
  private final DepartmentOrders orders;
  private final GridLocator locator;
  private final CaseAccess access;

  public CasePhotoController(
      PhotoReports reports, CasePhotos photos, CaseRecords records, DepartmentOrders orders, GridLocator locator,
      CaseAccess access) {
    this.reports = reports;
    this.photos = photos;
    this.records = records;
    this.orders = orders;
    this.locator = locator;
    this.access = access;
  }

  /** One photo as the API lists it; {@code href} gives its bytes. */
  public record PhotoView(
      String id, String kind, String kindLabel, String fileName, String mediaType, int sizeBytes, String uploadedBy,
      OffsetDateTime uploadedAt, String href) {

    static PhotoView of(CasePhoto photo) {
      return new PhotoView(photo.id(), photo.kind().name(), photo.kind().label(), photo.fileName(), photo.mediaType(),
          photo.sizeBytes(), photo.uploadedBy(), photo.uploadedAt(),
          "/api/cases/" + photo.caseNumber() + "/photos/" + photo.id());
    }
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Report a case with photos (现场照片)",
      description = "Part report: the case as JSON; parts photos: JPEG, PNG or WebP, told from their bytes, their"
          + " metadata (EXIF GPS …) removed. 413 or 415 naming the file; nothing is written on a refusal. Grid workers"
          + " report GRID_REPORT cases of their own grid.")
  public ResponseEntity<CaseCreated> report(
      @Valid @RequestPart("report") CaseReport report,
      @RequestPart(name = "photos", required = false) List<MultipartFile> files) {
    access.checkMayReport(report.channel(), locator.locate(report.location()));
    IntakeResult result = reports.report(report, uploads(files), access.caller().id());
    var body = new CaseCreated(result.caseNumber(), "/api/cases/" + result.caseNumber());
    if (!result.created()) {
      return ResponseEntity.ok().location(URI.create(body.href())).body(body);
    }
    return ResponseEntity.created(URI.create(body.href())).body(body);
  }

  @GetMapping("/{caseNumber}/photos")
  @Operation(summary = "The photos of a case, report photos and result photos, oldest first")
  public List<PhotoView> list(@PathVariable String caseNumber) {
    readable(caseNumber);
    return photos.of(caseNumber).stream().map(PhotoView::of).toList();
  }

  @GetMapping("/{caseNumber}/photos/{id:[0-9]{1,18}}")
  @Operation(summary = "One photo's bytes, as stored (without metadata)")
  public ResponseEntity<byte[]> photo(@PathVariable String caseNumber, @PathVariable long id) {
    readable(caseNumber);
    CasePhoto photo = photos.find(caseNumber, id).orElseThrow(() -> new PhotoNotFoundException(caseNumber, id));
    byte[] bytes = photos.content(caseNumber, id).orElseThrow(() -> new PhotoNotFoundException(caseNumber, id));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(photo.mediaType()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Disposition", "inline")
        .cacheControl(CacheControl.noStore())
        .body(bytes);
  }

  @PostMapping(path = "/{caseNumber}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "A handling department attaches photos of the result (处理结果照片)")
  public ResponseEntity<List<PhotoView>> addResult(
      @PathVariable String caseNumber, @RequestPart(name = "photos", required = false) List<MultipartFile> files) {
    CaseRecord found = records.get(caseNumber);
    access.checkMayAddResultPhotos(found, orders.of(caseNumber));
    List<PhotoView> added = reports.addResult(caseNumber, uploads(files), access.caller().id()).stream()
        .map(PhotoView::of).toList();
    return ResponseEntity.status(HttpStatus.CREATED).body(added);
  }

  @ExceptionHandler(PhotoRefusedException.class)
  ResponseEntity<ProblemDetail> refused(PhotoRefusedException ex) {
    HttpStatus status = switch (ex.reason()) {
      case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
      case NOT_AN_IMAGE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
      case TOO_MANY, UNREADABLE, MISSING -> HttpStatus.BAD_REQUEST;
    };
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
    problem.setTitle("Photo refused");
    problem.setProperty("file", ex.fileName());
    problem.setProperty("errors", List.of(new FieldError("photos", ex.getMessage())));
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
        "上传内容过大 The upload is larger than this server takes in one request.");
    problem.setTitle("Upload too large");
    problem.setProperty("errors", List.of(new FieldError("photos", "the whole upload is too large")));
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  /** A multipart body without the case in it, or not multipart at all behind its Content-Type. */
  @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
  ResponseEntity<ProblemDetail> notAReport(Exception ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "缺少案件内容 The case goes in part report (application/json), the photos in parts photos.");
    problem.setTitle("Bad multipart request");
    problem.setProperty("errors", List.of(
        new FieldError("Content-Type", "must be application/json, or multipart/form-data with the case in part report"),
        new FieldError("report", ex instanceof MissingServletRequestPartException missing
            ? "part " + missing.getRequestPartName() + " is missing" : "the multipart body cannot be read")));
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  @ExceptionHandler(PhotoNotFoundException.class)
  ResponseEntity<ProblemDetail> noPhoto(PhotoNotFoundException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
    problem.setTitle("Photo not found");
    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private void readable(String caseNumber) {
    access.checkMayRead(records.get(caseNumber), orders.of(caseNumber));
  }

  private static List<Upload> uploads(List<MultipartFile> files) {
    if (files == null) {
      return List.of();
    }
    return files.stream().map(file -> {
      try {
        return new Upload(file.getOriginalFilename(), file.getBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).toList();
  }

  static class PhotoNotFoundException extends RuntimeException {
    PhotoNotFoundException(String caseNumber, long id) {
      super("案件 " + caseNumber + " 没有照片 " + id + " No photo " + id + " in case " + caseNumber);
    }
  }
}
