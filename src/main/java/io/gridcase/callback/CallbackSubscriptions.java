package io.gridcase.callback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The callbacks channels register ({@code callback_subscription}). Every method takes the channel
 * of the caller's login: a channel sees, removes and resends only its own.
 */
@Service
public class CallbackSubscriptions {

  private final JdbcClient jdbc;
  private final DeliveryRows deliveries;
  private final Clock clock = Clock.systemUTC();

  public CallbackSubscriptions(JdbcClient jdbc, DeliveryRows deliveries) {
    this.jdbc = jdbc;
    this.deliveries = deliveries;
  }

  /** Registers the URL for the channel's case events from now on; the answer holds the secret. */
  @Transactional
  public CallbackRegistration register(String channel, String url, String user) {
    String secret = CallbackSignature.newSecret();
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    var id = new GeneratedKeyHolder();
    jdbc.sql("insert into callback_subscription (channel, url, secret, created_by, created_at) values (?, ?, ?, ?, ?)")
        .params(channel, url.strip(), secret, user, now)
        .update(id, "id");
    return new CallbackRegistration(id.getKey().longValue(), url.strip(), secret, now);
  }

  /** The channel's callbacks, oldest first. */
  public List<Callback> of(String channel) {
    return jdbc.sql(
            """
            select s.id, s.url, s.created_at,
              (select count(*) from callback_delivery d
                where d.subscription_id = s.id and d.delivered_at is null and d.given_up_at is null) as waiting,
              (select count(*) from callback_delivery d
                where d.subscription_id = s.id and d.delivered_at is null and d.given_up_at is not null) as given_up
            from callback_subscription s
            where s.channel = ? and s.removed_at is null order by s.id
            """)
        .param(channel)
        .query(CallbackSubscriptions::map)
        .list();
  }

  public Optional<Callback> find(String channel, long id) {
    return of(channel).stream().filter(c -> c.id() == id).findFirst();
  }

  /** Stops the callback: nothing more is queued or posted for it. False if the channel has no such callback. */
  @Transactional
  public boolean remove(String channel, long id) {
    return jdbc.sql("update callback_subscription set removed_at = ? where id = ? and channel = ? and removed_at is null")
            .params(clock.instant().atOffset(ZoneOffset.UTC), id, channel)
            .update()
        == 1;
  }

  /**
   * Puts the callback's given-up events back in the queue, each with fresh attempts; returns how
   * many, or empty if the channel has no such callback.
   */
  @Transactional
  public Optional<Integer> resendGivenUp(String channel, long id) {
    if (find(channel, id).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(deliveries.resendGivenUp(id, clock.instant()));
  }

  private static Callback map(ResultSet rs, int row) throws SQLException {
    return new Callback(
        rs.getLong("id"),
        rs.getString("url"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getLong("waiting"),
        rs.getLong("given_up"));
  }
}
