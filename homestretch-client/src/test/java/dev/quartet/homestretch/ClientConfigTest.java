package dev.quartet.homestretch;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quartet.core.RequestOptions;
import dev.quartet.core.errors.ApiTimeoutException;
import dev.quartet.core.errors.ConfigurationException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Builder rules, environment configuration, per-call options, timeouts and cancellation. */
class ClientConfigTest extends HomeStretchTestSupport {

  @Test
  void builderNamesWhatIsMissing() {
    assertThatThrownBy(() -> HomeStretchClient.builder().token("t").build())
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("baseUrl is required");
    assertThatThrownBy(() -> HomeStretchClient.builder().baseUrl("http://x").clientId("id").build())
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("clientId + clientSecret");
    assertThatThrownBy(() -> HomeStretchClient.builder().baseUrl("not a url").token("t").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl");
  }

  @Test
  void fromEnvReadsTheDocumentedVariables() {
    stubToken();
    wm.stubFor(get("/company").willReturn(okJson("{}")));
    Map<String, String> env = Map.of("HOMESTRETCH_BASE_URL", wm.baseUrl(),
        "HOMESTRETCH_CLIENT_ID", CLIENT_ID, "HOMESTRETCH_CLIENT_SECRET", CLIENT_SECRET);
    try (HomeStretchClient hs = HomeStretchClient.fromEnv(env)) {
      hs.company().getCompanyStructure();
    }
    wm.verify(postRequestedFor(urlEqualTo("/auth")).withRequestBody(matchingJsonPath("$.client_id", equalTo(CLIENT_ID))));
    assertThatThrownBy(() -> HomeStretchClient.fromEnv(Map.of("HOMESTRETCH_BASE_URL", "http://x")))
        .hasMessage("environment variable HOMESTRETCH_CLIENT_ID is not set (or set HOMESTRETCH_TOKEN)");
  }

  @Test
  void withOptionsAddsHeadersAndQueryAndSharesTheToken() {
    stubToken();
    wm.stubFor(get(urlPathEqualTo("/company")).willReturn(okJson("{}")));
    try (HomeStretchClient hs = client()) {
      hs.company().getCompanyStructure();
      HomeStretchClient traced = hs.withOptions(RequestOptions.builder().header("X-Trace", "t-1").query("debug", "1").build());
      traced.company().getCompanyStructure();
    }
    wm.verify(getRequestedFor(urlEqualTo("/company?debug=1")).withHeader("X-Trace", equalTo("t-1")));
    wm.verify(1, postRequestedFor(urlEqualTo("/auth")));
  }

  @Test
  void aSlowAnswerTimesOut() {
    stubToken();
    wm.stubFor(get("/company").willReturn(okJson("{}").withFixedDelay(2_000)));
    try (HomeStretchClient hs = client()) {
      HomeStretchClient hurried = hs.withOptions(RequestOptions.builder().timeout(Duration.ofMillis(200)).build());
      assertThatThrownBy(() -> hurried.company().getCompanyStructure()).isInstanceOf(ApiTimeoutException.class)
          .hasMessage("GET /company timed out");
    }
  }

  @Test
  void cancellingTheFutureCancelsTheCall() throws Exception {
    stubToken();
    wm.stubFor(get("/company").willReturn(okJson("{}").withFixedDelay(5_000)));
    OkHttpClient mine = new OkHttpClient();
    try (HomeStretchClient hs = clientBuilder().httpClient(mine).build()) {
      CompletableFuture<?> future = hs.company().getCompanyStructureAsync();
      Thread.sleep(300);
      assertThat(mine.dispatcher().runningCallsCount()).isEqualTo(1);
      future.cancel(true);
      assertThat(future).isCancelled();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
      while (mine.dispatcher().runningCallsCount() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(mine.dispatcher().runningCallsCount()).isZero();
    }
  }

  @Test
  void aCallersClientIsSharedNotClosed() {
    stubToken();
    wm.stubFor(get("/company").willReturn(okJson("{}")));
    OkHttpClient mine = new OkHttpClient();
    try (HomeStretchClient hs = clientBuilder().httpClient(mine).build()) {
      hs.company().getCompanyStructure();
    }
    assertThat(mine.dispatcher().executorService().isShutdown()).isFalse();
    assertThat(mine.connectionPool().connectionCount()).isPositive();
  }
}
