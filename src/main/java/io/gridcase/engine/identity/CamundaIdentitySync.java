package io.gridcase.engine.identity;

import io.gridcase.directory.DirectoryFile;
import io.gridcase.directory.DirectoryFile.PersonEntry;
import io.gridcase.directory.DirectoryGroups;
import io.gridcase.directory.IdentitySync;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.authorization.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes Camunda's users, groups and memberships match the directory file, through the public
 * {@link IdentityService} ({@link IdentitySync}, the port of {@code directory}). Existing users are updated, never recreated; a password is set only
 * when a user is created, and only where demo passwords are allowed. An integrator's channel is
 * kept as the user info {@link DirectoryGroups#CHANNEL_INFO}. Users and groups that are not in the file (the starter's {@code demo}
 * admin, {@code camunda-admin}) are left alone, and so are memberships of users not in the file.
 */
@Component
public class CamundaIdentitySync implements IdentitySync {

  private static final Logger log = LoggerFactory.getLogger(CamundaIdentitySync.class);

  private static final SecureRandom RANDOM = new SecureRandom();

  private final IdentityService identity;
  private final boolean demoPasswords;

  public CamundaIdentitySync(IdentityService identity) {
    this(identity, true);
  }

  /**
   * @param demoPasswords whether a file's {@code demoPassword} is given to the users it creates;
   *     {@code gridcase.directory.demo-passwords=false} (the {@code prod} profile) creates users
   *     without a password, so nobody logs in with the published demo one
   */
  @Autowired
  public CamundaIdentitySync(
      IdentityService identity, @Value("${gridcase.directory.demo-passwords:true}") boolean demoPasswords) {
    this.identity = identity;
    this.demoPasswords = demoPasswords;
  }

  @Override
  public Changes sync(DirectoryFile file) {
    Map<String, String> wantedGroups = DirectoryGroups.of(file);
    int[] groups = syncGroups(wantedGroups);
    int[] users = syncUsers(file);
    int[] memberships = syncMemberships(file, wantedGroups.keySet());
    Changes changes = new Changes(groups[0], groups[1], users[0], users[1], memberships[0], memberships[1]);
    log.debug("Camunda identities synced: {}", changes);
    return changes;
  }

  private int[] syncGroups(Map<String, String> wanted) {
    Map<String, Group> existing =
        identity.createGroupQuery().list().stream().collect(Collectors.toMap(Group::getId, Function.identity()));
    int created = 0;
    int updated = 0;
    for (Map.Entry<String, String> entry : wanted.entrySet()) {
      Group group = existing.get(entry.getKey());
      if (group == null) {
        group = identity.newGroup(entry.getKey());
        group.setName(entry.getValue());
        group.setType(Groups.GROUP_TYPE_WORKFLOW);
        identity.saveGroup(group);
        created++;
      } else if (!Objects.equals(group.getName(), entry.getValue())
          || !Groups.GROUP_TYPE_WORKFLOW.equals(group.getType())) {
        group.setName(entry.getValue());
        group.setType(Groups.GROUP_TYPE_WORKFLOW);
        identity.saveGroup(group);
        updated++;
      }
    }
    return new int[] {created, updated};
  }

  private int[] syncUsers(DirectoryFile file) {
    Map<String, User> existing =
        identity.createUserQuery().list().stream().collect(Collectors.toMap(User::getId, Function.identity()));
    if (!demoPasswords && file.demoPassword() != null) {
      log.warn("The directory file's demoPassword is ignored: gridcase.directory.demo-passwords is false");
    }
    int created = 0;
    int updated = 0;
    for (PersonEntry person : file.people()) {
      User user = existing.get(person.id());
      if (user == null) {
        user = identity.newUser(person.id());
        copy(person, user);
        // without demo passwords a new user gets one nobody knows, until an administrator sets
        // theirs in Camunda Admin (Camunda cannot check a login against no password at all)
        user.setPassword(demoPasswords && file.demoPassword() != null ? file.demoPassword() : unknowablePassword());
        identity.saveUser(user);
        created++;
      } else if (!Objects.equals(user.getFirstName(), person.fullName())
          || !Objects.equals(user.getLastName(), "")
          || !Objects.equals(user.getEmail(), person.email())) {
        copy(person, user);
        identity.saveUser(user);
        updated++;
      }
      // only integrators have a channel; one who stops being one loses the group, which is what counts
      if (person.channel() != null
          && !person.channel().equals(identity.getUserInfo(person.id(), DirectoryGroups.CHANNEL_INFO))) {
        identity.setUserInfo(person.id(), DirectoryGroups.CHANNEL_INFO, person.channel());
        updated++;
      }
    }
    return new int[] {created, updated};
  }

  private static String unknowablePassword() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * The webapps show a user as "first last", which would write 陈建国 as 建国 陈: Camunda's first
   * name holds the whole name in 姓名 order (family name first, no space) and its last name stays
   * empty, so Tasklist, Cockpit and Admin show 陈建国.
   */
  private static void copy(PersonEntry person, User user) {
    user.setFirstName(person.fullName());
    user.setLastName("");
    user.setEmail(person.email());
  }

  /**
   * Adds the memberships the file asks for; removes a listed person from a directory group the
   * file no longer puts them in (someone moved from one town's center to another's).
   */
  private int[] syncMemberships(DirectoryFile file, Set<String> directoryGroups) {
    Map<String, Set<String>> membersByGroup = new HashMap<>();
    for (String group : directoryGroups) {
      membersByGroup.put(
          group,
          identity.createUserQuery().memberOfGroup(group).list().stream()
              .map(User::getId)
              .collect(Collectors.toCollection(HashSet::new)));
    }
    int added = 0;
    int removed = 0;
    for (PersonEntry person : file.people()) {
      Set<String> wanted = DirectoryGroups.memberships(person);
      for (String group : directoryGroups) {
        boolean member = membersByGroup.get(group).contains(person.id());
        if (wanted.contains(group) && !member) {
          identity.createMembership(person.id(), group);
          added++;
        } else if (!wanted.contains(group) && member) {
          identity.deleteMembership(person.id(), group);
          removed++;
        }
      }
    }
    return new int[] {added, removed};
  }
}
