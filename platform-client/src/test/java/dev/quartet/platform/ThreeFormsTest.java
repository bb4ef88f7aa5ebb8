package dev.quartet.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.quartet.core.ApiResponse;
import dev.quartet.core.RequestOptions;
import dev.quartet.core.retry.RetryPolicy;
import dev.quartet.core.testing.AsyncCalls;
import dev.quartet.platform.model.PlatformObject;
import dev.quartet.platform.params.CreateModelNodeParams;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every handwritten facade call (stores, objects, models, events) in its three forms: the
 * {@code ...WithResponse} form carries status and headers, {@code ...Async} answers the same value and
 * cancelling it cancels the HTTP call, and per-call options reach the server from every form.
 */
class ThreeFormsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String ID = "58238a935baa56173b24f0e4";
  static final String MODEL = "58238a935baa56173b24f0e5";
  static final String ENTITY = "{\"_id\":\"" + ID + "\",\"name\":\"Boiler 1\",\"time\":1567285200000}";
  static final String MODEL_ANSWER = "{\"_id\":\"" + MODEL + "\",\"name\":\"Boiler model\",\"base\":\"mqtt\"}";
  static final String EVENTS = "[{\"_id\":\"58238a935baa56173b24f0e6\",\"_oid\":\"" + ID + "\",\"event\":\"object-online\",\"time\":1567285200000}]";
  static final String OK = "{\"success\":true}";
  static final RequestOptions TRACED = RequestOptions.builder().header("X-Trace", "abc").build();
  static final Map<String, Object> NODE = Map.of("id", "t", "type", "argument", "name", "T");
  static final HistoryQuery SINCE = HistoryQuery.builder().from(Instant.ofEpochMilli(1)).build();
  static final EventQuery ONLINE = EventQuery.builder().include("object-online").build();
  static final ListQuery TWO = ListQuery.builder().limit(2).build();

  private final OkHttpClient http = new OkHttpClient();
  private final PlatformClient platform = PlatformClient.builder().baseUrl(wm.baseUrl()).token("T")
      .httpClient(http).retryPolicy(RetryPolicy.none()).build();

  @AfterEach
  void close() {
    platform.close();
  }

  static Stream<FacadeCall<?>> calls() {
    PlatformObject boiler = new PlatformObject().name("Boiler 1");
    String nodes = "/api/v1/models/" + MODEL + "/nodes";
    return Stream.of(
        FacadeCall.of("store.create", () -> post(urlEqualTo("/api/v1/objects")), ENTITY,
            (p, o) -> p.store(Store.OBJECTS).create(boiler, o), (p, o) -> p.store(Store.OBJECTS).createWithResponse(boiler, o),
            (p, o) -> p.store(Store.OBJECTS).createAsync(boiler, o)),
        FacadeCall.of("store.get", () -> get(urlEqualTo("/api/v1/objects/" + ID)), ENTITY,
            (p, o) -> p.store(Store.OBJECTS).get(ID, o), (p, o) -> p.store(Store.OBJECTS).getWithResponse(ID, o),
            (p, o) -> p.store(Store.OBJECTS).getAsync(ID, o)),
        FacadeCall.of("store.update", () -> patch(urlEqualTo("/api/v1/objects/" + ID)), ENTITY,
            (p, o) -> p.store("objects").update(ID, Map.of("name", "B"), o),
            (p, o) -> p.store("objects").updateWithResponse(ID, Map.of("name", "B"), o),
            (p, o) -> p.store("objects").updateAsync(ID, Map.of("name", "B"), o)),
        FacadeCall.of("store.delete", () -> delete(urlEqualTo("/api/v1/objects/" + ID)), ENTITY,
            (p, o) -> p.store("objects").delete(ID, o), (p, o) -> p.store("objects").deleteWithResponse(ID, o),
            (p, o) -> p.store("objects").deleteAsync(ID, o)),
        FacadeCall.of("store.list(query)", () -> get(urlEqualTo("/api/v1/objects?limit=2")), "[" + ENTITY + "]",
            (p, o) -> p.store("objects").list(TWO, o), (p, o) -> p.store("objects").listWithResponse(TWO, o),
            (p, o) -> p.store("objects").listAsync(TWO, o)),
        FacadeCall.of("store.list()", () -> get(urlEqualTo("/api/v1/objects")), "[" + ENTITY + "]",
            (p, o) -> p.store("objects").list(o), (p, o) -> p.store("objects").listWithResponse(o),
            (p, o) -> p.store("objects").listAsync(o)),
        FacadeCall.of("store.meta()", () -> get(urlEqualTo("/api/v1/objects?meta=true")), "{\"total\":1}",
            (p, o) -> p.store("objects").meta(o), (p, o) -> p.store("objects").metaWithResponse(o),
            (p, o) -> p.store("objects").metaAsync(o)),
        FacadeCall.of("store.meta(query)", () -> get(urlEqualTo("/api/v1/objects?meta=true&search=b")), "{\"total\":1}",
            (p, o) -> p.store("objects").meta(ListQuery.builder().search("b").build(), o),
            (p, o) -> p.store("objects").metaWithResponse(ListQuery.builder().search("b").build(), o),
            (p, o) -> p.store("objects").metaAsync(ListQuery.builder().search("b").build(), o)),
        FacadeCall.of("objects.packets", () -> get(urlEqualTo("/api/v1/objects/" + ID + "/packets?from=1")), "[{\"time\":1}]",
            (p, o) -> p.objects().packets(ID, SINCE, o), (p, o) -> p.objects().packetsWithResponse(ID, SINCE, o),
            (p, o) -> p.objects().packetsAsync(ID, SINCE, o)),
        FacadeCall.of("objects.events", () -> get(urlEqualTo("/api/v1/objects/" + ID + "/events?from=1")), EVENTS,
            (p, o) -> p.objects().events(ID, SINCE, o), (p, o) -> p.objects().eventsWithResponse(ID, SINCE, o),
            (p, o) -> p.objects().eventsAsync(ID, SINCE, o)),
        FacadeCall.of("objects.sendTelemetry", () -> post(urlEqualTo("/api/v1/objects/" + ID + "/packets")), OK,
            (p, o) -> p.objects().sendTelemetry(ID, Map.of("t", 1), o),
            (p, o) -> p.objects().sendTelemetryWithResponse(ID, Map.of("t", 1), o),
            (p, o) -> p.objects().sendTelemetryAsync(ID, Map.of("t", 1), o)),
        FacadeCall.of("objects.sendCommand", () -> post(urlEqualTo("/api/v1/objects/" + ID + "/commands/on")), OK,
            (p, o) -> p.objects().sendCommand(ID, "on", o), (p, o) -> p.objects().sendCommandWithResponse(ID, "on", o),
            (p, o) -> p.objects().sendCommandAsync(ID, "on", o)),
        FacadeCall.of("objects.sendCommand(params)", () -> post(urlEqualTo("/api/v1/objects/" + ID + "/commands/on")), OK,
            (p, o) -> p.objects().sendCommand(ID, "on", Map.of("s", 1), o),
            (p, o) -> p.objects().sendCommandWithResponse(ID, "on", Map.of("s", 1), o),
            (p, o) -> p.objects().sendCommandAsync(ID, "on", Map.of("s", 1), o)),
        FacadeCall.of("objects.model", () -> get(urlEqualTo("/api/v1/objects/" + ID + "/model")), MODEL_ANSWER,
            (p, o) -> p.objects().model(ID, o), (p, o) -> p.objects().modelWithResponse(ID, o),
            (p, o) -> p.objects().modelAsync(ID, o)),
        FacadeCall.of("objects.model(only)", () -> get(urlEqualTo("/api/v1/objects/" + ID + "/model?only=name")), MODEL_ANSWER,
            (p, o) -> p.objects().model(ID, List.of("name"), o), (p, o) -> p.objects().modelWithResponse(ID, List.of("name"), o),
            (p, o) -> p.objects().modelAsync(ID, List.of("name"), o)),
        FacadeCall.of("models.addNode", () -> post(urlEqualTo(nodes)), MODEL_ANSWER,
            (p, o) -> p.models().addNode(MODEL, NODE, o), (p, o) -> p.models().addNodeWithResponse(MODEL, NODE, o),
            (p, o) -> p.models().addNodeAsync(MODEL, NODE, o)),
        FacadeCall.of("models.addNode(placement)", () -> post(urlEqualTo(nodes + "?atIndex=0")), MODEL_ANSWER,
            (p, o) -> p.models().addNode(MODEL, NODE, CreateModelNodeParams.builder().atIndex(0).build(), o),
            (p, o) -> p.models().addNodeWithResponse(MODEL, NODE, CreateModelNodeParams.builder().atIndex(0).build(), o),
            (p, o) -> p.models().addNodeAsync(MODEL, NODE, CreateModelNodeParams.builder().atIndex(0).build(), o)),
        FacadeCall.of("models.updateNode", () -> patch(urlEqualTo(nodes + "/t")), MODEL_ANSWER,
            (p, o) -> p.models().updateNode(MODEL, "t", NODE, o), (p, o) -> p.models().updateNodeWithResponse(MODEL, "t", NODE, o),
            (p, o) -> p.models().updateNodeAsync(MODEL, "t", NODE, o)),
        FacadeCall.of("models.deleteNode", () -> delete(urlEqualTo(nodes + "/t")), MODEL_ANSWER,
            (p, o) -> p.models().deleteNode(MODEL, "t", o), (p, o) -> p.models().deleteNodeWithResponse(MODEL, "t", o),
            (p, o) -> p.models().deleteNodeAsync(MODEL, "t", o)),
        FacadeCall.of("events.history", () -> get(urlEqualTo("/api/v1/events?events=object-online")), EVENTS,
            (p, o) -> p.events().history(ONLINE, o), (p, o) -> p.events().historyWithResponse(ONLINE, o),
            (p, o) -> p.events().historyAsync(ONLINE, o)),
        FacadeCall.of("events.types", () -> get(urlEqualTo("/api/v1/events/org")), "{}",
            (p, o) -> p.events().types(o), (p, o) -> p.events().typesWithResponse(o),
            (p, o) -> p.events().typesAsync(o)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void withResponseCarriesStatusAndHeadersAndOptionsReachTheServerFromEveryForm(FacadeCall<?> call) throws Exception {
    wm.stubFor(call.request().get().willReturn(okJson(call.answer()).withStatus(201).withHeader("X-Request-Id", "r-7")));
    ApiResponse<?> response = call.withResponse().call(platform, TRACED);
    assertThat(response.status()).isEqualTo(201);
    assertThat(response.header("X-Request-Id")).isEqualTo("r-7");
    assertThat(response.body()).isNotNull();
    call.plain().call(platform, TRACED);
    call.async().call(platform, TRACED).get(5, TimeUnit.SECONDS);
    wm.verify(3, anyRequestedFor(anyUrl()).withHeader("X-Trace", equalTo("abc")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void asyncAnswersTheSameValueAsThePlainForm(FacadeCall<?> call) throws Exception {
    wm.stubFor(call.request().get().willReturn(okJson(call.answer())));
    Object plain = call.plain().call(platform, RequestOptions.none());
    Object async = call.async().call(platform, RequestOptions.none()).get(5, TimeUnit.SECONDS);
    assertThat(async).usingRecursiveComparison().isEqualTo(plain);
    assertThat(call.withResponse().call(platform, RequestOptions.none()).body()).usingRecursiveComparison().isEqualTo(plain);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void cancellingTheAsyncFormCancelsTheHttpCall(FacadeCall<?> call) throws Exception {
    wm.stubFor(call.request().get().willReturn(okJson(call.answer()).withFixedDelay(1_000)));
    AsyncCalls.cancelAndAwaitNoCall(http, () -> call.async().call(platform, RequestOptions.none()));
    awaitServed(1); // the server saw the request that was cancelled
    wm.resetAll();
    wm.stubFor(call.request().get().willReturn(okJson(call.answer())));
    assertThat(call.plain().call(platform, RequestOptions.none())).isNotNull(); // the client still works
  }

  static void awaitServed(int requests) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
    while (wm.getAllServeEvents().size() < requests && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(wm.getAllServeEvents()).hasSize(requests);
  }
}
