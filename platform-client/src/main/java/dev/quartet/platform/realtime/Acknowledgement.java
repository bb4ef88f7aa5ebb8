package dev.quartet.platform.realtime;

/**
 * The answer to an event the server sent with an ack id ({@code 42<id>[...]}): socket.io's
 * {@code callback(...)} on the client side. Answer at most once, from any thread, while the connection
 * that carried the event is up.
 */
public interface Acknowledgement {
  /** {@return whether the server asked for an answer} */
  boolean requested();

  /**
   * Sends {@code 43<id>[args]} (or {@code 46} when an argument holds {@code byte[]}); each argument is
   * written with the client's mapper.
   *
   * @param args the answer's arguments, in order
   * @return whether the answer was sent: false when none was asked for, one was already sent, or the
   *     connection that carried the request is gone
   */
  boolean send(Object... args);
}
