package dev.quartet.citypoint;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.quartet.citypoint.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.quartet.citypoint.model.AggregationPeriod;
import dev.quartet.citypoint.model.DriverAddressAttributes;
import dev.quartet.citypoint.model.DriverAddressType;
import dev.quartet.citypoint.model.DriverAttributes;
import dev.quartet.core.ApiResponse;
import dev.quartet.core.RequestOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The WithResponse, Async and RequestOptions forms of every facade call. */
class ThreeFormsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final RequestOptions TRACED = RequestOptions.builder().header("X-Trace", "t-1").build();
  private static final String NOTE = "{\"data\":{\"id\":\"5\",\"type\":\"note\",\"attributes\":{\"Text\":\"hi\"}}}";

  @BeforeEach
  void token() {
    stubToken(wm);
  }

  private static void answer(String url, String body) {
    wm.stubFor(get(urlEqualTo(url)).willReturn(document(200, body).withHeader("X-Request-Id", "req-9")));
  }

  @Test
  void getsComeInThreeFormsOnEveryResourceFacade() throws Exception {
    answer("/v2.1/user/478/cars/notes/5", NOTE);
    answer("/v2.1/user/478/drivers/notes/5", NOTE);
    answer("/v2.1/user/478/cars/5", "{\"data\":{\"id\":\"5\",\"type\":\"car\",\"attributes\":{\"Model\":\"Gazelle\"}}}");
    answer("/v2.1/cars/models/5", "{\"data\":{\"id\":\"5\",\"type\":\"carModel\",\"attributes\":{}}}");
    answer("/v2.1/user/478/spectator/5", "{\"data\":{\"id\":\"5\",\"type\":\"spectator\",\"attributes\":{}}}");
    try (CitypointClient client = client(wm)) {
      List<Resources<?, ?>> all = List.of(client.carNotes(), client.driverNotes(), client.cars(), client.carModels(),
          client.spectatorKeys());
      for (Resources<?, ?> resources : all) {
        Optional<?> plain = resources.get("5");
        ApiResponse<? extends Optional<?>> full = resources.getWithResponse("5");
        assertThat(full.status()).isEqualTo(200);
        assertThat(full.header("X-Request-Id")).isEqualTo("req-9");
        assertThat(full.body()).isPresent();
        assertThat(resources.getAsync("5").get().map(Object::toString)).isEqualTo(plain.map(Object::toString));
        assertThat(resources.getAsync("5", List.of(), TRACED).get().map(Object::toString))
            .isEqualTo(plain.map(Object::toString));
      }
    }
    wm.verify(4, getRequestedFor(urlPathEqualTo("/v2.1/user/478/cars/notes/5")));
    wm.verify(1, getRequestedFor(urlPathEqualTo("/v2.1/user/478/cars/notes/5")).withHeader("X-Trace", equalTo("t-1")));
    wm.verify(1, getRequestedFor(urlPathEqualTo("/v2.1/cars/models/5")).withHeader("X-Trace", equalTo("t-1")));
  }

  @Test
  void carDocumentInThreeForms() throws Exception {
    answer("/v2.1/user/478/cars/5?include=Driver", "{\"data\":{\"id\":\"5\",\"type\":\"car\",\"attributes\":{}}}");
    try (CitypointClient client = client(wm)) {
      Query q = Query.create().include("Driver");
      assertThat(client.cars().documentWithResponse("5", q).header("X-Request-Id")).isEqualTo("req-9");
      assertThat(client.cars().documentAsync("5", q, TRACED).get().getData().getId())
          .isEqualTo(client.cars().document("5", q).getData().getId());
    }
    wm.verify(1, getRequestedFor(urlPathEqualTo("/v2.1/user/478/cars/5")).withHeader("X-Trace", equalTo("t-1")));
  }

  @Test
  void conditionalPageAnswers304AsAValueInAllThreeForms() throws Exception {
    String stamp = "Mon, 20 May 2024 09:30:00 GMT";
    wm.stubFor(get(urlPathEqualTo("/v2.1/user/478/cars")).withHeader("If-Modified-Since", equalTo(stamp))
        .willReturn(aResponse().withStatus(304).withHeader("X-Request-Id", "req-304")));
    try (CitypointClient client = client(wm)) {
      Listing<Car, ?> cars = client.cars().list();
      assertThat(cars.page(Query.create(), stamp).isModified()).isFalse();
      var full = cars.pageWithResponse(Query.create(), stamp, TRACED);
      assertThat(full.status()).isEqualTo(304);
      assertThat(full.header("X-Request-Id")).isEqualTo("req-304");
      assertThat(full.body()).isInstanceOf(Conditional.NotModified.class);
      assertThat(cars.pageAsync(Query.create(), stamp).get().lastModified()).isEqualTo(stamp);
    }
    wm.verify(1, getRequestedFor(urlPathEqualTo("/v2.1/user/478/cars")).withHeader("X-Trace", equalTo("t-1")));
  }

  @Test
  void asyncWalkFollowsTheSameLinksAsThePagerAndRespectsTheLimit() throws Exception {
    String path = "/v2.1/user/478/cars/notes";
    answer(path, notes(path + "?page%5Boffset%5D=2", 1, 2));
    answer(path + "?page%5Boffset%5D=2", notes(path + "?page%5Boffset%5D=4", 3, 4));
    answer(path + "?page%5Boffset%5D=4", notes(null, 5));
    try (CitypointClient client = client(wm)) {
      Listing<Note, ?> list = client.carNotes().list();
      List<String> sync = new ArrayList<>();
      list.all().forEach(n -> sync.add(n.id()));
      List<String> async = list.allAsync().toList().get().stream().map(Note::id).toList();
      assertThat(async).isEqualTo(sync).containsExactly("1", "2", "3", "4", "5");
      assertThat(list.allAsync(Query.create(), TRACED).limit(3).toList().get()).hasSize(3);
      wm.verify(0, getRequestedFor(urlEqualTo(path + "?page%5Boffset%5D=4")).withHeader("X-Trace", equalTo("t-1")));
      wm.verify(1, getRequestedFor(urlEqualTo(path + "?page%5Boffset%5D=2")).withHeader("X-Trace", equalTo("t-1")));
      JsonApiPage<Note, ?> first = list.page(Query.create());
      assertThat(first.nextAsync().get().items()).extracting(Note::id).containsExactly("3", "4");
      assertThat(first.nextWithResponse().header("X-Request-Id")).isEqualTo("req-9");
      assertThat(first.fromHereAsync().toList().get()).extracting(Note::id).isEqualTo(sync);
    }
  }

  @Test
  void driverCallsInThreeForms() throws Exception {
    wm.stubFor(patch(urlEqualTo("/v2.1/user/478/drivers/7")).willReturn(document(200,
        "{\"data\":{\"id\":\"7\",\"type\":\"driver\",\"attributes\":{}}}").withHeader("X-Request-Id", "req-d")));
    wm.stubFor(post(urlEqualTo("/v2.1/user/478/drivers/7/addresses")).willReturn(document(201,
        "{\"data\":{\"id\":\"1\",\"type\":\"driverAddress\",\"attributes\":{}}}")));
    try (CitypointClient client = client(wm)) {
      DriverAttributes changes = new DriverAttributes();
      var full = client.drivers().updateWithResponse("7", changes);
      assertThat(full.status()).isEqualTo(200);
      assertThat(full.header("X-Request-Id")).isEqualTo("req-d");
      assertThat(client.drivers().updateAsync("7", changes, TRACED).get()).isEqualTo(client.drivers().update("7", changes));
      DriverAddressAttributes address = new DriverAddressAttributes().type(DriverAddressType.DELIVERY);
      assertThat(client.drivers().addAddressWithResponse("7", address).status()).isEqualTo(201);
      assertThat(client.drivers().addAddressAsync("7", address).get().orElseThrow().getId()).isEqualTo("1");
    }
    wm.verify(1, patchRequestedFor(urlEqualTo("/v2.1/user/478/drivers/7")).withHeader("X-Trace", equalTo("t-1")));
  }

  @Test
  void aggregatesNotComputedYetAreEmptyInAllThreeForms() throws Exception {
    wm.stubFor(get(urlPathEqualTo("/v2.1/user/478/cars/aggregated/2024-05-20/day"))
        .willReturn(document(404, "{\"errors\":[{\"status\":\"404\"}]}").withHeader("X-Request-Id", "req-404")));
    try (CitypointClient client = client(wm)) {
      CarAggregates aggregates = client.cars().aggregates();
      LocalDate day = LocalDate.parse("2024-05-20");
      assertThat(aggregates.page(day, AggregationPeriod.DAY, Query.create())).isEmpty();
      var full = aggregates.pageWithResponse(day, AggregationPeriod.DAY, Query.create(), TRACED);
      assertThat(full.status()).isEqualTo(404);
      assertThat(full.header("X-Request-Id")).isEqualTo("req-404");
      assertThat(full.body()).isEmpty();
      assertThat(aggregates.pageAsync(day, AggregationPeriod.DAY, Query.create()).get()).isEmpty();
    }
    wm.verify(1, getRequestedFor(urlPathEqualTo("/v2.1/user/478/cars/aggregated/2024-05-20/day"))
        .withHeader("X-Trace", equalTo("t-1")));
  }

  @Test
  void cancellingAnAsyncCallCancelsTheHttpCall() throws Exception {
    wm.stubFor(get(urlPathEqualTo("/v2.1/user/478/cars/notes/5")).willReturn(document(200, NOTE).withFixedDelay(5000)));
    wm.stubFor(get(urlPathEqualTo("/v2.1/user/478/drivers/notes")).willReturn(document(200, notes(null, 1)).withFixedDelay(5000)));
    answer("/v2.1/user/478/drivers/notes/5", NOTE);
    OkHttpClient mine = new OkHttpClient();
    try (CitypointClient client = builder(wm).httpClient(mine).build()) {
      client.userId(); // the token first, so only the call under test runs
      AsyncChecks.cancellingCancelsTheHttpCall(mine, () -> client.carNotes().getAsync("5"));
      AsyncChecks.cancellingCancelsTheHttpCall(mine, () -> client.driverNotes().list().allAsync().forEach(n -> {}));
      AsyncChecks.cancellingCancelsTheHttpCall(mine, () -> client.driverNotes().list().pageAsync(Query.create()));
      assertThat(client.driverNotes().getAsync("5").get()).isPresent(); // a later call still works
    }
  }

  private static String notes(String next, int... ids) {
    StringBuilder data = new StringBuilder();
    for (int id : ids) {
      data.append(data.length() == 0 ? "" : ",").append("{\"id\":\"").append(id).append("\",\"type\":\"note\",\"attributes\":{}}");
    }
    String links = next == null ? "{}" : "{\"next\":\"" + wm.baseUrl() + next + "\"}";
    return "{\"links\":" + links + ",\"data\":[" + data + "]}";
  }
}
