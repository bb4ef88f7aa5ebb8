package dev.quartet.platform.realtime;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Receives the server's acknowledgement of one emit. Called once, on the channel's thread: with the
 * acknowledgement's arguments ({@code error} null), or with an error ({@code args} null): a
 * {@link java.util.concurrent.TimeoutException} when no answer came in time, an {@link java.io.IOException}
 * when the connection was lost or closed first.
 *
 * <p>{@code args} follows {@link RealtimeEvent#payload()}: a null node for no argument, the argument for
 * one, an array for several; binary attachments are {@link com.fasterxml.jackson.databind.node.BinaryNode}s.
 */
@FunctionalInterface
public interface AckCallback {
  /**
   * Receives the outcome of one emit.
   *
   * @param args the acknowledgement's arguments, or null when {@code error} is set
   * @param error why no acknowledgement came, or null when one did
   */
  void onAck(JsonNode args, Throwable error);
}
