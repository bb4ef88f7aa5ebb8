package dev.quartet.platform.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * The platform's newer event channel: a plain WebSocket at {@code /events/stream}, authenticated with
 * the bearer header, where each text message is one JSON event. Unknown event types are passed through
 * ({@link EventType#isKnown()} is false). Reconnects with backoff like {@link SocketIoChannel}; the
 * keep-alive is WebSocket ping frames (OkHttp's {@code pingInterval}).
 */
public final class EventStreamChannel extends ReconnectingWebSocket {
  private final ObjectMapper mapper;
  private final List<PlatformEventListener> listeners = new CopyOnWriteArrayList<>();

  /**
   * A channel on {@code url}, not yet connected.
   *
   * @param http the client to connect with
   * @param url the event-stream URL
   * @param mapper reads the events
   * @param backoff reconnect delays
   */
  public EventStreamChannel(OkHttpClient http, HttpUrl url, ObjectMapper mapper, Backoff backoff) {
    super(http, new Request.Builder().url(url).build(), backoff, "events");
    this.mapper = Objects.requireNonNull(mapper, "mapper");
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
    listeners.add(Objects.requireNonNull(listener, "listener"));
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
      LOG.debug("ignoring a stream message that is not an event: {}", text.length() > 200 ? text.substring(0, 200) : text);
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
  void onSocketGone() {}

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
