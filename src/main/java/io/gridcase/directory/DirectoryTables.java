package io.gridcase.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code dir_*} tables. Writing compares the file with what is stored and inserts or updates
 * only the difference, so loading the same file twice writes nothing. Rows missing from the file
 * are kept: cases still point at them.
 */
@Component
public class DirectoryTables {

  private static final String SELECT_GRIDS =
      """
      select g.code, g.name, g.community_code, c.town_code, t.county_code, g.type, g.lat, g.lng, g.worker_user_id, g.boundary
      from dir_grid g
      join dir_community c on c.code = g.community_code
      join dir_town t on t.code = c.town_code
      """;

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;

  public DirectoryTables(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactionManager);
  }

  /** Inserted / updated / unchanged rows of one table. */
  public record Changes(int inserted, int updated, int unchanged) {
    public boolean none() {
      return inserted == 0 && updated == 0;
    }
  }

  /** Writes the file into the tables in one transaction; returns the changes per table. */
  public Map<String, Changes> write(DirectoryFile file) {
    return tx.execute(status -> writeInTransaction(file));
  }

  private Map<String, Changes> writeInTransaction(DirectoryFile file) {
    Map<String, Changes> changes = new LinkedHashMap<>();
    // parents before children, people before the grids that name them
    changes.put("dir_person", sync(file.personList(), persons(), Person::id, this::insert, this::update));
    changes.put("dir_county", sync(file.countyList(), counties(), County::code, this::insert, this::update));
    changes.put("dir_town", sync(file.townList(), towns(), Town::code, this::insert, this::update));
    changes.put(
        "dir_community",
        sync(file.communityList(), communities(), Community::code, this::insert, this::update));
    changes.put("dir_grid", sync(file.gridList(), grids(), Grid::code, this::insert, this::update));
    changes.put(
        "dir_department",
        sync(file.departments(), departments(), Department::code, this::insert, this::update));
    changes.put(
        "dir_category", sync(file.categories(), categories(), Category::code, this::insert, this::update));
    return changes;
  }

  private static <T> Changes sync(
      List<T> wanted, List<T> stored, Function<T, String> key, Consumer<T> insert, Consumer<T> update) {
    Map<String, T> existing = stored.stream().collect(Collectors.toMap(key, t -> t));
    int inserted = 0;
    int updated = 0;
    for (T item : wanted) {
      T old = existing.get(key.apply(item));
      if (old == null) {
        insert.accept(item);
        inserted++;
      } else if (!old.equals(item)) {
        update.accept(item);
        updated++;
      }
    }
    return new Changes(inserted, updated, wanted.size() - inserted - updated);
  }

  // reading

  public List<County> counties() {
    return jdbc.sql("select code, name from dir_county").query(County.class).list();
  }

  public List<Town> towns() {
    return jdbc.sql("select code, name, county_code from dir_town").query(Town.class).list();
  }

  public List<Community> communities() {
    return jdbc.sql("select code, name, town_code from dir_community").query(Community.class).list();
  }

  public List<Grid> grids() {
    return jdbc.sql(SELECT_GRIDS)
        .query(
            (rs, row) ->
                new Grid(
                    rs.getString("code"),
                    rs.getString("name"),
                    rs.getString("community_code"),
                    rs.getString("town_code"),
                    rs.getString("county_code"),
                    GridType.of(rs.getString("type")),
                    rs.getDouble("lat"),
                    rs.getDouble("lng"),
                    rs.getString("worker_user_id"),
                    rs.getString("boundary")))
        .list();
  }

  public List<Department> departments() {
    return jdbc.sql("select code, name_zh, name_en, mailbox, on_duty_phone from dir_department")
        .query(Department.class)
        .list();
  }

  public List<Category> categories() {
    return jdbc.sql("select code, name_zh from dir_category").query(Category.class).list();
  }

  public List<Person> persons() {
    return jdbc.sql("select id, name, email, phone from dir_person").query(Person.class).list();
  }

  // writing

  private void insert(Person p) {
    jdbc.sql("insert into dir_person (id, name, email, phone) values (?, ?, ?, ?)")
        .params(p.id(), p.name(), p.email(), p.phone())
        .update();
  }

  private void update(Person p) {
    jdbc.sql("update dir_person set name = ?, email = ?, phone = ? where id = ?")
        .params(p.name(), p.email(), p.phone(), p.id())
        .update();
  }

  private void insert(County c) {
    jdbc.sql("insert into dir_county (code, name) values (?, ?)").params(c.code(), c.name()).update();
  }

  private void update(County c) {
    jdbc.sql("update dir_county set name = ? where code = ?").params(c.name(), c.code()).update();
  }

  private void insert(Town t) {
    jdbc.sql("insert into dir_town (code, name, county_code) values (?, ?, ?)")
        .params(t.code(), t.name(), t.countyCode())
        .update();
  }

  private void update(Town t) {
    jdbc.sql("update dir_town set name = ?, county_code = ? where code = ?")
        .params(t.name(), t.countyCode(), t.code())
        .update();
  }

  private void insert(Community c) {
    jdbc.sql("insert into dir_community (code, name, town_code) values (?, ?, ?)")
        .params(c.code(), c.name(), c.townCode())
        .update();
  }

  private void update(Community c) {
    jdbc.sql("update dir_community set name = ?, town_code = ? where code = ?")
        .params(c.name(), c.townCode(), c.code())
        .update();
  }

  private void insert(Grid g) {
    jdbc.sql(
            """
            insert into dir_grid (code, name, community_code, type, lat, lng, worker_user_id, boundary)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            g.code(), g.name(), g.communityCode(), g.type().code(), g.lat(), g.lng(), g.workerUserId(), g.boundary())
        .update();
  }

  private void update(Grid g) {
    jdbc.sql(
            """
            update dir_grid set name = ?, community_code = ?, type = ?, lat = ?, lng = ?, worker_user_id = ?,
              boundary = ?
            where code = ?""")
        .params(
            g.name(), g.communityCode(), g.type().code(), g.lat(), g.lng(), g.workerUserId(), g.boundary(), g.code())
        .update();
  }

  private void insert(Department d) {
    jdbc.sql("insert into dir_department (code, name_zh, name_en, mailbox, on_duty_phone) values (?, ?, ?, ?, ?)")
        .params(d.code(), d.nameZh(), d.nameEn(), d.mailbox(), d.onDutyPhone())
        .update();
  }

  private void update(Department d) {
    jdbc.sql("update dir_department set name_zh = ?, name_en = ?, mailbox = ?, on_duty_phone = ? where code = ?")
        .params(d.nameZh(), d.nameEn(), d.mailbox(), d.onDutyPhone(), d.code())
        .update();
  }

  private void insert(Category c) {
    jdbc.sql("insert into dir_category (code, name_zh) values (?, ?)").params(c.code(), c.nameZh()).update();
  }

  private void update(Category c) {
    jdbc.sql("update dir_category set name_zh = ? where code = ?").params(c.nameZh(), c.code()).update();
  }
}
