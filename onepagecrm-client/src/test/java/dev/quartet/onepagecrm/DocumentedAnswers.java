package dev.quartet.onepagecrm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** The documented success answer of one operation of the spec: its status code and its sample body. */
record DocumentedAnswer(int status, JsonNode body) {
  static DocumentedAnswer of(String operationId) {
    SpecOperations.Operation op = SpecOperations.load().stream()
        .filter(o -> o.operationId().equals(operationId)).findFirst()
        .orElseThrow(() -> new AssertionError("no operation " + operationId + " in the spec"));
    Map.Entry<String, JsonNode> success = SpecOperations.successSchema(op);
    if (success == null) {
      throw new AssertionError(operationId + " documents no JSON answer");
    }
    return new DocumentedAnswer(Integer.parseInt(success.getKey()), SpecExamples.of(success.getValue()));
  }

  /** The sample's {@code data}. */
  JsonNode data() {
    return body.get("data");
  }

  String json() {
    return body.toString();
  }
}
