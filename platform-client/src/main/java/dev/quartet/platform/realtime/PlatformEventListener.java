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
   * The connection changed state. Does nothing by default.
   *
   * @param state the new state
   * @param cause why it was lost or ended, when it was; otherwise null
   */
  default void onStateChange(ConnectionState state, Throwable cause) {}

  /**
   * A message that is not an event (unreadable JSON, no {@code event} field, a binary frame) arrived;
   * the channel goes on. Does nothing by default.
   *
   * @param error what was wrong with the message
   */
  default void onError(Throwable error) {}
}
