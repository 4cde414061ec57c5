package io.gridcase.photos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcase.casefile.CaseClock;
import io.gridcase.support.PostgresServer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The photo table on a real PostgreSQL (the build's embedded server), in a schema of its own: the
 * migration, photos stored as bytea and read back byte for byte, and a case whose transaction
 * fails after its photos were written leaving neither behind (what a node dying mid-upload means
 * for the database: the transaction never commits).
 */
class CasePhotosPostgresTest {

  private static final Instant NOW = Instant.parse("2026-11-20T01:30:00Z");

  private CasePhotos photos;
  private TransactionTemplate transaction;
  private JdbcClient jdbc;

  @BeforeEach
  void migrateASchemaOfItsOwn() {
    PGSimpleDataSource dataSource = PostgresServer.migratedSchema("photo_test");
    jdbc = JdbcClient.create(dataSource);
    photos = new CasePhotos(jdbc, new CaseClock(() -> NOW));
    transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  private void insertCase(String caseNumber) {
    jdbc.sql("insert into case_record (case_number, channel, title, description, grid_code, town_code, county_code,"
            + " anonymous, overseas_chinese, reported_at, status, stage, reopen_count)"
            + " values (?, 'GRID_REPORT', '占道经营', '路口占道经营', 'JM-PJ-HUANSHI-01-01', 'JM-PJ-HUANSHI', 'JM-PJ',"
            + " true, false, ?, 'OPEN', 'INTAKE', 0)")
        .params(caseNumber, OffsetDateTime.parse("2026-11-20T09:30:00+08:00"))
        .update();
  }

  @Test
  void aReportAndItsPhotosCommitTogetherAndComeBackByteForByte() {
    byte[] jpeg = MetadataStripper.strip(PhotoType.JPEG, TestPhotos.jpegWithGps(320, 240), "a.jpg");
    byte[] png = TestPhotos.image("png", 40, 30);

    List<CasePhoto> added = transaction.execute(status -> {
      insertCase("GC1");
      return photos.add("GC1", PhotoKind.REPORT, "chen.jianguo", List.of(
          new CheckedPhoto("现场.jpg", PhotoType.JPEG, jpeg), new CheckedPhoto("b.png", PhotoType.PNG, png)));
    });

    assertThat(photos.of("GC1")).containsExactlyElementsOf(added);
    assertThat(added.get(0).uploadedAt().toInstant()).isEqualTo(NOW);
    assertThat(photos.content("GC1", Long.parseLong(added.get(0).id()))).hasValue(jpeg);
    assertThat(photos.content("GC1", Long.parseLong(added.get(1).id()))).hasValue(png);
    assertThat(photos.find("GC1", Long.parseLong(added.get(1).id())).orElseThrow().mediaType()).isEqualTo("image/png");
    assertThat(photos.content("GC2", Long.parseLong(added.get(0).id()))).as("only through its own case").isEmpty();
  }

  @Test
  void aTransactionThatDiesAfterThePhotosLeavesNeitherCaseNorPhotos() {
    byte[] png = TestPhotos.image("png", 8, 8);

    assertThatThrownBy(() -> transaction.execute(status -> {
      insertCase("GC3");
      photos.add("GC3", PhotoKind.REPORT, "chen.jianguo", List.of(new CheckedPhoto("a.png", PhotoType.PNG, png)));
      throw new IllegalStateException("the node goes away before commit");
    })).hasMessageContaining("node goes away");

    assertThat(jdbc.sql("select count(*) from case_record").query(Long.class).single()).isZero();
    assertThat(jdbc.sql("select count(*) from case_photo").query(Long.class).single()).isZero();
  }

  @Test
  void aPhotoNeedsItsCase() {
    assertThatThrownBy(() -> photos.add("GC404", PhotoKind.RESULT, "chen.zhihua",
        List.of(new CheckedPhoto("a.png", PhotoType.PNG, TestPhotos.image("png", 4, 4)))))
        .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
  }
}
