package dev.quartet.conformance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.requestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.quartet.conformance.ApiCase.Header;
import dev.quartet.conformance.ApiCase.Op;
import dev.quartet.conformance.ApiCase.Session;
import dev.quartet.core.SdkClient;
import dev.quartet.core.errors.ConfigurationException;
import dev.quartet.core.errors.InternalServerException;
import dev.quartet.core.errors.NotFoundException;
import dev.quartet.core.retry.RetryPolicy;
import dev.quartet.platform.AuthMode;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every client's {@code builder().fromEnv(env)} is a starting point the builder can still change, the
 * static {@code fromEnv} agrees with it, and {@code maxRetries(int)} sets the attempts a 503 gets.
 */
class BuilderFromEnvAndRetriesTest {
  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final RetryPolicy NO_WAIT = RetryPolicy.builder().sleeper(d -> { }).build();

  static Stream<ApiCase> apis() {
    return Stream.of(new HomeStretchCase(), new PlatformCase(AuthMode.TOKEN), new PlatformCase(AuthMode.COOKIE),
        new CitypointCase(), new OnePageCrmCase());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apis")
  void fromEnvIsAStartingPointTheBuilderCanStillChange(ApiCase api) {
    Op op = api.get();
    api.stubCredentials(server);
    server.stubFor(request(op.method(), urlPathEqualTo(op.path())).willReturn(aResponse().withStatus(404).withBody("{}")));
    AtomicInteger seenByMine = new AtomicInteger();
    OkHttpClient mine = new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          seenByMine.incrementAndGet();
          return chain.proceed(chain.request());
        })
        .build();
    try (Session session = api.session(api.builder().fromEnv(api.env(server.baseUrl())).httpClient(mine))) {
      assertThatThrownBy(() -> session.call(op)).isInstanceOf(NotFoundException.class);
    }
    assertThat(seenByMine.get()).isPositive();
    Header credential = api.envCredential();
    server.verify(requestedFor(op.method(), urlPathEqualTo(op.path())).withHeader(credential.name(), equalTo(credential.value())));
    assertThat(mine.dispatcher().executorService().isShutdown()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apis")
  void theStaticFromEnvReadsTheSameVariables(ApiCase api) {
    Map<String, String> env = api.env(server.baseUrl());
    try (SdkClient fromStatic = api.fromEnv(env); Session fromBuilder = api.session(api.builder().fromEnv(env))) {
      assertThat(fromStatic.baseUrl()).startsWith(server.baseUrl()).isEqualTo(fromBuilder.client().baseUrl());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apis")
  void aMissingVariableIsAConfigurationException(ApiCase api) {
    assertThatThrownBy(() -> api.builder().fromEnv(Map.of())).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("environment variable");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apis")
  void maxRetriesSetsHowManyAttemptsA503Gets(ApiCase api) {
    assertThat(attemptsAfterA503(api, 0)).isEqualTo(1);
    assertThat(attemptsAfterA503(api, 2)).isEqualTo(3);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apis")
  void aNegativeMaxRetriesIsRefused(ApiCase api) {
    assertThatThrownBy(() -> api.builder().maxRetries(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxRetries");
  }

  private static int attemptsAfterA503(ApiCase api, int maxRetries) {
    server.resetAll();
    Op op = api.get();
    api.stubCredentials(server);
    server.stubFor(request(op.method(), urlPathEqualTo(op.path())).willReturn(aResponse().withStatus(503)));
    try (Session session = api.session(api.builder().fromEnv(api.env(server.baseUrl())).retryPolicy(NO_WAIT).maxRetries(maxRetries))) {
      assertThatThrownBy(() -> session.call(op)).isInstanceOf(InternalServerException.class);
    }
    return server.findAll(requestedFor(op.method(), urlPathEqualTo(op.path()))).size();
  }
}
