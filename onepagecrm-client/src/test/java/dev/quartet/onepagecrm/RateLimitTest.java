package dev.quartet.onepagecrm;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quartet.core.errors.RateLimitException;
import dev.quartet.core.retry.RetryPolicy;
import dev.quartet.core.testing.MutableClock;
import dev.quartet.core.testing.RecordingSleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class RateLimitTest extends OnePageCrmTestSupport {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);

  private long nanos() {
    Instant now = clock.instant();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }

  private RateLimiter limiter(double perSecond, int burst) {
    return new RateLimiter(perSecond, burst, this::nanos, sleeper);
  }

  private void stubContact() {
    wm.stubFor(get(urlPathEqualTo("/api/v3/contacts/c1")).willReturn(ok("{\"contact\":{\"id\":\"c1\"}}")));
  }

  @Test
  void burstGoesAtOnceThenOneRequestPerSlot() {
    stubContact();
    try (OnePageCrmClient crm = clientBuilder().rateLimiter(limiter(5, 10)).build()) {
      for (int i = 0; i < 15; i++) {
        crm.contacts().api().getContact("c1");
      }
    }
    // 10 free, then 5 more at 5/s: 200 ms each, one second in all
    assertThat(sleeper.sleeps()).containsExactlyElementsOf(Collections.nCopies(5, Duration.ofMillis(200)));
    wm.verify(15, getRequestedFor(urlPathEqualTo("/api/v3/contacts/c1")));
  }

  @Test
  void concurrentCallersReserveSuccessiveSlots() {
    // time does not move: each caller queues behind the ones already waiting
    RecordingSleeper still = new RecordingSleeper();
    RateLimiter limiter = new RateLimiter(5, 10, () -> 0L, still);
    for (int i = 0; i < 13; i++) {
      assertThat(limiter.reserve()).isEqualTo(i < 10 ? Duration.ZERO : Duration.ofMillis(200L * (i - 9)));
    }
  }

  @Test
  void idleTimeRefillsUpToTheBurstOnly() throws InterruptedException {
    RateLimiter limiter = limiter(5, 10);
    for (int i = 0; i < 10; i++) {
      limiter.acquire();
    }
    clock.advance(Duration.ofMinutes(5));
    for (int i = 0; i < 11; i++) {
      limiter.acquire();
    }
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(200));
  }

  @Test
  void offByDefault() {
    stubContact();
    try (OnePageCrmClient crm = client()) {
      for (int i = 0; i < 30; i++) {
        crm.contacts().api().getContact("c1");
      }
    }
    assertThat(sleeper.sleeps()).isEmpty();
    wm.verify(30, getRequestedFor(urlPathEqualTo("/api/v3/contacts/c1")));
  }

  @Test
  void tooManyRequestsIsRetriedByTheCoreWithoutLimiter() {
    wm.stubFor(get(urlPathEqualTo("/api/v3/contacts/c1")).inScenario("busy").whenScenarioStateIs(STARTED)
        .willReturn(json(429, "{\"status\":429,\"message\":\"Too Many Requests\"}").withHeader("Retry-After", "2"))
        .willSetStateTo("calm"));
    wm.stubFor(get(urlPathEqualTo("/api/v3/contacts/c1")).inScenario("busy").whenScenarioStateIs("calm")
        .willReturn(ok("{\"contact\":{\"id\":\"c1\"}}")));
    RetryPolicy retry = RetryPolicy.builder().maxRetries(2).clock(clock).sleeper(sleeper).jitter(() -> 0.5).build();
    try (OnePageCrmClient crm = clientBuilder().retryPolicy(retry).build()) {
      assertThat(crm.contacts().api().getContact("c1").getData().getContact().getId()).isEqualTo("c1");
    }
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(2));
    wm.verify(2, getRequestedFor(urlPathEqualTo("/api/v3/contacts/c1")));
  }

  @Test
  void retriesTakeTokensToo() {
    wm.stubFor(get(urlPathEqualTo("/api/v3/contacts/c1"))
        .willReturn(json(429, "{\"status\":429,\"message\":\"Too Many Requests\"}").withHeader("Retry-After", "1")));
    RecordingSleeper retrySleeper = new RecordingSleeper();
    RetryPolicy retry = RetryPolicy.builder().maxRetries(2).sleeper(retrySleeper).jitter(() -> 0.5).build();
    try (OnePageCrmClient crm = clientBuilder().retryPolicy(retry).rateLimiter(limiter(1, 1)).build()) {
      assertThatThrownBy(() -> crm.contacts().api().getContact("c1")).isInstanceOf(RateLimitException.class);
    }
    // three attempts through a 1/s bucket of one: the second and third each wait a second for a token
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    assertThat(retrySleeper.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    wm.verify(3, getRequestedFor(urlPathEqualTo("/api/v3/contacts/c1")));
  }

  @Test
  void rejectsNonsenseSettings() {
    assertThatThrownBy(() -> OnePageCrmClient.builder().rateLimit(0, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requestsPerSecond");
    assertThatThrownBy(() -> OnePageCrmClient.builder().rateLimit(5, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("burst");
    try (OnePageCrmClient crm = clientBuilder().rateLimit(5, 10).build()) {
      assertThat(crm.toString()).doesNotContain(API_KEY);
    }
  }
}
