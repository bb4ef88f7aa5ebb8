package dev.quartet.platform.realtime;

/**
 * The Engine.IO protocol versions the socket.io channel speaks.
 *
 * <ul>
 *   <li>{@link #V3}: socket.io 2.x, what the platform documents. The client sends {@code 2} every
 *       {@code pingInterval} and the server answers {@code 3}; the default namespace is joined by the server
 *       unasked; binary WebSocket frames carry a leading Engine.IO type byte ({@code 4}).
 *   <li>{@link #V4}: socket.io 3 and 4. The server sends {@code 2} and the client answers {@code 3}; the
 *       client joins a namespace with {@code 40} (optionally {@code 40{auth}}) and gets {@code 40{"sid":...}};
 *       binary frames are the bare attachment bytes.
 * </ul>
 */
public enum EngineIoVersion {
  /** socket.io 2.x: the client pings. */
  V3("3"),
  /** socket.io 3 and 4: the server pings. */
  V4("4");

  private final String query;

  EngineIoVersion(String query) {
    this.query = query;
  }

  /** {@return the value of the handshake's {@code EIO} query parameter} */
  public String queryValue() {
    return query;
  }

  /** The other version: where negotiation falls back to. */
  EngineIoVersion other() {
    return this == V3 ? V4 : V3;
  }

  @Override
  public String toString() {
    return "Engine.IO v" + query;
  }
}
