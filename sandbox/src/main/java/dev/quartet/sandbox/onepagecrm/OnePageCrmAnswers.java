package dev.quartet.sandbox.onepagecrm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.quartet.sandbox.SandboxHttp;
import java.time.Clock;

/**
 * OnePageCRM's wire format: the envelope {@code {status: 0, message: "OK", timestamp, data}}, records
 * wrapped under their singular name, errors with {@code status, message, error_name, error_message,
 * errors}, and the storage bucket's XML answers.
 */
final class OnePageCrmAnswers {
  static final ObjectMapper JSON = new ObjectMapper();

  private OnePageCrmAnswers() {}

  static ResponseDefinition ok(Clock clock, int status, JsonNode data) {
    ObjectNode body = JSON.createObjectNode().put("status", 0).put("message", "OK")
        .put("timestamp", clock.instant().getEpochSecond());
    body.set("data", data);
    return SandboxHttp.json(status, body);
  }

  /** {@code envelope} (a sample of the operation's answer) with the envelope fields of a success now. */
  static ResponseDefinition okEnvelope(Clock clock, int status, ObjectNode envelope) {
    envelope.put("status", 0).put("message", "OK").put("timestamp", clock.instant().getEpochSecond());
    return SandboxHttp.json(status, envelope);
  }

  /** The service's answer to missing or wrong Basic credentials. */
  static ResponseDefinition unauthorized() {
    ObjectNode body = JSON.createObjectNode().put("status", 401).put("message", "Authorization data not found")
        .put("error_name", "authorization_data_not_found")
        .put("error_message", "Cannot find suitable authorization data or data provided is not complete.");
    body.putObject("errors");
    return SandboxHttp.json(401, body);
  }

  static ObjectNode wrap(Kind kind, ObjectNode item) {
    ObjectNode wrapped = JSON.createObjectNode();
    wrapped.set(kind.singular(), item);
    if (kind.plural().equals("contacts")) {
      wrapped.putArray("next_actions");
      wrapped.putArray("queued_actions");
    }
    return wrapped;
  }

  static ResponseDefinition notFound(Kind kind, String id) {
    return error(404, "resource_not_found", "There is no " + kind.singular() + " with id " + id, null);
  }

  static ResponseDefinition error(int status, String name, String message, ObjectNode errors) {
    ObjectNode body = JSON.createObjectNode().put("status", status).put("message", reason(status))
        .put("error_name", name).put("error_message", message);
    body.set("errors", errors == null ? JSON.createObjectNode() : errors);
    return SandboxHttp.json(status, body);
  }

  static ResponseDefinition xml(int status, String body) {
    return new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", "application/xml")
        .withBody(body).build();
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> "Invalid request data";
      case 401 -> "Unauthorized";
      case 404 -> "Resource not found";
      case 409 -> "Conflict";
      case 405 -> "Method not allowed";
      default -> "Internal server error";
    };
  }
}
