package dev.quartet.homestretch;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quartet.core.ApiResponse;
import dev.quartet.core.RequestOptions;
import dev.quartet.core.retry.RetryPolicy;
import dev.quartet.core.testing.AsyncCalls;
import dev.quartet.core.paging.Page;
import dev.quartet.homestretch.model.Place;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code places().page} in its three forms and {@code listAllAsync} against {@code listAll}. */
class PlacesFormsTest extends HomeStretchTestSupport {
  private static final RequestOptions TRACED = RequestOptions.builder().header("X-Trace", "abc").build();
  private static final String FIRST = "/places?sort=title&sortDir=asc&skip=0&limit=2";

  private final OkHttpClient http = new OkHttpClient();
  private final HomeStretchClient hs = HomeStretchClient.builder().baseUrl(wm.baseUrl()).token(TOKEN)
      .httpClient(http).retryPolicy(RetryPolicy.none()).build();

  private static String page(int from, int count, int total) {
    String items = IntStream.range(from, from + count)
        .mapToObj(i -> "{\"id\":\"p" + i + "\",\"title\":\"Place " + i + "\"}").collect(Collectors.joining(","));
    return "{\"result\":[" + items + "],\"total\":" + total + "}";
  }

  @BeforeEach
  void stubPages() {
    wm.stubFor(get(urlEqualTo(FIRST)).willReturn(okJson(page(0, 2, 5)).withHeader("X-Request-Id", "r-1")));
    wm.stubFor(get(urlEqualTo("/places?sort=title&sortDir=asc&skip=2&limit=2")).willReturn(okJson(page(2, 2, 5))));
    wm.stubFor(get(urlEqualTo("/places?sort=title&sortDir=asc&skip=4&limit=2")).willReturn(okJson(page(4, 1, 5))));
  }

  @AfterEach
  void close() {
    hs.close();
  }

  @Test
  void pageWithResponseCarriesStatusHeadersAndThePage() {
    ApiResponse<Page<Place>> response = hs.places().pageWithResponse(PlaceSort.TITLE_ASC, 0, 2);
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("X-Request-Id")).isEqualTo("r-1");
    assertThat(response.body().items()).extracting(Place::getId).containsExactly("p0", "p1");
    assertThat(response.body().total()).hasValue(5);
    assertThat(response.body().next().items()).extracting(Place::getId).containsExactly("p2", "p3");
  }

  @Test
  void pageAsyncAnswersTheSamePageAsPage() throws Exception {
    Page<Place> plain = hs.places().page(PlaceSort.TITLE_ASC, 0, 2);
    Page<Place> async = hs.places().pageAsync(PlaceSort.TITLE_ASC, 0, 2).get(5, TimeUnit.SECONDS);
    assertThat(async.items()).usingRecursiveFieldByFieldElementComparator().isEqualTo(plain.items());
    assertThat(async.total()).isEqualTo(plain.total());
    assertThat(async.hasNext()).isEqualTo(plain.hasNext()).isTrue();
  }

  @Test
  void cancellingPageAsyncCancelsTheHttpCall() {
    wm.stubFor(get(urlEqualTo(FIRST)).willReturn(okJson(page(0, 2, 5)).withFixedDelay(1_000)));
    AsyncCalls.cancelAndAwaitNoCall(http, () -> hs.places().pageAsync(PlaceSort.TITLE_ASC, 0, 2));
    awaitServed(1); // the server saw the request that was cancelled
    stubPages();
    assertThat(hs.places().page(PlaceSort.TITLE_ASC, 0, 2).items()).hasSize(2); // the client still works
  }

  @Test
  void optionsReachTheServerFromEveryFormAndEveryPage() throws Exception {
    hs.places().page(PlaceSort.TITLE_ASC, 0, 2, TRACED).next(); // the next page keeps the options
    hs.places().pageWithResponse(PlaceSort.TITLE_ASC, 0, 2, TRACED);
    hs.places().pageAsync(PlaceSort.TITLE_ASC, 0, 2, TRACED).get(5, TimeUnit.SECONDS);
    wm.verify(4, anyRequestedFor(anyUrl()).withHeader("X-Trace", equalTo("abc")));
    wm.resetRequests();
    hs.places().listAll(PlaceSort.TITLE_ASC, 2, TRACED).stream().count();
    hs.places().listAllAsync(PlaceSort.TITLE_ASC, 2, TRACED).toList().get(5, TimeUnit.SECONDS);
    wm.verify(6, anyRequestedFor(anyUrl()).withHeader("X-Trace", equalTo("abc")));
  }

  @Test
  void listAllAsyncWalksTheSameItemsAsListAllAndHonoursTheLimit() throws Exception {
    List<String> blocking = hs.places().listAll(PlaceSort.TITLE_ASC, 2).stream().map(Place::getId).toList();
    List<String> async = hs.places().listAllAsync(PlaceSort.TITLE_ASC, 2).toList().get(5, TimeUnit.SECONDS)
        .stream().map(Place::getId).toList();
    assertThat(async).isEqualTo(blocking).containsExactly("p0", "p1", "p2", "p3", "p4");
    wm.resetRequests();
    var limited = hs.places().listAllAsync(PlaceSort.TITLE_ASC, 2).limit(3);
    wm.verify(0, getRequestedFor(urlPathEqualTo("/places"))); // nothing before the walk starts
    assertThat(limited.toList().get(5, TimeUnit.SECONDS)).extracting(Place::getId)
        .isEqualTo(hs.places().listAll(PlaceSort.TITLE_ASC, 2).limit(3).stream().map(Place::getId).toList());
    wm.verify(4, getRequestedFor(urlPathEqualTo("/places"))); // two pages per walk: the third is never asked for
  }

  @Test
  void cancellingTheAsyncWalkCancelsThePageInFlight() {
    wm.stubFor(get(urlEqualTo("/places?sort=title&sortDir=asc&skip=2&limit=2")).willReturn(okJson(page(2, 2, 5)).withFixedDelay(1_000)));
    List<String> seen = new CopyOnWriteArrayList<>();
    AsyncCalls.cancelAndAwaitNoCall(http, () -> {
      var walk = hs.places().listAllAsync(PlaceSort.TITLE_ASC, 2).forEach(p -> seen.add(p.getId()));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
      while (seen.size() < 2 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      return walk;
    });
    assertThat(seen).containsExactly("p0", "p1");
    awaitServed(2); // the server saw the cancelled second page
    wm.verify(0, getRequestedFor(urlEqualTo("/places?sort=title&sortDir=asc&skip=4&limit=2")));
  }

  private static void awaitServed(int requests) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
    while (wm.getAllServeEvents().size() < requests && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(wm.getAllServeEvents()).hasSize(requests);
  }
}
