package io.gridcase.directory;

/**
 * Port to the engine room: makes the engine's users, groups and memberships match a directory
 * file. Implemented by {@code engine.identity.CamundaIdentitySync}.
 */
public interface IdentitySync {

  /** What one sync changed. */
  record Changes(
      int groupsCreated, int groupsUpdated, int usersCreated, int usersUpdated,
      int membershipsAdded, int membershipsRemoved) {
    public boolean none() {
      return groupsCreated + groupsUpdated + usersCreated + usersUpdated + membershipsAdded
              + membershipsRemoved
          == 0;
    }
  }

  Changes sync(DirectoryFile file);
}
