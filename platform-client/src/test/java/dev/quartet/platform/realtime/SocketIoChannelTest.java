package dev.quartet.platform.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quartet.core.retry.RetryPolicy;
import dev.quartet.platform.AuthMode;
import dev.quartet.platform.PlatformClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import com.fasterxml.jackson.databind.JsonNode;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SocketIoChannelTest {
  static final String OPEN = "0{\"sid\":\"s1\",\"upgrades\":[],\"pingInterval\":30,\"pingTimeout\":80}";
  static final Backoff FAST = new Backoff(Duration.ofMillis(10), Duration.ofMillis(40));

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

  private PlatformClient.Builder client() {
    return PlatformClient.builder().baseUrl(server.baseUrl()).retryPolicy(RetryPolicy.none()).reconnectBackoff(FAST);
  }

  private MockResponse socketIo(RecordedRequest r, boolean pong, String... greeting) {
    return server.upgrade(pong, greeting);
  }

  @Test
  void handshakeUsesTheSeedsUrlAndBearerAndDeliversEvents() throws Exception {
    server = new FakeSocketServer(r -> socketIo(r, true, OPEN, "40",
        "42[\"object-packet\",{\"_oid\":\"58238a935baa56173b24f0e4\",\"temperature\":36.6}]",
        "42/admin,[\"object-online\",{\"online\":true}]",
        "4217[\"with-ack\",1,2]",
        "42[\"bare\"]",
        "42not json",
        "6"));
    platform = client().token("T").build();
    Recorder rec = new Recorder();
    try (SocketIoChannel channel = platform.realtime().addListener(rec).connect()) {
      Map.Entry<String, JsonNode> first = rec.nextEvent();
      assertThat(first.getKey()).isEqualTo("object-packet");
      assertThat(first.getValue().get("temperature").asDouble()).isEqualTo(36.6);
      Map.Entry<String, JsonNode> namespaced = rec.nextEvent();
      assertThat(namespaced.getKey()).isEqualTo("object-online");
      assertThat(namespaced.getValue().get("online").asBoolean()).isTrue();
      Map.Entry<String, JsonNode> acked = rec.nextEvent();
      assertThat(acked.getKey()).isEqualTo("with-ack");
      assertThat(acked.getValue().toString()).isEqualTo("[1,2]");
      Map.Entry<String, JsonNode> bare = rec.nextEvent();
      assertThat(bare.getKey()).isEqualTo("bare");
      assertThat(bare.getValue().isNull()).isTrue();

      assertThat(channel.state()).isEqualTo(ConnectionState.OPEN);
      assertThat(channel.session().sid()).isEqualTo("s1");
      assertThat(channel.session().pingIntervalMillis()).isEqualTo(30);
    }
    RecordedRequest handshake = server.requests.get(0);
    assertThat(handshake.getUrl().encodedPath()).isEqualTo("/socket.io/");
    assertThat(handshake.getUrl().encodedQuery()).isEqualTo("EIO=3&transport=websocket");
    assertThat(handshake.getHeaders().get("Authorization")).isEqualTo("Bearer T");
    assertThat(handshake.getHeaders().get("Upgrade")).isEqualToIgnoringCase("websocket");
  }

  @Test
  void seedOpenPacketWithoutSidIsAccepted() throws Exception {
    server = new FakeSocketServer(r -> socketIo(r, true, "0{\"pingInterval\":25000,\"pingTimeout\":60000}", "42[\"hello\",{}]"));
    platform = client().token("T").build();
    Recorder rec = new Recorder();
    try (SocketIoChannel channel = platform.realtime().addListener(rec).connect()) {
      assertThat(rec.nextEvent().getKey()).isEqualTo("hello");
      assertThat(channel.session().sid()).isNull();
      assertThat(channel.session().pingTimeoutMillis()).isEqualTo(60_000);
    }
  }

  @Test
  void cookieSessionIsSentOnTheHandshake() throws Exception {
    server = new FakeSocketServer(r -> r.getUrl().encodedPath().equals("/api/v1/auth")
        ? new MockResponse.Builder().addHeader("Set-Cookie", "sid=S1; Path=/; HttpOnly").body("{\"success\":true}").build()
        : socketIo(r, true, OPEN, "42[\"e\",1]"));
    platform = client().login("u", "p").authMode(AuthMode.COOKIE).build();
    Recorder rec = new Recorder();
    try (SocketIoChannel channel = platform.realtime().addListener(rec).connect()) {
      assertThat(rec.nextEvent().getValue().asInt()).isEqualTo(1);
    }
    assertThat(server.requests.get(0).getUrl().encodedPath()).isEqualTo("/api/v1/auth");
    RecordedRequest handshake = server.requests.get(1);
    assertThat(handshake.getHeaders().get("Cookie")).isEqualTo("sid=S1");
    assertThat(handshake.getHeaders().get("Authorization")).isNull();
  }

  @Test
  void pingsFollowThePingInterval() throws Exception {
    server = new FakeSocketServer(r -> socketIo(r, true, OPEN));
    platform = client().token("T").build();
    Recorder rec = new Recorder();
    try (SocketIoChannel channel = platform.realtime().addListener(rec).connect()) {
      FakeSocketServer.Peer peer = server.nextPeer();
      for (int i = 0; i < 4; i++) {
        assertThat(peer.nextFrame()).isEqualTo("2");
      }
      assertThat(channel.state()).isEqualTo(ConnectionState.OPEN);
      List<Long> times = peer.pingTimes;
      for (int i = 1; i < times.size(); i++) {
        // Fixed-delay pings: never closer than the interval (half of it, for scheduling jitter on arrival).
        assertThat(TimeUnit.NANOSECONDS.toMillis(times.get(i) - times.get(i - 1))).isGreaterThanOrEqualTo(15);
      }
    }
    assertThat(server.requests).hasSize(1); // answered pings: never reconnected
  }

  @Test
  void missingPongMeansLostAndTheChannelReconnects() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    server = new FakeSocketServer(r -> attempts.incrementAndGet() == 1
        ? socketIo(r, false, OPEN)                 // never answers pings
        : socketIo(r, true, OPEN, "42[\"back\",{}]"));
    platform = client().token("T").build();
    Recorder rec = new Recorder();
    try (SocketIoChannel channel = platform.realtime().addListener(rec).connect()) {
      rec.awaitState(ConnectionState.OPEN);
      rec.awaitState(ConnectionState.RECONNECTING);
      assertThat(rec.causes.poll(10, TimeUnit.SECONDS)).hasMessageContaining("no pong within 80 ms");
      rec.awaitState(ConnectionState.OPEN);
      assertThat(rec.nextEvent().getKey()).isEqualTo("back");
      FakeSocketServer.Peer first = server.nextPeer();
      assertThat(first.closeCodes.poll(10, TimeUnit.SECONDS)).isNotNull(); // the lost socket was dropped
    }
    assertThat(attempts.get()).isEqualTo(2);
  }

  @Test
  void serverCloseAndFailedHandshakesAreRetriedWithBackoff() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    server = new FakeSocketServer(r -> {
      int n = attempts.incrementAndGet();
      if (n == 1) {
        return socketIo(r, true, OPEN, "1"); // Engine.IO close packet right away
      }
      if (n == 2) {
        return new MockResponse.Builder().code(503).build();
      }
      return socketIo(r, true, OPEN, "42[\"third\",3]");
    });
    platform = client().token("T").build();
    Recorder rec = new Recorder();
    try (SocketIoChannel channel = platform.realtime().addListener(rec).connect()) {
      assertThat(rec.nextEvent().getKey()).isEqualTo("third");
    }
    assertThat(attempts.get()).isEqualTo(3);
  }

  @Test
  void aRejectedHandshakeLogsInAgain() throws Exception {
    AtomicInteger logins = new AtomicInteger();
    server = new FakeSocketServer(r -> {
      if (r.getUrl().encodedPath().equals("/api/v1/auth/token")) {
        String token = logins.incrementAndGet() == 1 ? "A" : "B";
        return new MockResponse.Builder().body("{\"token\":\"" + token + "\",\"expiresAt\":4102444800000}").build();
      }
      if ("Bearer A".equals(r.getHeaders().get("Authorization"))) {
        return new MockResponse.Builder().code(401).body("{\"success\":false,\"code\":\"401\",\"tags\":[\"error_unauthorized\"]}").build();
      }
      return socketIo(r, true, OPEN, "42[\"in\",true]");
    });
    platform = client().login("u", "p").build();
    Recorder rec = new Recorder();
    try (SocketIoChannel channel = platform.realtime().addListener(rec).connect()) {
      assertThat(rec.nextEvent().getKey()).isEqualTo("in");
    }
    assertThat(logins.get()).isEqualTo(2);
  }

  @Test
  void closeIsCleanAndStopsEveryThread() throws Exception {
    server = new FakeSocketServer(r -> socketIo(r, true, OPEN));
    platform = client().token("T").build();
    Recorder rec = new Recorder();
    SocketIoChannel channel = platform.realtime().addListener(rec).connect();
    rec.awaitState(ConnectionState.OPEN);
    FakeSocketServer.Peer peer = server.nextPeer();
    assertThat(peer.nextFrame()).isEqualTo("2");

    channel.close();
    channel.close(); // idempotent

    assertThat(channel.state()).isEqualTo(ConnectionState.CLOSED);
    rec.awaitState(ConnectionState.CLOSED);
    String frame;
    do {
      frame = peer.nextFrame();
    } while (frame.equals("2"));
    assertThat(frame).isEqualTo("41");
    assertThat(peer.closeCodes.poll(10, TimeUnit.SECONDS)).isEqualTo(1000);
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("platform-socketio") && t.isAlive());
    assertThat(channel.emit("late", 1)).isFalse();
    assertThat(server.requests).hasSize(1);
  }

  @Test
  void closingFromAListenerDoesNotDeadlock() throws Exception {
    server = new FakeSocketServer(r -> socketIo(r, true, OPEN, "42[\"stop\",{}]"));
    platform = client().token("T").build();
    Recorder rec = new Recorder();
    SocketIoChannel channel = platform.realtime();
    channel.addListener((event, payload) -> channel.close()).addListener(rec).connect();
    rec.awaitState(ConnectionState.CLOSED);
    assertThat(channel.state()).isEqualTo(ConnectionState.CLOSED);
  }

  @Test
  void emitSendsASocketIoEvent() throws Exception {
    server = new FakeSocketServer(r -> socketIo(r, true, OPEN));
    platform = client().token("T").build();
    Recorder rec = new Recorder();
    try (SocketIoChannel channel = platform.realtime().addListener(rec).connect()) {
      rec.awaitState(ConnectionState.OPEN);
      assertThat(channel.emit("subscribe", Map.of("id", "x"))).isTrue();
      FakeSocketServer.Peer peer = server.nextPeer();
      String frame;
      do {
        frame = peer.nextFrame();
      } while (frame.equals("2"));
      assertThat(frame).isEqualTo("42[\"subscribe\",{\"id\":\"x\"}]");
    }
  }

  @Test
  void backoffDoublesUpToItsCap() {
    Backoff b = new Backoff(Duration.ofMillis(100), Duration.ofMillis(500));
    assertThat(List.of(b.delayMillis(1), b.delayMillis(2), b.delayMillis(3), b.delayMillis(4), b.delayMillis(30)))
        .containsExactly(100L, 200L, 400L, 500L, 500L);
  }

  @Test
  void realtimeUrlCanPointElsewhere() {
    PlatformClient other = PlatformClient.builder().baseUrl("https://dev.rightech.io").token("T").build();
    assertThat(SocketIoChannel.url(okhttp3.HttpUrl.get("https://dev.rightech.io")).toString())
        .isEqualTo("https://dev.rightech.io/socket.io/?EIO=3&transport=websocket");
    assertThat(SocketIoChannel.url(okhttp3.HttpUrl.get("http://localhost:1/platform")).toString())
        .isEqualTo("http://localhost:1/platform/socket.io/?EIO=3&transport=websocket");
    other.close();
  }
}
