package io.gridcase;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.gridcase.open311.Open311Client;
import io.gridcase.support.TestSmtp;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Open311 on a real PostgreSQL server (the build's embedded one): V13, a request filed and read
 * back with its filters, and a request whose Open311 note the database refuses, which leaves no case.
 */
class PostgresOpen311Test extends PostgresApp {

  @RegisterExtension
  static GreenMailExtension mail = TestSmtp.server();


  @Autowired TestRestTemplate anonymous;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;

  @Test
  void aRequestIsFiledAndReadBackOnPostgres() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
    var open311 = new Open311Client(anonymous, json);
    String key = open311.issueKey("GRID_REPORT");
    var form = Open311Client.wageArrears(key);
    form.add("attribute[overseasChinese]", "true");
    String id = open311.file(form);

    JsonNode read = open311.json(open311.get("requests/" + id + ".json")).get(0);
    assertThat(read.get("status").asText()).isEqualTo("open");
    assertThat(read.get("agency_responsible").asText()).isNotBlank();
    assertThat(read.get("expected_datetime").asText()).isNotBlank();
    assertThat(jdbc.sql("select channel from case_record where case_number = ?").param(id).query(String.class).single())
        .isEqualTo("GRID_REPORT");
    JsonNode listed = open311.json(open311.get("requests.json?service_code=WAGE_ARREARS&status=open"
        + "&start_date=2000-01-01T00:00:00Z&end_date=2000-03-01T00:00:00Z"));
    assertThat(listed).isEmpty();
    assertThat(open311.json(open311.get("requests.json?service_code=WAGE_ARREARS&status=open")).toString()).contains(id);
  }

  @Test
  void whenTheOpen311NoteCannotBeWrittenTheCaseIsNotKeptEither() throws Exception {
    var open311 = new Open311Client(anonymous, json);
    String key = open311.issueKey("HOTLINE_12345");
    // the database itself refuses the note, after the intake has written the case and started its lifecycle
    jdbc.sql("""
        create or replace function open311_refuse() returns trigger language plpgsql as $$
        begin raise exception 'refused for the test'; end $$""").update();
    jdbc.sql("create trigger open311_refuse before insert on open311_request for each row"
        + " when (new.media_url like '%refuse-me%') execute function open311_refuse()").update();
    try {
      long cases = count("case_record");
      long events = count("case_event");
      long instances = count("act_hi_procinst");
      var form = Open311Client.wageArrears(key);
      form.add("media_url", "https://app.example.cn/refuse-me.jpg");

      var answer = open311.post("json", form);

      open311.errors(answer, HttpStatus.INTERNAL_SERVER_ERROR);
      assertThat(count("case_record")).isEqualTo(cases);
      assertThat(count("case_event")).isEqualTo(events);
      assertThat(count("act_hi_procinst")).isEqualTo(instances);
    } finally {
      jdbc.sql("drop trigger open311_refuse on open311_request").update();
      jdbc.sql("drop function open311_refuse()").update();
    }
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }
}
