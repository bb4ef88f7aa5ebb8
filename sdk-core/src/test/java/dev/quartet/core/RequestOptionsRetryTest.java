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
import dev.quartet.core.errors.ErrorBodies;
import dev.quartet.core.errors.InternalServerException;
import dev.quartet.core.retry.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A call's RequestOptions can change how that call alone is retried. */
class RequestOptionsRetryTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final TypeReference<JsonNode> JSON = new TypeReference<>() {};
  private static final ApiRequest GET = ApiRequest.builder("GET", "/flaky").build();

  private final List<Duration> sleeps = new ArrayList<>();
  private final RetryPolicy clientPolicy = RetryPolicy.builder().maxRetries(1).sleeper(sleeps::add).build();
  private final Transport transport = Transport.builder("test").retryPolicy(clientPolicy).build();
  private final ApiInvoker invoker = ApiInvoker.create(transport.unauthenticated(), HttpUrl.get(wm.baseUrl()),
      Json.mapper(), ErrorBodies.generic(Json.mapper()));

  @BeforeEach
  void stub() {
    wm.stubFor(get("/flaky").willReturn(aResponse().withStatus(503)));
  }

  @AfterEach
  void close() {
    transport.close();
  }

  private int attempts(ApiInvoker calls) {
    wm.resetRequests();
    assertThatThrownBy(() -> calls.execute(GET, JSON)).isInstanceOf(InternalServerException.class);
    return wm.findAll(getRequestedFor(urlPathEqualTo("/flaky"))).size();
  }

  @Test
  void theClientPolicyAppliesWithoutOptions() {
    assertThat(attempts(invoker)).isEqualTo(2);
  }

  @Test
  void maxRetriesChangesOnlyTheCallsThatCarryIt() {
    assertThat(attempts(invoker.withOptions(RequestOptions.builder().maxRetries(3).build()))).isEqualTo(4);
    assertThat(attempts(invoker.withOptions(RequestOptions.builder().maxRetries(0).build()))).isEqualTo(1);
    assertThat(attempts(invoker)).isEqualTo(2);
  }

  @Test
  void aWholePolicyReplacesTheClients() {
    List<Duration> own = new ArrayList<>();
    RetryPolicy policy = RetryPolicy.builder().maxRetries(2).sleeper(own::add).build();
    sleeps.clear();
    assertThat(attempts(invoker.withOptions(RequestOptions.builder().retryPolicy(policy).build()))).isEqualTo(3);
    assertThat(own).hasSize(2);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void aLaterPolicyResetsAnEarlierCountAndALaterCountAdjustsTheEarlierPolicy() {
    RetryPolicy three = RetryPolicy.builder().maxRetries(3).sleeper(d -> { }).build();
    RequestOptions count = RequestOptions.builder().maxRetries(0).build();
    RequestOptions policy = RequestOptions.builder().retryPolicy(three).build();
    assertThat(attempts(invoker.withOptions(count).withOptions(policy))).isEqualTo(4);
    assertThat(attempts(invoker.withOptions(policy).withOptions(count))).isEqualTo(1);
  }

  @Test
  void aNegativeCountIsRefused() {
    assertThatThrownBy(() -> RequestOptions.builder().maxRetries(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxRetries");
    assertThatThrownBy(() -> RequestOptions.builder().retryPolicy(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("retryPolicy");
  }
}
