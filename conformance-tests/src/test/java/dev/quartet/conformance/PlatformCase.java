package dev.quartet.conformance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit.Stubbing;
import dev.quartet.core.ClientBuilder;
import dev.quartet.core.SdkClient;
import dev.quartet.core.retry.RetryPolicy;
import dev.quartet.platform.AuthMode;
import dev.quartet.platform.PlatformClient;
import dev.quartet.platform.model.Entity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.OkHttpClient;

/** Rightech IoT Cloud: a login exchanged for a bearer token, or (cookie mode) for a {@code sid} session. */
final class PlatformCase implements ApiCase {
  static final String LOGIN = "pf-user";
  static final String PASSWORD = "pf-password-Jx52";
  static final String TOKEN = "pf-issued-token-Rt07";
  static final String SID = "pf-session-sid-Yb66";
  static final String ID = "5f0c0ffee000000000000101";
  static final String ENTITY = "{\"_id\":\"" + ID + "\",\"name\":\"Boiler 1\",\"time\":1714557600000}";

  private final AuthMode mode;

  PlatformCase(AuthMode mode) {
    this.mode = mode;
  }

  static String tokenAnswer(String token, Instant expiresAt) {
    return "{\"success\":true,\"type\":\"access\",\"token\":\"" + token + "\",\"issuedAt\":"
        + Instant.now().toEpochMilli() + ",\"expiresAt\":" + expiresAt.toEpochMilli() + "}";
  }

  static String sidCookie(String sid) {
    return "sid=" + sid + "; Path=/; HttpOnly";
  }

  @Override
  public String name() {
    return mode == AuthMode.COOKIE ? "platform-cookie" : "platform";
  }

  @Override
  public void stubCredentials(Stubbing server) {
    if (mode == AuthMode.COOKIE) {
      server.stubFor(WireMock.post(urlPathEqualTo("/api/v1/auth")).willReturn(aResponse().withStatus(200)
          .withHeader("Content-Type", "application/json").withHeader("Set-Cookie", sidCookie(SID))
          .withBody("{\"success\":true}")));
    } else {
      server.stubFor(WireMock.post(urlPathEqualTo("/api/v1/auth/token"))
          .willReturn(okJson(tokenAnswer(TOKEN, Instant.now().plus(Duration.ofDays(1))))));
    }
  }

  @Override
  public Optional<Endpoint> credentialEndpoint() {
    return Optional.of(new Endpoint("POST", mode == AuthMode.COOKIE ? "/api/v1/auth" : "/api/v1/auth/token"));
  }

  @Override
  public Op get() {
    return new Op("GET", "/api/v1/objects/" + ID, ENTITY, 200);
  }

  @Override
  public Optional<Op> post() {
    return Optional.of(new Op("POST", "/api/v1/objects", ENTITY, 200));
  }

  @Override
  public Session open(String baseUrl, OkHttpClient http, RetryPolicy retries, Duration timeout, boolean strict) {
    return session(PlatformClient.builder().baseUrl(baseUrl).login(LOGIN, PASSWORD).authMode(mode)
        .httpClient(http).retryPolicy(retries).timeout(timeout).strictDecoding(strict));
  }

  @Override
  public Session session(ClientBuilder<?> builder) {
    PlatformClient client = ((PlatformClient.Builder) builder).build();
    return new ClientSession<>(client, client.withOptions(ApiCase.callerOptions()), builder,
        (c, op) -> op.isPost() ? c.store("objects").create(new Entity().name("Boiler 1")) : c.store("objects").get(ID));
  }

  @Override
  public String getBodyWithMisfit() {
    return "{\"_id\":\"" + ID + "\",\"name\":{\"ru\":\"Котёл\"}}";
  }

  @Override
  public List<String> secrets() {
    return List.of(PASSWORD, TOKEN, SID, CALLER_SECRET);
  }

  /** Token mode: a fixed token, the variable that takes the place of the login. Cookie mode: the login. */
  @Override
  public Map<String, String> env(String serverUrl) {
    return mode == AuthMode.COOKIE
        ? Map.of("PLATFORM_BASE_URL", serverUrl, "PLATFORM_AUTH", "cookie", "PLATFORM_LOGIN", LOGIN, "PLATFORM_PASSWORD", PASSWORD)
        : Map.of("PLATFORM_BASE_URL", serverUrl, "PLATFORM_TOKEN", TOKEN);
  }

  @Override
  public Header envCredential() {
    return mode == AuthMode.COOKIE ? new Header("Cookie", "sid=" + SID) : new Header("Authorization", "Bearer " + TOKEN);
  }

  @Override
  public ClientBuilder<?> builder() {
    return PlatformClient.builder();
  }

  @Override
  public SdkClient fromEnv(Map<String, String> env) {
    return PlatformClient.fromEnv(env);
  }


  @Override
  public String toString() {
    return name();
  }
}
