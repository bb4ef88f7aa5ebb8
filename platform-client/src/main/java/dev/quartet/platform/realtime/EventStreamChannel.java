package dev.quartet.platform.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quartet.core.Checks;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okio.ByteString;

/**
 * The platform's newer event channel: a plain WebSocket at {@code /events/stream}, authenticated with
 * the bearer header, where each text message is one JSON event. Unknown event types are passed through
 * ({@link EventType#isKnown()} is false). Reconnects with backoff like {@link SocketIoChannel}; the
 * keep-alive is WebSocket ping frames (OkHttp's {@code pingInterval}).
 *
 * <p>Like the socket.io channel: a message that is not an event (unreadable JSON, no {@code event}
 * field, a binary frame) goes to {@link PlatformEventListener#onError(Throwable)} and DEBUG, and the
 * stream goes on; network drops and server restarts (close codes such as 1000, 1001, 1011) are retried
 * with backoff; a close with 1008 (policy violation: the server refuses this client) ends the channel
 * ({@link ConnectionState#ENDED}, the close reason in the cause) without a reconnect.
 */
public final class EventStreamChannel extends ReconnectingWebSocket {
  /** The WebSocket close code after which the stream does not reconnect. */
  public static final int POLICY_VIOLATION = 1008;

  private final ObjectMapper mapper;
  private final List<PlatformEventListener> listeners = new CopyOnWriteArrayList<>();

  /**
   * A channel on the transport's URL (e.g. from {@link #url(HttpUrl)}), not yet connected.
   *
   * @param transport the client, URL, mapper for the events and reconnect delays
   */
  public EventStreamChannel(ChannelTransport transport) {
    super(Checks.required("transport", transport).http(), new Request.Builder().url(transport.url()).build(),
        transport.backoff(), "events");
    this.mapper = transport.mapper();
  }

  /**
   * {@return the channel URL for a base URL: {@code <base>/events/stream}}
   *
   * @param base the base
   */
  public static HttpUrl url(HttpUrl base) {
    return base.newBuilder().addPathSegment("events").addPathSegment("stream").build();
  }

  /**
   * {@return this channel; {@code listener} now gets every event}
   *
   * @param listener the listener
   */
  public EventStreamChannel addListener(PlatformEventListener listener) {
    listeners.add(Checks.required("listener", listener));
    return this;
  }

  /**
   * {@return this channel; {@code listener} gets no more events}
   *
   * @param listener the listener
   */
  public EventStreamChannel removeListener(PlatformEventListener listener) {
    listeners.remove(listener);
    return this;
  }

  /**
   * Opens the channel; add listeners first. Returns at once.
   *
   * @return this channel
   */
  public EventStreamChannel connect() {
    start();
    return this;
  }

  @Override
  void onSocketOpen() {
    opened();
  }

  @Override
  void onText(String text) {
    PlatformEvent event;
    try {
      JsonNode tree = mapper.readTree(text);
      event = PlatformEvent.from(tree);
    } catch (Exception unreadable) {
      event = null;
    }
    if (event == null) {
      error(new IOException("a stream message that is not an event: " + Frames.preview(text)));
      return;
    }
    for (PlatformEventListener l : listeners) {
      try {
        l.onEvent(event);
      } catch (RuntimeException e) {
        LOG.warn("event listener failed on {}", event.type(), e);
      }
    }
  }

  @Override
  void onBinary(ByteString bytes) {
    error(new IOException("a binary stream message (" + bytes.size() + " bytes); events are text"));
  }

  @Override
  void serverClosed(int code, String reason) {
    if (code == POLICY_VIOLATION) {
      end(new IOException("the server ended the event stream (" + code + (reason.isEmpty() ? "" : " " + reason) + ")"));
    } else {
      super.serverClosed(code, reason);
    }
  }

  private void error(Throwable error) {
    LOG.debug("events: {}", error.getMessage());
    for (PlatformEventListener l : listeners) {
      try {
        l.onError(error);
      } catch (RuntimeException e) {
        LOG.warn("event listener failed on an error", e);
      }
    }
  }

  @Override
  void onSocketGone(Throwable cause) {}

  @Override
  void stateChanged(ConnectionState state, Throwable cause) {
    for (PlatformEventListener l : listeners) {
      try {
        l.onStateChange(state, cause);
      } catch (RuntimeException e) {
        LOG.warn("event listener failed on state {}", state, e);
      }
    }
  }

  @Override
  public String toString() {
    return "EventStreamChannel{state=" + state() + "}";
  }
}
