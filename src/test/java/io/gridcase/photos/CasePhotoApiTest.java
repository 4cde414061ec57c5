package io.gridcase.photos;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import io.gridcase.support.Reports;
import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Photos over HTTP (ADR 18): a grid worker reports from the field with photos as multipart, the
 * photos come back without their EXIF location, a refused photo (413, 415) is named and nothing
 * is written, and who may read or add photos follows who may read or handle the case.
 */
@GridcaseTest
class CasePhotoApiTest {

  static final String GRID_WORKER = "chen.jianguo"; // 丰乐社区第一网格 = Reports.GRID
  static final String OTHER_GRID_WORKER = "li.xiuying"; // 丰乐社区第二网格
  static final String HRSS_HANDLER = "chen.zhihua";
  static final String HOUSING_HANDLER = "liang.guodong";

  @Autowired TestRestTemplate anonymous;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  static String report(String channel, String grid, String externalId) {
    return """
        {"channel": "%s", %s "title": "工地拖欠工资", "description": "丰乐路工地拖欠 20 名工人工资，现场有围堵",
         "location": {"gridCode": "%s", "address": "丰乐路 88 号"}}
        """.formatted(channel, externalId == null ? "" : "\"externalId\": \"" + externalId + "\",", grid);
  }

  static HttpEntity<ByteArrayResource> file(String name, String contentType, byte[] bytes) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType(contentType));
    return new HttpEntity<>(new ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return name;
      }
    }, headers);
  }

  ResponseEntity<JsonNode> postReport(String user, String reportJson, List<HttpEntity<ByteArrayResource>> photos) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    var jsonHeaders = new HttpHeaders();
    jsonHeaders.setContentType(MediaType.APPLICATION_JSON);
    parts.add("report", new HttpEntity<>(reportJson, jsonHeaders));
    photos.forEach(photo -> parts.add("photos", photo));
    return multipart(user, "/api/cases", parts);
  }

  ResponseEntity<JsonNode> postResult(String user, String caseNumber, List<HttpEntity<ByteArrayResource>> photos) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    photos.forEach(photo -> parts.add("photos", photo));
    return multipart(user, "/api/cases/" + caseNumber + "/photos", parts);
  }

  ResponseEntity<JsonNode> multipart(String user, String path, MultiValueMap<String, Object> parts) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return Logins.as(anonymous, user).postForEntity(path, new HttpEntity<>(parts, headers), JsonNode.class);
  }

  String reportWithPhoto(String user, String channel) {
    var created = postReport(user, report(channel, Reports.GRID, null),
        List.of(file("现场.jpg", "image/jpeg", TestPhotos.jpegWithGps(64, 48))));
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    return created.getBody().get("caseNumber").asText();
  }

  long rows(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  @Test
  void aGridWorkerReportsWithPhotosAndTheyComeBackWithoutTheirLocation() throws Exception {
    byte[] jpeg = TestPhotos.jpegWithGps(64, 48);
    var created = postReport(GRID_WORKER, report("GRID_REPORT", Reports.GRID, null), List.of(
        file("IMG_0001.jpg", "image/jpeg", jpeg),
        // a phone that says octet-stream: the bytes decide
        file("screenshot", "application/octet-stream", TestPhotos.pngWithText())));

    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = created.getBody().get("caseNumber").asText();
    var http = Logins.as(anonymous, GRID_WORKER);
    JsonNode photos = http.getForEntity("/api/cases/" + caseNumber + "/photos", JsonNode.class).getBody();
    assertThat(photos).hasSize(2);
    assertThat(photos.findValuesAsText("kind")).containsExactly("REPORT", "REPORT");
    assertThat(photos.findValuesAsText("kindLabel")).containsExactly("现场照片", "现场照片");
    assertThat(photos.findValuesAsText("fileName")).containsExactly("IMG_0001.jpg", "screenshot");
    assertThat(photos.findValuesAsText("mediaType")).containsExactly("image/jpeg", "image/png");
    assertThat(photos.findValuesAsText("uploadedBy")).containsExactly(GRID_WORKER, GRID_WORKER);

    ResponseEntity<byte[]> bytes = http.getForEntity(photos.get(0).get("href").asText(), byte[].class);
    assertThat(bytes.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(bytes.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_JPEG);
    assertThat(bytes.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(TestPhotos.contains(bytes.getBody(), "Exif".getBytes())).as("EXIF block stored").isFalse();
    assertThat(TestPhotos.contains(bytes.getBody(), TestPhotos.LATITUDE_DEGREES)).as("GPS latitude stored").isFalse();
    assertThat(TestPhotos.contains(bytes.getBody(), TestPhotos.CAMERA.getBytes())).isFalse();
    assertThat(ImageIO.read(new ByteArrayInputStream(bytes.getBody())).getWidth()).isEqualTo(64);
    assertThat(photos.get(0).get("sizeBytes").asInt()).isEqualTo(bytes.getBody().length).isLessThan(jpeg.length);

    var details = http.getForEntity("/api/cases/" + caseNumber, JsonNode.class).getBody();
    assertThat(details.get("channel").asText()).isEqualTo("GRID_REPORT");
  }

  @Test
  void aPhotoTooLargeIsRefusedByNameAndNothingIsWritten() {
    long cases = rows("case_record");
    long photos = rows("case_photo");
    byte[] huge = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(TestPhotos.image("jpg", 8, 8), 0, huge, 0, 100);

    var refused = postReport(GRID_WORKER, report("GRID_REPORT", Reports.GRID, null), List.of(
        file("small.jpg", "image/jpeg", TestPhotos.jpegWithGps(16, 16)),
        file("全景大图.jpg", "image/jpeg", huge)));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(refused.getBody().get("file").asText()).isEqualTo("全景大图.jpg");
    assertThat(refused.getBody().get("detail").asText()).contains("全景大图.jpg");
    assertThat(refused.getBody().at("/errors/0/field").asText()).isEqualTo("photos");
    assertThat(rows("case_record")).isEqualTo(cases);
    assertThat(rows("case_photo")).isEqualTo(photos);
  }

  @Test
  void aFileThatIsNoImageIsRefusedByNameWhateverItsNameAndTypeSay() {
    long cases = rows("case_record");
    long photos = rows("case_photo");
    byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes();

    var refused = postReport(GRID_WORKER, report("GRID_REPORT", Reports.GRID, null),
        List.of(file("photo.jpg", "image/jpeg", svg)));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(refused.getBody().get("file").asText()).isEqualTo("photo.jpg");
    assertThat(refused.getBody().get("detail").asText()).contains("photo.jpg");
    assertThat(rows("case_record")).isEqualTo(cases);
    assertThat(rows("case_photo")).isEqualTo(photos);
  }

  @Test
  void tooManyPhotosAndABadReportAreRefusedAndNothingIsWritten() {
    long cases = rows("case_record");
    byte[] small = TestPhotos.image("png", 4, 4);
    var photos = new ArrayList<HttpEntity<ByteArrayResource>>();
    for (int i = 1; i <= 7; i++) {
      photos.add(file(i + ".png", "image/png", small));
    }
    var tooMany = postReport(GRID_WORKER, report("GRID_REPORT", Reports.GRID, null), photos);
    assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooMany.getBody().get("file").asText()).isEqualTo("7.png");

    var noTitle = postReport(GRID_WORKER, report("GRID_REPORT", Reports.GRID, null).replace("\"title\": \"工地拖欠工资\",", ""),
        List.of(file("a.png", "image/png", small)));
    assertThat(noTitle.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noTitle.getBody().at("/errors/0/field").asText()).isEqualTo("title");
    assertThat(rows("case_record")).isEqualTo(cases);
  }

  @Test
  void anUploadCutOffHalfwayLeavesNothingBehind() throws Exception {
    long cases = rows("case_record");
    long photos = rows("case_photo");
    String boundary = "gridcase-cut";
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"report\"\r\nContent-Type: application/json\r\n\r\n"
        + report("GRID_REPORT", Reports.GRID, null) + "\r\n--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"cut.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8);
    byte[] photo = TestPhotos.jpegWithGps(320, 240);
    try (var socket = new Socket("localhost", port)) {
      var out = socket.getOutputStream();
      out.write(("POST /api/cases HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + Logins.basic(GRID_WORKER, Logins.PASSWORD)
          + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
          + "\r\nContent-Length: " + (head.length + photo.length + 64) + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.write(head);
      out.write(photo, 0, photo.length / 2);
      out.flush();
    } // the phone loses its connection halfway through the photo

    // the server read what came, then gave up on the request: nothing of it is stored
    Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
        .until(() -> rows("case_record") == cases && rows("case_photo") == photos);
    assertThat(postReport(GRID_WORKER, report("GRID_REPORT", Reports.GRID, null), List.of(file("cut.jpg", "image/jpeg", photo)))
        .getStatusCode()).as("sent again in full").isEqualTo(HttpStatus.CREATED);
    assertThat(rows("case_photo")).isEqualTo(photos + 1);
  }

  @Test
  void photosWithoutTheReportAreRefusedNamingThePart() {
    long cases = rows("case_record");
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("photos", file("a.png", "image/png", TestPhotos.image("png", 4, 4)));

    var refused = multipart(GRID_WORKER, "/api/cases", parts);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("errors").findValuesAsText("field")).contains("report");
    assertThat(rows("case_record")).isEqualTo(cases);
  }

  @Test
  void aGridWorkerReportsOnlyGridReportsOfTheirOwnGrid() {
    long cases = rows("case_record");
    var otherGrid = postReport(OTHER_GRID_WORKER, report("GRID_REPORT", Reports.GRID, null), List.of());
    assertThat(otherGrid.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    var otherChannel = postReport(GRID_WORKER, report("HOTLINE_12345", Reports.GRID, null), List.of());
    assertThat(otherChannel.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    var handler = postReport(HRSS_HANDLER, report("GRID_REPORT", Reports.GRID, null), List.of());
    assertThat(handler.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    var jsonHeaders = new HttpHeaders();
    jsonHeaders.setContentType(MediaType.APPLICATION_JSON);
    var json = Logins.as(anonymous, GRID_WORKER).postForEntity("/api/cases",
        new HttpEntity<>(report("GRID_REPORT", Reports.GRID, null), jsonHeaders), JsonNode.class);
    assertThat(json.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json.getBody().get("detail").asText()).as("where a grid worker reports instead").contains("multipart/form-data");
    assertThat(rows("case_record")).isEqualTo(cases);
  }

  @Test
  void aCitizenAppReportsWithPhotosThroughItsIntegratorOnceForAnExternalId() {
    String externalId = "app-" + UUID.randomUUID();
    var photo = List.of(file("x.jpg", "image/jpeg", TestPhotos.jpegWithGps(16, 16)));
    var first = postReport(Logins.HOTLINE_INTEGRATOR, report("HOTLINE_12345", Reports.GRID, externalId), photo);
    var again = postReport(Logins.HOTLINE_INTEGRATOR, report("HOTLINE_12345", Reports.GRID, externalId), photo);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    String caseNumber = first.getBody().get("caseNumber").asText();
    assertThat(again.getBody().get("caseNumber").asText()).isEqualTo(caseNumber);
    var photos = Logins.as(anonymous, Logins.HOTLINE_INTEGRATOR).getForEntity("/api/cases/" + caseNumber + "/photos", JsonNode.class);
    assertThat(photos.getBody()).as("a repeated report adds no photos").hasSize(1);
    var wrongChannel = postReport("integrator-petition", report("HOTLINE_12345", Reports.GRID, null), photo);
    assertThat(wrongChannel.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void photosAreReadByWhoeverMayReadTheCase() {
    String caseNumber = reportWithPhoto(GRID_WORKER, "GRID_REPORT");
    String list = "/api/cases/" + caseNumber + "/photos";
    String href = Logins.as(anonymous, GRID_WORKER).getForEntity(list, JsonNode.class).getBody().get(0).get("href").asText();

    for (String reader : List.of(GRID_WORKER, HRSS_HANDLER, "ou.weixiong", "luo.xiaoyan", "zhao.min", "integrator-grid")) {
      assertThat(Logins.as(anonymous, reader).getForEntity(list, JsonNode.class).getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      assertThat(Logins.as(anonymous, reader).getForEntity(href, byte[].class).getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
    }
    for (String stranger : List.of(OTHER_GRID_WORKER, HOUSING_HANDLER, Logins.HOTLINE_INTEGRATOR)) {
      var listed = Logins.as(anonymous, stranger).getForEntity(list, JsonNode.class);
      assertThat(listed.getStatusCode()).as(stranger).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(listed.getBody().toString()).doesNotContain("现场.jpg");
      assertThat(Logins.as(anonymous, stranger).getForEntity(href, byte[].class).getStatusCode()).as(stranger)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(anonymous.getForEntity(href, byte[].class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(Logins.as(anonymous, GRID_WORKER).getForEntity("/api/cases/GC999999999/photos", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    String otherCase = reportWithPhoto(GRID_WORKER, "GRID_REPORT");
    String photoId = href.substring(href.lastIndexOf('/') + 1);
    var crossed = Logins.as(anonymous, GRID_WORKER).getForEntity("/api/cases/" + otherCase + "/photos/" + photoId, JsonNode.class);
    assertThat(crossed.getStatusCode()).as("a photo through another case's address").isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theHandlingDepartmentAttachesAResultPhotoAndNobodyElseDoes() {
    String caseNumber = reportWithPhoto(GRID_WORKER, "GRID_REPORT");
    long before = rows("case_photo");
    var result = List.of(file("整改后.png", "image/png", TestPhotos.pngWithText()));

    for (String other : List.of(GRID_WORKER, HOUSING_HANDLER, "ou.weixiong", "zhao.min", "integrator-grid")) {
      assertThat(postResult(other, caseNumber, result).getStatusCode()).as(other).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(rows("case_photo")).isEqualTo(before);
    var notAnImage = postResult(HRSS_HANDLER, caseNumber, List.of(file("note.png", "image/png", "text".getBytes())));
    assertThat(notAnImage.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(postResult(HRSS_HANDLER, caseNumber, List.of()).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    var added = postResult(HRSS_HANDLER, caseNumber, result);

    assertThat(added.getStatusCode()).as("%s", added.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(added.getBody().findValuesAsText("kind")).containsExactly("RESULT");
    JsonNode photos = Logins.as(anonymous, GRID_WORKER).getForEntity("/api/cases/" + caseNumber + "/photos", JsonNode.class).getBody();
    assertThat(photos.findValuesAsText("kind")).containsExactly("REPORT", "RESULT");
    assertThat(photos.findValuesAsText("kindLabel")).containsExactly("现场照片", "处理结果照片");
    assertThat(photos.get(1).get("uploadedBy").asText()).isEqualTo(HRSS_HANDLER);
  }

  @Test
  void aGridWorkerListsTheCasesOfTheirGrid() {
    String mine = reportWithPhoto(GRID_WORKER, "GRID_REPORT");

    var listed = Logins.as(anonymous, GRID_WORKER).getForEntity("/api/cases?size=100", JsonNode.class);
    assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(listed.getBody().get("items").findValuesAsText("caseNumber")).contains(mine);
    for (String listedCase : listed.getBody().get("items").findValuesAsText("caseNumber")) {
      assertThat(jdbc.sql("select grid_code from case_record where case_number = ?").param(listedCase).query(String.class).single())
          .isEqualTo(Reports.GRID);
    }

    var theirs = Logins.as(anonymous, OTHER_GRID_WORKER).getForEntity("/api/cases?size=100", JsonNode.class);
    assertThat(theirs.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(theirs.getBody().get("items").findValuesAsText("caseNumber")).doesNotContain(mine);
    var asked = Logins.as(anonymous, OTHER_GRID_WORKER).getForEntity("/api/cases?grid=" + Reports.GRID, JsonNode.class);
    assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }
}
