package io.gridcase.benchmarks;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * The SQL a thread sends while it is being {@link #record recorded}: Gridcase's DataSource is
 * wrapped (a JDK proxy of the DataSource) and, to a recording thread only, hands out connections
 * wrapped too, whose statements are counted and timed by their text (whitespace folded). Other
 * threads get the pool's connections untouched and pay one thread-local read per connection, so the
 * rows measured under load carry no proxy (it cost Gridcase's request threads about 5 % of their
 * CPU: reflection on every parameter set, a regex on every statement). A statement queued with
 * {@code addBatch} counts as a statement, its {@code executeBatch} as the round trip.
 */
final class CountedStatements {

  /** Statements by text: how many, how many round trips, and nanoseconds spent in the driver. */
  static final class Recording {
    final Map<String, long[]> bySql = new TreeMap<>();

    void add(String sql, long statements, long roundTrips, long nanos) {
      long[] figures = bySql.computeIfAbsent(sql, s -> new long[3]);
      figures[0] += statements;
      figures[1] += roundTrips;
      figures[2] += nanos;
    }
  }

  private static final ThreadLocal<Recording> CURRENT = new ThreadLocal<>();

  private CountedStatements() {}

  /** Wraps the application's DataSource bean (added to the server's context before it starts). */
  static BeanPostProcessor wrapper() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof DataSource source && "dataSource".equals(name) ? wrap(source) : bean;
      }
    };
  }

  /** Runs {@code work} on this thread with its statements recorded into {@code into}. */
  static void record(Recording into, ConcurrentRun.Operation work, int index) throws Exception {
    CURRENT.set(into);
    try {
      work.run(index);
    } finally {
      CURRENT.remove();
    }
  }

  static DataSource wrap(DataSource target) {
    return proxy(DataSource.class, target, (method, args, result) -> result instanceof Connection connection
        && CURRENT.get() != null ? proxy(Connection.class, connection, connectionHandler()) : result);
  }

  private interface After {
    Object after(Method method, Object[] args, Object result);
  }

  private static After connectionHandler() {
    return (method, args, result) -> {
      if (result instanceof PreparedStatement statement && args != null && args[0] instanceof String sql) {
        return proxy(PreparedStatement.class, statement, statementHandler(fold(sql)));
      }
      if (result instanceof Statement statement && !(result instanceof PreparedStatement)) {
        return proxy(Statement.class, statement, statementHandler(null));
      }
      return result;
    };
  }

  /** Counting happens in the invocation handler; this only marks what to count. */
  private static After statementHandler(String sql) {
    return new StatementAfter(sql);
  }

  private record StatementAfter(String sql) implements After {
    @Override
    public Object after(Method method, Object[] args, Object result) {
      return result;
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, T target, After after) {
    InvocationHandler handler = (self, method, args) -> {
      String name = method.getName();
      if (name.equals("unwrap") && args[0] instanceof Class<?> wanted && wanted.isInstance(target)) {
        return target;
      }
      Recording recording = after instanceof StatementAfter ? CURRENT.get() : null;
      long began = recording == null ? 0 : System.nanoTime();
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      if (recording != null && after instanceof StatementAfter statement) {
        String sql = statement.sql() != null ? statement.sql()
            : args != null && args.length > 0 && args[0] instanceof String text ? fold(text) : "(batch of plain statements)";
        long nanos = System.nanoTime() - began;
        switch (name) {
          case "addBatch" -> recording.add(sql, 1, 0, nanos);
          case "executeBatch", "executeLargeBatch" -> recording.add(sql, 0, 1, nanos);
          case "execute", "executeQuery", "executeUpdate", "executeLargeUpdate" -> recording.add(sql, 1, 1, nanos);
          default -> { }
        }
      }
      return after.after(method, args, result);
    };
    return (T) Proxy.newProxyInstance(CountedStatements.class.getClassLoader(), new Class<?>[] {type}, handler);
  }

  private static String fold(String sql) {
    return sql.replaceAll("\\s+", " ").trim();
  }
}
