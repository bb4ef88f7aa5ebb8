package dev.quartet.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.quartet.core.retry.RetryPolicy;
import dev.quartet.platform.model.Model;
import dev.quartet.platform.params.CreateModelNodeParams;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** POST, PATCH and DELETE on a model's nodes: the exact requests, and the model they answer with. */
class ModelNodesTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String MODEL = "58238a935baa56173b24f0e5";
  static final String NODES = "/api/v1/models/" + MODEL + "/nodes";
  static final String ANSWER = "{\"_id\":\"" + MODEL + "\",\"name\":\"Boiler model\",\"base\":\"mqtt\",\"time\":1567285200000,"
      + "\"data\":{\"id\":\"boiler\",\"type\":\"subsystem\",\"name\":\"Boiler\",\"active\":true,\"children\":["
      + "{\"id\":\"floorTemperature\",\"type\":\"argument\",\"name\":\"Floor Temperature\",\"dataType\":\"number\",\"unit\":\"temperature-celsius\"}]},"
      + "\"props\":{\"prefix\":\"boiler\",\"order\":2,\"idPattern\":\"^boiler-\"},\"revision\":7}";

  private final PlatformClient platform = PlatformClient.builder().baseUrl(wm.baseUrl()).token("T")
      .retryPolicy(RetryPolicy.none()).build();

  @AfterEach
  void close() {
    platform.close();
  }

  static Map<String, Object> floorTemperature() {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("id", "floorTemperature");
    node.put("type", "argument");
    node.put("name", "Floor Temperature");
    node.put("unit", "temperature-celsius");
    node.put("dataType", "number");
    return node;
  }

  @Test
  void addingANodePostsItsBodyAndReadsTheChangedModel() {
    wm.stubFor(post(urlEqualTo(NODES)).willReturn(okJson(ANSWER)));
    Model model = platform.models().addNode(MODEL, floorTemperature());

    wm.verify(postRequestedFor(urlEqualTo(NODES))
        .withHeader("Authorization", equalTo("Bearer T"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("{\"id\":\"floorTemperature\",\"type\":\"argument\",\"name\":\"Floor Temperature\","
            + "\"unit\":\"temperature-celsius\",\"dataType\":\"number\"}")));
    assertThat(model.getId()).isEqualTo(MODEL);
    assertThat(model.getBase()).isEqualTo("mqtt");
    assertThat(model.getTime()).isEqualTo(Instant.ofEpochMilli(1567285200000L));
    assertThat(model.getData()).containsEntry("type", "subsystem");
    assertThat((List<?>) model.getData().get("children")).singleElement()
        .satisfies(child -> assertThat(((Map<?, ?>) child).get("id")).isEqualTo("floorTemperature"));
    assertThat(model.getProps().getPrefix()).isEqualTo("boiler");
    assertThat(model.getProps().getIdPattern()).isEqualTo("^boiler-");
    assertThat(model.getAdditionalProperty("revision")).isEqualTo(7);
  }

  @Test
  void aNodeCanBeAttachedUnderAnotherAtAPosition() {
    wm.stubFor(post(urlEqualTo(NODES + "?attachTo=boiler&atIndex=0")).willReturn(okJson(ANSWER)));
    platform.models().addNode(MODEL, floorTemperature(), CreateModelNodeParams.builder().attachTo("boiler").atIndex(0).build());
    wm.verify(postRequestedFor(urlEqualTo(NODES + "?attachTo=boiler&atIndex=0")));
  }

  @Test
  void changingANodePatchesOnlyTheGivenFields() {
    wm.stubFor(patch(urlEqualTo(NODES + "/floorTemperature")).willReturn(okJson(ANSWER)));
    Map<String, Object> changes = new LinkedHashMap<>();
    changes.put("name", "Floor Temperature (in Fahrenheits)");
    changes.put("unit", "temperature-fahrenheit");
    assertThat(platform.models().updateNode(MODEL, "floorTemperature", changes).getName()).isEqualTo("Boiler model");
    wm.verify(patchRequestedFor(urlEqualTo(NODES + "/floorTemperature"))
        .withRequestBody(equalToJson("{\"name\":\"Floor Temperature (in Fahrenheits)\",\"unit\":\"temperature-fahrenheit\"}")));
  }

  @Test
  void deletingANodeSendsNoBody() {
    wm.stubFor(delete(urlEqualTo(NODES + "/floorTemperature")).willReturn(okJson(ANSWER)));
    assertThat(platform.models().deleteNode(MODEL, "floorTemperature").getId()).isEqualTo(MODEL);
    LoggedRequest sent = wm.findAll(deleteRequestedFor(urlEqualTo(NODES + "/floorTemperature"))).get(0);
    assertThat(sent.getBody()).isEmpty();
  }

  @Test
  void aNodeIdIsOneEncodedSegment() {
    wm.stubFor(delete(urlEqualTo(NODES + "/a%2F..%2Fb")).willReturn(okJson(ANSWER)));
    platform.models().deleteNode(MODEL, "a/../b");
    wm.verify(deleteRequestedFor(urlEqualTo(NODES + "/a%2F..%2Fb")));
  }

  @Test
  void badInputIsRefusedBeforeSending() {
    PlatformModels models = platform.models();
    assertThatThrownBy(() -> models.addNode("boiler-model", floorTemperature()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("modelId must be an ObjectId");
    assertThatThrownBy(() -> models.addNode(MODEL, null)).hasMessageContaining("node is required");
    assertThatThrownBy(() -> models.addNode(MODEL, Map.of())).hasMessageContaining("node must have at least one field");
    assertThatThrownBy(() -> models.addNode(MODEL, floorTemperature(), CreateModelNodeParams.builder().attachTo(" ").build())).hasMessageContaining("attachTo");
    assertThatThrownBy(() -> models.addNode(MODEL, floorTemperature(), CreateModelNodeParams.builder().atIndex(-1).build())).hasMessageContaining("atIndex");
    assertThatThrownBy(() -> models.updateNode(MODEL, "", Map.of("name", "x"))).hasMessageContaining("nodeId");
    assertThatThrownBy(() -> models.updateNode("58238a935baa56173b24f0e", "n", Map.of("name", "x"))).hasMessageContaining("modelId");
    assertThatThrownBy(() -> models.deleteNode(MODEL, null)).hasMessageContaining("nodeId");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }
}
