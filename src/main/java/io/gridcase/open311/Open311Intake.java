package io.gridcase.open311;

import io.gridcase.casefile.CaseClock;
import io.gridcase.intake.CaseIntake;
import io.gridcase.intake.IntakeResult;
import io.gridcase.intake.UnknownReferenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.MultiValueMap;

/**
 * Files an Open311 service request as a case of the api_key's channel, through the same intake as
 * {@code POST /api/cases} (same rules, same number, same lifecycle), and notes it as filed through
 * Open311, all in one transaction: a refused request leaves nothing behind.
 */
@Service
class Open311Intake {

  private final ApiKeys keys;
  private final ServiceCatalog catalog;
  private final CaseIntake intake;
  private final Validator validator;
  private final TransactionTemplate transaction;
  private final JdbcClient jdbc;
  private final CaseClock clock;

  Open311Intake(ApiKeys keys, ServiceCatalog catalog, CaseIntake intake, Validator validator,
      TransactionTemplate transaction, JdbcClient jdbc, CaseClock clock) {
    this.keys = keys;
    this.catalog = catalog;
    this.intake = intake;
    this.validator = validator;
    this.transaction = transaction;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The new case's number. */
  String file(MultiValueMap<String, String> form) {
    ApiKeys.ApiKey key = keys.find(ServiceRequestForm.text(form, "api_key"))
        .orElseThrow(() -> new Open311Exception(HttpStatus.FORBIDDEN, "api_key",
            "api_key 无效或已吊销 invalid or revoked api_key, cannot create the request"));
    String serviceCode = ServiceRequestForm.text(form, "service_code");
    if (serviceCode != null && catalog.service(serviceCode).isEmpty()) {
      throw Open311Exception.badField("service_code", "未知服务 unknown service, see services.json");
    }
    ServiceRequestForm.Filed filed = ServiceRequestForm.read(form, key.channel(), catalog.attributes());
    check(filed);
    try {
      return transaction.execute(status -> {
        IntakeResult result = intake.report(filed.report());
        jdbc.sql("insert into open311_request (case_number, api_key_id, media_url, filed_at) values (?, ?, ?, ?)")
            .params(result.caseNumber(), key.id(), filed.mediaUrl(), clock.now())
            .update();
        return result.caseNumber();
      });
    } catch (UnknownReferenceException unknown) {
      String field = ServiceRequestForm.OPEN311_FIELDS.getOrDefault(unknown.field(), unknown.field());
      throw Open311Exception.badField(field, unknown.getMessage());
    }
  }

  private void check(ServiceRequestForm.Filed filed) {
    List<Open311Exception.FieldError> errors = validator.validate(filed.report()).stream()
        .map(this::error)
        .sorted(Comparator.comparing(Open311Exception.FieldError::field))
        .distinct()
        .toList();
    if (!errors.isEmpty()) {
      throw new Open311Exception(HttpStatus.BAD_REQUEST, errors);
    }
  }

  private Open311Exception.FieldError error(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    return new Open311Exception.FieldError(ServiceRequestForm.OPEN311_FIELDS.getOrDefault(path, path), violation.getMessage());
  }
}
