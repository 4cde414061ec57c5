package io.gridcase.casefile.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * One case for people, at {@code /case/{caseNumber}} (static files under {@code static/case/}):
 * the page reads {@code GET /api/cases/{caseNumber}} with the Camunda webapps' login, so it shows
 * exactly what the API lets that user read, masked the same way, and says so in Chinese when not.
 */
@Controller
public class CasePage {

  @GetMapping("/case/{caseNumber:GC[0-9]{6,30}}")
  String page() {
    return "forward:/case/index.html";
  }
}
