package io.gridcase.dispatch;

import io.gridcase.directory.Department;
import io.gridcase.directory.Directory;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Checks department codes that come from rules or forms against the directory; a list of them
 * comes out as a plain list without repeats (the engine room reads a form's JSON checklist as a list).
 */
@Component
public class DepartmentCodes {

  private final Directory directory;

  public DepartmentCodes(Directory directory) {
    this.directory = directory;
  }

  public String known(String field, String code) {
    return department(field, code).code();
  }

  /** The directory's department of this code, for its names. */
  public Department department(String field, String code) {
    return directory.department(code).orElseThrow(
        () -> new IllegalArgumentException("%s: 未知部门 unknown department %s".formatted(field, code)));
  }

  public List<String> knownList(String field, Object codes) {
    var distinct = new LinkedHashSet<String>();
    if (codes instanceof Collection<?> collection) {
      collection.forEach(code -> distinct.add(String.valueOf(code)));
    } else if (codes != null) {
      throw new IllegalArgumentException(field + " must be a list of department codes");
    }
    distinct.forEach(code -> known(field, code));
    return List.copyOf(distinct);
  }
}
