package dev.quartet.onepagecrm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quartet.core.Json;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The documented response sample of every operation (assembled from the spec's example values)
 * must read into the generated type, strictly: no field of the sample may go unrecognised.
 */
class ResponseExamplesTest {
  static final ObjectMapper STRICT = Json.mapper().copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  static Stream<SpecOperations.Operation> operations() {
    return SpecOperations.load().stream().filter(op -> SpecOperations.successSchema(op) != null);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void documentedSampleDeserializes(SpecOperations.Operation op) throws Exception {
    Map.Entry<String, JsonNode> success = SpecOperations.successSchema(op);
    String name = SpecOperations.refName(success.getValue());
    assertThat(name).as("response schema of %s is a named component", op).isNotNull();
    Class<?> type = Class.forName("dev.quartet.onepagecrm.model." + name);
    JsonNode sample = SpecExamples.of(success.getValue());
    assertThat(sample).as("sample of %s", name).isNotNull();
    Object value = STRICT.treeToValue(sample, type);
    assertThat(value).isNotNull();
    // what was read is written back without loss
    assertThat(Json.mapper().valueToTree(value).size()).isEqualTo(sample.size());
  }
}
