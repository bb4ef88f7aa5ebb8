package dev.quartet.sandbox.homestretch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quartet.core.errors.ApiException;
import dev.quartet.core.errors.AuthenticationException;
import dev.quartet.core.testing.MutableClock;
import dev.quartet.homestretch.HomeStretchClient;
import dev.quartet.homestretch.TokenMode;
import dev.quartet.sandbox.Sandbox;
import dev.quartet.sandbox.SandboxRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** HomeStretch's {@code POST /auth} and bearer check, seen through the client. */
class HomeStretchAuthTest {
  @ParameterizedTest
  @EnumSource(TokenMode.class)
  void theRightCredentialsSignInWhicheverWayTheyTravel(TokenMode mode) {
    try (Sandbox sandbox = Sandbox.start(); HomeStretchClient client = client(sandbox, HomeStretchSandbox.CLIENT_SECRET, mode)) {
      assertThat(client.company().getCompanyStructure().getName()).isEqualTo("Sandbox Logistics");
      assertThat(sandbox.requests()).extracting(SandboxRequest::toString)
          .containsExactly("POST /homestretch/auth -> 200", "GET /homestretch/company -> 200");
    }
  }

  @ParameterizedTest
  @EnumSource(TokenMode.class)
  void aWrongSecretIsTheServicesUnauthorized(TokenMode mode) {
    try (Sandbox sandbox = Sandbox.start(); HomeStretchClient client = client(sandbox, "not-the-secret", mode)) {
      assertThatThrownBy(() -> client.places().getPlace("place-001"))
          .isInstanceOfSatisfying(AuthenticationException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(message(e)).isEqualTo("Invalid client_id or client_secret");
            assertThat(e.getMessage()).doesNotContain("not-the-secret");
          });
      assertThat(sandbox.requests()).extracting(SandboxRequest::toString).containsOnly("POST /homestretch/auth -> 401");
      assertThat(sandbox.unmatchedRequests()).isEmpty();
    }
  }

  @Test
  void aWrongOrMissingBearerTokenIsUnauthorized() throws Exception {
    try (Sandbox sandbox = Sandbox.start(); HomeStretchClient client = HomeStretchClient.builder()
        .baseUrl(sandbox.homeStretch().baseUrl()).token("forged-token").build()) {
      assertThatThrownBy(() -> client.company().getCompanyStructure())
          .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(message(e)).isEqualTo("Invalid token"));
      HttpResponse<String> bare = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(sandbox.homeStretch().baseUrl() + "/places")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(bare.statusCode()).isEqualTo(401);
      assertThat(bare.body()).isEqualTo("{\"message\":\"Authorization header is missing\"}");
    }
  }

  @Test
  void theTokenNeverExpires() {
    MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    try (Sandbox sandbox = Sandbox.builder().clock(clock).start();
        HomeStretchClient client = client(sandbox, HomeStretchSandbox.CLIENT_SECRET, TokenMode.JSON)) {
      client.places().getPlace("place-001");
      clock.advance(Duration.ofDays(3650));
      assertThat(client.places().getPlace("place-001").getTitle()).isEqualTo("Warehouse 01");
      assertThat(sandbox.requests()).filteredOn(r -> r.url().endsWith("/auth")).hasSize(1);
    }
  }

  private static HomeStretchClient client(Sandbox sandbox, String secret, TokenMode mode) {
    return HomeStretchClient.builder().baseUrl(sandbox.homeStretch().baseUrl()).clientId(HomeStretchSandbox.CLIENT_ID)
        .clientSecret(secret).tokenMode(mode).build();
  }

  /** The {@code message} of the service's error body, read from what the exception carries. */
  static String message(ApiException e) {
    return e.error(JsonNode.class).map(body -> body.path("message").asText()).orElseThrow();
  }
}
