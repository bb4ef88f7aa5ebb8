package dev.quartet.platform.realtime;

import com.fasterxml.jackson.databind.JsonNode;

/** Receives the socket.io channel's events. Called on the channel's own thread, one call at a time. */
@FunctionalInterface
public interface RealtimeListener {
  /**
   * One {@code 42["event", payload]} frame; {@code payload} is a null node when the frame had none.
   *
   * @param event the event
   * @param payload the payload
   */
  void onEvent(String event, JsonNode payload);

  /**
   * The connection changed state; {@code cause} says why it was lost, when it was.
   *
   * @param state the state
   * @param cause the cause
   */
  default void onStateChange(ConnectionState state, Throwable cause) {}
}
