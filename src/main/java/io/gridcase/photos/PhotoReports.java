package io.gridcase.photos;

import io.gridcase.intake.CaseIntake;
import io.gridcase.intake.CaseReport;
import io.gridcase.intake.IntakeResult;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A report with photos from the field: the photos are checked and cleaned first (a refusal writes
 * nothing), then the case, its lifecycle's start and the photos commit in one transaction. A
 * report repeated with the same channel and external id gives back the first case and adds no
 * photos to it, so a phone that retries after a lost answer does not double them.
 */
@Service
public class PhotoReports {

  private final CaseIntake intake;
  private final PhotoChecks checks;
  private final CasePhotos photos;
  private final TransactionTemplate transaction;

  public PhotoReports(CaseIntake intake, PhotoChecks checks, CasePhotos photos, TransactionTemplate transaction) {
    this.intake = intake;
    this.checks = checks;
    this.photos = photos;
    this.transaction = transaction;
  }

  public IntakeResult report(CaseReport report, List<Upload> uploads, String reportedBy) {
    List<CheckedPhoto> checked = checks.check(uploads);
    return transaction.execute(status -> {
      IntakeResult result = intake.report(report);
      if (result.created()) {
        photos.add(result.caseNumber(), PhotoKind.REPORT, reportedBy, checked);
      }
      return result;
    });
  }

  /** A department's photos of the result (处理结果照片), checked the same way. */
  public List<CasePhoto> addResult(String caseNumber, List<Upload> uploads, String uploadedBy) {
    List<CheckedPhoto> checked = checks.check(uploads);
    if (checked.isEmpty()) {
      throw new PhotoRefusedException(PhotoRefusedException.Reason.MISSING, "photos", "请选择至少一张照片 send at least one photo");
    }
    return transaction.execute(status -> photos.add(caseNumber, PhotoKind.RESULT, uploadedBy, checked));
  }
}
