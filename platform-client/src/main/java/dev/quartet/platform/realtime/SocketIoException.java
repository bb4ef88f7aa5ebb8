package dev.quartet.platform.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * Something the socket.io peer said or did that ends a step: a {@code 44} CONNECT_ERROR, a {@code 41}
 * DISCONNECT, a handshake refused for its protocol version, or a packet that cannot be read. Delivered
 * as the cause of {@link ConnectionState#ENDED} or to {@link RealtimeListener#onError(Throwable)}.
 */
public final class SocketIoException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient JsonNode data;

  /**
   * An error without server data.
   *
   * @param message what went wrong
   */
  public SocketIoException(String message) {
    this(message, null);
  }

  /**
   * An error carrying what the server sent with it.
   *
   * @param message what went wrong
   * @param data the server's payload (e.g. of a CONNECT_ERROR); may be null
   */
  public SocketIoException(String message, JsonNode data) {
    super(message);
    this.data = data;
  }

  /** {@return what the server sent with it (e.g. the CONNECT_ERROR payload), or null} */
  public JsonNode data() {
    return data;
  }
}
