package io.gridcase.directory;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcase.engine.identity.CamundaIdentitySync;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The loader against a real H2 database (migrated by Flyway) and a real Camunda engine. */
class DirectoryLoaderTest {

  private static final String DEMO = "classpath:directory/demo-directory.yaml";

  private ProcessEngine camunda;
  private IdentityService identity;
  private JdbcClient jdbc;
  private Directory directory;
  private DirectoryLoader loader;

  @BeforeEach
  void setUp() {
    DataSource dataSource = TestDatabases.migratedH2();
    jdbc = JdbcClient.create(dataSource);
    camunda = TestDatabases.camunda();
    identity = camunda.getIdentityService();
    DirectoryProperties properties = new DirectoryProperties(DEMO, 1000);
    DirectoryTables tables = TestDatabases.tables(dataSource);
    directory = new Directory(tables, properties);
    loader =
        new DirectoryLoader(
            properties, new DefaultResourceLoader(), tables, new CamundaIdentitySync(identity), directory);
  }

  @AfterEach
  void tearDown() {
    camunda.close();
  }

  @Test
  void loadsTheDemoDirectoryIntoTheTables() {
    loader.run(null);

    assertThat(count("dir_county")).isEqualTo(3);
    assertThat(count("dir_town")).isEqualTo(6);
    assertThat(count("dir_community")).isEqualTo(12);
    assertThat(count("dir_grid")).isEqualTo(24);
    assertThat(count("dir_department")).isEqualTo(19);
    assertThat(count("dir_category")).isEqualTo(18);
    assertThat(count("dir_person")).isEqualTo(57 + 8 + 1 + 2 + 2 + 1); // + the petition office and reviewers (ADR 23), two mediators (ADR 22), an expert (ADR 27)
    assertThat(
            jdbc.sql("select worker_user_id from dir_grid where code = 'JM-PJ-HUANSHI-01-01'")
                .query(String.class)
                .single())
        .isEqualTo("chen.jianguo");
    assertThat(directory.grid("JM-TS-CHUANDAO-01-01"))
        .hasValueSatisfying(
            grid -> {
              assertThat(grid.type()).isEqualTo(GridType.MARITIME);
              assertThat(grid.townCode()).isEqualTo("JM-TS-CHUANDAO");
              assertThat(grid.countyCode()).isEqualTo("JM-TS");
              assertThat(grid.townCenterGroup()).isEqualTo("center-JM-TS-CHUANDAO");
            });
    assertThat(directory.department("HRSS"))
        .contains(
            new Department(
                "HRSS", "人力资源和社会保障局", "Human Resources and Social Security Bureau", "hrss@gridcase.local",
                "13907500001"));
    assertThat(directory.person("chen.jianguo"))
        .contains(new Person("chen.jianguo", "陈建国", "chen.jianguo@gridcase.local", "13807500101"));
  }

  @Test
  void createsCamundaGroupsUsersAndMemberships() {
    loader.run(null);

    assertThat(identity.createGroupQuery().count()).isEqualTo(7 + 2 + 3 + 6 + 19 + 6 + 6 * 5 + 1); // + petition-office, petition-reviewers (ADR 23), a mediator pool per town (ADR 22), per town and specialty, the experts (ADR 27)
    Group center = identity.createGroupQuery().groupId("center-JM-PJ-HUANSHI").singleResult();
    assertThat(center.getName()).isEqualTo("环市街道综治中心");
    assertThat(center.getType()).isEqualTo(Groups.GROUP_TYPE_WORKFLOW);
    assertThat(identity.createGroupQuery().groupId("dept-HRSS").singleResult().getName())
        .isEqualTo("人力资源和社会保障局");
    assertThat(identity.createGroupQuery().groupId("grid-workers").singleResult().getName()).isEqualTo("网格员");

    User worker = identity.createUserQuery().userId("chen.jianguo").singleResult();
    assertThat(worker.getFirstName() + " " + worker.getLastName())
        .as("the webapps show first name, space, last name: 姓名 order").isEqualTo("陈建国 ");
    assertThat(worker.getEmail()).isEqualTo("chen.jianguo@gridcase.local");
    assertThat(identity.checkPassword("chen.jianguo", "gridcase")).isTrue();

    assertThat(members("grid-workers")).hasSize(24).contains("chen.jianguo");
    assertThat(members("intake")).containsExactlyInAnyOrder("luo.xiaoyan", "su.jiaxin");
    assertThat(members("revisit")).containsExactly("ye.wanting");
    assertThat(members("supervisors")).containsExactly("ou.weixiong");
    assertThat(members("designers")).containsExactly("zeng.zihao");
    assertThat(members("center-JM-PJ-HUANSHI")).containsExactly("zhao.min");
    assertThat(members("dept-HRSS")).containsExactly("chen.zhihua");
    // a mediator is in the town's pool and, from their specialties, the town's pool of each (ADR 27)
    assertThat(members("mediators-JM-PJ-HUANSHI")).containsExactly("mo.tiaojie");
    assertThat(members("mediators-JM-PJ-HUANSHI-NEIGHBOUR")).containsExactly("mo.tiaojie");
    assertThat(members("mediators-JM-PJ-HUANSHI-FAMILY")).containsExactly("mo.tiaojie");
    assertThat(members("mediators-JM-PJ-HUANSHI-LABOUR")).isEmpty();
    assertThat(members("mediators-JM-TS-TAICHENG-LAND")).containsExactly("kuang.heping");
    assertThat(members("mediation-experts")).containsExactly("tan.zhengming");
    assertThat(identity.createGroupQuery().groupId("mediators-JM-PJ-HUANSHI-NEIGHBOUR").singleResult().getName())
        .isEqualTo("环市街道人民调解员·邻里纠纷");
  }

  @Test
  void aSecondLoadChangesNothing() {
    loader.run(null);
    long users = identity.createUserQuery().count();
    long memberships = totalMemberships();

    DirectoryLoader.Result again = loader.load(new ClassPathResource("directory/demo-directory.yaml"));

    assertThat(again.changedNothing()).as("%s", again).isTrue();
    assertThat(count("dir_grid")).isEqualTo(24);
    assertThat(count("dir_person")).isEqualTo(57 + 8 + 1 + 2 + 2 + 1); // + the petition office and reviewers (ADR 23), two mediators (ADR 22), an expert (ADR 27)
    assertThat(identity.createUserQuery().count()).isEqualTo(users);
    assertThat(identity.createGroupQuery().count()).isEqualTo(35 + 2 + 6 + 6 * 5 + 1); // + petition groups (ADR 23), mediator pools (ADR 22), specialties and experts (ADR 27)
    assertThat(totalMemberships()).isEqualTo(memberships);
  }

  @Test
  void aChangedFileUpdatesNamesAndMovesPeopleButKeepsPasswords() {
    loader.run(null);
    User worker = identity.createUserQuery().userId("chen.jianguo").singleResult();
    worker.setPassword("changed-by-the-user");
    identity.saveUser(worker);

    DirectoryFile changed = renamed(demoFile());
    DirectoryLoader.Result result = loader.load(changed, "changed demo");

    assertThat(result.tables().get("dir_department")).isEqualTo(new DirectoryTables.Changes(0, 1, 18));
    assertThat(result.tables().get("dir_person").updated()).isEqualTo(1);
    assertThat(count("dir_department")).isEqualTo(19);
    assertThat(
            jdbc.sql("select name_zh from dir_department where code = 'HRSS'").query(String.class).single())
        .isEqualTo("人力资源社会保障局");
    assertThat(directory.department("HRSS")).map(Department::nameZh).contains("人力资源社会保障局");
    assertThat(identity.createGroupQuery().groupId("dept-HRSS").singleResult().getName())
        .isEqualTo("人力资源社会保障局");
    assertThat(identity.createUserQuery().userId("chen.jianguo").singleResult().getFirstName())
        .isEqualTo("陈健国");
    assertThat(identity.checkPassword("chen.jianguo", "changed-by-the-user")).isTrue();
    // zhao.min moved from 环市 to 白沙
    assertThat(members("center-JM-PJ-HUANSHI")).isEmpty();
    assertThat(members("center-JM-PJ-BAISHA")).containsExactlyInAnyOrder("zhong.xiaodong", "zhao.min");
    assertThat(identity.createUserQuery().count()).isEqualTo(57 + 8 + 1 + 2 + 2 + 1); // + the petition office and reviewers (ADR 23), two mediators (ADR 22), an expert (ADR 27)
  }

  @Test
  void leavesTheStarterAdminAlone() {
    User demo = identity.newUser("demo");
    demo.setFirstName("Demo");
    demo.setLastName("Admin");
    demo.setPassword("demo");
    identity.saveUser(demo);
    Group admins = identity.newGroup("camunda-admin");
    admins.setName("Camunda BPM Administrators");
    admins.setType(Groups.GROUP_TYPE_SYSTEM);
    identity.saveGroup(admins);
    identity.createMembership("demo", "camunda-admin");

    loader.run(null);
    loader.run(null);

    User after = identity.createUserQuery().userId("demo").singleResult();
    assertThat(after.getFirstName()).isEqualTo("Demo");
    assertThat(identity.checkPassword("demo", "demo")).isTrue();
    assertThat(identity.createGroupQuery().groupMember("demo").list())
        .extracting(Group::getId)
        .containsExactly("camunda-admin");
    assertThat(identity.createGroupQuery().groupId("camunda-admin").singleResult().getType())
        .isEqualTo(Groups.GROUP_TYPE_SYSTEM);
  }

  private DirectoryFile demoFile() {
    try (InputStream in = new ClassPathResource("directory/demo-directory.yaml").getInputStream()) {
      return DirectoryFile.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** HRSS gets its newer short name, chen.jianguo a corrected given name, zhao.min another center. */
  private static DirectoryFile renamed(DirectoryFile file) {
    List<Department> departments = new ArrayList<>();
    for (Department d : file.departments()) {
      departments.add(d.code().equals("HRSS") ? new Department("HRSS", "人力资源社会保障局", d.nameEn(), d.mailbox(), d.onDutyPhone()) : d);
    }
    List<DirectoryFile.PersonEntry> people = new ArrayList<>();
    for (DirectoryFile.PersonEntry p : file.people()) {
      if (p.id().equals("chen.jianguo")) {
        p = new DirectoryFile.PersonEntry(p.id(), p.lastName(), "健国", p.email(), p.groups());
      } else if (p.id().equals("zhao.min")) {
        p = new DirectoryFile.PersonEntry(p.id(), p.lastName(), p.firstName(), p.email(), List.of("center-JM-PJ-BAISHA"));
      }
      people.add(p);
    }
    return new DirectoryFile(
        file.demoPassword(), file.city(), file.counties(), departments, file.categories(), people);
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  private List<String> members(String group) {
    return identity.createUserQuery().memberOfGroup(group).list().stream().map(User::getId).toList();
  }

  private long totalMemberships() {
    return identity.createGroupQuery().list().stream().mapToLong(g -> members(g.getId()).size()).sum();
  }
}
