package io.gridcase.parties;

import io.gridcase.casefile.CaseClock;
import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.Reporter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The parties of cases, in table {@code dispute_party} (ADR 26), written in the caller's
 * transaction (the intake's). The applicant is the case's reporter unless an {@code APPLICANT} row
 * says otherwise; the respondent is the one the report named.
 */
@Repository
public class DisputeParties {

  private final JdbcClient jdbc;
  private final CaseClock clock;

  public DisputeParties(JdbcClient jdbc, CaseClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Keeps a party of the case; a case has one party per role. */
  public void add(String caseNumber, DisputeParty party) {
    jdbc.sql("insert into dispute_party (case_number, party_role, name, phone, email, description, added_at)"
            + " values (?, ?, ?, ?, ?, ?, ?)")
        .params(caseNumber, party.role().name(), party.name(), blankAsNull(party.phone()), blankAsNull(party.email()),
            blankAsNull(party.description()), clock.now())
        .update();
  }

  /** Both parties of the case: the applicant (its reporter unless recorded apart) and the respondent, if named. */
  public Parties of(CaseRecord c) {
    Map<PartyRole, DisputeParty> rows = jdbc
        .sql("select party_role, name, phone, email, description from dispute_party where case_number = ?")
        .param(c.caseNumber())
        .query(DisputeParties::party)
        .list()
        .stream()
        .collect(Collectors.toMap(DisputeParty::role, Function.identity()));
    DisputeParty applicant = rows.containsKey(PartyRole.APPLICANT) ? rows.get(PartyRole.APPLICANT) : reporter(c.reporter());
    return new Parties(applicant, rows.get(PartyRole.RESPONDENT));
  }

  private static DisputeParty reporter(Reporter reporter) {
    return new DisputeParty(PartyRole.APPLICANT, reporter.name(), reporter.phone(), reporter.email(), null,
        reporter.anonymous());
  }

  private static DisputeParty party(ResultSet rs, int row) throws SQLException {
    return new DisputeParty(PartyRole.valueOf(rs.getString("party_role")), rs.getString("name"), rs.getString("phone"),
        rs.getString("email"), rs.getString("description"), false);
  }

  private static String blankAsNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
