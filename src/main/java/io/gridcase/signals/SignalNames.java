package io.gridcase.signals;

import io.gridcase.directory.Category;
import io.gridcase.directory.Directory;
import org.springframework.stereotype.Component;

/** The Chinese names a weak signal is shown with: its category and its place (镇街, or 镇街 + 网格). */
@Component
class SignalNames {

  private final Directory directory;

  SignalNames(Directory directory) {
    this.directory = directory;
  }

  String category(String code) {
    return directory.categories().stream().filter(k -> k.code().equals(code))
        .map(Category::nameZh).findFirst().orElse(code);
  }

  /** 台城街道 for a town, 台城街道南坑村第一网格 for a grid. */
  String place(String scope, String placeCode, String townCode) {
    String town = directory.town(townCode).map(t -> t.name()).orElse(townCode);
    if ("TOWN".equals(scope)) {
      return town;
    }
    return town + directory.grid(placeCode).map(g -> g.name()).orElse(placeCode);
  }
}
