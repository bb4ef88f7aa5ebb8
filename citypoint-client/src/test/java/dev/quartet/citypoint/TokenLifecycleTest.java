package dev.quartet.citypoint;

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
import static dev.quartet.citypoint.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.quartet.core.testing.Concurrently;
import dev.quartet.core.errors.AuthenticationException;
import dev.quartet.core.testing.LogCapture;
import dev.quartet.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TokenLifecycleTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String TOKEN_PATH = "/v2.1/oauth/token";
  private static final String CARS_PATH = "/v2.1/user/478/cars";
  private static final String TOKEN_A = jwt(478, "a");
  private static final String TOKEN_B = jwt(478, "b");
  private static final String TOKEN_C = jwt(478, "c");

  private void passwordGrantAnswers(String... tokens) {
    String state = Scenario.STARTED;
    for (int i = 0; i < tokens.length; i++) {
      String nextState = "issued-" + (i + 1);
      wm.stubFor(post(urlPathEqualTo(TOKEN_PATH)).inScenario("password").whenScenarioStateIs(state)
          .withFormParam("grant_type", equalTo("password"))
          .willReturn(okJson(tokenJson(tokens[i], "refresh-" + (i + 1), 3600)))
          .willSetStateTo(nextState));
      state = nextState;
    }
  }

  private void carsAnswerFor(String token) {
    wm.stubFor(get(urlPathEqualTo(CARS_PATH)).withHeader("Authorization", equalTo("Bearer " + token))
        .willReturn(aResponse().withHeader("Content-Type", JSON_API).withBody(resource("cars.json"))));
  }

  @Test
  void passwordGrantSendsTheDocumentedFormAtFirstUseOnly() {
    passwordGrantAnswers(TOKEN_A);
    carsAnswerFor(TOKEN_A);
    try (CitypointClient client = client(wm)) {
      assertThat(client.cars().list().page(Query.create()).items()).hasSize(2);
      assertThat(client.cars().list().page(Query.create()).items()).hasSize(2);
    }
    wm.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
    LoggedRequest token = wm.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH))).get(0);
    assertThat(token.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(token.getHeader("Authorization")).isNull();
    assertThat(token.getBodyAsString()).isEqualTo(
        "grant_type=password&client_id=cid-1&client_secret=s3cret-client&username=fleet.manager&password=pa55-w0rd");
    wm.verify(2, getRequestedFor(urlPathEqualTo(CARS_PATH))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN_A))
        .withHeader("Accept", equalTo(JSON_API)));
  }

  @Test
  void scopeIsSentWhenConfigured() {
    passwordGrantAnswers(TOKEN_A);
    carsAnswerFor(TOKEN_A);
    try (CitypointClient client = builder(wm).scope("notes").build()) {
      client.cars().list().page(Query.create());
    }
    assertThat(wm.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH))).get(0).getBodyAsString()).endsWith("&scope=notes");
  }

  @Test
  void refreshGrantShortlyBeforeExpiry() {
    passwordGrantAnswers(TOKEN_A);
    wm.stubFor(post(urlPathEqualTo(TOKEN_PATH)).withFormParam("grant_type", equalTo("refresh_token"))
        .willReturn(okJson(tokenJson(TOKEN_B, "refresh-2", 3600))));
    carsAnswerFor(TOKEN_A);
    carsAnswerFor(TOKEN_B);
    MutableClock clock = new MutableClock(Instant.parse("2024-05-01T00:00:00Z"));
    try (CitypointClient client = builder(wm).clock(clock).refreshMargin(Duration.ofSeconds(60)).build()) {
      client.cars().list().page(Query.create());
      clock.advance(Duration.ofSeconds(3600 - 61)); // still outside the margin
      client.cars().list().page(Query.create());
      wm.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
      clock.advance(Duration.ofSeconds(2)); // now within 60 s of expiry
      client.cars().list().page(Query.create());
    }
    List<LoggedRequest> tokenCalls = wm.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
    assertThat(tokenCalls).hasSize(2);
    assertThat(tokenCalls.get(1).getBodyAsString())
        .isEqualTo("grant_type=refresh_token&client_id=cid-1&client_secret=s3cret-client&refresh_token=refresh-1");
    wm.verify(2, getRequestedFor(urlPathEqualTo(CARS_PATH)).withHeader("Authorization", equalTo("Bearer " + TOKEN_A)));
    wm.verify(1, getRequestedFor(urlPathEqualTo(CARS_PATH)).withHeader("Authorization", equalTo("Bearer " + TOKEN_B)));
  }

  @Test
  void unauthorizedAnswerRefreshesOnceAndReplays() {
    passwordGrantAnswers(TOKEN_A);
    wm.stubFor(post(urlPathEqualTo(TOKEN_PATH)).withFormParam("grant_type", equalTo("refresh_token"))
        .withFormParam("refresh_token", equalTo("refresh-1"))
        .willReturn(okJson(tokenJson(TOKEN_B, "refresh-2", 3600))));
    wm.stubFor(get(urlPathEqualTo(CARS_PATH)).withHeader("Authorization", equalTo("Bearer " + TOKEN_A))
        .willReturn(aResponse().withStatus(401)));
    carsAnswerFor(TOKEN_B);
    try (CitypointClient client = client(wm)) {
      assertThat(client.cars().list().page(Query.create()).items()).extracting(Car::id).containsExactly("1", "2");
    }
    wm.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
    wm.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH)).withFormParam("grant_type", equalTo("refresh_token")));
    wm.verify(2, getRequestedFor(urlPathEqualTo(CARS_PATH)));
  }

  @Test
  void secondUnauthorizedAnswerReachesTheCaller() {
    passwordGrantAnswers(TOKEN_A);
    wm.stubFor(post(urlPathEqualTo(TOKEN_PATH)).withFormParam("grant_type", equalTo("refresh_token"))
        .willReturn(okJson(tokenJson(TOKEN_B, "refresh-2", 3600))));
    wm.stubFor(get(urlPathEqualTo(CARS_PATH)).willReturn(aResponse().withStatus(401)));
    try (CitypointClient client = client(wm)) {
      assertThatThrownBy(() -> client.cars().list().page(Query.create())).isInstanceOf(AuthenticationException.class);
    }
    wm.verify(2, getRequestedFor(urlPathEqualTo(CARS_PATH)));
  }

  @Test
  void refusedRefreshFallsBackToThePasswordGrant() {
    passwordGrantAnswers(TOKEN_A, TOKEN_C);
    wm.stubFor(post(urlPathEqualTo(TOKEN_PATH)).withFormParam("grant_type", equalTo("refresh_token"))
        .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
            .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"refresh token expired\"}")));
    wm.stubFor(get(urlPathEqualTo(CARS_PATH)).withHeader("Authorization", equalTo("Bearer " + TOKEN_A))
        .willReturn(aResponse().withStatus(401)));
    carsAnswerFor(TOKEN_C);
    try (CitypointClient client = client(wm)) {
      assertThat(client.cars().list().page(Query.create()).items()).hasSize(2);
    }
    List<LoggedRequest> tokenCalls = wm.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
    assertThat(tokenCalls).extracting(r -> r.formParameters().get("grant_type").firstValue())
        .containsExactly("password", "refresh_token", "password");
    wm.verify(1, getRequestedFor(urlPathEqualTo(CARS_PATH)).withHeader("Authorization", equalTo("Bearer " + TOKEN_C)));
  }

  @Test
  void twentyConcurrentCallersShareOneTokenRequest() throws Exception {
    wm.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(okJson(tokenJson(TOKEN_A, "refresh-1", 3600)).withFixedDelay(150)));
    carsAnswerFor(TOKEN_A);
    try (CitypointClient client = client(wm)) {
      assertThat(Concurrently.run(20, () -> client.cars().list().page(Query.create()).items().size()))
          .hasSize(20).containsOnly(2);
    }
    wm.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
    wm.verify(20, getRequestedFor(urlPathEqualTo(CARS_PATH)).withHeader("Authorization", equalTo("Bearer " + TOKEN_A)));
  }

  @Test
  void userIdComesFromTheJwtPayload() {
    String stringId = jwt("9001", "s");
    wm.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(okJson(tokenJson(stringId, "r", 3600))));
    wm.stubFor(get(urlPathEqualTo("/v2.1/user/9001/cars"))
        .willReturn(aResponse().withHeader("Content-Type", JSON_API).withBody(resource("cars.json"))));
    try (CitypointClient client = client(wm)) {
      assertThat(client.userId()).isEqualTo("9001");
      assertThat(client.cars().list().page(Query.create()).items()).hasSize(2);
    }
    wm.verify(1, getRequestedFor(urlPathEqualTo("/v2.1/user/9001/cars")));
  }

  @Test
  void numericUserIdClaimIsUsedAsText() {
    passwordGrantAnswers(TOKEN_A);
    try (CitypointClient client = client(wm)) {
      assertThat(client.userId()).isEqualTo("478");
    }
  }

  @Test
  void explicitUserIdOverridesTheToken() {
    passwordGrantAnswers(TOKEN_A);
    wm.stubFor(get(urlPathEqualTo("/v2.1/user/12/cars"))
        .willReturn(aResponse().withHeader("Content-Type", JSON_API).withBody(resource("cars.json"))));
    try (CitypointClient client = builder(wm).userId("12").build()) {
      assertThat(client.userId()).isEqualTo("12");
      client.cars().list().page(Query.create());
    }
    wm.verify(1, getRequestedFor(urlPathEqualTo("/v2.1/user/12/cars")));
  }

  @Test
  void tokenWithoutUserIdClaimFailsClearlyWithoutShowingTheToken() {
    String opaque = "not-a-jwt-token-value";
    wm.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(okJson(tokenJson(opaque, "r", 3600))));
    try (CitypointClient client = client(wm)) {
      assertThatThrownBy(client::userId).hasMessageContaining("user_id").hasMessageContaining("userId")
          .hasMessageNotContaining(opaque);
    }
  }

  @Test
  void wrongCredentialsBecomeAnAuthenticationErrorWithoutSecrets() {
    wm.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}")));
    try (LogCapture logs = new LogCapture(); CitypointClient client = client(wm)) {
      assertThatThrownBy(() -> client.cars().list().page(Query.create()))
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("Client authentication failed")
          .hasMessageNotContaining(PASSWORD).hasMessageNotContaining(CLIENT_SECRET);
      assertThat(logs.all()).doesNotContain(PASSWORD).doesNotContain(CLIENT_SECRET);
    }
    wm.verify(0, getRequestedFor(urlPathEqualTo(CARS_PATH)));
    wm.verify(postRequestedFor(urlPathEqualTo(TOKEN_PATH)).withHeader("Authorization", absent()));
  }
}
