package io.gridcase.benchmarks;

import io.gridcase.support.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Issue 6's figures in one run on a real PostgreSQL (embedded, started here): intake, the whole
 * lifecycle by API, deadline precision with many open cases, routing decisions and heap, each
 * against a bare Camunda engine doing the same work. Prints one table and writes it to
 * {@code target/benchmarks/<date>.md}. Not a test ({@code BenchmarkSmokeTest} runs it tiny).
 *
 * <p>Run: {@code mvn -B -q -Pbench test-compile exec:java [-Dexec.args="open=100000 batch=500"]} (the
 * {@code bench} profile names this class and the test classpath for exec:java; sizes in {@link BenchmarkSizes}).
 */
public final class GridcaseBenchmark {

  private GridcaseBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchmarkResult result = run(BenchmarkSizes.parse(args));
    String table = BenchmarkTable.markdown(result);
    System.out.println(table);
    System.out.println("written to " + write(table));
    System.exit(0);
  }

  static BenchmarkResult run(BenchmarkSizes sizes) throws Exception {
    long start = System.nanoTime();
    PostgresServer.get();
    double harnessHeap = UsedHeap.afterGcMiB();
    Side gridcase = GridcaseSide.measure(sizes);
    Side bare = BareSide.measure(sizes, gridcase);
    EquivalentSide.Result equivalent = EquivalentSide.measure(sizes);
    Progress.say("routing decisions: %,d evaluations", sizes.decisions());
    DecisionRate.Result decisions = DecisionRate.measure(sizes.decisions());
    return new BenchmarkResult(sizes, gridcase, bare, equivalent, decisions, harnessHeap, (System.nanoTime() - start) / 60e9);
  }

  static Path write(String table) throws java.io.IOException {
    Path file = Path.of("target", "benchmarks", LocalDate.now() + ".md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "# Gridcase benchmark " + LocalDate.now() + "\n\n" + table);
    return file;
  }
}
