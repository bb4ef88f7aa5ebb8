package dev.quartet.sandbox.homestretch;

import static dev.quartet.sandbox.homestretch.HomeStretchAnswers.JSON;
import static dev.quartet.sandbox.homestretch.HomeStretchAnswers.error;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * HomeStretch's {@code POST /auth} and bearer check. The client id and secret may come as a Basic header,
 * a form body or a JSON body (the three ways the vendor documents); a wrong or missing pair is a 401. The
 * token never expires, like the API's, and a {@code reset()} of the sandbox keeps it valid.
 */
final class HomeStretchAuth {
  private HomeStretchAuth() {}

  static ResponseDefinition token(Request request) {
    String[] pair = credentials(request);
    if (pair == null) {
      return error(401, "client_id and client_secret are required");
    }
    if (!HomeStretchSandbox.CLIENT_ID.equals(pair[0]) || !HomeStretchSandbox.CLIENT_SECRET.equals(pair[1])) {
      return error(401, "Invalid client_id or client_secret");
    }
    ObjectNode answer = JSON.createObjectNode().put("requestId", UUID.randomUUID().toString())
        .put("token", HomeStretchSandbox.TOKEN);
    return HomeStretchAnswers.ok(answer);
  }

  /** {@return null when {@code request} carries the sandbox's token, else the 401 HomeStretch answers} */
  static ResponseDefinition refused(Request request) {
    String header = request.getHeader("Authorization");
    if (header == null || header.isBlank()) {
      return error(401, "Authorization header is missing");
    }
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || !HomeStretchSandbox.TOKEN.equals(header.substring(7).trim())) {
      return error(401, "Invalid token");
    }
    return null;
  }

  /** {@return {client_id, client_secret} from the Basic header, else the body; null when neither has both} */
  private static String[] credentials(Request request) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException notBase64) {
        return null;
      }
      int colon = decoded.indexOf(':');
      return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }
    Map<String, String> fields = fields(request);
    String id = fields.get("client_id");
    String secret = fields.get("client_secret");
    return id == null || secret == null ? null : new String[] {id, secret};
  }

  private static Map<String, String> fields(Request request) {
    String body = request.getBodyAsString();
    Map<String, String> fields = new HashMap<>();
    ObjectNode json = HomeStretchAnswers.object(body);
    if (json != null) {
      json.properties().forEach(e -> {
        if (e.getValue().isTextual()) {
          fields.put(e.getKey(), e.getValue().asText());
        }
      });
      return fields;
    }
    if (body != null && !body.isBlank()) {
      for (String pair : body.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return fields;
  }
}
