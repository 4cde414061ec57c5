package io.gridcase.security;

import io.gridcase.casefile.CaseQuery;
import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.DepartmentOrder;
import io.gridcase.directory.Directory;
import io.gridcase.directory.DirectoryGroups;
import io.gridcase.directory.Grid;
import io.gridcase.intake.Channel;
import io.gridcase.mediation.MediationTasks;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a case through {@code /api}, decided per case:
 *
 * <ul>
 *   <li>report: an integrator for its own channel only; intake clerks for any channel;
 *   <li>read one case: supervisors, intake and revisit clerks all cases; an integrator the cases of
 *       its channel; a department handler the cases its department has an order on; a town center
 *       the cases of its town; a grid worker the cases of its grid; a mediator (or any user) the
 *       case of a mediation task it holds, while the task is open (ADR 27);
 *   <li>list: the same scope, applied as a filter (an integrator's list is its channel's, a
 *       handler's its department's, a center's its town's, a grid worker's its grid's); designers
 *       work in Tasklist and get no list;
 *   <li>withdraw: an integrator for its channel's cases, intake clerks for any;
 *   <li>the reporter's name, phone and email unmasked: only roles that call the reporter back —
 *       intake, revisit, the case's own town center, and the mediator holding a task of the case.
 * </ul>
 *
 * A denial is an {@link AccessDeniedException} (403 with a problem body).
 */
@Component
public class CaseAccess {

  private final Directory directory;
  private final MediationTasks mediationTasks;

  public CaseAccess(Directory directory, MediationTasks mediationTasks) {
    this.directory = directory;
    this.mediationTasks = mediationTasks;
  }

  /** The caller, authenticated by {@code /api}'s security chain. */
  public GridcaseUser caller() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof GridcaseUser user) {
      return user;
    }
    throw new AccessDeniedException(Problems.NOT_ALLOWED);
  }

  public void checkMayReport(Channel channel) {
    GridcaseUser user = caller();
    if (user.in(DirectoryGroups.INTAKE) || user.in(GridcaseUser.CAMUNDA_ADMIN)) {
      return;
    }
    if (user.isIntegrator() && channel != null && channel.name().equals(user.channel())) {
      return;
    }
    if (!gridsOf(user).isEmpty()) {
      throw new AccessDeniedException("网格员在 /report 上报，或以 multipart/form-data 上报本网格的网格上报案件"
          + " A grid worker reports GRID_REPORT cases of their grid as multipart/form-data (ADR 18).");
    }
    throw new AccessDeniedException("An integrator account reports cases of its own channel only.");
  }

  /**
   * The towns whose grids the caller may report cases in from Tasklist's start form, as
   * {@link StartForms} checks it: every town for an intake clerk, its own for a town center.
   * Nobody else reports by hand.
   */
  public Predicate<String> townsCallerReportsFor() {
    GridcaseUser user = caller();
    if (user.in(DirectoryGroups.INTAKE)) {
      return town -> true;
    }
    Set<String> towns = user.towns();
    if (towns.isEmpty()) {
      throw new AccessDeniedException("只有受理员和镇街综治中心登记案件 Only intake clerks and town centers report cases.");
    }
    return towns::contains;
  }

  public void checkMayRead(CaseRecord c, List<DepartmentOrder> orders) {
    if (!mayRead(caller(), c, orders)) {
      throw new AccessDeniedException(Problems.NOT_ALLOWED);
    }
  }

  /** Whether the caller may read the case (as {@link #checkMayRead} checks). */
  public boolean mayRead(CaseRecord c, List<DepartmentOrder> orders) {
    return mayRead(caller(), c, orders);
  }

  public void checkMayWithdraw(CaseRecord c) {
    GridcaseUser user = caller();
    boolean allowed =
        user.in(DirectoryGroups.INTAKE)
            || user.in(GridcaseUser.CAMUNDA_ADMIN)
            || (user.isIntegrator() && user.channel().equals(c.channel()));
    if (!allowed) {
      throw new AccessDeniedException(Problems.NOT_ALLOWED);
    }
  }

  /** Only the holder may ask for more time: a handler of the case's lead department. */
  public void checkMayAskForExtension(CaseRecord c) {
    GridcaseUser user = caller();
    if (!user.in(GridcaseUser.CAMUNDA_ADMIN) && !user.departments().contains(c.leadDepartment())) {
      throw new AccessDeniedException("Only the lead department of the case may ask for an extension.");
    }
  }

  /** Urging (催办) is the supervisors' (and, one level up, the county centers') tool. */
  public void checkMayUrge() {
    GridcaseUser user = caller();
    if (!user.in(DirectoryGroups.SUPERVISORS) && !user.in(GridcaseUser.CAMUNDA_ADMIN)) {
      throw new AccessDeniedException("Only supervisors urge cases.");
    }
  }

  /** Whether the caller sees the reporter's contact details in full. */
  public boolean showsContact(CaseRecord c) {
    GridcaseUser user = caller();
    return user.in(DirectoryGroups.INTAKE)
        || user.in(DirectoryGroups.REVISIT)
        || user.in(GridcaseUser.CAMUNDA_ADMIN)
        || user.towns().contains(c.place().townCode())
        || mediates(c);
  }

  /**
   * Whether the caller mediates the case now: an open task of its mediation is assigned to the
   * caller or offered to a group the caller is in (ADR 27). Mediators call the parties, so they
   * read the case and its contacts while they hold the task, and no longer once it is done.
   */
  public boolean mediates(CaseRecord c) {
    return mediates(caller(), c);
  }

  private boolean mediates(GridcaseUser user, CaseRecord c) {
    return mediationTasks.holdsOpenTask(c.caseNumber(), user.id(), user.groups());
  }

  /**
   * Whether the caller sees the dispute parties' contact details in full (ADR 26): the roles that see
   * the reporter's, a mediator working the case among them (ADR 27).
   */
  public boolean maySeeContacts(CaseRecord c) {
    return showsContact(c);
  }

  /**
   * The caller's list query, narrowed to what it may see. A filter the caller sets must lie
   * inside its scope; one it leaves open is set to its scope.
   */
  public CaseQuery scope(CaseQuery query) {
    GridcaseUser user = caller();
    if (user.readsAllCases()) {
      return query;
    }
    if (user.isIntegrator()) {
      return narrow(query, query.channel(), Set.of(user.channel()), Field.CHANNEL);
    }
    if (!user.departments().isEmpty()) {
      return narrow(query, query.department(), user.departments(), Field.DEPARTMENT);
    }
    if (!user.towns().isEmpty()) {
      return narrow(query, query.town(), user.towns(), Field.TOWN);
    }
    Set<String> grids = gridsOf(user);
    if (!grids.isEmpty()) {
      return narrow(query, query.grid(), grids, Field.GRID);
    }
    throw new AccessDeniedException(Problems.NOT_ALLOWED);
  }

  boolean mayRead(GridcaseUser user, CaseRecord c, List<DepartmentOrder> orders) {
    if (user.readsAllCases()) {
      return true;
    }
    if (user.isIntegrator() && user.channel().equals(c.channel())) {
      return true;
    }
    if (user.towns().contains(c.place().townCode())) {
      return true;
    }
    // the petition office and the reviewing body read the petitions they decide (ADR 28)
    if ("PETITION".equals(c.slaProfile())
        && (user.in(DirectoryGroups.PETITION_OFFICE) || user.in(DirectoryGroups.PETITION_REVIEWERS))) {
      return true;
    }
    Set<String> departments = user.departments();
    if (orders.stream().anyMatch(order -> departments.contains(order.department()))) {
      return true;
    }
    if (directory.grid(c.place().gridCode()).map(Grid::workerUserId).filter(user.id()::equals).isPresent()) {
      return true;
    }
    return mediates(user, c);
  }

  /**
   * Reporting into a grid already located: a grid worker (网格员) reports {@code GRID_REPORT} cases
   * of the grids they look after, from the login and the directory; everyone else as
   * {@link #checkMayReport(Channel)}.
   */
  public void checkMayReport(Channel channel, Grid grid) {
    GridcaseUser user = caller();
    if (!gridsOf(user).isEmpty() && !user.in(DirectoryGroups.INTAKE) && !user.isIntegrator()) {
      if (channel == Channel.GRID_REPORT && user.id().equals(grid.workerUserId())) {
        return;
      }
      throw new AccessDeniedException("网格员只能上报本网格的网格上报案件 A grid worker reports GRID_REPORT cases of their own grid only.");
    }
    checkMayReport(channel);
  }

  /** Result photos (处理结果照片): a department with an order on the case that it has not rejected. */
  public void checkMayAddResultPhotos(CaseRecord c, List<DepartmentOrder> orders) {
    checkMayRead(c, orders);
    GridcaseUser user = caller();
    Set<String> departments = user.departments();
    boolean handles = orders.stream()
        .anyMatch(order -> departments.contains(order.department()) && order.status() != DepartmentOrder.Status.REJECTED);
    if (!handles && !user.in(GridcaseUser.CAMUNDA_ADMIN)) {
      throw new AccessDeniedException("只有承办部门可以上传处理结果照片 Only a department handling the case attaches result photos.");
    }
  }

  private Set<String> gridsOf(GridcaseUser user) {
    return directory.gridsOfWorker(user.id()).stream().map(Grid::code).collect(java.util.stream.Collectors.toSet());
  }

  private enum Field { CHANNEL, DEPARTMENT, TOWN, GRID }

  private static CaseQuery narrow(CaseQuery query, String asked, Set<String> allowed, Field field) {
    String value;
    if (asked != null) {
      if (!allowed.contains(asked)) {
        throw new AccessDeniedException("You may list only the cases of: " + String.join(", ", allowed));
      }
      value = asked;
    } else if (allowed.size() == 1) {
      value = allowed.iterator().next();
    } else {
      throw new AccessDeniedException(
          "Name the " + field.name().toLowerCase() + " to list; yours are: " + String.join(", ", allowed));
    }
    return new CaseQuery(
        query.status(),
        field == Field.DEPARTMENT ? value : query.department(),
        field == Field.TOWN ? value : query.town(),
        field == Field.CHANNEL ? value : query.channel(),
        query.page(),
        query.size(),
        field == Field.GRID ? value : query.grid());
  }
}
