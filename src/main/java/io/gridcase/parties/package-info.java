/**
 * The parties of a dispute (纠纷当事人, ADR 26): the applicant (申请人, the case's reporter unless
 * recorded otherwise) and the respondent (被申请人) who came in with the report, each with a way to
 * reach them. Kept in table {@code dispute_party} beside the case record, never in process variables.
 */
package io.gridcase.parties;
