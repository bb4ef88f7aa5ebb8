package dev.quartet.sandbox.citypoint;

import static dev.quartet.sandbox.citypoint.CitypointDocuments.oauthError;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.quartet.sandbox.SandboxHttp;
import dev.quartet.sandbox.SandboxSettings;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Citypoint's {@code POST /oauth/token} and the bearer check of every other call. The password grant
 * checks the client and the user, the refresh grant the client and a refresh token issued here (each used
 * once: the answer carries a new one). Access tokens are JWTs carrying {@code user_id} and {@code exp};
 * they last {@link SandboxSettings#citypointTokenLifetime()} on {@link SandboxSettings#clock()}, which
 * {@code expires_in} reports. Errors: 400 {@code invalid_request} / {@code unsupported_grant_type} for a
 * malformed request, 401 {@code invalid_client} for a wrong client, 401 {@code invalid_grant} for a wrong
 * user or refresh token (the spec's reading of the undocumented token errors).
 */
final class CitypointAuth {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SandboxSettings settings;
  private final Map<String, Instant> accessTokens = new ConcurrentHashMap<>();
  private final Map<String, Boolean> refreshTokens = new ConcurrentHashMap<>();

  CitypointAuth(SandboxSettings settings) {
    this.settings = settings;
  }

  ResponseDefinition token(Request request) {
    Map<String, String> form = form(request);
    String grant = form.get("grant_type");
    if (grant == null || grant.isBlank()) {
      return oauthError(400, "invalid_request", "grant_type is required");
    }
    if (!grant.equals("password") && !grant.equals("refresh_token")) {
      return oauthError(400, "unsupported_grant_type", "grant_type must be password or refresh_token");
    }
    if (!CitypointSandbox.CLIENT_ID.equals(form.get("client_id")) || !CitypointSandbox.CLIENT_SECRET.equals(form.get("client_secret"))) {
      return oauthError(401, "invalid_client", "Client authentication failed");
    }
    if (grant.equals("password")) {
      if (form.get("username") == null || form.get("password") == null) {
        return oauthError(400, "invalid_request", "username and password are required");
      }
      if (!CitypointSandbox.USERNAME.equals(form.get("username")) || !CitypointSandbox.PASSWORD.equals(form.get("password"))) {
        return oauthError(401, "invalid_grant", "The user credentials were incorrect.");
      }
    } else if (form.get("refresh_token") == null) {
      return oauthError(400, "invalid_request", "refresh_token is required");
    } else if (refreshTokens.remove(form.get("refresh_token")) == null) {
      return oauthError(401, "invalid_grant", "The refresh token is invalid.");
    }
    return issue();
  }

  /** {@return null when {@code request} carries a live access token, else Citypoint's 401} */
  ResponseDefinition refused(Request request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return CitypointDocuments.unauthorized("invalid_request", "The Authorization header with a Bearer token is missing.");
    }
    Instant expires = accessTokens.get(header.substring(7).trim());
    if (expires == null) {
      return CitypointDocuments.unauthorized("invalid_token", "The access token is invalid.");
    }
    if (!settings.clock().instant().isBefore(expires)) {
      return CitypointDocuments.unauthorized("invalid_token", "The access token has expired.");
    }
    return null;
  }

  private ResponseDefinition issue() {
    Instant now = settings.clock().instant();
    long lifetime = settings.citypointTokenLifetime().getSeconds();
    accessTokens.values().removeIf(expiry -> expiry.isBefore(now.minusSeconds(lifetime)));
    String access = jwt(now, lifetime);
    String refresh = UUID.randomUUID().toString().replace("-", "");
    accessTokens.put(access, now.plusSeconds(lifetime));
    refreshTokens.put(refresh, Boolean.TRUE);
    ObjectNode body = JSON.createObjectNode().put("token_type", "Bearer").put("expires_in", lifetime)
        .put("access_token", access).put("refresh_token", refresh);
    return SandboxHttp.json(200, body);
  }

  private static String jwt(Instant now, long lifetime) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    ObjectNode claims = JSON.createObjectNode().put("user_id", CitypointSandbox.USER_ID).put("iat", now.getEpochSecond())
        .put("exp", now.getEpochSecond() + lifetime).put("jti", UUID.randomUUID().toString());
    String payload = b64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
    return header + "." + payload + "." + b64.encodeToString("sandbox-signature".getBytes(StandardCharsets.UTF_8));
  }

  /** The token request's fields, form-urlencoded or {@code multipart/form-data} (both documented). */
  private static Map<String, String> form(Request request) {
    if (request.isMultipart()) {
      Map<String, String> fields = new HashMap<>();
      for (Request.Part part : request.getParts()) {
        fields.put(part.getName(), part.getBody().asString());
      }
      return fields;
    }
    return CitypointDocuments.parseQuery(request.getBodyAsString());
  }
}
