package dev.quartet.platform.realtime;

import static dev.quartet.platform.realtime.NodeSocketIoServer.ev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quartet.core.retry.RetryPolicy;
import dev.quartet.platform.PlatformClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import okio.ByteString;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The socket.io channel against a real socket.io 4 server run with Node ({@code src/test/socketio}),
 * once with {@code allowEIO3: true} (the channel stays on Engine.IO v3) and once EIO4-only (it falls back
 * to v4). Heartbeat 1000/500 ms. Skipped, with the reason, without Node or its installed modules; never
 * skipped with {@code CI=true} when Node is there.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SocketIoRealServerTest {
  private static final Backoff FAST = new Backoff(Duration.ofMillis(50), Duration.ofMillis(200));

  @BeforeEach
  void needsNode() {
    NodeSocketIoServer.assumeAvailable();
  }

  private static PlatformClient client(NodeSocketIoServer node) {
    return PlatformClient.builder().baseUrl(node.baseUrl()).token("T").retryPolicy(RetryPolicy.none())
        .reconnectBackoff(FAST).handshakeTimeout(Duration.ofSeconds(5)).build();
  }

  private static String mode(boolean allowEio3) {
    return allowEio3 ? "allowEIO3" : "EIO4-only";
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(booleans = {true, false})
  void connectHeartbeatEventsBinaryAcksReconnectAndDisconnect(boolean allowEio3) throws Exception {
    EngineIoVersion expected = allowEio3 ? EngineIoVersion.V3 : EngineIoVersion.V4;
    try (NodeSocketIoServer node = NodeSocketIoServer.start(allowEio3); PlatformClient platform = client(node)) {
      Recorder rec = new Recorder();
      AtomicInteger events = new AtomicInteger();
      AtomicInteger reconnects = new AtomicInteger();
      AtomicInteger serverAcks = new AtomicInteger();
      int clientAcks = 0;
      SocketIoChannel channel = platform.realtime();
      channel.addListener(RealtimeListener.of(e -> {
        events.incrementAndGet();
        if (e.name().equals("question") && e.ack().requested()) {
          e.ack().send(Map.of("ok", true, "n", e.payload().get("n")), new byte[] {42, 43});
          serverAcks.incrementAndGet();
        }
      }));
      channel.addListener(new RealtimeListener() {
        @Override
        public void onEvent(String event, JsonNode payload) {}

        @Override
        public void onStateChange(ConnectionState state, Throwable cause) {
          if (state == ConnectionState.RECONNECTING) {
            reconnects.incrementAndGet();
          }
        }
      });
      channel.addListener(rec);
      try (channel) {
        // Connect, and the negotiation: v3 first, v4 after the EIO4-only server's 400.
        long start = System.nanoTime();
        channel.connect();
        rec.awaitState(ConnectionState.OPEN);
        long connectMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(channel.protocol()).isEqualTo(expected);
        RealtimeEvent welcome = rec.nextNamed("welcome");
        assertThat(welcome.payload().get("protocol").asInt()).isEqualTo(allowEio3 ? 3 : 4);
        assertThat(node.count(ev("refused"))).isEqualTo(allowEio3 ? 0 : 1);
        if (!allowEio3) {
          assertThat(node.log.stream().filter(ev("refused")).findFirst().orElseThrow().path("eio").asText()).isEqualTo("3");
        }
        assertThat(channel.session().pingIntervalMillis()).isEqualTo(1000);

        // Heartbeat over several intervals: no reconnect, both sides count it.
        long beatStart = System.nanoTime();
        Thread.sleep(3600);
        long beatMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - beatStart);
        assertThat(channel.state()).isEqualTo(ConnectionState.OPEN);
        assertThat(channel.heartbeats()).isGreaterThanOrEqualTo(3);
        JsonNode stats = channel.emitWithAck("stats", null).get(5, TimeUnit.SECONDS);
        clientAcks++;
        assertThat(stats.get("heartbeats").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(stats.get("connections").asInt()).isEqualTo(1);
        long serverHeartbeats = stats.get("heartbeats").asLong();

        // JSON events both ways.
        assertThat(channel.emit("echo", Map.of("a", 1, "list", List.of(1, 2, 3), "text", "grüße"))).isTrue();
        JsonNode echoed = rec.nextNamed("echoed").payload();
        assertThat(echoed.get("a").asInt()).isEqualTo(1);
        assertThat(echoed.get("list").toString()).isEqualTo("[1,2,3]");
        assertThat(echoed.get("text").asText()).isEqualTo("grüße");

        // Binary out (byte[] inside a map, a bare ByteString) and back as BinaryNodes.
        assertThat(channel.emit("echo", Map.of("name", "b", "bytes", new byte[] {9, 8, 7, (byte) 200}))).isTrue();
        JsonNode binaryEcho = rec.nextNamed("echoed").payload();
        assertThat(binaryEcho.get("name").asText()).isEqualTo("b");
        assertThat(binaryEcho.get("bytes").isBinary()).isTrue();
        assertThat(binaryEcho.get("bytes").binaryValue()).containsExactly(9, 8, 7, 200);
        assertThat(channel.emit("echo", ByteString.encodeUtf8("raw"))).isTrue();
        assertThat(rec.nextNamed("echoed").payload().binaryValue()).isEqualTo("raw".getBytes());

        // A server binary event with two attachments.
        channel.emit("send-binary", null);
        RealtimeEvent binary = rec.nextNamed("binary");
        assertThat(binary.args()).hasSize(2);
        assertThat(binary.args().get(0).get("name").asText()).isEqualTo("blob");
        assertThat(binary.args().get(0).get("data").binaryValue()).containsExactly(0, 1, 2, 255);
        assertThat(binary.args().get(1).binaryValue()).isEqualTo("hello".getBytes());

        // Acks, client to server: JSON, binary argument, binary answer, the callback form and a timeout.
        JsonNode asked = channel.emitWithAck("ask", Map.of("x", 1)).get(5, TimeUnit.SECONDS);
        clientAcks++;
        assertThat(asked.get("got").get("x").asInt()).isEqualTo(1);
        assertThat(asked.get("protocol").asInt()).isEqualTo(allowEio3 ? 3 : 4);
        JsonNode askedBinary = channel.emitWithAck("ask", Map.of("bin", new byte[] {5, 6})).get(5, TimeUnit.SECONDS);
        clientAcks++;
        assertThat(askedBinary.get("got").get("bin").get("buffer").toString()).isEqualTo("[5,6]"); // a Buffer on the server
        JsonNode binaryAnswer = channel.emitWithAck("ask-binary", 1).get(5, TimeUnit.SECONDS);
        clientAcks++;
        assertThat(binaryAnswer.get(0).binaryValue()).containsExactly(1, 2, 3, 250);
        assertThat(binaryAnswer.get(1).get("note").asText()).isEqualTo("bytes first");
        CompletableFuture<JsonNode> viaCallback = new CompletableFuture<>();
        assertThat(channel.emit("echo", "cb", (args, error) -> viaCallback.complete(args))).isTrue();
        assertThat(viaCallback.get(5, TimeUnit.SECONDS).asText()).isEqualTo("echoed");
        clientAcks++;
        CompletableFuture<JsonNode> unanswered = channel.emitWithAck("no-answer", 1, Duration.ofMillis(300));
        assertThatThrownBy(() -> unanswered.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
            .hasCauseInstanceOf(TimeoutException.class);

        // Acks, server to client: the listener answers socket.io's emitWithAck, with bytes.
        channel.emit("request-ack", 7);
        JsonNode answered = rec.nextNamed("answered").payload();
        assertThat(answered.isArray()).as("the server got: %s", answered).isTrue();
        assertThat(answered.get(0).get("ok").asBoolean()).isTrue();
        assertThat(answered.get(0).get("n").asInt()).isEqualTo(7);
        assertThat(answered.get(1).get("buffer").toString()).isEqualTo("[42,43]");

        // A killed connection: reconnect with backoff, on the version already negotiated.
        channel.emit("kill", null);
        Throwable lost = rec.awaitCause(ConnectionState.RECONNECTING);
        rec.awaitState(ConnectionState.OPEN);
        assertThat(rec.nextNamed("welcome").payload().get("n").asInt()).isEqualTo(2);
        assertThat(channel.protocol()).isEqualTo(expected);
        assertThat(node.count(ev("refused"))).as("the reconnect remembered the version").isEqualTo(allowEio3 ? 0 : 1);

        // A server disconnect (41): ended, with its reason, and no reconnect.
        channel.emit("kick", null);
        Throwable ended = rec.awaitCause(ConnectionState.ENDED);
        assertThat(ended).isInstanceOf(SocketIoException.class).hasMessageContaining("disconnected namespace /");
        Thread.sleep(1500);
        assertThat(channel.state()).isEqualTo(ConnectionState.ENDED);
        assertThat(rec.states).doesNotContain(ConnectionState.CONNECTING, ConnectionState.OPEN);
        assertThat(node.count(ev("connection"))).isEqualTo(2);
        assertThat(channel.emit("late", 1)).isFalse();

        System.out.printf("socket.io %s %s: protocol %s (handshakes refused %d), connect %d ms, heartbeats %d client / %d server"
                + " in %d ms, events received %d, acks %d client->server + %d server->client, reconnects %d (lost: %s), ended: %s%n",
            node.version, mode(allowEio3), channel.protocol(), node.count(ev("refused")), connectMillis, channel.heartbeats(),
            serverHeartbeats, beatMillis, events.get(), clientAcks, serverAcks.get(), reconnects.get(), lost,
            ended.getMessage());
        assertThat(reconnects.get()).isEqualTo(1);
      }
      assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("platform-socketio") && t.isAlive());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(booleans = {true, false})
  void pinnedVersions(boolean allowEio3) throws Exception {
    try (NodeSocketIoServer node = NodeSocketIoServer.start(allowEio3); PlatformClient platform = client(node)) {
      // v4 pinned: every socket.io 4 server speaks it.
      Recorder v4 = new Recorder();
      try (SocketIoChannel channel = platform.realtime(SocketIoOptions.builder().version(EngineIoVersion.V4).build())) {
        channel.addListener(v4).connect();
        assertThat(v4.nextNamed("welcome").payload().get("protocol").asInt()).isEqualTo(4);
        assertThat(channel.namespaceSid()).isNotBlank();
      }
      // v3 pinned: spoken with allowEIO3; the EIO4-only server refuses it, and the channel ends naming both sides.
      Recorder v3 = new Recorder();
      try (SocketIoChannel channel = platform.realtime(SocketIoOptions.builder().version(EngineIoVersion.V3).build())) {
        channel.addListener(v3).connect();
        if (allowEio3) {
          assertThat(v3.nextNamed("welcome").payload().get("protocol").asInt()).isEqualTo(3);
        } else {
          Throwable cause = v3.awaitCause(ConnectionState.ENDED);
          assertThat(cause).isInstanceOf(SocketIoException.class)
              .hasMessageContaining("Engine.IO v3").hasMessageContaining("HTTP 400").hasMessageContaining("Unsupported protocol version")
              .hasMessageContaining("not WebSocket frames");
          Thread.sleep(300);
          assertThat(node.count(ev("refused"))).as("no retry after the refusal").isEqualTo(1);
          System.out.printf("socket.io %s %s, v3 pinned: %s%n", node.version, mode(allowEio3), cause.getMessage());
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(booleans = {true, false})
  void namespacesAuthAndConnectError(boolean allowEio3) throws Exception {
    try (NodeSocketIoServer node = NodeSocketIoServer.start(allowEio3); PlatformClient platform = client(node)) {
      Recorder rec = new Recorder();
      SocketIoOptions devices = SocketIoOptions.builder().namespace("/devices").auth(Map.of("token", "t-1")).build();
      try (SocketIoChannel channel = platform.realtime(devices)) {
        channel.addListener(rec).connect();
        RealtimeEvent welcome;
        do {
          welcome = rec.nextNamed("welcome"); // v3 servers also join "/" unasked
        } while (!welcome.namespace().equals("/devices"));
        assertThat(welcome.payload().get("nsp").asText()).isEqualTo("/devices");
        if (!allowEio3) {
          assertThat(welcome.payload().get("auth").get("token").asText()).isEqualTo("t-1"); // 40/devices,{"token":...}
        }
        JsonNode asked = channel.emitWithAck("ask", Map.of("in", "devices")).get(5, TimeUnit.SECONDS);
        assertThat(asked.get("got").get("in").asText()).isEqualTo("devices");
        channel.emit("echo", new byte[] {1});
        RealtimeEvent echoed = rec.nextNamed("echoed");
        assertThat(echoed.namespace()).isEqualTo("/devices");
        assertThat(echoed.payload().binaryValue()).containsExactly(1);
      }
      Recorder refused = new Recorder();
      try (SocketIoChannel channel = platform.realtime(SocketIoOptions.builder().namespace("/private").build())) {
        channel.addListener(refused).connect();
        Throwable cause = refused.awaitCause(ConnectionState.ENDED);
        assertThat(cause).isInstanceOf(SocketIoException.class).hasMessageContaining("/private").hasMessageContaining("not authorized");
        assertThat(channel.state()).isEqualTo(ConnectionState.ENDED);
      }
    }
  }
}
