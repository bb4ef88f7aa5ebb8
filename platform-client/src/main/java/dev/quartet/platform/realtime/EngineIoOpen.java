package dev.quartet.platform.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Engine.IO's open packet ({@code 0{"sid":..., "upgrades":[], "pingInterval":25000, "pingTimeout":60000}}),
 * read leniently: the seed's sample has no {@code sid}, and missing or odd values fall back to the
 * Engine.IO v3 defaults (25 s and 60 s).
 */
public record EngineIoOpen(String sid, List<String> upgrades, long pingIntervalMillis, long pingTimeoutMillis) {
  /** The ping interval when the server names none (Engine.IO v3). */
  public static final long DEFAULT_PING_INTERVAL = 25_000;
  /** The ping timeout when the server names none (Engine.IO v3). */
  public static final long DEFAULT_PING_TIMEOUT = 60_000;

  /**
   * Parses the JSON after the {@code 0}; never throws.
   *
   * @param json the handshake JSON, possibly null
   * @param mapper the mapper to read it with
   * @return the handshake, with defaults for what is missing
   */
  public static EngineIoOpen parse(String json, ObjectMapper mapper) {
    JsonNode tree;
    try {
      tree = json == null || json.isBlank() ? null : mapper.readTree(json);
    } catch (Exception unreadable) {
      tree = null;
    }
    if (tree == null || !tree.isObject()) {
      return new EngineIoOpen(null, List.of(), DEFAULT_PING_INTERVAL, DEFAULT_PING_TIMEOUT);
    }
    JsonNode sid = tree.get("sid");
    List<String> upgrades = new ArrayList<>();
    JsonNode up = tree.get("upgrades");
    if (up != null && up.isArray()) {
      up.forEach(u -> upgrades.add(u.asText()));
    }
    return new EngineIoOpen(
        sid != null && sid.isValueNode() && !sid.isNull() ? sid.asText() : null,
        List.copyOf(upgrades),
        positive(tree.get("pingInterval"), DEFAULT_PING_INTERVAL),
        positive(tree.get("pingTimeout"), DEFAULT_PING_TIMEOUT));
  }

  private static long positive(JsonNode n, long fallback) {
    if (n == null) {
      return fallback;
    }
    long value = n.isNumber() ? n.asLong() : n.isTextual() ? n.asLong(-1) : -1;
    return value > 0 ? value : fallback;
  }
}
