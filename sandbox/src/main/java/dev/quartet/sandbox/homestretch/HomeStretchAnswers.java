package dev.quartet.sandbox.homestretch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.quartet.sandbox.SandboxHttp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * HomeStretch's wire format as the sandbox writes it. The vendor documents no error body, so every error
 * is one shape, {@code {"message": "..."}} (the field the SDK reads a message from), typed by its status.
 */
final class HomeStretchAnswers {
  static final ObjectMapper JSON = new ObjectMapper();

  private HomeStretchAnswers() {}

  static ResponseDefinition ok(JsonNode body) {
    return SandboxHttp.json(200, body);
  }

  static ResponseDefinition error(int status, String message) {
    return SandboxHttp.json(status, JSON.createObjectNode().put("message", message));
  }

  /** The answer to a path or method HomeStretch does not have, reported by the sandbox. */
  static ResponseDefinition noSuchEndpoint(String method, String path) {
    return SandboxHttp.notEmulated(error(404, "Cannot " + method + " " + path));
  }

  /** {@return the body as a JSON object, or null when it is empty, not JSON or not an object} */
  static ObjectNode object(String body) {
    try {
      JsonNode tree = body == null || body.isBlank() ? null : JSON.readTree(body);
      return tree instanceof ObjectNode object ? object : null;
    } catch (Exception notJson) {
      return null;
    }
  }

  /** The API's timestamps: ISO-8601 in UTC with milliseconds, e.g. {@code 2018-04-03T02:17:14.756Z}. */
  static String now(Clock clock) {
    Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    String text = at.toString();
    return at.getNano() == 0 ? text.replace("Z", ".000Z") : text;
  }
}
