package dev.quartet.citypoint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quartet.core.Json;
import dev.quartet.core.errors.SdkException;
import java.io.IOException;
import java.time.Instant;
import java.util.Base64;

/**
 * Reads claims from the payload of a JWT without checking its signature: the client only needs
 * {@code user_id} (the path segment of every call) and {@code exp}, and the server checks the rest.
 * Error messages never include the token.
 */
final class Jwt {
  private final JsonNode payload;

  private Jwt(JsonNode payload) {
    this.payload = payload;
  }

  static Jwt parse(String token) {
    String[] parts = token == null ? new String[0] : token.split("\\.");
    if (parts.length < 2) {
      throw new SdkException("the access token is not a JWT, so user_id cannot be read from it; set userId explicitly");
    }
    try {
      byte[] json = Base64.getUrlDecoder().decode(stripPadding(parts[1]));
      JsonNode node = Json.mapper().readTree(json);
      if (node == null || !node.isObject()) {
        throw new SdkException("the access token's JWT payload is not a JSON object");
      }
      return new Jwt(node);
    } catch (IllegalArgumentException | IOException e) {
      throw new SdkException("the access token's JWT payload cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static String stripPadding(String part) {
    int end = part.length();
    while (end > 0 && part.charAt(end - 1) == '=') {
      end--;
    }
    return part.substring(0, end);
  }

  /** The {@code user_id} claim as text, whether the token carries it as a number or a string. */
  String userId() {
    JsonNode id = payload.get("user_id");
    if (id == null || id.isNull() || !(id.isValueNode()) || id.asText().isBlank()) {
      throw new SdkException("the access token carries no user_id claim; set userId explicitly");
    }
    return id.isNumber() ? id.asText() : id.asText().trim();
  }

  /** The {@code exp} claim, when present. */
  Instant expiresAt() {
    JsonNode exp = payload.get("exp");
    return exp != null && exp.canConvertToLong() ? Instant.ofEpochSecond(exp.asLong()) : null;
  }
}
