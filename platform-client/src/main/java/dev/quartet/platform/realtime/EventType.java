package dev.quartet.platform.realtime;

import dev.quartet.core.Checks;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The type of a {@code /events/stream} event. Open: types this SDK does not know are kept as they
 * came ({@link #of(String)}, {@link #isKnown()} false), so new platform events reach the caller.
 */
public final class EventType {
  private static final Map<String, EventType> KNOWN = new ConcurrentHashMap<>();

  /** An object came online. */
  public static final EventType OBJECT_ONLINE = known("object-online");
  /** An object went offline. */
  public static final EventType OBJECT_OFFLINE = known("object-offline");
  /** An object was created. */
  public static final EventType OBJECT_INSERT = known("object-insert");
  /** An object was changed. */
  public static final EventType OBJECT_UPDATE = known("object-update");
  /** An object was removed. */
  public static final EventType OBJECT_REMOVE = known("object-remove");
  /** An object sent a telemetry packet. */
  public static final EventType OBJECT_PACKET = known("object-packet");
  /** A command was sent to an object. */
  public static final EventType OBJECT_COMMAND_REQ = known("object-command-req");
  /** An object answered a command. */
  public static final EventType OBJECT_COMMAND_RES = known("object-command-res");
  /** A command to an object failed. */
  public static final EventType OBJECT_COMMAND_ERR = known("object-command-err");

  private final String value;
  private final boolean known;

  private EventType(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static EventType known(String value) {
    EventType type = new EventType(value, true);
    KNOWN.put(value, type);
    return type;
  }

  /**
   * {@return the constant for {@code value}, or a new unknown type carrying it}
   *
   * @param value the value
   */
  public static EventType of(String value) {
    Checks.required("value", value);
    EventType type = KNOWN.get(value);
    return type != null ? type : new EventType(value, false);
  }

  /** {@return the event name as sent} */
  public String value() {
    return value;
  }

  /** {@return whether this is one of the documented event types} */
  public boolean isKnown() {
    return known;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EventType other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
