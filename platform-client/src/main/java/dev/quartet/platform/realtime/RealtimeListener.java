package dev.quartet.platform.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quartet.core.Checks;
import java.util.function.Consumer;

/**
 * Receives the socket.io channel's events. Called on the channel's own thread, one call at a time.
 *
 * <p>The short form, {@link #onEvent(String, JsonNode)}, fits a lambda. To see the namespace, every
 * argument or to answer a server's ack request, override {@link #onEvent(RealtimeEvent)} or use
 * {@link #of(Consumer)}:
 *
 * <pre>{@code
 * channel.addListener(RealtimeListener.of(e -> {
 *   if (e.name().equals("get-config")) e.ack().send(Map.of("interval", 5));
 * }));
 * }</pre>
 */
@FunctionalInterface
public interface RealtimeListener {
  /**
   * One event, in the short form.
   *
   * @param event the event name
   * @param payload a null node without arguments, the argument, or an array of several
   */
  void onEvent(String event, JsonNode payload);

  /**
   * One event with everything it carried; by default passed on to {@link #onEvent(String, JsonNode)}.
   *
   * @param event the event with its namespace, every argument and its acknowledgement
   */
  default void onEvent(RealtimeEvent event) {
    onEvent(event.name(), event.payload());
  }

  /**
   * The connection changed state. Does nothing by default.
   *
   * @param state the new state
   * @param cause why it was lost or ended, when it was; otherwise null
   */
  default void onStateChange(ConnectionState state, Throwable cause) {}

  /**
   * Something arrived that could not be delivered (an unreadable payload, a packet type the channel does
   * not handle, an answer to an ack that already timed out); the channel goes on. Also logged at DEBUG.
   * Does nothing by default.
   *
   * @param error what could not be delivered, and why
   */
  default void onError(Throwable error) {}

  /**
   * A listener that gets every event whole, e.g. to answer ack requests.
   *
   * @param events receives each event
   * @return the listener; state changes and errors are ignored
   */
  static RealtimeListener of(Consumer<RealtimeEvent> events) {
    Checks.required("events", events);
    return new RealtimeListener() {
      @Override
      public void onEvent(String event, JsonNode payload) {
        // not used: the whole event is delivered below
      }

      @Override
      public void onEvent(RealtimeEvent event) {
        events.accept(event);
      }
    };
  }
}
