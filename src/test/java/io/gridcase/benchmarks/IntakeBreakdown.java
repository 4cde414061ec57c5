package io.gridcase.benchmarks;

import io.gridcase.intake.CaseIntake;
import io.gridcase.support.Reports;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an intake's time goes: {@code intakes} intakes one after another through {@link CaseIntake}
 * (the code behind {@code POST /api/cases}, without HTTP and security) on one thread, with its SQL
 * counted ({@link CountedStatements}) and its stack sampled every millisecond. Each sample is given
 * to the first piece whose code is on the stack (so the KPI refresh includes its own SQL), and
 * counted apart when the innermost frames are waiting for PostgreSQL.
 */
record IntakeBreakdown(int intakes, double millisPerIntake, CountedStatements.Recording statements,
    Map<String, Integer> samples, int waitingSamples) {

  /** Pieces in the order they are looked for on a stack; the first one found takes the sample. */
  private static final Map<String, List<String>> PIECES = pieces();

  private static Map<String, List<String>> pieces() {
    Map<String, List<String>> pieces = new LinkedHashMap<>();
    pieces.put("KPI refresh (metrics, before commit)", List.of("io.gridcase.metrics."));
    pieces.put("outbox (mail, SMS, callbacks)", List.of("io.gridcase.notification.", "io.gridcase.callback."));
    pieces.put("journal (case_event)", List.of("io.gridcase.casefile.CaseJournal"));
    pieces.put("weak-signal check", List.of("io.gridcase.signals."));
    pieces.put("FEEL", List.of("org.camunda.feel.", "ScalaFeelEngine", "io.gridcase.engine.decision."));
    pieces.put("DMN apart from FEEL", List.of("org.camunda.bpm.dmn."));
    pieces.put("engine flush (runtime and history rows)", List.of("DbEntityManager.flush"));
    pieces.put("commit", List.of("commitTransactionAfterReturning", ".commit("));
    pieces.put("engine queries", List.of("org.camunda.bpm.engine.impl.db."));
    pieces.put("duplicates, grid, validation, case record", List.of("io.gridcase.duplicates.", "io.gridcase.grid.",
        "io.gridcase.intake.", "io.gridcase.casefile."));
    pieces.put("engine, rest", List.of("org.camunda."));
    return pieces;
  }

  /** Alone, on a Gridcase server of its own: {@code exec:java -Dexec.mainClass=...IntakeBreakdown -Dexec.args=200}. */
  public static void main(String[] args) throws Exception {
    io.gridcase.support.PostgresServer.get();
    try (GridcaseServer server = GridcaseServer.start("bench_breakdown", false)) {
      System.out.println(measure(server, args.length > 0 ? Integer.parseInt(args[0]) : 100).markdown());
    }
    System.exit(0);
  }

  static IntakeBreakdown measure(GridcaseServer server, int intakes) throws Exception {
    CaseIntake intake = server.bean(CaseIntake.class);
    ConcurrentRun.Operation one = i -> intake.report(Reports.hotline("工地拖欠工资", "丰乐路工地拖欠工人工资 breakdown " + i));
    for (int i = 0; i < Math.min(20, intakes); i++) {
      one.run(i); // warm: this thread's first intakes
    }
    CountedStatements.Recording recording = new CountedStatements.Recording();
    Map<String, Integer> samples = new LinkedHashMap<>();
    PIECES.keySet().forEach(piece -> samples.put(piece, 0));
    samples.put("other (Spring, JDBC pool, Java)", 0);
    int[] waiting = new int[1];
    Thread worker = Thread.currentThread();
    AtomicBoolean done = new AtomicBoolean();
    Thread sampler = new Thread(() -> sample(worker.getId(), done, samples, waiting), "intake-sampler");
    sampler.setDaemon(true);
    sampler.start();
    long start = System.nanoTime();
    try {
      for (int i = 0; i < intakes; i++) {
        CountedStatements.record(recording, one, 1000 + i);
      }
    } finally {
      done.set(true);
      sampler.join();
    }
    return new IntakeBreakdown(intakes, (System.nanoTime() - start) / 1e6 / intakes, recording, samples, waiting[0]);
  }

  private static void sample(long threadId, AtomicBoolean done, Map<String, Integer> samples, int[] waiting) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    while (!done.get()) {
      ThreadInfo info = threads.getThreadInfo(threadId, Integer.MAX_VALUE);
      if (info != null && info.getStackTrace().length > 0) {
        StackTraceElement[] stack = info.getStackTrace();
        samples.merge(pieceOf(stack), 1, Integer::sum);
        if (stack[0].getClassName().startsWith("sun.nio") || stack[0].getClassName().startsWith("java.net")
            || stack[0].getClassName().startsWith("sun.net") || stack[0].getMethodName().contains("read0")
            || stack[0].getMethodName().startsWith("poll")) {
          waiting[0]++;
        }
      }
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static String pieceOf(StackTraceElement[] stack) {
    for (var piece : PIECES.entrySet()) {
      for (StackTraceElement frame : stack) {
        String where = frame.getClassName() + "." + frame.getMethodName() + "(";
        for (String marker : piece.getValue()) {
          if (where.contains(marker)) {
            return piece.getKey();
          }
        }
      }
    }
    return "other (Spring, JDBC pool, Java)";
  }

  private static final Pattern INNERMOST_PARENTHESES = Pattern.compile("\\([^()]*\\)");
  private static final Pattern TABLE = Pattern.compile("(?i)\\b(?:from|into|update)\\s+([a-z_0-9.]+)");

  /** The area of a statement: the engine's runtime, history or other tables, or Gridcase's table. */
  static String areaOf(String sql) {
    // without what stands in parentheses: a subquery's table is not the statement's (the case row's read sums the order rows)
    String outer = sql;
    String stripped = INNERMOST_PARENTHESES.matcher(outer).replaceAll(" ");
    while (!stripped.equals(outer)) {
      outer = stripped;
      stripped = INNERMOST_PARENTHESES.matcher(outer).replaceAll(" ");
    }
    Matcher table = TABLE.matcher(outer);
    if (!table.find()) {
      return sql.split(" ")[0].toLowerCase(Locale.ROOT);
    }
    String name = table.group(1).toLowerCase(Locale.ROOT);
    if (name.startsWith("act_ru_")) {
      return "engine runtime (act_ru_*)";
    }
    if (name.startsWith("act_hi_")) {
      return "engine history (act_hi_*)";
    }
    if (name.startsWith("act_")) {
      return "engine definitions, identity, bytes (act_re/id/ge_*)";
    }
    return name;
  }

  /** The breakdown as Markdown: statements per intake by area, the most repeated texts, and time by piece. */
  String markdown() {
    StringBuilder out = new StringBuilder();
    long statementsTotal = statements.bySql.values().stream().mapToLong(f -> f[0]).sum();
    long tripsTotal = statements.bySql.values().stream().mapToLong(f -> f[1]).sum();
    double sqlMillis = statements.bySql.values().stream().mapToLong(f -> f[2]).sum() / 1e6 / intakes;
    out.append(String.format(Locale.ROOT,
        "One intake through CaseIntake on one thread, %d in a row: %.1f ms each; %.1f statements in %.1f round trips, "
            + "%.1f ms of it in the JDBC driver (sent and answered).%n%n",
        intakes, millisPerIntake, (double) statementsTotal / intakes, (double) tripsTotal / intakes, sqlMillis));
    out.append("| statements per intake by table | statements | round trips | ms |\n|---|---|---|---|\n");
    Map<String, long[]> byArea = new java.util.TreeMap<>();
    statements.bySql.forEach((sql, f) -> {
      long[] area = byArea.computeIfAbsent(areaOf(sql), a -> new long[3]);
      for (int i = 0; i < 3; i++) {
        area[i] += f[i];
      }
    });
    byArea.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
        .forEach(e -> out.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.2f |%n", e.getKey(),
            (double) e.getValue()[0] / intakes, (double) e.getValue()[1] / intakes, e.getValue()[2] / 1e6 / intakes)));
    out.append("\n| the statements sent most often per intake | statements | ms |\n|---|---|---|\n");
    statements.bySql.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(25)
        .forEach(e -> out.append(String.format(Locale.ROOT, "| `%s` | %.1f | %.2f |%n",
            e.getKey().length() > 140 ? e.getKey().substring(0, 140) + "…" : e.getKey(),
            (double) e.getValue()[0] / intakes, e.getValue()[2] / 1e6 / intakes)));
    out.append("\n| every statement to Gridcase's own tables, per intake | statements | round trips | ms |\n|---|---|---|---|\n");
    statements.bySql.entrySet().stream().filter(e -> !areaOf(e.getKey()).startsWith("engine"))
        .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
        .forEach(e -> out.append(String.format(Locale.ROOT, "| `%s` | %.1f | %.1f | %.2f |%n",
            e.getKey().length() > 140 ? e.getKey().substring(0, 140) + "…" : e.getKey(),
            (double) e.getValue()[0] / intakes, (double) e.getValue()[1] / intakes, e.getValue()[2] / 1e6 / intakes)));
    int total = samples.values().stream().mapToInt(Integer::intValue).sum();
    out.append(String.format(Locale.ROOT, "%n| time by piece (%d stack samples) | share |%n|---|---|%n", total));
    samples.forEach((piece, count) -> out.append(String.format(Locale.ROOT, "| %s | %.0f %% |%n", piece, 100.0 * count / Math.max(1, total))));
    out.append(String.format(Locale.ROOT, "| of all samples: waiting on the database socket | %.0f %% |%n",
        100.0 * waitingSamples / Math.max(1, total)));
    return out.toString();
  }
}
