package dev.quartet.sandbox.citypoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quartet.citypoint.CitypointClient;
import dev.quartet.citypoint.Query;
import dev.quartet.citypoint.model.TokenError;
import dev.quartet.citypoint.model.TokenResponse;
import dev.quartet.citypoint.params.RequestTokenParams;
import dev.quartet.core.errors.AuthenticationException;
import dev.quartet.sandbox.Sandbox;
import dev.quartet.sandbox.SandboxRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Citypoint's password and refresh grants and its 401s, seen through the client. */
class CitypointAuthTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aWrongClientSecretIsInvalidClient() {
    try (Sandbox sandbox = Sandbox.start();
        CitypointClient client = CitypointClients.builder(sandbox.citypoint()).clientSecret("not-the-secret").build()) {
      assertThatThrownBy(() -> client.cars().list().page(Query.create()))
          .isInstanceOfSatisfying(AuthenticationException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            TokenError error = e.error(TokenError.class).orElseThrow();
            assertThat(error.getError()).isEqualTo("invalid_client");
            assertThat(error.getErrorDescription()).isEqualTo("Client authentication failed");
            assertThat(e.getMessage()).doesNotContain("not-the-secret");
          });
      assertThat(sandbox.requests()).extracting(SandboxRequest::toString).containsOnly("POST /citypoint/v2.1/oauth/token -> 401");
    }
  }

  @Test
  void aWrongPasswordIsInvalidGrant() {
    try (Sandbox sandbox = Sandbox.start();
        CitypointClient client = CitypointClients.builder(sandbox.citypoint()).password("not-the-password").build()) {
      assertThatThrownBy(client::userId).isInstanceOfSatisfying(AuthenticationException.class,
          e -> assertThat(e.error(TokenError.class).orElseThrow().getError()).isEqualTo("invalid_grant"));
    }
  }

  @Test
  void tokensCarryTheUserAndTheConfiguredLifetime() throws Exception {
    try (Sandbox sandbox = Sandbox.builder().citypointTokenLifetime(Duration.ofMinutes(10)).start();
        CitypointClient client = CitypointClients.of(sandbox.citypoint())) {
      TokenResponse first = client.auth().requestToken(password(sandbox));
      assertThat(first.getTokenType()).isEqualTo("Bearer");
      assertThat(first.getExpiresIn()).isEqualTo(600L);
      JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(first.getAccessToken().split("\\.")[1]));
      assertThat(claims.path("user_id").asInt()).isEqualTo(478);
      assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(600L);

      // The refresh grant answers a new pair; the refresh token it used is spent.
      TokenResponse refreshed = client.auth().requestToken(refresh(sandbox, first.getRefreshToken()));
      assertThat(refreshed.getAccessToken()).isNotEqualTo(first.getAccessToken());
      assertThat(refreshed.getRefreshToken()).isNotEqualTo(first.getRefreshToken());
      assertThatThrownBy(() -> client.auth().requestToken(refresh(sandbox, first.getRefreshToken())))
          .isInstanceOfSatisfying(AuthenticationException.class,
              e -> assertThat(e.error(TokenError.class).orElseThrow().getError()).isEqualTo("invalid_grant"));
    }
  }

  @Test
  void anUnknownOrMissingAccessTokenIsCitypointsUnauthorized() throws Exception {
    try (Sandbox sandbox = Sandbox.start()) {
      HttpClient http = HttpClient.newHttpClient();
      URI cars = URI.create(sandbox.citypoint().baseUrl() + "/user/478/cars");
      HttpResponse<String> forged = http.send(HttpRequest.newBuilder(cars).header("Authorization", "Bearer forged").build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(forged.statusCode()).isEqualTo(401);
      assertThat(forged.headers().firstValue("Content-Type")).hasValue("application/vnd.api+json");
      assertThat(forged.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer error=\"invalid_token\""));
      JsonNode error = JSON.readTree(forged.body()).path("errors").path(0);
      assertThat(List.of(error.path("status").asText(), error.path("code").asText(), error.path("detail").asText()))
          .containsExactly("401", "invalid_token", "The access token is invalid.");
      HttpResponse<String> bare = http.send(HttpRequest.newBuilder(cars).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(bare.statusCode()).isEqualTo(401);
      assertThat(JSON.readTree(bare.body()).path("errors").path(0).path("title").asText()).isEqualTo("Unauthorized");
    }
  }

  static RequestTokenParams password(Sandbox sandbox) {
    var cp = sandbox.citypoint();
    return RequestTokenParams.builder().grantType("password").clientId(cp.clientId()).clientSecret(cp.clientSecret())
        .username(cp.username()).password(cp.password()).build();
  }

  private static RequestTokenParams refresh(Sandbox sandbox, String refreshToken) {
    var cp = sandbox.citypoint();
    return RequestTokenParams.builder().grantType("refresh_token").clientId(cp.clientId()).clientSecret(cp.clientSecret())
        .refreshToken(refreshToken).build();
  }
}
