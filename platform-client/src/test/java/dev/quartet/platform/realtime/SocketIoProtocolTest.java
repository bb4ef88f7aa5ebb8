package dev.quartet.platform.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quartet.core.retry.RetryPolicy;
import dev.quartet.platform.PlatformClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import okio.ByteString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Engine.IO v4, negotiation, acks, binary packets and clean endings, against the fake server. */
class SocketIoProtocolTest {
  static final String OPEN = SocketIoChannelTest.OPEN;
  static final String OPEN_V4 = "0{\"sid\":\"e1\",\"upgrades\":[],\"pingInterval\":40,\"pingTimeout\":60,\"maxPayload\":1000000}";
  static final SocketIoOptions V4 = SocketIoOptions.builder().version(EngineIoVersion.V4).build();

  private FakeSocketServer server;
  private PlatformClient platform;

  @AfterEach
  void tearDown() {
    if (platform != null) {
      platform.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private PlatformClient client() {
    return PlatformClient.builder().baseUrl(server.baseUrl()).token("T").retryPolicy(RetryPolicy.none())
        .reconnectBackoff(SocketIoChannelTest.FAST).build();
  }

  private static MockResponse unsupported() {
    return new MockResponse.Builder().code(400).addHeader("Content-Type", "text/html").body("Unsupported protocol version").build();
  }

  @Test
  void v4JoinsWithTheAuthPayloadAndAnswersServerPings() throws Exception {
    server = new FakeSocketServer(r -> server.upgrade(false, OPEN_V4));
    platform = client();
    Recorder rec = new Recorder();
    SocketIoOptions options = V4.toBuilder().auth(Map.of("token", "abc")).build();
    try (SocketIoChannel channel = platform.realtime(options).addListener(rec).connect()) {
      FakeSocketServer.Peer peer = server.nextPeer();
      assertThat(peer.nextFrame()).isEqualTo("40{\"token\":\"abc\"}");
      assertThat(channel.state()).isEqualTo(ConnectionState.CONNECTING); // not open before 40{sid}
      peer.send("40{\"sid\":\"ns-1\"}");
      rec.awaitState(ConnectionState.OPEN);
      assertThat(channel.namespaceSid()).isEqualTo("ns-1");
      assertThat(channel.protocol()).isEqualTo(EngineIoVersion.V4);
      for (int i = 0; i < 3; i++) {
        peer.send("2");
        assertThat(peer.nextFrame()).isEqualTo("3");
      }
      // The channel counts an answered ping after sending the answer: the peer may read it first.
      long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(3);
      while (channel.heartbeats() < 3 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertThat(channel.heartbeats()).isEqualTo(3);
      assertThat(peer.received).doesNotContain("2"); // in v4 the client never pings
    }
    assertThat(server.requests.get(0).getUrl().queryParameter("EIO")).isEqualTo("4");
  }

  @Test
  void v4WithoutServerPingsIsLostAndReconnects() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    server = new FakeSocketServer(r -> server.upgrade(false, OPEN_V4, "40{\"sid\":\"n" + attempts.incrementAndGet() + "\"}"));
    platform = client();
    Recorder rec = new Recorder();
    try (SocketIoChannel channel = platform.realtime(V4).addListener(rec).connect()) {
      rec.awaitState(ConnectionState.OPEN);
      assertThat(rec.awaitCause(ConnectionState.RECONNECTING)).hasMessageContaining("no ping from the server within 100 ms");
      rec.awaitState(ConnectionState.OPEN);
    }
    assertThat(attempts.get()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void negotiationFallsBackToV4OnceAndKeepsItForReconnects() throws Exception {
    server = new FakeSocketServer(r -> "3".equals(r.getUrl().queryParameter("EIO")) ? unsupported() : server.upgrade(false, OPEN_V4, "40{\"sid\":\"x\"}"));
    platform = client();
    Recorder rec = new Recorder();
    try (SocketIoChannel channel = platform.realtime().addListener(rec).connect()) {
      rec.awaitState(ConnectionState.OPEN);
      assertThat(channel.protocol()).isEqualTo(EngineIoVersion.V4);
      assertThat(server.requests.get(0).getUrl().encodedQuery()).isEqualTo("EIO=3&transport=websocket");
      assertThat(server.requests.get(1).getUrl().encodedQuery()).isEqualTo("EIO=4&transport=websocket");
      FakeSocketServer.Peer first = server.nextPeer();
      first.socket.close(1001, "restarting"); // a server restart
      rec.awaitState(ConnectionState.RECONNECTING);
      rec.awaitState(ConnectionState.OPEN);
      assertThat(server.requests).hasSize(3);
      assertThat(server.requests.get(2).getUrl().queryParameter("EIO")).isEqualTo("4");
    }
  }

  @Test
  void aServerWithNeitherVersionEndsTheChannelNamingBoth() throws Exception {
    server = new FakeSocketServer(r -> unsupported());
    platform = client();
    Recorder rec = new Recorder();
    try (SocketIoChannel channel = platform.realtime().addListener(rec).connect()) {
      Throwable cause = rec.awaitCause(ConnectionState.ENDED);
      assertThat(cause).isInstanceOf(SocketIoException.class).hasMessage("the socket.io server speaks none of the protocol versions"
          + " tried (Engine.IO v3 and Engine.IO v4): it answered HTTP 400 \"Unsupported protocol version\"");
      assertThat(channel.state()).isEqualTo(ConnectionState.ENDED);
    }
    assertThat(server.requests).hasSize(2);
  }

  @Test
  void otherHandshakeErrorsAreStillRetried() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    server = new FakeSocketServer(r -> attempts.incrementAndGet() < 3
        ? new MockResponse.Builder().code(400).body("Bad handshake method").build()
        : server.upgrade(true, OPEN, "42[\"in\",1]"));
    platform = client();
    Recorder rec = new Recorder();
    try (SocketIoChannel channel = platform.realtime().addListener(rec).connect()) {
      assertThat(rec.nextEvent().getKey()).isEqualTo("in");
      assertThat(channel.protocol()).isEqualTo(EngineIoVersion.V3);
    }
    assertThat(attempts.get()).isEqualTo(3);
  }

  @Test
  void serverDisconnectEndsWithoutReconnect() throws Exception {
    server = new FakeSocketServer(r -> server.upgrade(true, OPEN, "40", "42[\"bye-soon\",1]", "41"));
    platform = client();
    Recorder rec = new Recorder();
    try (SocketIoChannel channel = platform.realtime().addListener(rec).connect()) {
      assertThat(rec.nextEvent().getKey()).isEqualTo("bye-soon");
      Throwable cause = rec.awaitCause(ConnectionState.ENDED);
      assertThat(cause).hasMessage("the server disconnected namespace / (socket.io 41)");
      Thread.sleep(200);
      assertThat(channel.state()).isEqualTo(ConnectionState.ENDED);
      assertThat(channel.state().isTerminal()).isTrue();
      assertThat(rec.states).isEmpty(); // nothing after ENDED
      assertThat(server.nextPeer().closeCodes.poll(10, TimeUnit.SECONDS)).isEqualTo(1000);
    }
    assertThat(server.requests).hasSize(1);
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("platform-socketio") && t.isAlive());
  }

  @Test
  void connectErrorEndsWithTheServersReason() throws Exception {
    server = new FakeSocketServer(r -> server.upgrade(false, OPEN_V4, "44{\"message\":\"not authorized\",\"data\":{\"code\":7}}"));
    platform = client();
    Recorder rec = new Recorder();
    try (SocketIoChannel channel = platform.realtime(V4).addListener(rec).connect()) {
      Throwable cause = rec.awaitCause(ConnectionState.ENDED);
      assertThat(cause).isInstanceOf(SocketIoException.class).hasMessage("the server refused namespace / (socket.io 44): not authorized");
      assertThat(((SocketIoException) cause).data().get("data").get("code").asInt()).isEqualTo(7);
    }
    assertThat(server.requests).hasSize(1);
  }

  @Test
  void otherNamespacesAreJoinedAndCarriedOnEveryPacket() throws Exception {
    server = new FakeSocketServer(r -> server.upgrade(false, OPEN_V4));
    platform = client();
    Recorder rec = new Recorder();
    FakeSocketServer.Peer peer;
    try (SocketIoChannel channel = platform.realtime(V4.toBuilder().namespace("/devices").build()).addListener(rec).connect()) {
      peer = server.nextPeer();
      assertThat(peer.nextFrame()).isEqualTo("40/devices,");
      peer.send("40/devices,{\"sid\":\"d\"}");
      rec.awaitState(ConnectionState.OPEN);
      channel.emit("hello", 1);
      assertThat(peer.nextNonPing()).isEqualTo("42/devices,[\"hello\",1]");
      peer.send("42/devices,3[\"q\",{}]");
      RealtimeEvent q = rec.nextWhole();
      assertThat(q.namespace()).isEqualTo("/devices");
      assertThat(q.ack().send("a")).isTrue();
      assertThat(peer.nextNonPing()).isEqualTo("43/devices,3[\"a\"]");
    }
    assertThat(peer.nextNonPing()).isEqualTo("41/devices,");
  }

  @Test
  void acksBothWaysWithTimeoutsAndLateAnswers() throws Exception {
    server = new FakeSocketServer(r -> server.upgrade(true, OPEN));
    platform = client();
    Recorder rec = new Recorder();
    try (SocketIoChannel channel = platform.realtime().addListener(rec).connect()) {
      rec.awaitState(ConnectionState.OPEN);
      FakeSocketServer.Peer peer = server.nextPeer();

      CompletableFuture<JsonNode> answer = channel.emitWithAck("q", Map.of("a", 1));
      assertThat(peer.nextNonPing()).isEqualTo("420[\"q\",{\"a\":1}]");
      peer.send("430[{\"ok\":true},2]");
      JsonNode args = answer.get(5, TimeUnit.SECONDS);
      assertThat(args.toString()).isEqualTo("[{\"ok\":true},2]");

      CompletableFuture<Throwable> timedOut = new CompletableFuture<>();
      assertThat(channel.emit("slow", null, Duration.ofMillis(50), (a, error) -> timedOut.complete(error))).isTrue();
      assertThat(peer.nextNonPing()).isEqualTo("421[\"slow\"]");
      assertThat(timedOut.get(5, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class).hasMessageContaining("ack id 1 within 50 ms");
      peer.send("431[\"too late\"]");
      assertThat(rec.nextError()).hasMessageContaining("acknowledgement for ack id 1 that no emit waits for");

      // The server asks; the listener answers once.
      peer.send("4212[\"question\",5]");
      RealtimeEvent question = rec.nextWhole();
      assertThat(question.ack().requested()).isTrue();
      assertThat(question.payload().asInt()).isEqualTo(5);
      assertThat(question.ack().send(Map.of("n", 6))).isTrue();
      assertThat(question.ack().send("again")).isFalse();
      assertThat(peer.nextNonPing()).isEqualTo("4312[{\"n\":6}]");
      peer.send("42[\"plain\"]");
      assertThat(rec.nextWhole().ack().requested()).isFalse();

      // A pending ack fails when the connection goes.
      CompletableFuture<JsonNode> pending = channel.emitWithAck("never", 1);
      assertThat(peer.nextNonPing()).startsWith("422");
      peer.socket.close(1011, "crashed");
      try {
        pending.get(5, TimeUnit.SECONDS);
        throw new AssertionError("the ack should have failed");
      } catch (ExecutionException e) {
        assertThat(e.getCause()).hasMessageContaining("the connection went before the acknowledgement came");
      }
    }
    try (SocketIoChannel notConnected = platform.realtime()) {
      assertThat(notConnected.emitWithAck("x", 1)).isCompletedExceptionally();
      assertThat(notConnected.emit("x", 1, (a, e) -> { })).isFalse();
    }
  }

  @Test
  void binaryEventsAndAcksV3PrefixTheirFrames() throws Exception {
    server = new FakeSocketServer(r -> server.upgrade(true, OPEN));
    platform = client();
    Recorder rec = new Recorder();
    try (SocketIoChannel channel = platform.realtime().addListener(rec).connect()) {
      rec.awaitState(ConnectionState.OPEN);
      FakeSocketServer.Peer peer = server.nextPeer();
      // In: a header, then one v3 frame (type byte 4 first).
      peer.send("451-[\"file\",{\"name\":\"a\",\"bytes\":{\"_placeholder\":true,\"num\":0}}]");
      peer.send(ByteString.of((byte) 4, (byte) 1, (byte) 2, (byte) 3));
      RealtimeEvent file = rec.nextWhole();
      assertThat(file.payload().get("bytes").binaryValue()).containsExactly(1, 2, 3);

      // Out: byte[] becomes a placeholder and a prefixed frame.
      CompletableFuture<JsonNode> answer = channel.emitWithAck("upload", Map.of("bytes", new byte[] {9}));
      assertThat(peer.nextNonPing()).isEqualTo("451-0[\"upload\",{\"bytes\":{\"_placeholder\":true,\"num\":0}}]");
      assertThat(peer.nextBinary()).isEqualTo(ByteString.of((byte) 4, (byte) 9));
      // A binary ack back.
      peer.send("461-0[{\"_placeholder\":true,\"num\":0}]");
      peer.send(ByteString.of((byte) 4, (byte) 7));
      assertThat(answer.get(5, TimeUnit.SECONDS).binaryValue()).containsExactly(7);
    }
  }

  @Test
  void binaryFramesInV4AreBare() throws Exception {
    server = new FakeSocketServer(r -> server.upgrade(false, OPEN_V4, "40{\"sid\":\"s\"}"));
    platform = client();
    Recorder rec = new Recorder();
    try (SocketIoChannel channel = platform.realtime(V4).addListener(rec).connect()) {
      rec.awaitState(ConnectionState.OPEN);
      FakeSocketServer.Peer peer = server.nextPeer();
      assertThat(peer.nextFrame()).isEqualTo("40");
      peer.send("452-[\"two\",{\"_placeholder\":true,\"num\":0},{\"_placeholder\":true,\"num\":1}]");
      peer.send(ByteString.encodeUtf8("a"));
      peer.send(ByteString.encodeUtf8("b"));
      RealtimeEvent two = rec.nextWhole();
      assertThat(two.args().get(0).binaryValue()).isEqualTo("a".getBytes());
      assertThat(two.args().get(1).binaryValue()).isEqualTo("b".getBytes());
      assertThat(channel.emit("raw", ByteString.encodeUtf8("xyz"))).isTrue();
      assertThat(peer.nextNonPing()).isEqualTo("451-[\"raw\",{\"_placeholder\":true,\"num\":0}]");
      assertThat(peer.nextBinary().utf8()).isEqualTo("xyz");
    }
  }

  @Test
  void unreadableAndUnhandledPacketsReachTheErrorCallbackAndTheChannelGoesOn() throws Exception {
    server = new FakeSocketServer(r -> server.upgrade(true, OPEN, "42not json", "49[\"x\"]", "5", "42[\"after\",1]"));
    platform = client();
    Recorder rec = new Recorder();
    try (SocketIoChannel channel = platform.realtime().addListener(rec).connect()) {
      assertThat(rec.nextError()).isInstanceOf(SocketIoException.class).hasMessageContaining("unreadable JSON").hasMessageContaining("not json");
      assertThat(rec.nextError()).hasMessageContaining("unhandled socket.io packet type 9");
      assertThat(rec.nextError()).hasMessageContaining("unhandled Engine.IO packet type '5'");
      assertThat(rec.nextEvent().getKey()).isEqualTo("after");
      FakeSocketServer.Peer peer = server.nextPeer();
      peer.send(ByteString.of((byte) 4, (byte) 1));
      assertThat(rec.nextError()).hasMessageContaining("without a binary packet before it");
      assertThat(channel.state()).isEqualTo(ConnectionState.OPEN);
    }
  }

  @Test
  void theBuilderSettingReachesEveryChannel() throws Exception {
    server = new FakeSocketServer(r -> server.upgrade(false, OPEN_V4, "40/devices,{\"sid\":\"d\"}"));
    SocketIoOptions pinned = V4.toBuilder().namespace("/devices").ackTimeout(Duration.ofSeconds(3)).build();
    platform = PlatformClient.builder().baseUrl(server.baseUrl()).token("T").retryPolicy(RetryPolicy.none()).socketIo(pinned).build();
    Recorder rec = new Recorder();
    try (SocketIoChannel channel = platform.realtime().addListener(rec).connect()) {
      assertThat(channel.options()).isEqualTo(pinned);
      rec.awaitState(ConnectionState.OPEN);
      assertThat(server.nextPeer().nextFrame()).isEqualTo("40/devices,");
    }
    assertThat(server.requests.get(0).getUrl().encodedQuery()).isEqualTo("EIO=4&transport=websocket");
  }
}
