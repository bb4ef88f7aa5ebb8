package dev.quartet.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.quartet.core.retry.RetryPolicy;
import dev.quartet.platform.model.Model;
import dev.quartet.platform.model.ObjectEvent;
import dev.quartet.platform.model.Packet;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ObjectsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String ID = "58238a935baa56173b24f0e4";

  private final PlatformClient platform = PlatformClient.builder().baseUrl(wm.baseUrl()).token("T")
      .retryPolicy(RetryPolicy.none()).build();

  @AfterEach
  void close() {
    platform.close();
  }

  @Test
  void packetHistoryWithTimeBoundsAndLimit() {
    wm.stubFor(get(urlEqualTo("/api/v1/objects/" + ID + "/packets?from=1567285200000&to=1567285300000&limit=50"))
        .willReturn(okJson("[{\"_id\":\"58238a935baa56173b24f0e7\",\"_ts\":1567285200000123,\"time\":1567285200000,\"online\":true,\"temperature\":36.6}]")));
    List<Packet> packets = platform.objects().packets(ID, HistoryQuery.builder()
        .from(Instant.ofEpochMilli(1567285200000L)).to(Instant.ofEpochMilli(1567285300000L)).limit(50).build());
    assertThat(packets).singleElement().satisfies(p -> {
      assertThat(p.getTime()).isEqualTo(Instant.ofEpochMilli(1567285200000L));
      assertThat(p.getAdditionalProperty("temperature")).isEqualTo(36.6);
    });
  }

  @Test
  void sendingTelemetryPostsTheFields() {
    wm.stubFor(post(urlEqualTo("/api/v1/objects/" + ID + "/packets")).willReturn(okJson("{\"success\":true}")));
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("temperature", 36.6);
    fields.put("online", true);
    assertThat(platform.objects().sendTelemetry(ID, fields).getSuccess()).isTrue();
    wm.verify(postRequestedFor(urlEqualTo("/api/v1/objects/" + ID + "/packets"))
        .withRequestBody(equalToJson("{\"temperature\":36.6,\"online\":true}")));
  }

  @Test
  void sendingACommandWithAndWithoutParams() {
    wm.stubFor(post(urlEqualTo("/api/v1/objects/" + ID + "/commands/led-on")).willReturn(okJson("{\"success\":true}")));
    platform.objects().sendCommand(ID, "led-on");
    platform.objects().sendCommand(ID, "led-on", Map.of("sample", 1));
    List<com.github.tomakehurst.wiremock.verification.LoggedRequest> sent =
        wm.findAll(postRequestedFor(urlEqualTo("/api/v1/objects/" + ID + "/commands/led-on")));
    assertThat(sent).hasSize(2);
    assertThat(sent.get(0).getBodyAsString()).isEmpty();
    assertThat(sent.get(1).getBodyAsString()).isEqualTo("{\"sample\":1}");
  }

  @Test
  void commandNamesAreOneEncodedSegment() {
    wm.stubFor(post(urlEqualTo("/api/v1/objects/" + ID + "/commands/a%2Fb")).willReturn(okJson("{\"success\":true}")));
    platform.objects().sendCommand(ID, "a/b");
    wm.verify(postRequestedFor(urlEqualTo("/api/v1/objects/" + ID + "/commands/a%2Fb")));
  }

  @Test
  void eventHistory() {
    wm.stubFor(get(urlEqualTo("/api/v1/objects/" + ID + "/events?from=1")).willReturn(okJson(
        "[{\"_id\":\"58238a935baa56173b24f0e6\",\"_oid\":\"" + ID + "\",\"event\":\"object-online\",\"time\":1567285200000,\"data\":{}}]")));
    List<ObjectEvent> events = platform.objects().events(ID, HistoryQuery.builder().from(Instant.ofEpochMilli(1)).build());
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.getEvent()).isEqualTo("object-online");
      assertThat(e.getOid()).isEqualTo(ID);
      assertThat(e.getTime()).isEqualTo(Instant.ofEpochMilli(1567285200000L));
    });
    wm.verify(getRequestedFor(urlEqualTo("/api/v1/objects/" + ID + "/events?from=1")));
  }

  @Test
  void objectIdsAreChecked() {
    assertThatThrownBy(() -> platform.objects().sendTelemetry("boiler-0001", Map.of("t", 1))).hasMessageContaining("ObjectId");
    assertThatThrownBy(() -> platform.objects().packets("x", HistoryQuery.all())).hasMessageContaining("ObjectId");
    assertThatThrownBy(() -> platform.objects().packets(ID, HistoryQuery.builder().limit(10001).build())).hasMessageContaining("limit");
    assertThatThrownBy(() -> platform.objects().sendCommand(ID, "")).hasMessageContaining("command");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void theModelOfAnObject() {
    String path = "/api/v1/objects/" + ID + "/model";
    wm.stubFor(get(urlEqualTo(path)).willReturn(okJson("{\"_id\":\"58238a935baa56173b24f0e5\",\"name\":\"Boiler model\","
        + "\"base\":\"mqtt\",\"owner\":\"58238a935baa56173b24f0e1\",\"time\":1567285200000,"
        + "\"_arguments\":[{\"id\":\"temperature\",\"type\":\"argument\",\"dataType\":\"number\",\"_value\":36.6}],"
        + "\"_object\":{\"_id\":\"" + ID + "\",\"id\":\"boiler-0001\"},\"success\":true}")));
    wm.stubFor(get(urlEqualTo(path + "?only=name%2Cbase")).willReturn(okJson("{\"_id\":\"58238a935baa56173b24f0e5\",\"name\":\"Boiler model\",\"base\":\"mqtt\"}")));

    Model model = platform.objects().model(ID);
    assertThat(model.getId()).isEqualTo("58238a935baa56173b24f0e5");
    assertThat(model.getBase()).isEqualTo("mqtt");
    assertThat(model.getTime()).isEqualTo(Instant.ofEpochMilli(1567285200000L));
    assertThat(model.getAdditionalProperties()).containsOnlyKeys("_arguments", "_object", "success");
    assertThat(platform.objects().model(ID, List.of("name", "base")).getName()).isEqualTo("Boiler model");
    wm.verify(getRequestedFor(urlEqualTo(path)));
    wm.verify(getRequestedFor(urlEqualTo(path + "?only=name%2Cbase")));
  }

  @Test
  void timeWindowsMustNotBeReversed() {
    Instant early = Instant.ofEpochMilli(1567285200000L);
    Instant late = Instant.ofEpochMilli(1567285300000L);
    assertThatThrownBy(() -> platform.objects().packets(ID, HistoryQuery.builder().from(late).to(early).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("from must not be after to");
    assertThatThrownBy(() -> HistoryQuery.builder().from(late).to(early).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("from must not be after to");
    assertThatThrownBy(() -> platform.objects().model("boiler-0001")).hasMessageContaining("id must be an ObjectId");
    assertThatThrownBy(() -> platform.objects().model(ID, List.of(" "))).hasMessageContaining("only");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }
}
