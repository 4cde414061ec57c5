package io.gridcase.photos.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The grid worker's phone page 网格员上报 at {@code /report} (static files under {@code static/report/}):
 * a report with photos from the camera, posted to {@code POST /api/cases} as multipart.
 */
@Controller
public class ReportPage {

  @GetMapping("/report")
  String page() {
    return "forward:/report/index.html";
  }
}
