package dev.quartet.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.quartet.core.retry.RetryPolicy;
import dev.quartet.platform.model.ObjectEvent;
import dev.quartet.platform.model.OrgEventTypes;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GET /api/v1/events with its typed query, and GET /api/v1/events/org. */
class EventHistoryTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String OBJECT = "58238a935baa56173b24f0e4";
  static final Instant FROM = Instant.parse("2026-05-13T00:00:00Z"); // 1778630400000
  static final Instant TO = Instant.parse("2026-05-14T00:00:00Z"); // 1778716800000

  private final PlatformClient platform = PlatformClient.builder().baseUrl(wm.baseUrl()).token("T")
      .retryPolicy(RetryPolicy.none()).build();

  @AfterEach
  void close() {
    platform.close();
  }

  @Test
  void historySendsTheWindowAsEpochMillisAndBothTypeFilters() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/events")).willReturn(okJson("[{\"_msgid\":\"6a06092a9fa3582945359ad7\",\"_oid\":\""
        + OBJECT + "\",\"event\":\"object-online\",\"time\":1778630400001,\"data\":{\"ip\":\"10.0.0.7\"},\"_gid\":\"g\"}]")));
    List<ObjectEvent> events = platform.events().history(EventQuery.builder()
        .from(FROM).to(TO)
        .include("object-online", "object-offline")
        .exclude("object-command-req", "object-command-res")
        .exclude(List.of("object-command-err"))
        .build());

    // `,` and `!` are percent-encoded as in any query component; the server reads the same names and values.
    wm.verify(getRequestedFor(urlEqualTo("/api/v1/events?from=1778630400000&to=1778716800000"
        + "&events=object-online%2Cobject-offline&events%21=object-command-req%2Cobject-command-res%2Cobject-command-err")));
    LoggedRequest sent = wm.getAllServeEvents().get(0).getRequest();
    assertThat(sent.queryParameter("events!").firstValue()).isEqualTo("object-command-req,object-command-res,object-command-err");
    assertThat(sent.queryParameter("events").firstValue()).isEqualTo("object-online,object-offline");

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.getEvent()).isEqualTo("object-online");
      assertThat(e.getMsgid()).isEqualTo("6a06092a9fa3582945359ad7");
      assertThat(e.getOid()).isEqualTo(OBJECT);
      assertThat(e.getTime()).isEqualTo(Instant.ofEpochMilli(1778630400001L));
      assertThat(e.getAdditionalProperty("_gid")).isEqualTo("g");
    });
  }

  @Test
  void anEmptyQueryAsksForEverythingAndPagingIsSent() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/events")).willReturn(okJson("[]")));
    assertThat(platform.events().history(EventQuery.all())).isEmpty();
    platform.events().history(EventQuery.builder().offset(100).limit(50).build());
    wm.verify(getRequestedFor(urlEqualTo("/api/v1/events")));
    wm.verify(getRequestedFor(urlEqualTo("/api/v1/events?offset=100&limit=50")));
  }

  @Test
  void orgEventTypesAreTyped() {
    wm.stubFor(get(urlEqualTo("/api/v1/events/org")).willReturn(okJson("{\"unique\":[\"model-update\",\"object-offline\","
        + "\"object-online\",\"object-update\"],\"byModel\":{\"680765332e8739131407709b\":[\"object-offline\",\"object-update\","
        + "\"object-online\"]},\"noModel\":[\"model-update\"],\"success\":true}")));
    OrgEventTypes types = platform.events().types();
    assertThat(types.getUnique()).containsExactly("model-update", "object-offline", "object-online", "object-update");
    assertThat(types.getByModel()).containsOnlyKeys("680765332e8739131407709b");
    assertThat(types.getByModel().get("680765332e8739131407709b")).containsExactly("object-offline", "object-update", "object-online");
    assertThat(types.getNoModel()).containsExactly("model-update");
    assertThat(types.getSuccess()).isTrue();
    wm.verify(getRequestedFor(urlEqualTo("/api/v1/events/org")));
  }

  @Test
  void badQueriesAreRefusedBeforeSending() {
    assertThatThrownBy(() -> EventQuery.builder().from(TO).to(FROM).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("from must not be after to");
    assertThatThrownBy(() -> EventQuery.builder().include("a,b"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("include event types cannot contain ','");
    assertThatThrownBy(() -> EventQuery.builder().exclude(" ")).hasMessageStartingWith("exclude must not be blank");
    assertThatThrownBy(() -> EventQuery.builder().include("object-online").exclude("object-online").build())
        .hasMessageContaining("both name event type \"object-online\"");
    assertThatThrownBy(() -> EventQuery.builder().limit(10001)).hasMessageStartingWith("limit");
    assertThatThrownBy(() -> EventQuery.builder().offset(-1)).hasMessageStartingWith("offset");
    assertThatThrownBy(() -> platform.events().history(null)).hasMessageStartingWith("query is required");
    EventQuery.builder().from(FROM).to(FROM).build(); // an empty-width window is allowed
    assertThat(wm.getAllServeEvents()).isEmpty();
  }
}
