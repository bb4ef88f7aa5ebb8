package dev.quartet.citypoint;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.quartet.core.errors.ConfigurationException;
import dev.quartet.core.errors.InternalServerException;
import dev.quartet.core.errors.NotFoundException;
import dev.quartet.core.retry.RetryPolicy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code builder().fromEnv()} as a starting point that can still be customised, and {@code maxRetries(int)}. */
class BuilderFromEnvAndRetriesTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final RetryPolicy NO_WAIT = RetryPolicy.builder().sleeper(d -> { }).build();
  private static final String API_PATH = "/v2.1/";

  private Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("CITYPOINT_BASE_URL", wm.baseUrl() + "/v2.1");
    env.put("CITYPOINT_CLIENT_ID", "cid");
    env.put("CITYPOINT_CLIENT_SECRET", "cs");
    env.put("CITYPOINT_USERNAME", "user");
    env.put("CITYPOINT_PASSWORD", "pw");
    env.put("CITYPOINT_USER_ID", "478");
    return env;
  }

  private static void call(CitypointClient client) {
    client.cars().list().page(Query.create());
  }

  private int getsAfterA503(int maxRetries) {
    wm.resetAll();
    Fixtures.stubToken(wm);
    wm.stubFor(get(urlPathMatching(API_PATH + ".*")).willReturn(aResponse().withStatus(503)));
    try (CitypointClient client = CitypointClient.builder().fromEnv(env()).retryPolicy(NO_WAIT).maxRetries(maxRetries).build()) {
      assertThatThrownBy(() -> call(client)).isInstanceOf(InternalServerException.class);
    }
    return wm.findAll(getRequestedFor(urlPathMatching(API_PATH + ".*"))).size();
  }

  @Test
  void fromEnvIsAStartingPointTheBuilderCanStillChange() {
    Fixtures.stubToken(wm);
    wm.stubFor(get(urlPathMatching(API_PATH + ".*")).willReturn(aResponse().withStatus(404).withBody("{}")));
    AtomicInteger seenByMine = new AtomicInteger();
    OkHttpClient mine = new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          seenByMine.incrementAndGet();
          return chain.proceed(chain.request());
        })
        .build();
    try (CitypointClient client = CitypointClient.builder().fromEnv(env()).httpClient(mine).build()) {
      assertThatThrownBy(() -> call(client)).isInstanceOf(NotFoundException.class);
    }
    assertThat(seenByMine.get()).isPositive();
    wm.verify(getRequestedFor(urlPathMatching(API_PATH + ".*")).withHeader("Authorization", equalTo(Fixtures.bearer())));
    assertThat(mine.dispatcher().executorService().isShutdown()).isFalse();
  }

  @Test
  void theStaticFromEnvReadsTheSameVariables() {
    Map<String, String> env = env();
    try (CitypointClient fromStatic = CitypointClient.fromEnv(env); CitypointClient fromBuilder = CitypointClient.builder().fromEnv(env).build()) {
      assertThat(fromStatic.baseUrl()).isEqualTo(fromBuilder.baseUrl());
    }
  }

  @Test
  void aMissingVariableIsAConfigurationException() {
    assertThatThrownBy(() -> CitypointClient.builder().fromEnv(Map.of())).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("environment variable");
  }

  @Test
  void maxRetriesSetsHowManyAttemptsA503Gets() {
    assertThat(getsAfterA503(0)).isEqualTo(1);
    assertThat(getsAfterA503(2)).isEqualTo(3);
  }

  @Test
  void aNegativeMaxRetriesIsRefused() {
    assertThatThrownBy(() -> CitypointClient.builder().maxRetries(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxRetries");
  }
}
