package dev.quartet.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.quartet.core.errors.ApiTimeoutException;
import dev.quartet.core.errors.ErrorBodies;
import dev.quartet.core.retry.RetryPolicy;
import java.time.Duration;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client's whole-call timeout spans every attempt, and fires on time, through the SDK's own deadlines. */
class CallDeadlineTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final TypeReference<JsonNode> JSON = new TypeReference<>() {};
  private static final ApiRequest GET = ApiRequest.builder("GET", "/slow").build();

  private static ApiInvoker invoker(Transport transport) {
    return ApiInvoker.create(transport.unauthenticated(), HttpUrl.get(wm.baseUrl()), Json.mapper(), ErrorBodies.generic(Json.mapper()));
  }

  @Test
  void theWholeCallTimeoutCoversRetriesAndFiresOnTime() {
    // every attempt answers 503 at once and each retry waits 150 ms: 5 retries would take 750 ms
    wm.stubFor(get("/slow").willReturn(aResponse().withStatus(503)));
    wm.stubFor(get("/warm").willReturn(aResponse().withStatus(200).withBody("{}")));
    RetryPolicy retries = RetryPolicy.builder().maxRetries(5).sleeper(d -> Thread.sleep(150)).build();
    try (Transport warm = Transport.builder("test").build()) {
      invoker(warm).execute(ApiRequest.builder("GET", "/warm").build(), JSON); // the server's first answer is slow
    }
    try (Transport transport = Transport.builder("test").retryPolicy(retries).timeout(Duration.ofMillis(400)).build()) {
      assertThatThrownBy(() -> invoker(transport).execute(GET, JSON)).isInstanceOf(ApiTimeoutException.class)
          .hasMessageContaining("GET /slow timed out");
      assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/slow"))).size()).isBetween(2, 5);
    }
  }

  @Test
  void aCallWithinItsTimeoutIsUntouchedAndManyCallsLeaveNothingArmed() {
    wm.stubFor(get("/slow").willReturn(aResponse().withStatus(200).withBody("{}")));
    try (Transport transport = Transport.builder("test").timeout(Duration.ofMillis(300)).build()) {
      ApiInvoker calls = invoker(transport);
      for (int i = 0; i < 200; i++) {
        assertThat(calls.execute(GET, JSON).status()).isEqualTo(200);
      }
    }
  }

  @Test
  void aPerCallTimeoutShorterThanTheClientsWins() {
    wm.stubFor(get("/slow").willReturn(aResponse().withStatus(200).withBody("{}").withFixedDelay(1500)));
    try (Transport transport = Transport.builder("test").timeout(Duration.ofSeconds(30)).build()) {
      ApiInvoker hurried = invoker(transport).withOptions(RequestOptions.builder().timeout(Duration.ofMillis(200)).build());
      long started = System.nanoTime();
      assertThatThrownBy(() -> hurried.execute(GET, JSON)).isInstanceOf(ApiTimeoutException.class);
      assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1200L);
    }
  }
}
