package dev.quartet.sandbox.platform;

import static dev.quartet.sandbox.platform.PlatformAnswers.error;
import static dev.quartet.sandbox.platform.PlatformAnswers.json;
import static dev.quartet.sandbox.platform.PlatformAnswers.readTree;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.quartet.sandbox.SandboxSettings;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platform's two logins ({@code POST /api/v1/auth} for a {@code sid} cookie session,
 * {@code POST /api/v1/auth/token} for an access token) and the check every other call passes: a live
 * session cookie, a live issued token, or the sandbox's {@link PlatformSandbox#API_TOKEN API token}.
 * What a login issues lasts {@link SandboxSettings#platformSessionLifetime()} on the settings' clock;
 * it outlives {@code reset()}, as the emulator contract asks. Thread-safe: the real-time channels check
 * on their own threads.
 */
final class PlatformLogins {
  static final String COOKIE = "sid";

  private final SandboxSettings settings;
  private final Map<String, Long> tokenExpiry = new ConcurrentHashMap<>();
  private final Map<String, Long> sessionExpiry = new ConcurrentHashMap<>();

  PlatformLogins(SandboxSettings settings) {
    this.settings = settings;
  }

  /** The platform's own 401, for wrong credentials, a missing one and one that has expired. */
  static ResponseDefinition unauthorized() {
    return error(401, "Unauthorized", "error_unauthorized");
  }

  /**
   * {@return the answer to a login}: a token, or {@code {success: true}} with the session cookie
   *
   * @param body the request body, {@code {login, password}}
   * @param forToken whether this is {@code /auth/token}
   */
  ResponseDefinition login(String body, boolean forToken) {
    JsonNode credentials = readTree(body);
    if (!PlatformSandbox.LOGIN.equals(credentials.path("login").asText())
        || !PlatformSandbox.PASSWORD.equals(credentials.path("password").asText())) {
      return unauthorized();
    }
    long now = settings.clock().millis();
    long expiresAt = now + settings.platformSessionLifetime().toMillis();
    String issued = UUID.randomUUID().toString().replace("-", "");
    if (forToken) {
      String token = "sandbox-token-" + issued;
      tokenExpiry.put(token, expiresAt);
      ObjectNode answer = PlatformRoutes.MAPPER.createObjectNode().put("success", true).put("type", "access")
          .put("token", token).put("issuedAt", now).put("expiresAt", expiresAt);
      return json(200, answer);
    }
    String sid = "sandbox-session-" + issued;
    sessionExpiry.put(sid, expiresAt);
    // Max-Age counts from arrival, so a client on another clock than the sandbox's keeps the cookie for
    // the lifetime; Expires is what the platform sends and is read on the sandbox's clock.
    String expires = DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.ofEpochMilli(expiresAt).atOffset(ZoneOffset.UTC));
    return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", "application/json")
        .withHeader("Set-Cookie", COOKIE + "=" + sid + "; Path=/; Expires=" + expires + "; Max-Age="
            + settings.platformSessionLifetime().toSeconds() + "; HttpOnly")
        .withBody("{\"success\":true}").build();
  }

  /**
   * {@return whether a request carrying these headers may call the platform}
   *
   * @param authorization the {@code Authorization} header, or null
   * @param cookieHeader the {@code Cookie} header, or null
   */
  boolean authenticated(String authorization, String cookieHeader) {
    if (authorization != null && authorization.startsWith("Bearer ")) {
      String token = authorization.substring("Bearer ".length()).trim();
      if (token.equals(PlatformSandbox.API_TOKEN) || live(tokenExpiry, token)) {
        return true;
      }
    }
    String sid = cookie(cookieHeader, COOKIE);
    return sid != null && live(sessionExpiry, sid);
  }

  private boolean live(Map<String, Long> issued, String value) {
    Long expiresAt = issued.get(value);
    if (expiresAt == null) {
      return false;
    }
    if (settings.clock().millis() < expiresAt) {
      return true;
    }
    issued.remove(value);
    return false;
  }

  private static String cookie(String header, String name) {
    if (header == null) {
      return null;
    }
    for (String pair : header.split(";")) {
      String trimmed = pair.trim();
      if (trimmed.startsWith(name + "=")) {
        return trimmed.substring(name.length() + 1);
      }
    }
    return null;
  }
}
