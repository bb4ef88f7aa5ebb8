package dev.quartet.sandbox.citypoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quartet.citypoint.CitypointClient;
import dev.quartet.citypoint.Query;
import dev.quartet.core.testing.MutableClock;
import dev.quartet.sandbox.Sandbox;
import dev.quartet.sandbox.SandboxRequest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** Citypoint access tokens expire on the sandbox's clock, and the client gets a new one with the refresh grant. */
class CitypointTokenExpiryTest {
  private static final Duration LIFETIME = Duration.ofMinutes(10);

  private final MutableClock clock = new MutableClock(Instant.parse("2024-05-20T10:00:00Z"));
  private final List<String> grants = new CopyOnWriteArrayList<>();

  @Test
  void anExpiredTokenIsRefusedAndTheClientRefreshesAndReplays() {
    try (Sandbox sandbox = Sandbox.builder().citypointTokenLifetime(LIFETIME).clock(clock).start();
        // The client measures expiry on its own (real) clock, so it still sends the token the sandbox has expired.
        CitypointClient client = CitypointClients.builder(sandbox.citypoint()).httpClient(recordingGrants()).build()) {
      assertThat(client.cars().list().page(Query.create()).items()).hasSize(3);
      clock.advance(LIFETIME.plusSeconds(1));

      assertThat(client.cars().list().page(Query.create()).items()).hasSize(3);
      assertThat(grants).containsExactly("password", "refresh_token");
      assertThat(sandbox.requests()).extracting(SandboxRequest::toString).containsExactly(
          "POST /citypoint/v2.1/oauth/token -> 200",
          "GET /citypoint/v2.1/user/478/cars -> 200",
          "GET /citypoint/v2.1/user/478/cars -> 401",
          "POST /citypoint/v2.1/oauth/token -> 200",
          "GET /citypoint/v2.1/user/478/cars -> 200");
    }
  }

  @Test
  void onTheSameClockTheClientRefreshesBeforeExpiry() {
    try (Sandbox sandbox = Sandbox.builder().citypointTokenLifetime(LIFETIME).clock(clock).start();
        CitypointClient client = CitypointClients.builder(sandbox.citypoint()).clock(clock).httpClient(recordingGrants()).build()) {
      client.cars().list().page(Query.create());
      clock.advance(LIFETIME.minusSeconds(30)); // inside the client's 60-second refresh margin
      client.cars().list().page(Query.create());
      clock.advance(LIFETIME.minusSeconds(30));
      assertThat(client.tracking().zones().page(Query.create()).items()).hasSize(2);

      assertThat(grants).containsExactly("password", "refresh_token", "refresh_token");
      assertThat(sandbox.requests()).extracting(SandboxRequest::status).doesNotContain(401);
    }
  }

  /** An OkHttp client that notes the {@code grant_type} of every token request the Citypoint client sends. */
  private OkHttpClient recordingGrants() {
    return new OkHttpClient.Builder().addInterceptor(chain -> {
      Request request = chain.request();
      if (request.url().encodedPath().endsWith("/oauth/token") && request.body() != null) {
        grants.add(grantType(request));
      }
      return chain.proceed(request);
    }).build();
  }

  private static String grantType(Request request) throws IOException {
    Buffer body = new Buffer();
    request.body().writeTo(body);
    for (String field : body.readUtf8().split("&")) {
      if (field.startsWith("grant_type=")) {
        return field.substring("grant_type=".length());
      }
    }
    return "?";
  }

}
