package dev.quartet.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.quartet.core.RequestOptions;
import dev.quartet.core.retry.RetryPolicy;
import dev.quartet.core.testing.AsyncCalls;
import dev.quartet.platform.model.Entity;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link StoreClient#listAllAsync} walks the same offsets and items as {@link StoreClient#listAll}, without blocking. */
class AsyncPagingTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final OkHttpClient http = new OkHttpClient();
  private final PlatformClient platform = PlatformClient.builder().baseUrl(wm.baseUrl()).token("T")
      .httpClient(http).retryPolicy(RetryPolicy.none()).build();
  private final StoreClient<Entity> objects = platform.store("objects");
  private final ListQuery twoAtATime = ListQuery.builder().offset(1).limit(2).build();

  private static String page(int from, int count) {
    return IntStream.range(from, from + count).mapToObj(i -> "{\"name\":\"n" + i + "\"}")
        .collect(Collectors.joining(",", "[", "]"));
  }

  @BeforeEach
  void stubPages() {
    wm.stubFor(get(urlEqualTo("/api/v1/objects?offset=1&limit=2")).willReturn(okJson(page(1, 2))));
    wm.stubFor(get(urlEqualTo("/api/v1/objects?offset=3&limit=2")).willReturn(okJson(page(3, 2))));
    wm.stubFor(get(urlEqualTo("/api/v1/objects?offset=5&limit=2")).willReturn(okJson(page(5, 1))));
  }

  @AfterEach
  void close() {
    platform.close();
  }

  @Test
  void theAsyncWalkSeesTheSameItemsAndRequestsAsTheBlockingOne() throws Exception {
    List<String> blocking = objects.listAll(twoAtATime).stream().map(Entity::getName).toList();
    List<String> async = objects.listAllAsync(twoAtATime).toList().get(5, TimeUnit.SECONDS)
        .stream().map(Entity::getName).toList();
    assertThat(blocking).containsExactly("n1", "n2", "n3", "n4", "n5");
    assertThat(async).isEqualTo(blocking);
    assertThat(wm.getAllServeEvents()).hasSize(6); // three pages each, stopping at the short one
  }

  @Test
  void theLimitStopsBothWalksAtTheSameItemAndPage() throws Exception {
    List<String> blocking = objects.listAll(twoAtATime).limit(3).stream().map(Entity::getName).toList();
    wm.resetRequests();
    List<String> async = objects.listAllAsync(twoAtATime).limit(3).toList().get(5, TimeUnit.SECONDS)
        .stream().map(Entity::getName).toList();
    assertThat(async).isEqualTo(blocking).containsExactly("n1", "n2", "n3");
    assertThat(wm.getAllServeEvents()).hasSize(2); // the third page is never asked for
  }

  @Test
  void nothingIsSentBeforeTheWalkStartsAndForEachWhileStopsEarly() throws Exception {
    var pager = objects.listAllAsync(twoAtATime);
    assertThat(wm.getAllServeEvents()).isEmpty();
    List<String> seen = new CopyOnWriteArrayList<>();
    pager.forEachWhile(e -> seen.add(e.getName()) && seen.size() < 2).get(5, TimeUnit.SECONDS);
    assertThat(seen).containsExactly("n1", "n2");
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }

  @Test
  void optionsReachEveryPageRequest() throws Exception {
    RequestOptions traced = RequestOptions.builder().header("X-Trace", "abc").build();
    objects.listAllAsync(twoAtATime, traced).toList().get(5, TimeUnit.SECONDS);
    objects.listAll(twoAtATime, traced).stream().count();
    wm.verify(6, anyRequestedFor(anyUrl()).withHeader("X-Trace", equalTo("abc")));
  }

  @Test
  void cancellingTheWalkCancelsThePageInFlight() throws Exception {
    wm.stubFor(get(urlEqualTo("/api/v1/objects?offset=3&limit=2")).willReturn(okJson(page(3, 2)).withFixedDelay(1_000)));
    List<String> seen = new CopyOnWriteArrayList<>();
    AsyncCalls.cancelAndAwaitNoCall(http, () -> {
      var walk = objects.listAllAsync(twoAtATime).forEach(e -> seen.add(e.getName()));
      awaitAtLeast(2); // the first page came back and the second reached the server (held there a second)
      return walk;
    });
    assertThat(seen).containsExactly("n1", "n2");
    awaitRequests(2); // the server saw the cancelled second page, and no third was asked for
  }

  private static void awaitRequests(int count) {
    awaitAtLeast(count);
    assertThat(wm.getAllServeEvents()).hasSize(count);
  }

  private static void awaitAtLeast(int count) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
    while (wm.getAllServeEvents().size() < count && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
  }
}
