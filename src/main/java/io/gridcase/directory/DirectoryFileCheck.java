package io.gridcase.directory;

import io.gridcase.directory.DirectoryFile.PersonEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Finds the mistakes in a directory file before anything is written. */
final class DirectoryFileCheck {

  private DirectoryFileCheck() {}

  /** @throws IllegalArgumentException listing every problem found */
  static void requireValid(DirectoryFile file) {
    List<String> problems = problems(file);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "the directory file has " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
    }
  }

  static List<String> problems(DirectoryFile file) {
    List<String> problems = new ArrayList<>();
    unique("county", file.countyList(), County::code, County::name, problems);
    unique("town", file.townList(), Town::code, Town::name, problems);
    unique("community", file.communityList(), Community::code, Community::name, problems);
    unique("grid", file.gridList(), Grid::code, Grid::name, problems);
    unique("department", file.departments(), Department::code, Department::nameZh, problems);
    unique("category", file.categories(), Category::code, Category::nameZh, problems);
    unique("person", file.people(), PersonEntry::id, PersonEntry::fullName, problems);

    for (Department d : file.departments()) {
      if (isBlank(d.nameEn())) {
        problems.add("department " + d.code() + " has no nameEn");
      }
    }
    Set<String> people = new HashSet<>();
    file.people().forEach(p -> people.add(p.id()));
    for (Grid g : file.gridList()) {
      if (g.type() == null) {
        problems.add("grid " + g.code() + " has no type");
      }
      if (g.lat() < -90 || g.lat() > 90 || g.lng() < -180 || g.lng() > 180) {
        problems.add("grid " + g.code() + " has an impossible centre " + g.lat() + "," + g.lng());
      }
      if (g.workerUserId() != null && !people.contains(g.workerUserId())) {
        problems.add("grid " + g.code() + " names worker " + g.workerUserId() + ", who is not among the people");
      }
    }
    GridBoundaryCheck.addProblems(file.gridList(), problems);
    Set<String> groups = DirectoryGroups.of(file).keySet();
    for (PersonEntry p : file.people()) {
      for (String group : p.groups()) {
        if (!groups.contains(group)) {
          problems.add("person " + p.id() + " is in unknown group " + group);
        }
      }
      for (String specialty : p.specialties()) {
        if (MediationSpecialty.of(specialty).isEmpty()) {
          problems.add("person " + p.id() + " has unknown mediation specialty " + specialty);
        }
      }
      if (!p.specialties().isEmpty() && p.groups().stream().noneMatch(DirectoryGroups::isMediatorGroup)) {
        problems.add("person " + p.id() + " has mediation specialties but is no mediator or expert");
      }
      boolean integrator = p.groups().contains(DirectoryGroups.INTEGRATORS);
      if (integrator && (isBlank(p.channel()) || p.groups().size() != 1)) {
        problems.add("integrator " + p.id() + " needs a channel and no group but " + DirectoryGroups.INTEGRATORS);
      } else if (!integrator && p.channel() != null) {
        problems.add("person " + p.id() + " has a channel but is not in group " + DirectoryGroups.INTEGRATORS);
      }
      if (p.id() != null && !p.id().matches(DirectoryGroups.ID_PATTERN)) {
        problems.add("person id " + p.id() + " is not a valid Camunda user id");
      }
    }
    return problems;
  }

  private static <T> void unique(
      String kind, List<T> items, Function<T, String> code, Function<T, String> name, List<String> problems) {
    Set<String> seen = new HashSet<>();
    for (T item : items) {
      String c = code.apply(item);
      if (isBlank(c)) {
        problems.add("a " + kind + " has no code");
      } else if (!seen.add(c)) {
        problems.add(kind + " " + c + " appears twice");
      }
      if (isBlank(name.apply(item))) {
        problems.add(kind + " " + c + " has no name");
      }
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
