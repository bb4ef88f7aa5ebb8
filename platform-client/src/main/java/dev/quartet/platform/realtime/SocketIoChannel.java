package dev.quartet.platform.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * The platform's socket.io 2.x channel ({@code /socket.io/?EIO=3&transport=websocket}) over OkHttp's
 * WebSocket, authenticated like the REST calls (session cookie or bearer header).
 *
 * <p>Engine.IO v3 puts the client in charge of the heartbeat: after the open packet it sends {@code 2}
 * every {@code pingInterval} and declares the connection lost when no {@code 3} comes within
 * {@code pingTimeout}; then it reconnects with backoff (the HTTP pipeline logs in again when the
 * handshake answers 401). {@code 42["event", payload]} frames go to the listeners.
 *
 * <pre>{@code
 * try (SocketIoChannel channel = client.realtime()) {
 *   channel.addListener((event, payload) -> System.out.println(event + " " + payload));
 *   channel.connect();
 *   ...
 * }
 * }</pre>
 */
public final class SocketIoChannel extends ReconnectingWebSocket {
  private final ObjectMapper mapper;
  private final long handshakeTimeoutMillis;
  private final List<RealtimeListener> listeners = new CopyOnWriteArrayList<>();

  // Timer thread only.
  private EngineIoOpen session;
  private ScheduledFuture<?> pinger;
  private ScheduledFuture<?> pongDeadline;
  private ScheduledFuture<?> handshakeDeadline;

  /**
   * A channel on {@code url}, not yet connected.
   *
   * @param http the client to connect with
   * @param url the socket.io URL
   * @param mapper reads and writes the packets
   * @param backoff reconnect delays
   * @param handshakeTimeoutMillis how long to wait for the server's handshake
   */
  public SocketIoChannel(OkHttpClient http, HttpUrl url, ObjectMapper mapper, Backoff backoff, long handshakeTimeoutMillis) {
    super(http, new Request.Builder().url(url).build(), backoff, "socketio");
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.handshakeTimeoutMillis = handshakeTimeoutMillis;
  }

  /**
   * {@return the channel URL for a base URL: {@code <base>/socket.io/?EIO=3&transport=websocket}}
   *
   * @param base the base
   */
  public static HttpUrl url(HttpUrl base) {
    return base.newBuilder().addPathSegment("socket.io").addPathSegment("")
        .setQueryParameter("EIO", "3").setQueryParameter("transport", "websocket").build();
  }

  /**
   * {@return this channel; {@code listener} now gets every event}
   *
   * @param listener the listener
   */
  public SocketIoChannel addListener(RealtimeListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
    return this;
  }

  /**
   * {@return this channel; {@code listener} gets no more events}
   *
   * @param listener the listener
   */
  public SocketIoChannel removeListener(RealtimeListener listener) {
    listeners.remove(listener);
    return this;
  }

  /**
   * Opens the channel; add listeners first. Returns at once.
   *
   * @return this channel
   */
  public SocketIoChannel connect() {
    start();
    return this;
  }

  /** {@return the last open packet, or null before the first one} */
  public EngineIoOpen session() {
    return session;
  }

  /**
   * Sends {@code 42["event", payload]}; false when the channel is not connected.
   *
   * @param event the event name
   * @param payload the payload, written as JSON
   * @return whether the packet was sent
   */
  public boolean emit(String event, Object payload) {
    ArrayNode frame = JsonNodeFactory.instance.arrayNode();
    frame.add(Objects.requireNonNull(event, "event"));
    if (payload != null) {
      frame.add(mapper.valueToTree(payload));
    }
    return state() == ConnectionState.OPEN && send("42" + frame);
  }

  @Override
  void onSocketOpen() {
    handshakeDeadline = scheduleForCurrent(() -> lost("no Engine.IO open packet within " + handshakeTimeoutMillis + " ms", null),
        handshakeTimeoutMillis);
  }

  @Override
  void onText(String text) {
    if (text.isEmpty()) {
      return;
    }
    switch (text.charAt(0)) {
      case '0' -> handleOpen(text.substring(1));
      case '1' -> lost("server sent the Engine.IO close packet", null);
      case '2' -> send("3" + text.substring(1)); // a server ping (newer servers): answer it
      case '3' -> pong();
      case '4' -> message(text.substring(1));
      default -> { } // 5 upgrade, 6 noop and unknown types carry nothing for us
    }
  }

  private void handleOpen(String json) {
    cancel(handshakeDeadline);
    EngineIoOpen open = EngineIoOpen.parse(json, mapper);
    session = open;
    cancel(pinger);
    pinger = repeatForCurrent(this::ping, open.pingIntervalMillis());
    opened();
  }

  private void ping() {
    send("2");
    if (pongDeadline == null) {
      long timeout = session.pingTimeoutMillis();
      pongDeadline = scheduleForCurrent(() -> lost("no pong within " + timeout + " ms", null), timeout);
    }
  }

  private void pong() {
    cancel(pongDeadline);
    pongDeadline = null;
  }

  private void message(String packet) {
    if (packet.isEmpty()) {
      return;
    }
    char type = packet.charAt(0);
    if (type == '1') {
      lost("server disconnected the socket.io namespace", null);
      return;
    }
    if (type == '4') {
      LOG.debug("socket.io error packet: {}", packet.substring(1));
      return;
    }
    if (type != '2') {
      return; // 0 connect, 3 ack and binary packets carry no event
    }
    JsonNode args = parseArgs(packet.substring(1));
    if (args == null || !args.isArray() || args.isEmpty() || !args.get(0).isTextual()) {
      LOG.debug("ignoring malformed socket.io event: {}", packet);
      return;
    }
    String event = args.get(0).asText();
    JsonNode payload;
    if (args.size() == 1) {
      payload = NullNode.getInstance();
    } else if (args.size() == 2) {
      payload = args.get(1);
    } else {
      ArrayNode rest = JsonNodeFactory.instance.arrayNode();
      for (int i = 1; i < args.size(); i++) {
        rest.add(args.get(i));
      }
      payload = rest;
    }
    for (RealtimeListener l : listeners) {
      try {
        l.onEvent(event, payload);
      } catch (RuntimeException e) {
        LOG.warn("real-time listener failed on {}", event, e);
      }
    }
  }

  /** Skips an optional namespace ({@code /ns,}) and ack id before the JSON array. */
  private JsonNode parseArgs(String rest) {
    int i = 0;
    if (rest.startsWith("/")) {
      int comma = rest.indexOf(',');
      if (comma < 0) {
        return null;
      }
      i = comma + 1;
    }
    while (i < rest.length() && Character.isDigit(rest.charAt(i))) {
      i++;
    }
    try {
      return mapper.readTree(rest.substring(i));
    } catch (Exception unreadable) {
      return null;
    }
  }

  @Override
  void beforeClose() {
    send("41");
  }

  @Override
  void onSocketGone() {
    cancel(pinger);
    cancel(pongDeadline);
    cancel(handshakeDeadline);
    pinger = null;
    pongDeadline = null;
    handshakeDeadline = null;
  }

  @Override
  void stateChanged(ConnectionState state, Throwable cause) {
    for (RealtimeListener l : listeners) {
      try {
        l.onStateChange(state, cause);
      } catch (RuntimeException e) {
        LOG.warn("real-time listener failed on state {}", state, e);
      }
    }
  }

  private static void cancel(ScheduledFuture<?> task) {
    if (task != null) {
      task.cancel(false);
    }
  }

  @Override
  public String toString() {
    return "SocketIoChannel{state=" + state() + "}";
  }
}
