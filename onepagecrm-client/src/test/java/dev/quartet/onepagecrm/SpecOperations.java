package dev.quartet.onepagecrm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The operations of specs/onepagecrm.yaml, read from the spec the code was generated from. */
final class SpecOperations {
  static final Path SPEC = Path.of("..", "specs", "onepagecrm.yaml");
  private static JsonNode root;

  record Operation(String method, String path, String operationId, String tag, JsonNode node) {
    @Override
    public String toString() {
      return tag + " " + operationId + " (" + method.toUpperCase() + " " + path + ")";
    }
  }

  private SpecOperations() {}

  static synchronized JsonNode root() {
    if (root == null) {
      try {
        root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(SPEC));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return root;
  }

  static List<Operation> load() {
    List<Operation> ops = new ArrayList<>();
    root().get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(m -> {
      if (List.of("get", "post", "put", "delete", "patch").contains(m.getKey())) {
        JsonNode op = m.getValue();
        ops.add(new Operation(m.getKey(), path.getKey(), op.get("operationId").asText(),
            op.get("tags").get(0).asText(), op));
      }
    }));
    return ops;
  }

  /** Follows a {@code $ref} inside the document. */
  static JsonNode resolve(JsonNode node) {
    while (node != null && node.has("$ref")) {
      JsonNode at = root();
      for (String part : node.get("$ref").asText().substring(2).split("/")) {
        at = at.get(part.replace("~1", "/").replace("~0", "~"));
      }
      node = at;
    }
    return node;
  }

  static String refName(JsonNode node) {
    return node != null && node.has("$ref") ? node.get("$ref").asText().replaceAll(".*/", "") : null;
  }

  static Map.Entry<String, JsonNode> successSchema(Operation op) {
    JsonNode responses = op.node().get("responses");
    for (String code : List.of("200", "201")) {
      JsonNode r = resolve(responses.get(code));
      if (r != null && r.has("content") && r.get("content").has("application/json")) {
        JsonNode schema = r.get("content").get("application/json").get("schema");
        return Map.entry(code, schema);
      }
    }
    return null;
  }
}
