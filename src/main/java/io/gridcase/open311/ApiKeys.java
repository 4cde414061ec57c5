package io.gridcase.open311;

import io.gridcase.casefile.CaseClock;
import io.gridcase.intake.Channel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Open311 api_keys (table {@code open311_api_key}): each belongs to one channel; only its SHA-256
 * is stored, so the key is shown once, when it is issued, and a stolen table files nothing.
 */
@Service
public class ApiKeys {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final CaseClock clock;

  public ApiKeys(JdbcClient jdbc, CaseClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A key of a channel as stored: never the key itself. */
  public record ApiKey(long id, Channel channel, String label, String createdBy, boolean revoked) {}

  /** A newly issued key: {@code key} is its only appearance. */
  public record IssuedKey(long id, Channel channel, String label, String key) {}

  public IssuedKey issue(Channel channel, String label, String issuedBy) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String key = "o311_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    jdbc.sql("insert into open311_api_key (key_hash, channel, label, created_at, created_by) values (?, ?, ?, ?, ?)")
        .params(hash(key), channel.name(), label, clock.now(), issuedBy)
        .update();
    return new IssuedKey(idOf(key), channel, label, key);
  }

  /** The live key a caller sent, if it is one. */
  public Optional<ApiKey> find(String key) {
    if (key == null || key.isBlank() || key.length() > 200) {
      return Optional.empty();
    }
    return jdbc.sql("select * from open311_api_key where key_hash = ? and revoked_at is null")
        .param(hash(key.strip()))
        .query((rs, n) -> new ApiKey(rs.getLong("id"), Channel.valueOf(rs.getString("channel")), rs.getString("label"),
            rs.getString("created_by"), false))
        .optional();
  }

  public List<ApiKey> all() {
    return jdbc.sql("select * from open311_api_key order by id")
        .query((rs, n) -> new ApiKey(rs.getLong("id"), Channel.valueOf(rs.getString("channel")), rs.getString("label"),
            rs.getString("created_by"), rs.getObject("revoked_at") != null))
        .list();
  }

  /** Revokes a key: requests filed with it stay, new ones are refused. False when there is no such live key. */
  public boolean revoke(long id) {
    return jdbc.sql("update open311_api_key set revoked_at = ? where id = ? and revoked_at is null")
        .params(clock.now(), id).update() == 1;
  }

  private long idOf(String key) {
    return jdbc.sql("select id from open311_api_key where key_hash = ?").param(hash(key)).query(Long.class).single();
  }

  static String hash(String key) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
