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

  /** The connection changed state; {@code cause} says why it was lost or ended, when it was. */
  default void onStateChange(ConnectionState state, Throwable cause) {}

  /** A message that is not an event (unreadable JSON, no {@code event} field, a binary frame); the channel goes on. */
  default void onError(Throwable error) {}
}
