package dev.quartet.platform.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quartet.core.retry.RetryPolicy;
import dev.quartet.platform.PlatformClient;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventStreamChannelTest {
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

  @Test
  void typedEventsAndUnknownTypesPassThrough() throws Exception {
    server = new FakeSocketServer(r -> server.upgrade(false,
        "{\"_msgid\":\"m1\",\"_oid\":\"58238a935baa56173b24f0e4\",\"event\":\"object-online\",\"time\":1567285200000,\"data\":{\"online\":true}}",
        "not json",
        "{\"no\":\"event\"}",
        "{\"_msgid\":\"m2\",\"event\":\"object-teleported\",\"time\":1,\"data\":[1]}",
        "{\"_msgid\":\"m3\",\"event\":\"object-packet\",\"data\":{\"temperature\":36.6}}"));
    platform = PlatformClient.builder().baseUrl(server.baseUrl()).token("T").retryPolicy(RetryPolicy.none()).build();
    Recorder rec = new Recorder();
    try (EventStreamChannel channel = platform.eventStream().addListener(rec).connect()) {
      PlatformEvent online = rec.nextStreamEvent();
      assertThat(online.type()).isEqualTo(EventType.OBJECT_ONLINE);
      assertThat(online.type().isKnown()).isTrue();
      assertThat(online.messageId()).isEqualTo("m1");
      assertThat(online.objectId()).isEqualTo("58238a935baa56173b24f0e4");
      assertThat(online.time()).isEqualTo(Instant.ofEpochMilli(1567285200000L));
      assertThat(online.data().get("online").asBoolean()).isTrue();

      PlatformEvent unknown = rec.nextStreamEvent();
      assertThat(unknown.type().value()).isEqualTo("object-teleported");
      assertThat(unknown.type().isKnown()).isFalse();
      assertThat(unknown.raw().get("data").get(0).asInt()).isEqualTo(1);

      PlatformEvent packet = rec.nextStreamEvent();
      assertThat(packet.type()).isEqualTo(EventType.OBJECT_PACKET);
      assertThat(packet.time()).isNull();
      assertThat(channel.state()).isEqualTo(ConnectionState.OPEN);
    }
    RecordedRequest handshake = server.requests.get(0);
    assertThat(handshake.getUrl().encodedPath()).isEqualTo("/events/stream");
    assertThat(handshake.getHeaders().get("Authorization")).isEqualTo("Bearer T");
  }

  @Test
  void reconnectsAfterTheServerCloses() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    server = new FakeSocketServer(r -> attempts.incrementAndGet() == 1
        ? server.upgrade(false)
        : server.upgrade(false, "{\"event\":\"object-update\",\"data\":{}}"));
    platform = PlatformClient.builder().baseUrl(server.baseUrl()).token("T").retryPolicy(RetryPolicy.none())
        .reconnectBackoff(new Backoff(Duration.ofMillis(10), Duration.ofMillis(20))).build();
    Recorder rec = new Recorder();
    try (EventStreamChannel channel = platform.eventStream().addListener(rec).connect()) {
      FakeSocketServer.Peer first = server.nextPeer();
      first.socket.close(1001, "going away");
      assertThat(rec.nextStreamEvent().type()).isEqualTo(EventType.OBJECT_UPDATE);
    }
    assertThat(attempts.get()).isEqualTo(2);
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("platform-events") && t.isAlive());
  }

  @Test
  void messagesThatAreNotEventsReachTheErrorCallback() throws Exception {
    server = new FakeSocketServer(r -> server.upgrade(false, "not json", "{\"no\":\"event\"}", "{\"event\":\"object-remove\",\"data\":{}}"));
    platform = PlatformClient.builder().baseUrl(server.baseUrl()).token("T").retryPolicy(RetryPolicy.none()).build();
    Recorder rec = new Recorder();
    try (EventStreamChannel channel = platform.eventStream().addListener(rec).connect()) {
      assertThat(rec.nextError()).hasMessage("a stream message that is not an event: not json");
      assertThat(rec.nextError()).hasMessageContaining("{\"no\":\"event\"}");
      assertThat(rec.nextStreamEvent().type()).isEqualTo(EventType.OBJECT_REMOVE);
      server.nextPeer().send(okio.ByteString.of((byte) 1, (byte) 2));
      assertThat(rec.nextError()).hasMessageContaining("a binary stream message (2 bytes)");
      assertThat(channel.state()).isEqualTo(ConnectionState.OPEN);
    }
  }

  @Test
  void aPolicyViolationCloseEndsTheStreamWithoutReconnect() throws Exception {
    server = new FakeSocketServer(r -> server.upgrade(false));
    platform = PlatformClient.builder().baseUrl(server.baseUrl()).token("T").retryPolicy(RetryPolicy.none())
        .reconnectBackoff(new Backoff(Duration.ofMillis(10), Duration.ofMillis(20))).build();
    Recorder rec = new Recorder();
    try (EventStreamChannel channel = platform.eventStream().addListener(rec).connect()) {
      rec.awaitState(ConnectionState.OPEN);
      server.nextPeer().socket.close(EventStreamChannel.POLICY_VIOLATION, "token revoked");
      assertThat(rec.awaitCause(ConnectionState.ENDED)).hasMessage("the server ended the event stream (1008 token revoked)");
      Thread.sleep(200);
      assertThat(channel.state()).isEqualTo(ConnectionState.ENDED);
    }
    assertThat(server.requests).hasSize(1);
  }
}
