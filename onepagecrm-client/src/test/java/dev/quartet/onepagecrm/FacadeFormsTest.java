package dev.quartet.onepagecrm;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quartet.core.ApiResponse;
import dev.quartet.onepagecrm.model.ContactRequest;
import dev.quartet.onepagecrm.model.CreateActionRequest;
import dev.quartet.onepagecrm.model.CreateCallRequest;
import dev.quartet.onepagecrm.model.CreateDealRequest;
import dev.quartet.onepagecrm.model.CreateMeetingRequest;
import dev.quartet.onepagecrm.model.CreateNoteRequest;
import dev.quartet.onepagecrm.model.UpdateCompanyRequest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The three forms and the per-call options of the calls every entity facade shares, run over the seven
 * entity facades: WithResponse keeps status and headers, Async gives the same value, cancelling reaches
 * the HTTP call, options reach the server, and the async walk sees what the blocking one sees.
 */
class FacadeFormsTest extends OnePageCrmTestSupport {
  record Facade(String plural, String singular, Function<OnePageCrmClient, EditableEntities<?, ?, ?, ?, ?>> of, Object body) {
    @Override
    public String toString() {
      return plural;
    }
  }

  static Stream<Facade> facades() {
    return Stream.concat(Stream.of(new Facade("companies", "company", OnePageCrmClient::companies,
        new UpdateCompanyRequest().name("Acme"))), created());
  }

  static Stream<Facade> created() {
    return Stream.of(
        new Facade("contacts", "contact", OnePageCrmClient::contacts, new ContactRequest().firstName("Ada")),
        new Facade("deals", "deal", OnePageCrmClient::deals, new CreateDealRequest().name("Engine")),
        new Facade("notes", "note", OnePageCrmClient::notes, new CreateNoteRequest().text("Met")),
        new Facade("actions", "action", OnePageCrmClient::actions, new CreateActionRequest().text("Call back")),
        new Facade("calls", "call", OnePageCrmClient::calls, new CreateCallRequest().text("Rang")),
        new Facade("meetings", "meeting", OnePageCrmClient::meetings, new CreateMeetingRequest().text("Lunch")));
  }

  static String entity(String singular, String id) {
    return "{\"" + singular + "\":{\"id\":\"" + id + "\",\"text\":\"t\"}}";
  }

  static void stubOne(Facade f, String id) {
    wm.stubFor(get(urlPathEqualTo("/api/v3/" + f.plural() + "/" + id))
        .willReturn(ok(entity(f.singular(), id)).withHeader("X-Served-By", "wm")));
  }

  /** Five items, two per page, over three pages. */
  static void stubPages(Facade f) {
    for (int p = 1; p <= 3; p++) {
      String items = IntStream.range((p - 1) * 2, Math.min(p * 2, 5))
          .mapToObj(i -> "{\"" + f.singular() + "\":{\"id\":\"i" + i + "\"}}").collect(Collectors.joining(","));
      wm.stubFor(get(urlPathEqualTo("/api/v3/" + f.plural())).withQueryParam("page", equalTo(String.valueOf(p)))
          .willReturn(ok("{\"" + f.plural() + "\":[" + items + "],\"page\":" + p + ",\"max_page\":3,\"total_count\":5}")));
    }
  }

  static Object id(Object entity) throws Exception {
    return entity.getClass().getMethod("getId").invoke(entity);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("facades")
  void getWithResponseCarriesStatusAndHeaders(Facade f) throws Exception {
    stubOne(f, "x1");
    try (OnePageCrmClient crm = client()) {
      ApiResponse<?> answer = f.of().apply(crm).getWithResponse("x1");
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.header("X-Served-By")).isEqualTo("wm");
      assertThat(id(answer.body())).isEqualTo("x1");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("facades")
  void asyncGivesTheSameValue(Facade f) throws Exception {
    stubOne(f, "x1");
    try (OnePageCrmClient crm = client()) {
      EditableEntities<?, ?, ?, ?, ?> r = f.of().apply(crm);
      assertThat(r.getAsync("x1").get(5, TimeUnit.SECONDS)).isEqualTo(r.get("x1"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("facades")
  void optionsReachTheServerOnEveryForm(Facade f) throws Exception {
    stubOne(f, "x1");
    stubPages(f);
    try (OnePageCrmClient crm = client()) {
      EditableEntities<?, ?, ?, ?, ?> r = f.of().apply(crm);
      r.get("x1", Forms.TRACE);
      r.getWithResponse("x1", Forms.TRACE);
      r.getAsync("x1", Forms.TRACE).get(5, TimeUnit.SECONDS);
      assertThat(r.listAll(2, Forms.TRACE).stream().count()).isEqualTo(5);
      assertThat(r.listAllAsync(2, Forms.TRACE).toList().get(5, TimeUnit.SECONDS)).hasSize(5);
    }
    wm.verify(3, getRequestedFor(urlPathEqualTo("/api/v3/" + f.plural() + "/x1")).withHeader("X-Trace", equalTo("t-1")));
    wm.verify(6, getRequestedFor(urlPathEqualTo("/api/v3/" + f.plural())).withHeader("X-Trace", equalTo("t-1")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("facades")
  void cancellingAnAsyncCallCancelsTheHttpCall(Facade f) throws Exception {
    wm.stubFor(get(urlPathEqualTo("/api/v3/" + f.plural() + "/slow"))
        .willReturn(ok(entity(f.singular(), "slow")).withFixedDelay(3_000)));
    stubOne(f, "x1");
    OkHttpClient mine = new OkHttpClient();
    try (OnePageCrmClient crm = clientBuilder().httpClient(mine).build()) {
      EditableEntities<?, ?, ?, ?, ?> r = f.of().apply(crm);
      Forms.cancelReachesTheCall(wm, mine, () -> r.getAsync("slow"));
      assertThat(id(r.get("x1"))).isEqualTo("x1"); // the client goes on working
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("facades")
  void theAsyncWalkSeesWhatTheBlockingOneSeesAndKeepsTheLimit(Facade f) throws Exception {
    stubPages(f);
    try (OnePageCrmClient crm = client()) {
      EditableEntities<?, ?, ?, ?, ?> r = f.of().apply(crm);
      List<?> blocking = r.listAll(2).stream().toList();
      assertThat(blocking).hasSize(5);
      assertThat(r.listAllAsync(2).toList().get(5, TimeUnit.SECONDS)).isEqualTo(blocking);
      wm.resetRequests();
      assertThat(r.listAllAsync(2).limit(3).toList().get(5, TimeUnit.SECONDS)).isEqualTo(blocking.subList(0, 3));
      assertThat(r.listAllAsync(2).limit(3).toList().get(5, TimeUnit.SECONDS))
          .isEqualTo(r.listAll(2).limit(3).stream().toList());
    }
    // each limited walk stops after page 2
    wm.verify(6, getRequestedFor(urlPathEqualTo("/api/v3/" + f.plural())));
    wm.verify(0, getRequestedFor(urlPathEqualTo("/api/v3/" + f.plural())).withQueryParam("page", equalTo("3")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("created")
  void createAndDeleteComeInThreeForms(Facade f) throws Exception {
    wm.stubFor(post(urlPathEqualTo("/api/v3/" + f.plural()))
        .willReturn(ok(entity(f.singular(), "made")).withStatus(201).withHeader("X-Served-By", "wm")));
    wm.stubFor(delete(urlPathEqualTo("/api/v3/" + f.plural() + "/x1")).willReturn(ok("{}").withHeader("X-Served-By", "wm")));
    try (OnePageCrmClient crm = client()) {
      @SuppressWarnings("unchecked")
      CrmEntities<?, Object, ?, ?, ?> r = (CrmEntities<?, Object, ?, ?, ?>) f.of().apply(crm);
      Object body = f.body();
      ApiResponse<?> made = r.createWithResponse(body);
      assertThat(made.status()).isEqualTo(201);
      assertThat(made.header("X-Served-By")).isEqualTo("wm");
      assertThat(r.createAsync(body).get(5, TimeUnit.SECONDS)).isEqualTo(made.body());
      ApiResponse<Void> deleted = r.deleteWithResponse("x1", Forms.TRACE);
      assertThat(deleted.status()).isEqualTo(200);
      assertThat(deleted.header("X-Served-By")).isEqualTo("wm");
      assertThat(deleted.body()).isNull();
      assertThat(r.undoDeleteAsync("x1").get(5, TimeUnit.SECONDS)).isNull();
      r.undoDeleteWithResponse("x1");
    }
    wm.verify(1, deleteRequestedFor(urlPathEqualTo("/api/v3/" + f.plural() + "/x1"))
        .withQueryParam("undo", com.github.tomakehurst.wiremock.client.WireMock.absent())
        .withHeader("X-Trace", equalTo("t-1")));
    wm.verify(2, deleteRequestedFor(urlPathEqualTo("/api/v3/" + f.plural() + "/x1")).withQueryParam("undo", equalTo("true")));
  }
}
