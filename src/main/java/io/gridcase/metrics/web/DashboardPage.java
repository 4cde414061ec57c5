package io.gridcase.metrics.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The supervisors' dashboard at {@code /dashboard/} (static files under {@code static/dashboard/}). */
@Controller
public class DashboardPage {

  @GetMapping("/dashboard")
  String withSlash() {
    return "redirect:/dashboard/";
  }

  @GetMapping("/dashboard/")
  String page() {
    return "forward:/dashboard/index.html";
  }
}
