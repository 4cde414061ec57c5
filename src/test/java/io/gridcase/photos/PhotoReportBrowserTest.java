package io.gridcase.photos;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcase.support.Browser;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A grid worker reports from the field on a phone, in headless Chromium at 390×844
 * ({@code src/test/browser/photo-report.mjs}): /report with a photo from the camera input, the
 * case number on screen, the photo on the case page under 现场照片 and above the form of the grid
 * worker's task of the case in Tasklist, stored without its EXIF location; a file that is no
 * image refused by name. And a handler of the department the case went to attaches a photo of the
 * result on the case page ({@code result-photo.mjs}). Screenshots in {@code target/browser/photo-report/}.
 */
@GridcaseTest
@ExtendWith(Browser.Installed.class)
class PhotoReportBrowserTest {

  static final Path SCRIPT = Browser.PROJECT.resolve("src/test/browser/photo-report.mjs");
  static final Path RESULT_SCRIPT = Browser.PROJECT.resolve("src/test/browser/result-photo.mjs");
  static final Path SHOTS = Browser.PROJECT.resolve("target/browser/photo-report");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TestRestTemplate anonymous;

  @Test
  void aGridWorkerReportsWithAPhotoFromThePhoneAndSeesItOnTheCasePage() throws Exception {
    Files.createDirectories(SHOTS);
    Path photo = SHOTS.resolve("IMG_2041.jpg");
    Files.write(photo, TestPhotos.jpegWithGps(320, 240));
    Path notAPhoto = SHOTS.resolve("照片.jpg");
    Files.writeString(notAPhoto, "<html>not a photo</html>");
    long cases = jdbc.sql("select count(*) from case_record").query(Long.class).single();

    JsonNode shown = run(Map.of("LOGIN", "chen.jianguo", "PHOTO", photo.toString(), "NOT_A_PHOTO", notAPhoto.toString()));

    assertThat(shown.at("/errors")).as("page errors").isEmpty();
    assertThat(shown.at("/csp")).as("blocked by the page's policy").isEmpty();
    assertThat(shown.at("/viewport").asText()).contains("width=device-width");
    assertThat(shown.at("/camera/accept").asText()).isEqualTo("image/*");
    assertThat(shown.at("/camera/capture").asText()).isEqualTo("environment");
    assertThat(shown.at("/grids").toString()).contains("丰乐社区第一网格");
    String caseNumber = shown.at("/caseNumber").asText();
    assertThat(caseNumber).matches("GC[0-9]+");
    assertThat(shown.at("/casePage/caseNumber").asText()).isEqualTo(caseNumber);
    JsonNode thumbnail = shown.at("/casePage/reportPhotos/0");
    assertThat(thumbnail.at("/width").asInt()).as("the photo loaded on the case page").isEqualTo(320);
    assertThat(thumbnail.at("/alt").asText()).isEqualTo("现场照片 IMG_2041.jpg");
    assertThat(shown.at("/casePage/resultPhotos").asText()).isEqualTo("暂无");
    assertThat(shown.at("/casePage/pageWidth").asInt()).as("no sideways scrolling on the phone").isLessThanOrEqualTo(390);
    assertThat(shown.at("/tasklist/task").asText()).startsWith("就地化解案件").contains(caseNumber);
    assertThat(shown.at("/tasklist/photos/0/label").asText()).isEqualTo("现场照片");
    assertThat(shown.at("/tasklist/photos/0/images/0/alt").asText()).isEqualTo("现场照片 IMG_2041.jpg");
    assertThat(shown.at("/tasklist/photos/0/images/0/width").asInt()).as("the photo loaded in Tasklist").isEqualTo(320);
    assertThat(shown.at("/refused").asText()).contains("照片.jpg", "不是照片");

    var stored = jdbc.sql("select r.channel, r.grid_code, p.content from case_record r join case_photo p on p.case_number = r.case_number"
            + " where r.case_number = ?")
        .param(caseNumber)
        .query((rs, row) -> Map.of("channel", rs.getString(1), "grid", rs.getString(2), "content", rs.getBytes(3)))
        .single();
    assertThat(stored.get("channel")).isEqualTo("GRID_REPORT");
    assertThat(stored.get("grid")).isEqualTo("JM-PJ-HUANSHI-01-01");
    assertThat(TestPhotos.contains((byte[]) stored.get("content"), TestPhotos.LATITUDE_DEGREES)).isFalse();
    assertThat(jdbc.sql("select count(*) from case_record").query(Long.class).single())
        .as("the refused report wrote nothing").isEqualTo(cases + 1);
    assertThat(SHOTS.resolve("report-done.png")).exists();
    assertThat(SHOTS.resolve("case-page-photos.png")).exists();
    assertThat(SHOTS.resolve("tasklist-case-summary.png")).exists();
  }

  @Test
  void theHandlingDepartmentAttachesAResultPhotoOnTheCasePage() throws Exception {
    Files.createDirectories(SHOTS);
    Path photo = SHOTS.resolve("整改后.png");
    Files.write(photo, TestPhotos.image("png", 200, 150));
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    var json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    parts.add("report", new HttpEntity<>(CasePhotoApiTest.report("GRID_REPORT", "JM-PJ-HUANSHI-01-01", null), json));
    parts.add("photos", CasePhotoApiTest.file("现场.jpg", "image/jpeg", TestPhotos.jpegWithGps(64, 48)));
    var multipart = new HttpHeaders();
    multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
    String caseNumber = Logins.as(anonymous, "chen.jianguo")
        .postForEntity("/api/cases", new HttpEntity<>(parts, multipart), JsonNode.class).getBody().get("caseNumber").asText();

    JsonNode shown = run(RESULT_SCRIPT, Map.of("LOGIN", "chen.zhihua", "CASE_NUMBER", caseNumber, "PHOTO", photo.toString()));

    assertThat(shown.at("/errors")).as("page errors").isEmpty();
    assertThat(shown.at("/before").asText()).isEqualTo("暂无");
    assertThat(shown.at("/status").asText()).isEqualTo("已上传");
    assertThat(shown.at("/resultPhotos/0/alt").asText()).isEqualTo("处理结果照片 整改后.png");
    assertThat(shown.at("/resultPhotos/0/width").asInt()).isEqualTo(200);
    assertThat(shown.at("/reportPhotos/0").asText()).isEqualTo("现场照片 现场.jpg");
    assertThat(jdbc.sql("select uploaded_by from case_photo where case_number = ? and kind = 'RESULT'").param(caseNumber)
        .query(String.class).list()).containsExactly("chen.zhihua");
    assertThat(SHOTS.resolve("case-page-result-photo.png")).exists();
  }

  private JsonNode run(Map<String, String> more) throws Exception {
    return run(SCRIPT, more);
  }

  private JsonNode run(Path script, Map<String, String> more) throws Exception {
    Map<String, String> env = new HashMap<>(Map.of("BASE_URL", "http://localhost:" + port, "SCREENSHOTS", SHOTS.toString()));
    env.putAll(more);
    return Browser.run(script, SHOTS, script.getFileName().toString(), env).json();
  }
}
