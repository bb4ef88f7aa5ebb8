package dev.quartet.sandbox.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.quartet.sandbox.SandboxHttp;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** The platform's wire format: JSON bodies read and written, and its {@code RicError} error answers. */
final class PlatformAnswers {
  private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = PlatformRoutes.MAPPER;

  private PlatformAnswers() {}

  static String param(Request request, String name) {
    QueryParameter p = request.queryParameter(name);
    return p == null || !p.isPresent() ? null : p.firstValue();
  }

  static JsonNode readTree(String text) {
    try {
      return text == null || text.isBlank() ? MAPPER.createObjectNode() : MAPPER.readTree(text);
    } catch (IOException e) {
      throw new IllegalArgumentException("Body is not JSON");
    }
  }

  static ArrayNode array(List<ObjectNode> items) {
    ArrayNode array = MAPPER.createArrayNode();
    items.forEach(array::add);
    return array;
  }

  static ResponseDefinition json(int status, JsonNode body) {
    return SandboxHttp.json(status, body);
  }

  static ResponseDefinition error(int status, String message, String... tags) {
    ObjectNode body = MAPPER.createObjectNode().put("success", false).put("name", "RicError")
        .put("code", String.valueOf(status)).put("message", message);
    ArrayNode tagArray = body.putArray("tags");
    Arrays.stream(tags).forEach(tagArray::add);
    body.putArray("codes");
    return json(status, body);
  }
}
