package dev.quartet.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quartet.core.errors.ApiConnectionException;
import dev.quartet.core.errors.ApiTimeoutException;
import dev.quartet.core.errors.InternalServerException;
import dev.quartet.core.errors.RateLimitException;
import dev.quartet.core.retry.RetryPolicy;
import dev.quartet.homestretch.HomeStretchClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Fault rules switched on from Java, seen through the published HomeStretch client and its retries. */
class FaultInjectionTest {
  private static final String PLACE = "place-001";

  private final Sandbox sandbox = Sandbox.start();
  private final List<Duration> backoffs = new ArrayList<>();

  @AfterEach
  void close() {
    sandbox.close();
  }

  @Test
  void aBurstOf503sIsRetriedThroughAndOnlyTheRouteItNamesIsTroubled() {
    sandbox.injectFaults(FaultRule.forRoute(SandboxApi.HOMESTRETCH, "GET", "/places/.*").serverErrorBursts(2, 5));
    HomeStretchClient client = client(2);

    assertThat(client.places().getPlace(PLACE).getId()).isEqualTo(PLACE);
    assertThat(client.company().getCompanyStructure()).isNotNull();

    assertThat(statuses("GET", "/homestretch/places/")).containsExactly(503, 503, 200);
    assertThat(statuses("GET", "/homestretch/company")).containsExactly(200);
    assertThat(backoffs).hasSize(2);
  }

  @Test
  void aShareOf429sCarriesRetryAfterInTheApisErrorShape() {
    sandbox.injectFaults(FaultRule.forApi(SandboxApi.HOMESTRETCH).tooManyRequests(0.5, Duration.ofMillis(1500)));
    HomeStretchClient client = client(0);
    // The login is the 1st matching request (untroubled), the first place call the 2nd: a 429.
    assertThatThrownBy(() -> client.places().getPlace(PLACE))
        .isInstanceOfSatisfying(RateLimitException.class, e -> {
          assertThat(e.status()).isEqualTo(429);
          assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
          assertThat(e.headers().get("Retry-After")).isEqualTo("2");
          assertThat(e.body()).isEqualTo("{\"message\":\"Too Many Requests\"}");
        });
    assertThat(client.places().getPlace(PLACE).getId()).isEqualTo(PLACE);
  }

  @Test
  void resetsAndLatencyReachTheClientAsConnectionAndTimeoutFailures() {
    sandbox.injectFaults(FaultRule.forRoute(SandboxApi.HOMESTRETCH, "*", "/places/.*").connectionResets(1));
    HomeStretchClient client = client(0);
    assertThatThrownBy(() -> client.places().getPlace(PLACE)).isInstanceOf(ApiConnectionException.class);

    sandbox.clearFaults();
    sandbox.injectFaults(FaultRule.forApi(SandboxApi.HOMESTRETCH).latency(Duration.ofSeconds(2)));
    HomeStretchClient impatient = HomeStretchClient.builder().baseUrl(sandbox.homeStretch().baseUrl())
        .clientId(sandbox.homeStretch().clientId()).clientSecret(sandbox.homeStretch().clientSecret())
        .maxRetries(0).timeout(Duration.ofMillis(300)).build();
    assertThatThrownBy(() -> impatient.places().getPlace(PLACE)).isInstanceOf(ApiTimeoutException.class);

    sandbox.clearFaults();
    assertThat(sandbox.faultRules()).isEmpty();
    assertThat(client.places().getPlace(PLACE).getId()).isEqualTo(PLACE);
  }

  @Test
  void rulesGivenAtStartStayOnAcrossReset() {
    try (Sandbox troubled = Sandbox.builder()
        .fault(FaultRule.parse("api=homestretch,method=GET,path=/places/.*,503=1/1")).start()) {
      troubled.reset();
      HomeStretchClient client = HomeStretchClient.builder().baseUrl(troubled.homeStretch().baseUrl())
          .clientId(troubled.homeStretch().clientId()).clientSecret(troubled.homeStretch().clientSecret())
          .maxRetries(0).build();
      assertThatThrownBy(() -> client.places().getPlace(PLACE)).isInstanceOfSatisfying(InternalServerException.class,
          e -> assertThat(e.status()).isEqualTo(503));
      assertThat(troubled.faultRules()).extracting(FaultRule::toString)
          .containsExactly("api=homestretch,method=GET,path=/places/.*,503=1/1");
    }
  }

  @Test
  void theCommandLineFormIsCheckedKeyByKey() {
    assertThat(FaultRule.parse("api=citypoint,latency=200ms,429=0.25,retry-after=2s"))
        .isEqualTo(FaultRule.forApi(SandboxApi.CITYPOINT).latency(Duration.ofMillis(200))
            .tooManyRequests(0.25, Duration.ofSeconds(2)));
    assertThatThrownBy(() -> FaultRule.parse("latency=200ms")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("api= is required");
    assertThatThrownBy(() -> FaultRule.parse("api=citypoint,jitter=5")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown key 'jitter'");
    assertThatThrownBy(() -> FaultRule.parse("api=nowhere")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown API 'nowhere'");
    assertThatThrownBy(() -> FaultRule.parse("api=platform,429=2")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("share must be between 0 and 1");
    assertThatThrownBy(() -> FaultRule.parse("api=platform,503=3/2")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 <= length <= period");
    assertThatThrownBy(() -> FaultRule.parse("api=platform,latency=soon")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("latency needs a duration");
    assertThat(FaultRule.parse("api=platform,latency=1.5s")).isEqualTo(FaultRule.forApi(SandboxApi.PLATFORM)
        .latency(Duration.ofMillis(1500)));
  }

  @Test
  void sharesAreDeterministic() {
    List<Long> troubled = new ArrayList<>();
    for (long n = 1; n <= 12; n++) {
      if (FaultRule.inShare(0.25, n)) {
        troubled.add(n);
      }
    }
    assertThat(troubled).containsExactly(4L, 8L, 12L);
  }

  private HomeStretchClient client(int maxRetries) {
    RetryPolicy retries = RetryPolicy.builder().maxRetries(maxRetries).sleeper(backoffs::add).build();
    return HomeStretchClient.builder().baseUrl(sandbox.homeStretch().baseUrl())
        .clientId(sandbox.homeStretch().clientId()).clientSecret(sandbox.homeStretch().clientSecret())
        .retryPolicy(retries).build();
  }

  private List<Integer> statuses(String method, String pathPrefix) {
    return sandbox.requests().stream().filter(r -> r.method().equals(method) && r.url().startsWith(pathPrefix))
        .map(SandboxRequest::status).toList();
  }
}
