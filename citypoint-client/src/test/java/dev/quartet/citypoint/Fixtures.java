package dev.quartet.citypoint;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.quartet.core.retry.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;

/** Shared test helpers: dummy JWTs, token answers, fixtures and a client pointed at WireMock. */
final class Fixtures {
  static final String CLIENT_ID = "cid-1";
  static final String CLIENT_SECRET = "s3cret-client";
  static final String USERNAME = "fleet.manager";
  static final String PASSWORD = "pa55-w0rd";
  static final String JSON_API = "application/vnd.api+json";

  private Fixtures() {}

  /** An unsigned-looking JWT whose payload carries {@code user_id} (number or string) and a marker. */
  static String jwt(Object userId, String marker) {
    String header = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
    String id = userId instanceof String ? "\"" + userId + "\"" : String.valueOf(userId);
    String payload = b64("{\"user_id\":" + id + ",\"jti\":\"" + marker + "\",\"iat\":1445412480}");
    return header + "." + payload + ".c2lnbmF0dXJl";
  }

  static String tokenJson(String accessToken, String refreshToken, long expiresIn) {
    return "{\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + ",\"access_token\":\"" + accessToken
        + "\",\"refresh_token\":\"" + refreshToken + "\"}";
  }

  static String resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The token endpoint answering a token for user 478, as most tests need. */
  static void stubToken(WireMockExtension wm) {
    wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
            com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/v2.1/oauth/token"))
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(tokenJson(jwt(478, "a"), "r", 3600))));
  }

  /** The bearer header the requests of {@link #stubToken} carry. */
  static String bearer() {
    return "Bearer " + jwt(478, "a");
  }

  /** A JSON:API answer with {@code status} and {@code body}. */
  static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder document(int status, String body) {
    return com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(status)
        .withHeader("Content-Type", JSON_API).withHeader("Last-Modified", "Mon, 20 May 2024 09:30:00 GMT").withBody(body);
  }

  static CitypointClient.Builder builder(WireMockExtension wm) {
    return CitypointClient.builder()
        .baseUrl(wm.baseUrl() + "/v2.1")
        .clientId(CLIENT_ID).clientSecret(CLIENT_SECRET)
        .username(USERNAME).password(PASSWORD)
        .retryPolicy(RetryPolicy.none());
  }

  static CitypointClient client(WireMockExtension wm) {
    return builder(wm).build();
  }

  static CitypointClient client(WireMockExtension wm, Clock clock) {
    return builder(wm).clock(clock).build();
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
