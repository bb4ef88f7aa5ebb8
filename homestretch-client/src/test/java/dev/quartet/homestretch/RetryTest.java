package dev.quartet.homestretch;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.quartet.core.errors.ApiConnectionException;
import dev.quartet.core.errors.InternalServerException;
import dev.quartet.core.errors.RateLimitException;
import dev.quartet.core.retry.RetryPolicy;
import dev.quartet.core.testing.MutableClock;
import dev.quartet.core.testing.RecordingSleeper;
import dev.quartet.homestretch.model.PlaceCreate;
import dev.quartet.homestretch.model.Location;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/** Retry counts and delays, with an injected clock and sleeper so nothing really waits. */
class RetryTest extends HomeStretchTestSupport {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T12:00:00Z"));
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);

  private HomeStretchClient retrying(int maxRetries) {
    RetryPolicy policy = RetryPolicy.builder().maxRetries(maxRetries).initialBackoff(Duration.ofMillis(100))
        .maxBackoff(Duration.ofSeconds(10)).totalBudget(Duration.ofSeconds(60))
        .clock(clock).sleeper(sleeper).jitter(() -> 1.0).build();
    return clientBuilder().retryPolicy(policy).build();
  }

  private void failThenSucceed(String path, int failures, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder failure) {
    String state = Scenario.STARTED;
    for (int i = 0; i < failures; i++) {
      String next = "attempt-" + (i + 2);
      wm.stubFor(get(path).inScenario("retry").whenScenarioStateIs(state).willReturn(failure).willSetStateTo(next));
      state = next;
    }
    wm.stubFor(get(path).inScenario("retry").whenScenarioStateIs(state).willReturn(okJson(fixture("place"))));
  }

  @Test
  void retries429HonouringRetryAfterSeconds() {
    stubToken();
    failThenSucceed("/places/a", 2, aResponse().withStatus(429).withHeader("Retry-After", "3"));
    try (HomeStretchClient hs = retrying(3)) {
      assertThat(hs.places().getPlace("a").getTitle()).isEqualTo("Important place");
    }
    wm.verify(3, getRequestedFor(urlEqualTo("/places/a")));
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
  }

  @Test
  void retries429HonouringRetryAfterHttpDate() {
    stubToken();
    String inFiveSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().plusSeconds(5).atZone(ZoneOffset.UTC));
    failThenSucceed("/places/a", 1, aResponse().withStatus(429).withHeader("Retry-After", inFiveSeconds));
    try (HomeStretchClient hs = retrying(3)) {
      hs.places().getPlace("a");
    }
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(5));
  }

  @Test
  void aRetryAfterBeyondTheCapIsNotWaitedFor() {
    stubToken();
    wm.stubFor(get("/places/a").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));
    try (HomeStretchClient hs = retrying(3)) {
      assertThatThrownBy(() -> hs.places().getPlace("a"))
          .isInstanceOfSatisfying(RateLimitException.class, e -> assertThat(e.retryAfter()).hasValue(Duration.ofHours(1)));
    }
    wm.verify(1, getRequestedFor(urlEqualTo("/places/a")));
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void retries503WithExponentialBackoffThenGivesUp() {
    stubToken();
    wm.stubFor(get("/places/a").willReturn(aResponse().withStatus(503)));
    try (HomeStretchClient hs = retrying(3)) {
      assertThatThrownBy(() -> hs.places().getPlace("a")).isInstanceOfSatisfying(InternalServerException.class,
          e -> assertThat(e.status()).isEqualTo(503));
    }
    wm.verify(4, getRequestedFor(urlEqualTo("/places/a")));
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
  }

  @Test
  void jitterDrawsFromZeroToTheExponentialValue() {
    RetryPolicy half = RetryPolicy.builder().initialBackoff(Duration.ofMillis(100)).maxBackoff(Duration.ofMillis(300))
        .jitter(() -> 0.5).build();
    assertThat(half.backoff(1)).isEqualTo(Duration.ofMillis(50));
    assertThat(half.backoff(2)).isEqualTo(Duration.ofMillis(100));
    assertThat(half.backoff(5)).isEqualTo(Duration.ofMillis(150)); // capped at 300 before jitter
  }

  @Test
  void theTotalBudgetStopsRetrying() {
    stubToken();
    wm.stubFor(get("/places/a").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "8")));
    RetryPolicy policy = RetryPolicy.builder().maxRetries(10).maxBackoff(Duration.ofSeconds(10)).totalBudget(Duration.ofSeconds(20))
        .clock(clock).sleeper(sleeper).jitter(() -> 1.0).build();
    try (HomeStretchClient hs = clientBuilder().retryPolicy(policy).build()) {
      assertThatThrownBy(() -> hs.places().getPlace("a")).isInstanceOf(InternalServerException.class);
    }
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(8), Duration.ofSeconds(8));
    wm.verify(3, getRequestedFor(urlEqualTo("/places/a")));
  }

  @Test
  void aResetConnectionOnGetIsRetried() {
    stubToken();
    failThenSucceed("/places/a", 1, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    try (HomeStretchClient hs = retrying(2)) {
      assertThat(hs.places().getPlace("a").getId()).isEqualTo("ChIJ9w44P7s0K4gRzfPYR32rXME");
    }
    wm.verify(2, getRequestedFor(urlEqualTo("/places/a")));
    assertThat(sleeper.sleeps()).hasSize(1);
  }

  @Test
  void aPostThatReachedTheServerIsNotRetried() {
    stubToken();
    wm.stubFor(post("/places").willReturn(aResponse().withStatus(503)));
    wm.stubFor(post("/places").withRequestBody(containing("reset")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    PlaceCreate create = new PlaceCreate().title("Depot").location(new Location());
    try (HomeStretchClient hs = retrying(3)) {
      assertThatThrownBy(() -> hs.places().createPlace(create)).isInstanceOf(InternalServerException.class);
      assertThatThrownBy(() -> hs.places().createPlace(new PlaceCreate().title("reset").location(new Location())))
          .isInstanceOf(ApiConnectionException.class);
    }
    wm.verify(2, postRequestedFor(urlEqualTo("/places")));
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void aPostThatNeverReachedTheServerIsRetried() throws Exception {
    int closedPort;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    RetryPolicy policy = RetryPolicy.builder().maxRetries(2).clock(clock).sleeper(sleeper).jitter(() -> 1.0).build();
    try (HomeStretchClient hs = HomeStretchClient.builder().baseUrl("http://127.0.0.1:" + closedPort)
        .token("t").retryPolicy(policy).build()) {
      assertThatThrownBy(() -> hs.places().createPlace(new PlaceCreate().title("Depot").location(new Location())))
          .isInstanceOf(ApiConnectionException.class)
          .hasMessageContaining("POST /places");
    }
    assertThat(sleeper.sleeps()).hasSize(2);
  }
}
