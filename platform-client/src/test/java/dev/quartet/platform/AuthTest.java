package dev.quartet.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.quartet.core.errors.AuthenticationException;
import dev.quartet.core.errors.ConfigurationException;
import dev.quartet.core.errors.PermissionDeniedException;
import dev.quartet.core.retry.RetryPolicy;
import dev.quartet.core.testing.Concurrently;
import dev.quartet.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
  static final String LIST = "/api/v1/objects";

  private PlatformClient.Builder client() {
    return PlatformClient.builder().baseUrl(wm.baseUrl()).retryPolicy(RetryPolicy.none());
  }

  private static String tokenAnswer(String token, Instant expiresAt) {
    return "{\"success\":true,\"type\":\"access\",\"token\":\"" + token + "\",\"issuedAt\":" + T0.toEpochMilli()
        + ",\"expiresAt\":" + expiresAt.toEpochMilli() + "}";
  }

  @Test
  void readyTokenIsSentAsBearer() {
    wm.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson("[]")));
    try (PlatformClient platform = client().token("tok-1").build()) {
      assertThat(platform.store("objects").list()).isEmpty();
    }
    wm.verify(getRequestedFor(urlEqualTo(LIST)).withHeader("Authorization", equalTo("Bearer tok-1")));
    wm.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/auth/token")));
  }

  @Test
  void tokenLoginSendsCredentialsOnceAndReusesTheToken() {
    wm.stubFor(post(urlEqualTo("/api/v1/auth/token")).willReturn(okJson(tokenAnswer("A", T0.plus(Duration.ofHours(24))))));
    wm.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson("[]")));
    try (PlatformClient platform = client().login("api-user", "s3cret").clock(new MutableClock(T0)).build()) {
      platform.store("objects").list();
      platform.store("objects").list();
    }
    wm.verify(1, postRequestedFor(urlEqualTo("/api/v1/auth/token"))
        .withHeader("Authorization", absent())
        .withRequestBody(equalToJson("{\"login\":\"api-user\",\"password\":\"s3cret\"}")));
    wm.verify(2, getRequestedFor(urlEqualTo(LIST)).withHeader("Authorization", equalTo("Bearer A")));
  }

  @Test
  void tokenIsRenewedShortlyBeforeExpiresAt() {
    loginAnswersAThenB(T0.plus(Duration.ofHours(1)));
    wm.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson("[]")));
    MutableClock clock = new MutableClock(T0);
    try (PlatformClient platform = client().login("u", "p").clock(clock).refreshBefore(Duration.ofMinutes(2)).build()) {
      platform.store("objects").list();
      clock.advance(Duration.ofMinutes(57)); // 3 minutes left: still good
      platform.store("objects").list();
      clock.advance(Duration.ofMinutes(2)); // 1 minute left: inside the renewal window
      platform.store("objects").list();
    }
    wm.verify(2, postRequestedFor(urlEqualTo("/api/v1/auth/token")));
    wm.verify(2, getRequestedFor(urlEqualTo(LIST)).withHeader("Authorization", equalTo("Bearer A")));
    wm.verify(1, getRequestedFor(urlEqualTo(LIST)).withHeader("Authorization", equalTo("Bearer B")));
  }

  @Test
  void a401LeadsToOneNewLoginAndOneReplay() {
    loginAnswersAThenB(T0.plus(Duration.ofHours(24)));
    wm.stubFor(get(urlPathEqualTo(LIST)).withHeader("Authorization", equalTo("Bearer A"))
        .willReturn(aResponse().withStatus(401).withBody(Fixtures.read("error-401.json"))));
    wm.stubFor(get(urlPathEqualTo(LIST)).withHeader("Authorization", equalTo("Bearer B")).willReturn(okJson("[]")));
    try (PlatformClient platform = client().login("u", "p").clock(new MutableClock(T0)).build()) {
      assertThat(platform.store("objects").list()).isEmpty();
    }
    wm.verify(2, postRequestedFor(urlEqualTo("/api/v1/auth/token")));
  }

  @Test
  void aSecond401GoesToTheCaller() {
    wm.stubFor(post(urlEqualTo("/api/v1/auth/token")).willReturn(okJson(tokenAnswer("A", T0.plus(Duration.ofHours(24))))));
    wm.stubFor(get(urlPathEqualTo(LIST)).willReturn(aResponse().withStatus(401).withBody(Fixtures.read("error-401.json"))));
    try (PlatformClient platform = client().login("u", "p").clock(new MutableClock(T0)).build()) {
      assertThatThrownBy(() -> platform.store("objects").list())
          .isInstanceOf(AuthenticationException.class)
          .satisfies(e -> assertThat(PlatformErrors.tags((AuthenticationException) e)).containsExactly("error_unauthorized"));
    }
  }

  @Test
  void wrongPasswordIsATypedErrorWithoutTheSecret() {
    wm.stubFor(post(urlEqualTo("/api/v1/auth/token"))
        .willReturn(aResponse().withStatus(403).withBody(Fixtures.read("error-403.json"))));
    try (PlatformClient platform = client().login("u", "hunter2").build()) {
      assertThatThrownBy(() -> platform.store("objects").list())
          .isInstanceOf(PermissionDeniedException.class)
          .hasMessage("HTTP 403: Forbidden")
          .satisfies(e -> assertThat(PlatformErrors.hasTag((PermissionDeniedException) e, "error_credentials")).isTrue())
          .satisfies(e -> assertThat(e.toString()).doesNotContain("hunter2"));
      assertThat(platform.toString()).doesNotContain("hunter2");
    }
  }

  @Test
  void twentyConcurrentCallersShareOneLogin() throws Exception {
    wm.stubFor(post(urlEqualTo("/api/v1/auth/token"))
        .willReturn(okJson(tokenAnswer("A", T0.plus(Duration.ofHours(24)))).withFixedDelay(300)));
    wm.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson("[]")));
    try (PlatformClient platform = client().login("u", "p").clock(new MutableClock(T0)).build()) {
      assertThat(Concurrently.run(20, () -> platform.store("objects").list())).hasSize(20);
    }
    wm.verify(1, postRequestedFor(urlEqualTo("/api/v1/auth/token")));
    wm.verify(20, getRequestedFor(urlEqualTo(LIST)).withHeader("Authorization", equalTo("Bearer A")));
  }

  @Test
  void twentyConcurrentCallersRejectedWith401ShareOneRenewal() throws Exception {
    loginAnswersAThenB(T0.plus(Duration.ofHours(24)));
    wm.stubFor(get(urlPathEqualTo(LIST)).withHeader("Authorization", equalTo("Bearer A"))
        .willReturn(aResponse().withStatus(401).withFixedDelay(100)));
    wm.stubFor(get(urlPathEqualTo(LIST)).withHeader("Authorization", equalTo("Bearer B")).willReturn(okJson("[]")));
    try (PlatformClient platform = client().login("u", "p").clock(new MutableClock(T0)).build()) {
      platform.store("objects").list(); // logs in (A), is rejected, logs in again (B)
      wm.resetRequests();
      assertThat(Concurrently.run(20, () -> platform.store("objects").list())).hasSize(20);
    }
    wm.verify(0, postRequestedFor(urlEqualTo("/api/v1/auth/token")));
    wm.verify(20, getRequestedFor(urlEqualTo(LIST)).withHeader("Authorization", equalTo("Bearer B")));
  }

  private void loginAnswersAThenB(Instant expiresAt) {
    wm.stubFor(post(urlEqualTo("/api/v1/auth/token")).inScenario("login").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson(tokenAnswer("A", expiresAt))).willSetStateTo("second"));
    wm.stubFor(post(urlEqualTo("/api/v1/auth/token")).inScenario("login").whenScenarioStateIs("second")
        .willReturn(okJson(tokenAnswer("B", expiresAt.plus(Duration.ofHours(24))))));
  }

  // --- cookie session ---

  private static String cookie(String sid, boolean live) {
    return "sid=" + sid + "; Path=/; Expires=" + (live ? "Fri, 01 Jan 2100 00:00:00 GMT" : "Thu, 1 Jan 2015 00:00:00 GMT") + "; HttpOnly";
  }

  @Test
  void cookieSessionLogsInAndSendsTheSid() {
    wm.stubFor(post(urlEqualTo("/api/v1/auth"))
        .willReturn(okJson(Fixtures.read("login-answer.json")).withHeader("Set-Cookie", cookie("S1", true))));
    wm.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson("[]")));
    try (PlatformClient platform = client().login("u", "p").authMode(AuthMode.COOKIE).build()) {
      platform.store("objects").list();
      platform.store("objects").list();
    }
    wm.verify(1, postRequestedFor(urlEqualTo("/api/v1/auth"))
        .withHeader("Cookie", absent())
        .withRequestBody(equalToJson("{\"login\":\"u\",\"password\":\"p\"}")));
    wm.verify(2, getRequestedFor(urlEqualTo(LIST)).withHeader("Cookie", equalTo("sid=S1")).withHeader("Authorization", absent()));
  }

  @Test
  void cookieSessionLogsInAgainAfterA401() {
    wm.stubFor(post(urlEqualTo("/api/v1/auth")).inScenario("cookie").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson("{\"success\":true}").withHeader("Set-Cookie", cookie("S1", true))).willSetStateTo("second"));
    wm.stubFor(post(urlEqualTo("/api/v1/auth")).inScenario("cookie").whenScenarioStateIs("second")
        .willReturn(okJson("{\"success\":true}").withHeader("Set-Cookie", cookie("S2", true))));
    wm.stubFor(get(urlPathEqualTo(LIST)).withCookie("sid", equalTo("S1"))
        .willReturn(aResponse().withStatus(401).withBody(Fixtures.read("error-401.json"))));
    wm.stubFor(get(urlPathEqualTo(LIST)).withCookie("sid", equalTo("S2")).willReturn(okJson("[]")));
    try (PlatformClient platform = client().login("u", "p").authMode(AuthMode.COOKIE).build()) {
      assertThat(platform.store("objects").list()).isEmpty();
      assertThat(platform.store("objects").list()).isEmpty();
    }
    wm.verify(2, postRequestedFor(urlEqualTo("/api/v1/auth")));
    wm.verify(2, getRequestedFor(urlEqualTo(LIST)).withCookie("sid", equalTo("S2")));
  }

  @Test
  void anExpiredSessionCookieIsNotSentAndLeadsToANewLoginBeforeTheNextCall() {
    // The seed's own sample sets a cookie that expired in 2015: it must never be sent back.
    wm.stubFor(post(urlEqualTo("/api/v1/auth")).inScenario("cookie").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson("{\"sucess\":true}").withHeader("Set-Cookie", cookie("OLD", false))).willSetStateTo("second"));
    wm.stubFor(post(urlEqualTo("/api/v1/auth")).inScenario("cookie").whenScenarioStateIs("second")
        .willReturn(okJson("{\"success\":true}").withHeader("Set-Cookie", cookie("NEW", true))));
    wm.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson("[]")));
    try (PlatformClient platform = client().login("u", "p").authMode(AuthMode.COOKIE).build()) {
      platform.store("objects").list();
      platform.store("objects").list();
    }
    wm.verify(2, postRequestedFor(urlEqualTo("/api/v1/auth")));
    wm.verify(1, getRequestedFor(urlEqualTo(LIST)).withHeader("Cookie", absent()));
    wm.verify(1, getRequestedFor(urlEqualTo(LIST)).withHeader("Cookie", equalTo("sid=NEW")));
  }

  @Test
  void cookieLoginWithoutSidIsAClearError() {
    wm.stubFor(post(urlEqualTo("/api/v1/auth")).willReturn(okJson("{\"success\":true}")));
    try (PlatformClient platform = client().login("u", "p").authMode(AuthMode.COOKIE).build()) {
      assertThatThrownBy(() -> platform.store("objects").list()).hasMessageContaining("without a sid cookie");
    }
    wm.verify(0, getRequestedFor(urlEqualTo(LIST)));
  }

  // --- configuration ---

  @Test
  void fromEnvPicksTheAuthMode() {
    wm.stubFor(post(urlEqualTo("/api/v1/auth")).willReturn(okJson("{}").withHeader("Set-Cookie", cookie("S", true))));
    wm.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson("[]")));
    try (PlatformClient platform = PlatformClient.fromEnv(Map.of("PLATFORM_BASE_URL", wm.baseUrl(),
        "PLATFORM_LOGIN", "u", "PLATFORM_PASSWORD", "p", "PLATFORM_AUTH", "cookie"))) {
      platform.store("objects").list();
      assertThat(platform.toString()).contains("cookie session as u").doesNotContain("p}");
    }
    wm.verify(getRequestedFor(urlEqualTo(LIST)).withHeader("Cookie", equalTo("sid=S")));
    try (PlatformClient platform = PlatformClient.fromEnv(Map.of("PLATFORM_BASE_URL", wm.baseUrl(), "PLATFORM_TOKEN", "T"))) {
      platform.store("objects").list();
    }
    wm.verify(getRequestedFor(urlEqualTo(LIST)).withHeader("Authorization", equalTo("Bearer T")));
  }

  @Test
  void fromEnvDefaultsToTheVendorCloudAndExplainsMissingCredentials() {
    try (PlatformClient platform = PlatformClient.fromEnv(Map.of("PLATFORM_TOKEN", "T"))) {
      assertThat(platform.baseUrl()).isEqualTo("https://dev.rightech.io/");
    }
    assertThatThrownBy(() -> PlatformClient.fromEnv(Map.of()))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("PLATFORM_LOGIN");
    assertThatThrownBy(() -> PlatformClient.fromEnv(Map.of("PLATFORM_LOGIN", "u", "PLATFORM_PASSWORD", "p", "PLATFORM_AUTH", "basic")))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("token or cookie");
  }

  @Test
  void builderRefusesMissingOrDoubleCredentials() {
    assertThatThrownBy(() -> PlatformClient.builder().build())
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("credentials are required");
    assertThatThrownBy(() -> PlatformClient.builder().token("t").login("u", "p").build())
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("not both");
    assertThatThrownBy(() -> PlatformClient.builder().login("u", "").build())
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("password");
    assertThatThrownBy(() -> PlatformClient.builder().baseUrl("ftp://x").token("t").build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
