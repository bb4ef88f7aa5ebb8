package dev.quartet.platform.realtime;

/** Where a real-time channel stands. */
public enum ConnectionState {
  /** Opening the WebSocket (first time or after a loss). */
  CONNECTING,
  /** Handshake done; events flow. */
  OPEN,
  /** The connection was lost; a new attempt is scheduled after a backoff delay. */
  RECONNECTING,
  /**
   * Ended by the other side, for good: a socket.io {@code 41} DISCONNECT or {@code 44} CONNECT_ERROR, a
   * server with none of the protocol versions tried, or a deliberate close of {@code /events/stream}. No
   * reconnect follows; the cause given with the state says why. {@code close()} is still safe to call.
   */
  ENDED,
  /** Closed by the caller; no thread or timer is left. */
  CLOSED;

  /** {@return whether nothing more happens on the channel: true for {@link #ENDED} and {@link #CLOSED}} */
  public boolean isTerminal() {
    return this == ENDED || this == CLOSED;
  }
}
