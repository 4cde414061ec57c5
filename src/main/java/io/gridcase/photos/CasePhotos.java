package io.gridcase.photos;

import io.gridcase.casefile.CaseClock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The photos of cases, in table {@code case_photo} beside the case record (ADR 18): written in the
 * caller's transaction, so a report and its photos commit together or not at all.
 */
@Repository
public class CasePhotos {

  private static final String COLUMNS =
      "id, case_number, kind, file_name, media_type, size_bytes, uploaded_by, uploaded_at";

  private final JdbcClient jdbc;
  private final CaseClock clock;

  public CasePhotos(JdbcClient jdbc, CaseClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public List<CasePhoto> add(String caseNumber, PhotoKind kind, String uploadedBy, List<CheckedPhoto> photos) {
    OffsetDateTime at = clock.now();
    return photos.stream().map(photo -> insert(caseNumber, kind, uploadedBy, at, photo)).toList();
  }

  public List<CasePhoto> of(String caseNumber) {
    return jdbc.sql("select " + COLUMNS + " from case_photo where case_number = ? order by id")
        .param(caseNumber)
        .query(CasePhotos::photo)
        .list();
  }

  /** The photo's stored bytes, if it is one of this case's. */
  public Optional<byte[]> content(String caseNumber, long id) {
    return jdbc.sql("select content from case_photo where case_number = ? and id = ?")
        .params(caseNumber, id)
        .query((rs, row) -> rs.getBytes(1))
        .optional();
  }

  public Optional<CasePhoto> find(String caseNumber, long id) {
    return jdbc.sql("select " + COLUMNS + " from case_photo where case_number = ? and id = ?")
        .params(caseNumber, id)
        .query(CasePhotos::photo)
        .optional();
  }

  private CasePhoto insert(String caseNumber, PhotoKind kind, String uploadedBy, OffsetDateTime at, CheckedPhoto photo) {
    var key = new GeneratedKeyHolder();
    jdbc.sql("insert into case_photo (case_number, kind, file_name, media_type, size_bytes, content, uploaded_by, uploaded_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(caseNumber, kind.name(), photo.fileName(), photo.type().mediaType(), photo.bytes().length, photo.bytes(),
            uploadedBy, at)
        .update(key, "id");
    long id = key.getKeyAs(Number.class).longValue();
    return new CasePhoto(String.valueOf(id), caseNumber, kind, photo.fileName(), photo.type().mediaType(),
        photo.bytes().length, uploadedBy, at);
  }

  private static CasePhoto photo(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new CasePhoto(
        String.valueOf(rs.getLong("id")),
        rs.getString("case_number"),
        PhotoKind.valueOf(rs.getString("kind")),
        rs.getString("file_name"),
        rs.getString("media_type"),
        rs.getInt("size_bytes"),
        rs.getString("uploaded_by"),
        rs.getObject("uploaded_at", OffsetDateTime.class));
  }
}
