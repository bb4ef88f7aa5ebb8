package dev.quartet.platform.realtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.quartet.core.Checks;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okio.Buffer;
import okio.ByteString;

/**
 * The platform's socket.io channel over OkHttp's WebSocket, authenticated like the REST calls (session
 * cookie or bearer header). It speaks Engine.IO v3 (socket.io 2.x, what the platform documents) and v4
 * (socket.io 3 and 4); see {@link EngineIoVersion}. By default it asks for v3 and, when the server refuses
 * that version ({@code HTTP 400 "Unsupported protocol version"}), falls back once to v4 and keeps it for
 * reconnects; {@link SocketIoOptions.Builder#version} pins one.
 *
 * <p>Events ({@code 42}, and {@code 45} with binary attachments as {@code byte[]}) go to the listeners;
 * a listener answers a server's ack request through {@link RealtimeEvent#ack()}. {@link #emit} sends
 * events, with {@code byte[]} or {@link ByteString} anywhere in the payload sent as binary attachments;
 * the ack forms wait for the server's answer.
 *
 * <p>Endings: network drops, missed heartbeats, Engine.IO close packets and server restarts are retried
 * with backoff. A {@code 41} DISCONNECT or {@code 44} CONNECT_ERROR of the channel's namespace, or a
 * server that refuses every protocol version tried, ends the channel ({@link ConnectionState#ENDED},
 * with a {@link SocketIoException} as the cause); it does not reconnect. Packets that cannot be read or
 * handled go to {@link RealtimeListener#onError(Throwable)} and the channel goes on.
 *
 * <pre>{@code
 * try (SocketIoChannel channel = client.realtime()) {
 *   channel.addListener((event, payload) -> System.out.println(event + " " + payload));
 *   channel.connect();
 *   channel.emitWithAck("subscribe", Map.of("id", objectId)).get(10, TimeUnit.SECONDS);
 * }
 * }</pre>
 */
public final class SocketIoChannel extends ReconnectingWebSocket {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectMapper mapper;
  private final HttpUrl url;
  private final long handshakeTimeoutMillis;
  private final SocketIoOptions options;
  private final List<RealtimeListener> listeners = new CopyOnWriteArrayList<>();
  private final ProtocolNegotiation negotiation;
  private final Heartbeat heartbeat = new Heartbeat(this);
  private final AckRegistry acks = new AckRegistry(this::schedule);
  private final BinaryAssembler assembler = new BinaryAssembler();
  private final Object sendLock = new Object();

  // Timer thread only (the volatile ones are read by callers).
  private volatile EngineIoVersion version;
  private volatile EngineIoOpen session;
  private volatile String namespaceSid;
  private boolean joined;
  private ScheduledFuture<?> handshakeDeadline;

  /**
   * A channel at the transport's URL (its {@code EIO} parameter is set per attempt from the negotiated
   * version), not yet connected; the channel writes payloads with a copy of the transport's mapper that
   * also writes {@link ByteString}s as binary.
   *
   * @param transport the client, URL, mapper and reconnect delays
   * @param handshakeTimeout how long an attempt may take to complete the socket.io handshake before it
   *     counts as lost
   * @param options the protocol version, namespace, auth payload and ack timeout
   */
  public SocketIoChannel(ChannelTransport transport, Duration handshakeTimeout, SocketIoOptions options) {
    this(Checks.required("transport", transport).http(), transport.url(), transport.mapper(), transport.backoff(),
        Checks.required("handshakeTimeout", handshakeTimeout).toMillis(), options);
  }

  private SocketIoChannel(OkHttpClient http, HttpUrl url, ObjectMapper mapper, Backoff backoff, long handshakeTimeoutMillis,
      SocketIoOptions options) {
    super(http, new Request.Builder().url(url).build(), backoff, "socketio");
    this.url = url;
    this.mapper = withByteStrings(Checks.required("mapper", mapper));
    this.handshakeTimeoutMillis = handshakeTimeoutMillis;
    this.options = Checks.required("options", options);
    this.negotiation = new ProtocolNegotiation(options.version());
    this.version = negotiation.current();
  }

  /**
   * {@return the channel URL for a base URL: {@code <base>/socket.io/?EIO=3&transport=websocket}}
   *
   * @param base the platform's realtime base URL
   */
  public static HttpUrl url(HttpUrl base) {
    return url(base, EngineIoVersion.V3);
  }

  /**
   * The channel URL for a base URL and an Engine.IO version.
   *
   * @param base the platform's realtime base URL
   * @param version the version the {@code EIO} query parameter names
   * @return {@code <base>/socket.io/?EIO=<version>&transport=websocket}
   */
  public static HttpUrl url(HttpUrl base, EngineIoVersion version) {
    return base.newBuilder().addPathSegment("socket.io").addPathSegment("")
        .setQueryParameter("EIO", version.queryValue()).setQueryParameter("transport", "websocket").build();
  }

  /**
   * {@return this channel; {@code listener} now gets every event}
   *
   * @param listener the listener
   */
  public SocketIoChannel addListener(RealtimeListener listener) {
    listeners.add(Checks.required("listener", listener));
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

  /** {@return the Engine.IO version of the current (or next) attempt: after negotiation, the one the server speaks} */
  public EngineIoVersion protocol() {
    return version;
  }

  /** {@return the options the channel was made with} */
  public SocketIoOptions options() {
    return options;
  }

  /** {@return the socket id the server gave with {@code 40{"sid":...}} (v4), or null} */
  public String namespaceSid() {
    return namespaceSid;
  }

  /** {@return heartbeats completed since {@link #connect()}: pongs received (v3) and server pings answered (v4)} */
  public long heartbeats() {
    return heartbeat.count();
  }

  /**
   * Sends {@code 42["event", payload]} (without payload when it is null) to the channel's namespace;
   * {@code byte[]} or {@link ByteString} values make it a binary event.
   *
   * @param event the event name
   * @param payload the single argument, written with the channel's mapper; null for none
   * @return whether it was sent: false when the channel is not open
   */
  public boolean emit(String event, Object payload) {
    ArrayNode args = args(event, payload);
    return state() == ConnectionState.OPEN && sendPacket(SocketIoPacket.EVENT, options.namespace(), -1, args);
  }

  /**
   * Sends the event with an ack id; {@code ack} gets the server's answer or, after the options' ack
   * timeout, a {@link java.util.concurrent.TimeoutException}.
   *
   * @param event the event name
   * @param payload the single argument; null for none
   * @param ack gets the answer or the failure, once
   * @return whether it was sent: false (and {@code ack} is not called) when the channel is not open
   */
  public boolean emit(String event, Object payload, AckCallback ack) {
    return emit(event, payload, options.ackTimeout(), ack);
  }

  /**
   * {@link #emit(String, Object, AckCallback)} waiting {@code timeout} for the answer.
   *
   * @param event the event name
   * @param payload the single argument; null for none
   * @param timeout how long to wait for the answer; must be positive
   * @param ack gets the answer or the failure, once
   * @return whether it was sent: false (and {@code ack} is not called) when the channel is not open
   */
  public boolean emit(String event, Object payload, Duration timeout, AckCallback ack) {
    Checks.required("ack", ack);
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
    ArrayNode args = args(event, payload);
    if (state() != ConnectionState.OPEN) {
      return false;
    }
    long id = acks.register(ack, timeout.toMillis());
    if (!sendPacket(SocketIoPacket.EVENT, options.namespace(), id, args)) {
      acks.fail(id, new IOException("the event could not be sent: the connection is going"));
    }
    return true;
  }

  /**
   * The event with an ack id, answered as a future: completes with the server's answer, or
   * exceptionally with a {@link java.util.concurrent.TimeoutException} after the options' ack timeout,
   * or an {@link IOException} when the channel is not open or the connection goes first.
   *
   * @param event the event name
   * @param payload the single argument; null for none
   * @return the future answer
   */
  public CompletableFuture<JsonNode> emitWithAck(String event, Object payload) {
    return emitWithAck(event, payload, options.ackTimeout());
  }

  /**
   * {@link #emitWithAck(String, Object)} waiting {@code timeout} for the answer.
   *
   * @param event the event name
   * @param payload the single argument; null for none
   * @param timeout how long to wait for the answer; must be positive
   * @return the future answer
   */
  public CompletableFuture<JsonNode> emitWithAck(String event, Object payload, Duration timeout) {
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    boolean sent = emit(event, payload, timeout, (args, error) -> {
      if (error != null) {
        answer.completeExceptionally(error);
      } else {
        answer.complete(args);
      }
    });
    if (!sent) {
      answer.completeExceptionally(new IOException("the socket.io channel is not open (" + state() + ")"));
    }
    return answer;
  }

  private ArrayNode args(String event, Object payload) {
    ArrayNode args = NODES.arrayNode();
    args.add(Checks.required("event", event));
    if (payload != null) {
      args.add(tree(payload));
    }
    return args;
  }

  private JsonNode tree(Object value) {
    return value instanceof JsonNode node ? node : mapper.valueToTree(value);
  }

  /** Sends one packet, with its binary attachments as frames right after it; binary nodes become placeholders. */
  private boolean sendPacket(int type, String namespace, long ackId, ArrayNode data) {
    Attachments.Split split = Attachments.deconstruct(data);
    int frames = split.frames().size();
    int wireType = frames == 0 ? type : type == SocketIoPacket.EVENT ? SocketIoPacket.BINARY_EVENT : SocketIoPacket.BINARY_ACK;
    String text = "4" + new SocketIoPacket(wireType, namespace, ackId, split.data(), frames).encode();
    EngineIoVersion wire = version;
    synchronized (sendLock) { // a binary packet's frames must not interleave with another emit's
      boolean ok = send(text);
      for (ByteString frame : split.frames()) {
        ok = ok && send(wire == EngineIoVersion.V3 ? new Buffer().writeByte(4).write(frame).readByteString() : frame);
      }
      return ok;
    }
  }

  @Override
  Request nextRequest() {
    return new Request.Builder().url(withVersion(url, version)).build();
  }

  /** {@code url} with its {@code EIO} parameter (added when missing) set to {@code version}, other parameters kept in place. */
  static HttpUrl withVersion(HttpUrl url, EngineIoVersion version) {
    HttpUrl.Builder b = url.newBuilder().query(null);
    boolean found = false;
    for (int i = 0; i < url.querySize(); i++) {
      String name = url.queryParameterName(i);
      boolean eio = name.equals("EIO");
      found |= eio;
      b.addQueryParameter(name, eio ? version.queryValue() : url.queryParameterValue(i));
    }
    return found ? b.build() : b.addQueryParameter("EIO", version.queryValue()).build();
  }

  @Override
  void onSocketOpen() {
    handshakeDeadline = scheduleForCurrent(() -> lost("no socket.io handshake within " + handshakeTimeoutMillis + " ms ("
        + (session == null ? "no Engine.IO open packet" : "namespace " + options.namespace() + " not joined") + ")", null),
        handshakeTimeoutMillis);
  }

  @Override
  void onText(String text) {
    heartbeat.onFrame();
    if (text.isEmpty()) {
      return;
    }
    if (assembler.collecting() && text.charAt(0) == '4') {
      error(new SocketIoException("dropped an unfinished " + assembler.reset() + " for a new packet"));
    }
    switch (text.charAt(0)) {
      case '0' -> handleOpen(text.substring(1));
      case '1' -> lost("server sent the Engine.IO close packet", null);
      case '2' -> heartbeat.onPing(text.substring(1));
      case '3' -> heartbeat.onPong();
      case '4' -> packet(text.substring(1));
      case '6' -> { } // noop
      default -> error(new SocketIoException("unhandled Engine.IO packet type '" + text.charAt(0) + "': " + Frames.preview(text)));
    }
  }

  @Override
  void onBinary(ByteString bytes) {
    heartbeat.onFrame();
    ByteString frame = bytes;
    if (version == EngineIoVersion.V3) { // Engine.IO v3 puts the packet type (4, message) before the bytes
      if (bytes.size() == 0 || bytes.getByte(0) != 4) {
        error(new SocketIoException("a v3 binary frame without the message type byte (" + bytes.size() + " bytes)"));
        return;
      }
      frame = bytes.substring(1);
    }
    try {
      SocketIoPacket done = assembler.add(frame);
      if (done != null) {
        handle(done);
      }
    } catch (SocketIoException e) {
      error(e);
    }
  }

  private void handleOpen(String json) {
    EngineIoOpen open = EngineIoOpen.parse(json, mapper);
    session = open;
    negotiation.accepted();
    heartbeat.start(version, open);
    String namespace = options.namespace();
    if (version == EngineIoVersion.V3) {
      if (namespace.equals("/")) {
        joined(null); // socket.io 2 joins the default namespace unasked
      } else {
        send("40" + namespace + ",");
      }
      return;
    }
    JsonNode auth = options.auth() == null ? null : tree(options.auth());
    send("4" + SocketIoPacket.of(SocketIoPacket.CONNECT, namespace, -1, auth).encode());
  }

  private void joined(String sid) {
    if (joined) {
      return;
    }
    joined = true;
    namespaceSid = sid;
    cancel(handshakeDeadline);
    handshakeDeadline = null;
    opened();
  }

  private void packet(String text) {
    try {
      SocketIoPacket packet = SocketIoPacket.parse(text, mapper);
      if (packet.type() == SocketIoPacket.BINARY_EVENT || packet.type() == SocketIoPacket.BINARY_ACK) {
        packet = assembler.begin(packet);
        if (packet == null) {
          return; // frames follow
        }
      }
      handle(packet);
    } catch (SocketIoException e) {
      error(e);
    }
  }

  private void handle(SocketIoPacket packet) {
    boolean ours = packet.namespace().equals(options.namespace());
    switch (packet.type()) {
      case SocketIoPacket.CONNECT -> {
        if (ours) {
          JsonNode sid = packet.data() == null ? null : packet.data().get("sid");
          joined(sid != null && sid.isTextual() ? sid.asText() : null);
        } else {
          LOG.debug("socket.io connected to namespace {} besides {}", packet.namespace(), options.namespace());
        }
      }
      case SocketIoPacket.DISCONNECT -> {
        if (ours) {
          end(new SocketIoException("the server disconnected namespace " + packet.namespace() + " (socket.io 41)"));
        } else {
          LOG.debug("socket.io namespace {} disconnected", packet.namespace());
        }
      }
      case SocketIoPacket.CONNECT_ERROR -> {
        SocketIoException refusal = new SocketIoException("the server refused namespace " + packet.namespace()
            + " (socket.io 44): " + errorMessage(packet.data()), packet.data());
        if (ours) {
          end(refusal);
        } else {
          error(refusal);
        }
      }
      case SocketIoPacket.EVENT, SocketIoPacket.BINARY_EVENT -> deliver(packet);
      case SocketIoPacket.ACK, SocketIoPacket.BINARY_ACK -> {
        if (!acks.complete(packet.ackId(), (ArrayNode) packet.data())) {
          error(new SocketIoException("an acknowledgement for ack id " + packet.ackId()
              + " that no emit waits for (it timed out, or was never asked)", packet.data()));
        }
      }
      default -> error(new SocketIoException("unhandled socket.io packet type " + packet.type() + ": " + Frames.preview(packet.encode())));
    }
  }

  private static String errorMessage(JsonNode data) {
    if (data == null) {
      return "no reason given";
    }
    if (data.isTextual()) {
      return data.asText();
    }
    JsonNode message = data.get("message");
    return message != null && message.isTextual() ? message.asText() : data.toString();
  }

  private void deliver(SocketIoPacket packet) {
    JsonNode all = packet.data();
    String name = all.get(0).asText();
    ArrayNode args = NODES.arrayNode();
    for (int i = 1; i < all.size(); i++) {
      args.add(all.get(i));
    }
    Acknowledgement ack = packet.ackId() < 0 ? NoAck.INSTANCE : new ServerAck(packet.namespace(), packet.ackId(), generation());
    RealtimeEvent event = new RealtimeEvent(packet.namespace(), name, args, ack);
    for (RealtimeListener l : listeners) {
      try {
        l.onEvent(event);
      } catch (RuntimeException e) {
        LOG.warn("real-time listener failed on {}", name, e);
      }
    }
  }

  private void error(Throwable error) {
    LOG.debug("socket.io: {}", error.getMessage());
    for (RealtimeListener l : listeners) {
      try {
        l.onError(error);
      } catch (RuntimeException e) {
        LOG.warn("real-time listener failed on an error", e);
      }
    }
  }

  @Override
  void handshakeRefused(int code, String body, Throwable cause) {
    if (ProtocolNegotiation.isVersionRefusal(code, body)) {
      versionRefused(ProtocolNegotiation.httpAnswer(code, body));
    } else {
      super.handshakeRefused(code, body, cause);
    }
  }

  /** Called only before any frame arrived: engine.io 4+ refusing the version inside the upgraded stream. */
  @Override
  void upgradeGarbled(Throwable cause) {
    versionRefused(ProtocolNegotiation.inStreamAnswer(cause));
  }

  /** The server does not speak {@link #version}: fall back once, or end naming what was tried. */
  private void versionRefused(String answer) {
    EngineIoVersion refused = version;
    EngineIoVersion next = negotiation.refused();
    if (next == null) {
      end(new SocketIoException(negotiation.failure(answer)));
      return;
    }
    LOG.debug("socket.io: the server refused {} ({}); trying {}", refused, answer, next);
    version = next;
    reconnectNow("the server refused " + refused + "; trying " + next);
  }

  @Override
  void beforeClose(okhttp3.WebSocket socket) {
    String namespace = options.namespace();
    socket.send("41" + (namespace.equals("/") ? "" : namespace + ","));
  }

  @Override
  void onSocketGone(Throwable cause) {
    heartbeat.stop();
    cancel(handshakeDeadline);
    handshakeDeadline = null;
    joined = false;
    namespaceSid = null;
    String unfinished = assembler.reset();
    if (unfinished != null) {
      error(new SocketIoException("the connection went before the end of a " + unfinished));
    }
    acks.failAll(new IOException("the connection went before the acknowledgement came: " + cause.getMessage(), cause));
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

  private static ObjectMapper withByteStrings(ObjectMapper mapper) {
    return mapper.copy().registerModule(new SimpleModule("okio-bytes").addSerializer(ByteString.class, new JsonSerializer<>() {
      @Override
      public void serialize(ByteString value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeBinary(value.toByteArray());
      }
    }));
  }

  @Override
  public String toString() {
    return "SocketIoChannel{state=" + state() + ", protocol=" + version + ", namespace=" + options.namespace() + "}";
  }

  /** An event the server did not ask to be answered. */
  private enum NoAck implements Acknowledgement {
    INSTANCE;

    @Override
    public boolean requested() {
      return false;
    }

    @Override
    public boolean send(Object... args) {
      return false;
    }
  }

  /** The answer to {@code 42<id>[...]}, sent on the connection that carried the request. */
  private final class ServerAck implements Acknowledgement {
    private final String namespace;
    private final long id;
    private final int connection;
    private final java.util.concurrent.atomic.AtomicBoolean sent = new java.util.concurrent.atomic.AtomicBoolean();

    ServerAck(String namespace, long id, int connection) {
      this.namespace = namespace;
      this.id = id;
      this.connection = connection;
    }

    @Override
    public boolean requested() {
      return true;
    }

    @Override
    public boolean send(Object... args) {
      if (state() != ConnectionState.OPEN || !sent.compareAndSet(false, true)) {
        return false;
      }
      ArrayNode data = NODES.arrayNode();
      for (Object arg : args == null ? new Object[] {null} : args) {
        data.add(arg == null ? NODES.nullNode() : tree(arg));
      }
      return run(() -> {
        if (generation() == connection) {
          sendPacket(SocketIoPacket.ACK, namespace, id, data);
        } else {
          LOG.debug("socket.io: the answer to ack id {} is dropped: its connection is gone", id);
        }
      });
    }

    @Override
    public String toString() {
      return "Acknowledgement{" + namespace + " #" + id + (sent.get() ? ", sent" : "") + "}";
    }
  }
}
