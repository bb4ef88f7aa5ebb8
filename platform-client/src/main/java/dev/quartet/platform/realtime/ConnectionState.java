package dev.quartet.platform.realtime;

/** Where a real-time channel stands. */
public enum ConnectionState {
  /** Opening the WebSocket (first time or after a loss). */
  CONNECTING,
  /** Handshake done; events flow. */
  OPEN,
  /** The connection was lost; a new attempt is scheduled after a backoff delay. */
  RECONNECTING,
  /** Closed by the caller; no thread or timer is left. */
  CLOSED
}
