package io.gridcase.directory;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The directory YAML file (see {@code directory/demo-directory.yaml}): the places nested the way
 * people read them (county → town → community → grid), then departments, categories and people.
 *
 * @param demoPassword given to users when they are created; a real directory leaves it out
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DirectoryFile(
    String demoPassword,
    CityEntry city,
    List<CountyEntry> counties,
    List<Department> departments,
    List<Category> categories,
    List<PersonEntry> people) {

  private static final ObjectMapper YAML =
      new ObjectMapper(
              YAMLFactory.builder()
                  .loaderOptions(loaderOptions())
                  .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                  .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                  .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                  .build())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  /**
   * A city's file with grid boundaries is larger than SnakeYAML's default of 3 Mi code points (the
   * Jiangmen-scale file of 2,954 grids is about 5 Mi): allow 64 Mi. The file comes from the
   * operator, not from users, so the limit guards against mistakes, not attacks.
   */
  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(64 * 1024 * 1024);
    return options;
  }

  public DirectoryFile {
    counties = listOf(counties);
    departments = listOf(departments);
    categories = listOf(categories);
    people = listOf(people);
  }

  public record CityEntry(String code, String name) {}

  public record CountyEntry(String code, String name, List<TownEntry> towns) {
    public CountyEntry {
      towns = listOf(towns);
    }
  }

  public record TownEntry(String code, String name, List<CommunityEntry> communities) {
    public TownEntry {
      communities = listOf(communities);
    }
  }

  public record CommunityEntry(String code, String name, List<GridEntry> grids) {
    public CommunityEntry {
      grids = listOf(grids);
    }
  }

  /**
   * @param lat the latitude of a point inside the grid (its centre, where a map labels it)
   * @param worker the user id of the grid worker, one of {@link #people()}
   * @param boundary the grid's area, a GeoJSON Polygon or MultiPolygon ([lng, lat] positions)
   */
  public record GridEntry(
      String code, String name, GridType type, double lat, double lng, String worker, JsonNode boundary) {}

  /**
   * Camunda splits a name: {@code lastName} is the family name (姓), {@code firstName} the given name (名).
   *
   * @param channel for a technical user of group {@code integrators} only: the one intake channel
   *     (e.g. {@code HOTLINE_12345}) it reports and reads cases for
   * @param phone a mobile for urgent alerts by SMS (a grid worker's), or none
   */
  /** @param specialties a mediator's or expert's {@link MediationSpecialty} codes (ADR 27); empty for others */
  public record PersonEntry(
      String id, String lastName, String firstName, String email, List<String> groups, String channel, String phone,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> specialties) {
    public PersonEntry {
      groups = listOf(groups);
      specialties = listOf(specialties);
    }

    public PersonEntry(
        String id, String lastName, String firstName, String email, List<String> groups, String channel, String phone) {
      this(id, lastName, firstName, email, groups, channel, phone, null);
    }

    public PersonEntry(String id, String lastName, String firstName, String email, List<String> groups) {
      this(id, lastName, firstName, email, groups, null, null);
    }

    /** The name as Chinese writes it: 姓 then 名, no space. */
    public String fullName() {
      return (lastName == null ? "" : lastName) + (firstName == null ? "" : firstName);
    }

    public Person toPerson() {
      return new Person(id, fullName(), email, phone);
    }
  }

  public static DirectoryFile read(InputStream in) {
    try {
      return YAML.readValue(in, DirectoryFile.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the directory file", e);
    }
  }

  public void write(OutputStream out) {
    try {
      YAML.writeValue(out, this);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the directory file", e);
    }
  }

  public String toYaml() {
    try {
      return YAML.writeValueAsString(this);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the directory file", e);
    }
  }

  // the flat views the tables and the identity sync work from

  public List<County> countyList() {
    return counties.stream().map(c -> new County(c.code(), c.name())).toList();
  }

  public List<Town> townList() {
    List<Town> towns = new ArrayList<>();
    for (CountyEntry county : counties) {
      for (TownEntry town : county.towns()) {
        towns.add(new Town(town.code(), town.name(), county.code()));
      }
    }
    return towns;
  }

  public List<Community> communityList() {
    List<Community> communities = new ArrayList<>();
    for (CountyEntry county : counties) {
      for (TownEntry town : county.towns()) {
        for (CommunityEntry community : town.communities()) {
          communities.add(new Community(community.code(), community.name(), town.code()));
        }
      }
    }
    return communities;
  }

  public List<Grid> gridList() {
    List<Grid> grids = new ArrayList<>();
    for (CountyEntry county : counties) {
      for (TownEntry town : county.towns()) {
        for (CommunityEntry community : town.communities()) {
          for (GridEntry g : community.grids()) {
            grids.add(
                new Grid(
                    g.code(),
                    g.name(),
                    community.code(),
                    town.code(),
                    county.code(),
                    g.type(),
                    g.lat(),
                    g.lng(),
                    g.worker(),
                    g.boundary() == null || g.boundary().isNull() ? null : g.boundary().toString()));
          }
        }
      }
    }
    return grids;
  }

  public List<Person> personList() {
    return people.stream().map(PersonEntry::toPerson).toList();
  }

  private static <T> List<T> listOf(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
