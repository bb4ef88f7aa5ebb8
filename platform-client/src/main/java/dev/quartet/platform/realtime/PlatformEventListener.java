package dev.quartet.platform.realtime;

/** Receives the {@code /events/stream} events. Called on the channel's own thread, one call at a time. */
@FunctionalInterface
public interface PlatformEventListener {
  /**
   * Called for each event, on the channel's thread.
   *
   * @param event the event
   */
  void onEvent(PlatformEvent event);

  /**
   * The connection changed state; {@code cause} says why it was lost, when it was.
   *
   * @param state the state
   * @param cause the cause
   */
  default void onStateChange(ConnectionState state, Throwable cause) {}
}
