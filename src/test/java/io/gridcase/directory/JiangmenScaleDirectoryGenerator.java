package io.gridcase.directory;

import io.gridcase.directory.DirectoryFile.CityEntry;
import io.gridcase.directory.DirectoryFile.CommunityEntry;
import io.gridcase.directory.DirectoryFile.CountyEntry;
import io.gridcase.directory.DirectoryFile.GridEntry;
import io.gridcase.directory.DirectoryFile.PersonEntry;
import io.gridcase.directory.DirectoryFile.TownEntry;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Writes a directory at the scale Jiangmen reports: 7 counties, 73 towns/streets, 1,330
 * villages/communities, 2,954 grids (1,318 community, 1,459 rural, 74 maritime, 103 industrial and
 * other), about 4,500 grid workers, with the demo directory's departments and categories.
 * County and town names are real (public lists give 74 towns; 大鳌镇 is left out to match the
 * reported 73); community names, coordinates and people are made up. Grid boundaries are the
 * Voronoi cells of the grid centres, so they tile the city ({@link #drawBoundaries}). The same seed
 * gives the same file.
 *
 * <p>Test code: load tests and benchmarks use it, the application never does.
 * {@code java -cp target/classes:target/test-classes:... io.gridcase.directory.JiangmenScaleDirectoryGenerator out.yaml [seed]}
 */
public final class JiangmenScaleDirectoryGenerator {

  public static final long DEFAULT_SEED = 2021L;

  public static final int COMMUNITIES = 1_330;
  public static final int GRIDS = 2_954;
  public static final int COMMUNITY_GRIDS = 1_318;
  public static final int RURAL_GRIDS = 1_459;
  public static final int MARITIME_GRIDS = 74;
  public static final int INDUSTRIAL_GRIDS = 103;
  public static final int GRID_WORKERS = 4_500;

  static final int DISPATCHERS_PER_TOWN = 2;
  static final int HANDLERS_PER_DEPARTMENT = 3;
  static final int INTAKE_CLERKS = 12;
  static final int REVISIT_CLERKS = 8;
  static final int SUPERVISORS = 4;
  static final int DESIGNERS = 2;

  private record CountySeed(String code, String name, double lat, double lng, String towns) {}

  /** Towns as "PINYIN 名称" pairs; a name ending in 街道 is an urban street. */
  private static final List<CountySeed> COUNTIES =
      List.of(
          new CountySeed("JM-PJ", "蓬江区", 22.60, 113.07,
              "HUANSHI 环市街道,CHAOLIAN 潮连街道,BAISHA 白沙街道,BEIJIE 北街街道,TANGXIA 棠下镇,HETANG 荷塘镇,DURUAN 杜阮镇"),
          new CountySeed("JM-JH", "江海区", 22.56, 113.12, "JIANGNAN 江南街道,WAIHAI 外海街道,LILE 礼乐街道"),
          new CountySeed("JM-XH", "新会区", 22.46, 113.03,
              "HUICHENG 会城街道,DAZE 大泽镇,SIQIAN 司前镇,LUOKENG 罗坑镇,SHUANGSHUI 双水镇,YAMEN 崖门镇,SHADUI 沙堆镇,"
                  + "GUJING 古井镇,SANJIANG 三江镇,MUZHOU 睦洲镇"),
          new CountySeed("JM-TS", "台山市", 22.25, 112.79,
              "TAICHENG 台城街道,DAJIANG 大江镇,SHUIBU 水步镇,SIJIU 四九镇,BAISHA 白沙镇,SANHE 三合镇,CHONGLOU 冲蒌镇,"
                  + "DOUSHAN 斗山镇,DUHU 都斛镇,CHIXI 赤溪镇,DUANFEN 端芬镇,GUANGHAI 广海镇,HAIYAN 海宴镇,WENCUN 汶村镇,"
                  + "SHENJING 深井镇,BEIDOU 北陡镇,CHUANDAO 川岛镇"),
          new CountySeed("JM-KP", "开平市", 22.37, 112.69,
              "CHANGSHA 长沙街道,SANBU 三埠街道,YUESHAN 月山镇,SHUIKOU 水口镇,SHATANG 沙塘镇,CANGCHENG 苍城镇,"
                  + "LONGSHENG 龙胜镇,DASHA 大沙镇,MAGANG 马冈镇,TANGKOU 塘口镇,CHIKAN 赤坎镇,BAIHE 百合镇,XIANGANG 蚬冈镇,"
                  + "JINJI 金鸡镇,CHISHUI 赤水镇"),
          new CountySeed("JM-HS", "鹤山市", 22.76, 112.96,
              "SHAPING 沙坪街道,LONGKOU 龙口镇,YAYAO 雅瑶镇,GULAO 古劳镇,TAOYUAN 桃源镇,HECHENG 鹤城镇,GONGHE 共和镇,"
                  + "ZHISHAN 址山镇,ZHAIWU 宅梧镇,SHUANGHE 双合镇"),
          new CountySeed("JM-EP", "恩平市", 22.18, 112.31,
              "ENCHENG 恩城街道,HENGBEI 横陂镇,SHENGTANG 圣堂镇,LIANGXI 良西镇,SHAHU 沙湖镇,NIUJIANG 牛江镇,JUNTANG 君堂镇,"
                  + "DATIAN 大田镇,NAJI 那吉镇,DAHUAI 大槐镇,DONGCHENG 东成镇"));

  /** Towns on the coast or on islands, where the maritime grids are. */
  private static final Set<String> COASTAL_TOWNS =
      Set.of("JM-TS-CHUANDAO", "JM-TS-GUANGHAI", "JM-TS-HAIYAN", "JM-TS-BEIDOU", "JM-TS-CHIXI",
          "JM-TS-WENCUN", "JM-XH-YAMEN", "JM-XH-SHADUI");

  private static final String PLACE_FIRST = "东西南北新龙凤石沙塘岗岭田冲坑华安福永和兴联德仁莲桥江湾洲丰平宁泰康乐荣美怡景青松竹梅隆昌";
  private static final String PLACE_SECOND = "头尾边口湖塘山岭围村坊里岗田洞坑溪涌基滘洲湾园苑庄圩";

  private static final String[][] SURNAMES = {
    {"陈", "chen"}, {"陈", "chen"}, {"李", "li"}, {"黄", "huang"}, {"黄", "huang"}, {"梁", "liang"},
    {"张", "zhang"}, {"吴", "wu"}, {"谭", "tan"}, {"邓", "deng"}, {"余", "yu"}, {"关", "guan"},
    {"甄", "zhen"}, {"伍", "wu"}, {"冯", "feng"}, {"林", "lin"}, {"何", "he"}, {"刘", "liu"},
    {"周", "zhou"}, {"郑", "zheng"}, {"司徒", "situ"}, {"麦", "mai"}, {"赵", "zhao"}, {"杨", "yang"},
    {"罗", "luo"}, {"朱", "zhu"}, {"胡", "hu"}, {"郭", "guo"}, {"叶", "ye"}, {"苏", "su"},
    {"区", "ou"}, {"钟", "zhong"}, {"谢", "xie"}, {"曾", "zeng"}, {"马", "ma"}, {"方", "fang"},
    {"容", "rong"}, {"雷", "lei"}, {"邝", "kuang"}, {"陆", "lu"}
  };

  private static final String[][] GIVEN = {
    {"建", "jian"}, {"国", "guo"}, {"伟", "wei"}, {"强", "qiang"}, {"丽", "li"}, {"芳", "fang"},
    {"敏", "min"}, {"华", "hua"}, {"明", "ming"}, {"志", "zhi"}, {"文", "wen"}, {"燕", "yan"},
    {"玲", "ling"}, {"嘉", "jia"}, {"欣", "xin"}, {"俊", "jun"}, {"杰", "jie"}, {"海", "hai"},
    {"峰", "feng"}, {"婷", "ting"}, {"雪", "xue"}, {"红", "hong"}, {"军", "jun"}, {"勇", "yong"},
    {"辉", "hui"}, {"斌", "bin"}, {"霞", "xia"}, {"静", "jing"}, {"秀", "xiu"}, {"英", "ying"},
    {"家", "jia"}, {"宝", "bao"}, {"振", "zhen"}, {"东", "dong"}, {"永", "yong"}, {"康", "kang"},
    {"锦", "jin"}, {"荣", "rong"}, {"洁", "jie"}, {"颖", "ying"}, {"慧", "hui"}, {"美", "mei"},
    {"淑", "shu"}, {"桂", "gui"}, {"兰", "lan"}, {"梅", "mei"}, {"晓", "xiao"}, {"少", "shao"},
    {"锐", "rui"}, {"涛", "tao"}, {"鹏", "peng"}, {"飞", "fei"}, {"浩", "hao"}, {"宇", "yu"},
    {"思", "si"}, {"雅", "ya"}, {"琪", "qi"}, {"晨", "chen"}, {"怡", "yi"}, {"佳", "jia"},
    {"森", "sen"}, {"健", "jian"}, {"宁", "ning"}, {"平", "ping"}, {"德", "de"}, {"金", "jin"},
    {"玉", "yu"}, {"春", "chun"}, {"秋", "qiu"}, {"泽", "ze"}, {"铭", "ming"}, {"炳", "bing"},
    {"坤", "kun"}, {"耀", "yao"}, {"汉", "han"}, {"卓", "zhuo"}, {"启", "qi"}, {"翠", "cui"},
    {"娟", "juan"}, {"萍", "ping"}, {"琳", "lin"}, {"瑶", "yao"}, {"楠", "nan"}, {"倩", "qian"},
    {"凯", "kai"}, {"旭", "xu"}, {"超", "chao"}, {"润", "run"}, {"恒", "heng"}, {"盛", "sheng"}
  };

  private final long seed;

  public JiangmenScaleDirectoryGenerator() {
    this(DEFAULT_SEED);
  }

  public JiangmenScaleDirectoryGenerator(long seed) {
    this.seed = seed;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: JiangmenScaleDirectoryGenerator <output.yaml> [seed]");
      System.exit(2);
    }
    long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
    Path out = Path.of(args[0]);
    try (OutputStream stream = Files.newOutputStream(out)) {
      new JiangmenScaleDirectoryGenerator(seed).writeTo(stream);
    }
    System.out.println("wrote " + out.toAbsolutePath());
  }

  public String generateYaml() {
    return generate().toYaml();
  }

  public void writeTo(OutputStream out) {
    generate().write(out);
  }

  // the generation works on mutable drafts, then freezes them into the file's records

  private static final class GridDraft {
    final String code;
    final String townCode;
    final double lat;
    final double lng;
    GridType type;
    String worker;
    JsonNode boundary;

    GridDraft(String code, String townCode, double lat, double lng) {
      this.code = code;
      this.townCode = townCode;
      this.lat = lat;
      this.lng = lng;
    }
  }

  private static final class CommunityDraft {
    final String code;
    final String townCode;
    final boolean inStreet;
    final int index;
    final double lat;
    final double lng;
    final List<GridDraft> grids = new ArrayList<>();
    String name;

    CommunityDraft(String code, String townCode, boolean inStreet, int index, double lat, double lng) {
      this.code = code;
      this.townCode = townCode;
      this.inStreet = inStreet;
      this.index = index;
      this.lat = lat;
      this.lng = lng;
    }
  }

  private record TownDraft(String code, String name, String countyCode, double lat, double lng) {
    boolean isStreet() {
      return name.endsWith("街道");
    }
  }

  public DirectoryFile generate() {
    Random random = new Random(seed);
    List<TownDraft> towns = towns(random);
    List<CommunityDraft> communities = communities(towns, random);
    List<GridDraft> grids = grids(communities, random);
    drawBoundaries(grids);
    assignTypes(communities, grids, random);
    nameCommunities(communities, random);

    Set<String> takenIds = new HashSet<>();
    List<PersonEntry> people = new ArrayList<>();
    DirectoryFile demo = demoDirectory();
    for (TownDraft town : towns) {
      for (int i = 0; i < DISPATCHERS_PER_TOWN; i++) {
        people.add(person(random, takenIds, DirectoryGroups.centerGroup(town.code())));
      }
    }
    for (int i = 0; i < INTAKE_CLERKS; i++) {
      people.add(person(random, takenIds, DirectoryGroups.INTAKE));
    }
    for (int i = 0; i < REVISIT_CLERKS; i++) {
      people.add(person(random, takenIds, DirectoryGroups.REVISIT));
    }
    for (int i = 0; i < SUPERVISORS; i++) {
      people.add(person(random, takenIds, DirectoryGroups.SUPERVISORS));
    }
    for (int i = 0; i < DESIGNERS; i++) {
      people.add(person(random, takenIds, DirectoryGroups.DESIGNERS));
    }
    for (Department department : demo.departments()) {
      for (int i = 0; i < HANDLERS_PER_DEPARTMENT; i++) {
        people.add(person(random, takenIds, department.group()));
      }
    }
    for (GridDraft grid : grids) {
      PersonEntry worker = person(random, takenIds, DirectoryGroups.GRID_WORKERS);
      grid.worker = worker.id();
      people.add(worker);
    }
    // the rest of the 4,500 are backups and community-level workers without a grid of their own
    for (int i = grids.size(); i < GRID_WORKERS; i++) {
      people.add(person(random, takenIds, DirectoryGroups.GRID_WORKERS));
    }

    return new DirectoryFile(
        demo.demoPassword(),
        new CityEntry("JM", "江门市"),
        counties(towns, communities),
        demo.departments(),
        demo.categories(),
        people);
  }

  private static List<TownDraft> towns(Random random) {
    List<TownDraft> towns = new ArrayList<>();
    for (CountySeed county : COUNTIES) {
      for (String pair : county.towns().split(",")) {
        String[] parts = pair.trim().split(" ");
        String code = county.code() + "-" + parts[0];
        double lat = county.lat() + (random.nextDouble() - 0.5) * 0.30;
        double lng = county.lng() + (random.nextDouble() - 0.5) * 0.30;
        if (COASTAL_TOWNS.contains(code) && county.code().equals("JM-TS")) {
          lat = 21.75 + random.nextDouble() * 0.25; // Taishan's coast and islands
        }
        if (parts[1].endsWith("街道")) {
          lat = county.lat() + (random.nextDouble() - 0.5) * 0.04; // streets are the county seat
          lng = county.lng() + (random.nextDouble() - 0.5) * 0.04;
        }
        towns.add(new TownDraft(code, parts[1], county.code(), lat, lng));
      }
    }
    return towns;
  }

  private static List<CommunityDraft> communities(List<TownDraft> towns, Random random) {
    int[] perTown = spread(COMMUNITIES, towns.size(), 12, random);
    List<CommunityDraft> communities = new ArrayList<>();
    for (int t = 0; t < towns.size(); t++) {
      TownDraft town = towns.get(t);
      double radius = town.isStreet() ? 0.02 : 0.05;
      for (int i = 1; i <= perTown[t]; i++) {
        communities.add(
            new CommunityDraft(
                town.code() + "-" + two(i),
                town.code(),
                town.isStreet(),
                i,
                town.lat() + (random.nextDouble() - 0.5) * 2 * radius,
                town.lng() + (random.nextDouble() - 0.5) * 2 * radius));
      }
    }
    return communities;
  }

  private static List<GridDraft> grids(List<CommunityDraft> communities, Random random) {
    int[] perCommunity = spread(GRIDS, communities.size(), 1, random);
    List<GridDraft> grids = new ArrayList<>();
    for (int c = 0; c < communities.size(); c++) {
      CommunityDraft community = communities.get(c);
      for (int i = 1; i <= perCommunity[c]; i++) {
        GridDraft grid =
            new GridDraft(
                community.code + "-" + two(i),
                community.townCode,
                round(community.lat + (random.nextDouble() - 0.5) * 0.012),
                round(community.lng + (random.nextDouble() - 0.5) * 0.012));
        community.grids.add(grid);
        grids.add(grid);
      }
    }
    return grids;
  }

  /**
   * Every grid's boundary: its cell of the Voronoi diagram of all the grid centres, clipped to the
   * city's envelope with a margin, positions rounded to 6 decimals (~0.1 m). The cells tile the
   * city: each centre lies inside its own cell and neighbours share their edges. (A grid's cell need
   * not lie within its town's: the made-up towns overlap each other.)
   */
  private static void drawBoundaries(List<GridDraft> grids) {
    Map<Coordinate, GridDraft> bySite = new HashMap<>();
    Envelope city = new Envelope();
    for (GridDraft grid : grids) {
      Coordinate site = new Coordinate(grid.lng, grid.lat);
      if (bySite.put(site, grid) != null) {
        throw new IllegalStateException("two grids share the centre of " + grid.code);
      }
      city.expandToInclude(site);
    }
    city.expandBy(0.02);
    VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
    voronoi.setSites(bySite.keySet());
    voronoi.setClipEnvelope(city);
    Geometry cells = voronoi.getDiagram(GeoJsonBoundary.GEOMETRY);
    for (int i = 0; i < cells.getNumGeometries(); i++) {
      Geometry cell = cells.getGeometryN(i);
      GridDraft grid = bySite.get((Coordinate) cell.getUserData());
      cell.apply((CoordinateFilter) c -> {
        c.x = round(c.x);
        c.y = round(c.y);
      });
      cell.geometryChanged();
      grid.boundary = GeoJsonBoundary.write(cell);
    }
  }

  /**
   * Maritime grids on the coast, industrial ones scattered, community grids in the streets and
   * the town seats (the first communities of a town), rural grids the rest; the counts are exact.
   */
  private static void assignTypes(List<CommunityDraft> communities, List<GridDraft> grids, Random random) {
    List<CommunityDraft> coastal =
        new ArrayList<>(communities.stream().filter(c -> COASTAL_TOWNS.contains(c.townCode)).toList());
    // the outlying villages of every coastal town first, not the town seats
    coastal.sort((a, b) -> Integer.compare(b.index, a.index));
    int maritime = 0;
    for (CommunityDraft community : coastal) {
      for (GridDraft grid : community.grids) {
        if (maritime < MARITIME_GRIDS) {
          grid.type = GridType.MARITIME;
          maritime++;
        }
      }
    }
    List<GridDraft> inland =
        new ArrayList<>(grids.stream().filter(g -> g.type == null && !COASTAL_TOWNS.contains(g.townCode)).toList());
    Collections.shuffle(inland, random);
    inland.stream().limit(INDUSTRIAL_GRIDS).forEach(g -> g.type = GridType.INDUSTRIAL);

    List<CommunityDraft> byUrbanity = new ArrayList<>(communities);
    byUrbanity.sort(
        (a, b) -> a.inStreet != b.inStreet ? (a.inStreet ? -1 : 1) : Integer.compare(a.index, b.index));
    int community = 0;
    for (CommunityDraft c : byUrbanity) {
      for (GridDraft grid : c.grids) {
        if (grid.type == null) {
          grid.type = community < COMMUNITY_GRIDS ? GridType.COMMUNITY : GridType.RURAL;
          if (grid.type == GridType.COMMUNITY) {
            community++;
          }
        }
      }
    }
  }

  /** A community whose grids are mostly community grids is a 社区, otherwise a 村. */
  private static void nameCommunities(List<CommunityDraft> communities, Random random) {
    Set<String> used = new HashSet<>();
    for (CommunityDraft community : communities) {
      long urban = community.grids.stream().filter(g -> g.type == GridType.COMMUNITY).count();
      String suffix = urban * 2 > community.grids.size() ? "社区" : "村";
      String name;
      do {
        name = pick(PLACE_FIRST, random) + pick(PLACE_SECOND, random);
      } while (!used.add(community.townCode + name));
      community.name = name + suffix;
    }
  }

  private static List<CountyEntry> counties(List<TownDraft> towns, List<CommunityDraft> communities) {
    List<CountyEntry> counties = new ArrayList<>();
    for (CountySeed county : COUNTIES) {
      List<TownEntry> townEntries = new ArrayList<>();
      for (TownDraft town : towns) {
        if (!town.countyCode().equals(county.code())) {
          continue;
        }
        List<CommunityEntry> communityEntries = new ArrayList<>();
        for (CommunityDraft c : communities) {
          if (c.townCode.equals(town.code())) {
            List<GridEntry> gridEntries = new ArrayList<>();
            for (int i = 0; i < c.grids.size(); i++) {
              GridDraft g = c.grids.get(i);
              gridEntries.add(
                  new GridEntry(
                      g.code, c.name + "第" + ordinal(i + 1) + "网格", g.type, g.lat, g.lng, g.worker, g.boundary));
            }
            communityEntries.add(new CommunityEntry(c.code, c.name, gridEntries));
          }
        }
        townEntries.add(new TownEntry(town.code(), town.name(), communityEntries));
      }
      counties.add(new CountyEntry(county.code(), county.name(), townEntries));
    }
    return counties;
  }

  private static PersonEntry person(Random random, Set<String> takenIds, String group) {
    String[] surname = SURNAMES[random.nextInt(SURNAMES.length)];
    String[] first = GIVEN[random.nextInt(GIVEN.length)];
    String given = first[0];
    String pinyin = first[1];
    if (random.nextInt(4) != 0) { // most given names have two characters
      String[] second = GIVEN[random.nextInt(GIVEN.length)];
      given += second[0];
      pinyin += second[1];
    }
    String base = surname[1] + "." + pinyin;
    String id = base;
    for (int n = 2; !takenIds.add(id); n++) {
      id = base + n;
    }
    return new PersonEntry(id, surname[0], given, id + "@gridcase.local", List.of(group));
  }

  /** Splits {@code total} into {@code parts} numbers, each at least {@code min}, at random. */
  private static int[] spread(int total, int parts, int min, Random random) {
    int[] counts = new int[parts];
    Arrays.fill(counts, min);
    for (int left = total - parts * min; left > 0; left--) {
      counts[random.nextInt(parts)]++;
    }
    return counts;
  }

  private static DirectoryFile demoDirectory() {
    try (InputStream in =
        JiangmenScaleDirectoryGenerator.class.getResourceAsStream("/directory/demo-directory.yaml")) {
      if (in == null) {
        throw new IllegalStateException("directory/demo-directory.yaml is not on the class path");
      }
      return DirectoryFile.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String pick(String chars, Random random) {
    int i = random.nextInt(chars.codePointCount(0, chars.length()));
    return new String(Character.toChars(chars.codePointAt(chars.offsetByCodePoints(0, i))));
  }

  private static String ordinal(int n) {
    return n <= 10 ? String.valueOf("一二三四五六七八九十".charAt(n - 1)) : String.valueOf(n);
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : String.valueOf(n);
  }

  private static double round(double degrees) {
    return Math.round(degrees * 1e6) / 1e6;
  }
}
