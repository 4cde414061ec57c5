package io.gridcase.api;

import io.gridcase.api.ApiExceptionHandler.FieldError;
import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.casefile.DepartmentOrders;
import io.gridcase.directory.DirectoryGroups;
import io.gridcase.petitions.Petition;
import io.gridcase.petitions.PetitionConflict;
import io.gridcase.petitions.PetitionRefusal;
import io.gridcase.petitions.PetitionReviews;
import io.gridcase.petitions.Petitions;
import io.gridcase.security.CaseAccess;
import io.gridcase.security.GridcaseUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A petition's own record (信访, ADR 23): read by whoever may read the case; a review (复查) asked
 * for the petitioner by the petition channel's integrator, an intake clerk or the petition office.
 */
@RestController
@Tag(name = "cases")
public class PetitionController {

  private final CaseRecords records;
  private final DepartmentOrders orders;
  private final CaseAccess access;
  private final Petitions petitions;
  private final PetitionReviews reviews;

  public PetitionController(CaseRecords records, DepartmentOrders orders, CaseAccess access, Petitions petitions,
      PetitionReviews reviews) {
    this.records = records;
    this.orders = orders;
    this.access = access;
    this.petitions = petitions;
    this.reviews = reviews;
  }

  /** The petitioner's review request: why they disagree with the handling opinion. */
  public record ReviewRequest(String reason) {}

  @GetMapping("/api/cases/{caseNumber}/petition")
  @Operation(summary = "信访: the acceptance decision and notice, the handling opinion and outcome class, the review")
  public ResponseEntity<Petition> petition(@PathVariable String caseNumber) {
    CaseRecord c = records.get(caseNumber);
    access.checkMayRead(c, orders.of(caseNumber));
    return ResponseEntity.of(petitions.find(caseNumber));
  }

  @PostMapping("/api/cases/{caseNumber}/petition/review-request")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "复查申请: the petitioner disagrees with the handling opinion",
      description = "202: the reviewing body decides in Tasklist within petition-limits' reviewLimit. 400 naming reason;"
          + " 409 when the case is no petition, has no opinion yet, was asked already or the window has passed.")
  public void requestReview(@PathVariable String caseNumber, @RequestBody ReviewRequest request) {
    CaseRecord c = records.get(caseNumber);
    GridcaseUser user = access.caller();
    boolean allowed = user.in(DirectoryGroups.INTAKE) || user.in(DirectoryGroups.PETITION_OFFICE)
        || (user.isIntegrator() && user.channel().equals(c.channel()));
    if (!allowed) {
      throw new AccessDeniedException("Your roles do not allow this.");
    }
    reviews.request(caseNumber, request == null ? null : request.reason(), user.id());
  }

  @ExceptionHandler(PetitionRefusal.class)
  ProblemDetail refused(PetitionRefusal ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid " + ex.field());
    problem.setTitle("Bad request");
    problem.setProperty("errors", List.of(new FieldError(ex.field(), ex.getMessage())));
    return problem;
  }

  @ExceptionHandler(PetitionConflict.class)
  ProblemDetail conflict(PetitionConflict ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
    problem.setTitle("Petition conflict");
    return problem;
  }
}
