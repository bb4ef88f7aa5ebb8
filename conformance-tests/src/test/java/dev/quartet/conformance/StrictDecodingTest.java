package dev.quartet.conformance;

import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.quartet.conformance.ApiCase.Op;
import dev.quartet.conformance.ApiCase.Session;
import dev.quartet.core.errors.UnreadableResponseException;
import dev.quartet.core.retry.RetryPolicy;
import java.time.Duration;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every client builder's {@code strictDecoding} reaches its decoder: one misfit property fails only when it is on. */
class StrictDecodingTest {
  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final OkHttpClient http = new OkHttpClient();

  static Stream<ApiCase> apis() {
    return FaultSuiteTest.APIS.stream();
  }

  private Object call(ApiCase api, boolean strict) {
    Op get = api.get();
    server.stubFor(request(get.method(), urlPathEqualTo(get.path()))
        .willReturn(FaultSuiteTest.json(get.okStatus(), api.getBodyWithMisfit())));
    try (Session session = api.open(server.baseUrl(), http, RetryPolicy.none(), Duration.ofSeconds(10), strict)) {
      return session.call(get);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apis")
  void tolerantByDefault(ApiCase api) {
    api.stubCredentials(server);
    assertThat(call(api, false)).isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apis")
  void strictWhenAsked(ApiCase api) {
    api.stubCredentials(server);
    assertThatThrownBy(() -> call(api, true))
        .isInstanceOf(UnreadableResponseException.class)
        .hasMessageContaining("answered a body that is not the expected");
  }
}
