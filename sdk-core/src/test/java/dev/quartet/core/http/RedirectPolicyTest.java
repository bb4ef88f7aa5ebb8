package dev.quartet.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.quartet.core.ApiInvoker;
import dev.quartet.core.ApiRequest;
import dev.quartet.core.Json;
import dev.quartet.core.Transport;
import dev.quartet.core.errors.ErrorBodies;
import dev.quartet.core.errors.RedirectRefusedException;
import dev.quartet.core.retry.RetryPolicy;
import java.util.Map;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Same-origin redirects are followed as HTTP says, with credentials; the rest is refused or stripped. */
class RedirectPolicyTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final TypeReference<JsonNode> JSON = new TypeReference<>() {};
  private static final SdkInterceptor AUTH = step -> step.proceed(
      step.request().newBuilder().header("Authorization", "Bearer same-host-token").build());

  private final Transport transport = Transport.builder("test").retryPolicy(RetryPolicy.none()).build();
  private final ApiInvoker invoker = ApiInvoker.create(transport.client(AUTH), HttpUrl.get(wm.baseUrl()),
      Json.mapper(), ErrorBodies.generic(Json.mapper()));

  @AfterEach
  void close() {
    transport.close();
  }

  @Test
  void aSameOrigin307KeepsMethodBodyAndCredentials() {
    wm.stubFor(post("/old").willReturn(aResponse().withStatus(307).withHeader("Location", "/new")));
    wm.stubFor(post("/new").withHeader("Authorization", equalTo("Bearer same-host-token"))
        .withRequestBody(equalTo("{\"name\":\"x\"}")).willReturn(okJson("{\"ok\":true}")));
    JsonNode answer = invoker.execute(ApiRequest.builder("POST", "/old").body(Map.of("name", "x")).build(), JSON).body();
    assertThat(answer.get("ok").asBoolean()).isTrue();
  }

  @Test
  void aSameOrigin303TurnsAPostIntoABodilessGet() {
    wm.stubFor(post("/things").willReturn(aResponse().withStatus(303).withHeader("Location", "/things/1")));
    wm.stubFor(get("/things/1").willReturn(okJson("{\"id\":1}")));
    assertThat(invoker.execute(ApiRequest.builder("POST", "/things").body(Map.of("a", 1)).build(), JSON).body().get("id").asInt())
        .isEqualTo(1);
    wm.verify(getRequestedFor(urlPathEqualTo("/things/1")).withHeader("Content-Type", absent())
        .withHeader("Authorization", equalTo("Bearer same-host-token")));
  }

  @Test
  void aCredentialRequestFollowsNoRedirectEvenOnItsOwnHost() {
    wm.stubFor(post("/auth").willReturn(aResponse().withStatus(307).withHeader("Location", "/auth2")));
    ApiRequest login = ApiRequest.builder("POST", "/auth").credentialExchange().form("password", "pw-Kq19").build();
    assertThatThrownBy(() -> invoker.execute(login, JSON))
        .isInstanceOf(RedirectRefusedException.class)
        .hasMessage("HTTP 307 redirect to http://localhost:" + wm.getPort()
            + " not followed: requests that carry credentials never follow redirects")
        .hasMessageNotContaining("pw-Kq19");
    wm.verify(0, postRequestedFor(urlPathEqualTo("/auth2")));
  }

  @Test
  void aRedirectLoopEndsAfterTwentyHops() {
    wm.stubFor(get("/loop").willReturn(aResponse().withStatus(302).withHeader("Location", "/loop")));
    assertThatThrownBy(() -> invoker.execute(ApiRequest.builder("GET", "/loop").build(), JSON))
        .isInstanceOf(RedirectRefusedException.class).hasMessageContaining("more than 20 redirects");
    wm.verify(21, getRequestedFor(urlPathEqualTo("/loop")));
  }
}
