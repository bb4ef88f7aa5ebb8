package dev.quartet.platform.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Instant;

/**
 * One event of the {@code /events/stream} channel: {@code {_msgid, _oid?, event, time, data}}.
 * {@link #raw()} is the whole message, for fields this SDK does not model. Events are read from the
 * stream, never built by callers; two events are equal when their messages are.
 */
public final class PlatformEvent {
  private final String messageId;
  private final String objectId;
  private final EventType type;
  private final Instant time;
  private final JsonNode data;
  private final JsonNode raw;

  private PlatformEvent(JsonNode raw, EventType type) {
    this.raw = raw;
    this.type = type;
    this.messageId = text(raw.get("_msgid"));
    this.objectId = text(raw.get("_oid"));
    JsonNode at = raw.get("time");
    this.time = at != null && at.canConvertToLong() ? Instant.ofEpochMilli(at.asLong()) : null;
    JsonNode payload = raw.get("data");
    this.data = payload == null ? MissingNode.getInstance() : payload;
  }

  /** Reads a message leniently; null when it is not a JSON object with a string {@code event}. */
  static PlatformEvent from(JsonNode raw) {
    if (raw == null || !raw.isObject()) {
      return null;
    }
    JsonNode event = raw.get("event");
    if (event == null || !event.isTextual()) {
      return null;
    }
    return new PlatformEvent(raw, EventType.of(event.asText()));
  }

  /** {@return the message id ({@code _msgid}), or null} */
  public String messageId() {
    return messageId;
  }

  /** {@return the object the event is about ({@code _oid}), or null for events of no object} */
  public String objectId() {
    return objectId;
  }

  /** {@return the event type ({@code event})} */
  public EventType type() {
    return type;
  }

  /** {@return when it happened ({@code time}, epoch milliseconds), or null} */
  public Instant time() {
    return time;
  }

  /** {@return the event's payload ({@code data}); a missing node when there is none} */
  public JsonNode data() {
    return data;
  }

  /** {@return the whole message} */
  public JsonNode raw() {
    return raw;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlatformEvent other && raw.equals(other.raw);
  }

  @Override
  public int hashCode() {
    return raw.hashCode();
  }

  @Override
  public String toString() {
    return "PlatformEvent{type=" + type + ", objectId=" + objectId + ", time=" + time + ", messageId=" + messageId + "}";
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }
}
