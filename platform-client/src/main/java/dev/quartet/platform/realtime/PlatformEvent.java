package dev.quartet.platform.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Instant;

/**
 * One event of the {@code /events/stream} channel: {@code {_msgid, _oid?, event, time, data}}.
 * {@code raw} is the whole message, for fields this SDK does not model.
 */
public record PlatformEvent(String messageId, String objectId, EventType type, Instant time, JsonNode data, JsonNode raw) {

  /** Reads a message leniently; null when it is not a JSON object with a string {@code event}. */
  static PlatformEvent from(JsonNode raw) {
    if (raw == null || !raw.isObject()) {
      return null;
    }
    JsonNode event = raw.get("event");
    if (event == null || !event.isTextual()) {
      return null;
    }
    JsonNode time = raw.get("time");
    Instant at = time != null && time.canConvertToLong() ? Instant.ofEpochMilli(time.asLong()) : null;
    JsonNode data = raw.get("data");
    return new PlatformEvent(text(raw.get("_msgid")), text(raw.get("_oid")), EventType.of(event.asText()), at,
        data == null ? MissingNode.getInstance() : data, raw);
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }
}
