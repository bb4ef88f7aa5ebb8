package dev.quartet.onepagecrm;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.quartet.core.Json;
import dev.quartet.core.RequestOptions;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Calls every operation of the spec through the client's accessor for its tag and checks the method
 * and path that reached the server, and that Basic credentials went along.
 */
class AllOperationsTest extends OnePageCrmTestSupport {
  static final String ID = "id-1";
  static final Set<String> TAGS_SEEN = new TreeSet<>();

  @BeforeEach
  void stub() {
    wm.stubFor(any(anyUrl()).willReturn(json(200, "{\"status\":0,\"message\":\"OK\",\"timestamp\":1528373119}")));
  }

  static Stream<SpecOperations.Operation> operations() {
    return SpecOperations.load().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void sendsDocumentedRequest(SpecOperations.Operation op) throws Exception {
    try (OnePageCrmClient crm = client()) {
      String accessor = accessorOf(op.tag());
      Object api = generated(OnePageCrmClient.class.getMethod(accessor).invoke(crm));
      Method method = find(api.getClass(), op.operationId());
      Object[] args = new Object[method.getParameterCount()];
      Parameter[] params = method.getParameters();
      for (int i = 0; i < args.length; i++) {
        args[i] = sample(params[i].getType(), op);
      }
      method.invoke(api, args);
    }
    List<ServeEvent> events = wm.getAllServeEvents();
    assertThat(events).hasSize(1);
    var request = events.get(0).getRequest();
    String expectedPath = "/api/v3" + op.path().replaceAll("\\{[^}]+}", ID);
    assertThat(request.getMethod().getName()).isEqualTo(op.method().toUpperCase());
    assertThat(request.getUrl().replaceAll("\\?.*", "")).isEqualTo(expectedPath);
    assertThat(request.getHeader("Authorization")).startsWith("Basic ");
    TAGS_SEEN.add(op.tag());
  }

  @AfterAll
  static void everyTagCovered() {
    assertThat(TAGS_SEEN).hasSize(27);
  }

  @Test
  void theSpecHasTheCurrentOperations() {
    List<SpecOperations.Operation> ops = SpecOperations.load();
    // the seed's 161, plus unlink and the five predefined action group operations, less the logo POST
    assertThat(ops).hasSize(166);
    assertThat(ops).extracting(SpecOperations.Operation::operationId)
        .contains("unlinkAction", "listPredefinedActionGroups", "createPredefinedActionGroup",
            "getPredefinedActionGroup", "updatePredefinedActionGroup", "deletePredefinedActionGroup")
        .doesNotContain("createCompanyLogo")
        .doesNotHaveDuplicates();
  }

  static String accessorOf(String tag) {
    String compact = tag.replace(" ", "");
    String name = Character.toLowerCase(compact.charAt(0)) + compact.substring(1);
    return Map.of("webHooks", "webhooks").getOrDefault(name, name);
  }

  // A handwritten facade keeps the generated operations under api().
  static Object generated(Object facade) throws Exception {
    try {
      return facade.getClass().getMethod("api").invoke(facade);
    } catch (NoSuchMethodException generatedItself) {
      return facade;
    }
  }

  // Handwritten shortcuts may overload a generated method; the generated one takes every parameter.
  static Method find(Class<?> type, String name) {
    Method found = null;
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name) && (found == null || m.getParameterCount() > found.getParameterCount())) {
        found = m;
      }
    }
    if (found == null) {
      throw new AssertionError("no method " + name + " on " + type.getSimpleName());
    }
    return found;
  }

  // No optional field set; required strings (if any) get the sample id.
  static Object params(Class<?> type) throws Exception {
    Object builder = type.getMethod("builder").invoke(null);
    try {
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (java.lang.reflect.InvocationTargetException missingRequired) {
      for (Method setter : builder.getClass().getMethods()) {
        if (setter.getParameterCount() == 1 && setter.getParameterTypes()[0] == String.class
            && setter.getReturnType() == builder.getClass()) {
          setter.invoke(builder, ID);
        }
      }
      return builder.getClass().getMethod("build").invoke(builder);
    }
  }

  static Object sample(Class<?> type, SpecOperations.Operation op) throws Exception {
    if (type == String.class) {
      return ID;
    }
    if (type == RequestOptions.class) {
      return RequestOptions.none();
    }
    if (type.getName().startsWith("dev.quartet.onepagecrm.params")) {
      return params(type);
    }
    if (type == Integer.class || type == Long.class || type == Boolean.class || type == Double.class) {
      return null;
    }
    if (type.getName().startsWith("dev.quartet.onepagecrm.model")) {
      try {
        type.getMethod("of", String.class);
        return null; // an enum-like parameter: optional everywhere it is used
      } catch (NoSuchMethodException notAnEnum) {
        // a request body: the documented example values, as the spec describes them
        JsonNode schema = SpecOperations.resolve(op.node().get("requestBody"))
            .get("content").elements().next().get("schema");
        return Json.mapper().treeToValue(SpecExamples.of(schema), type);
      }
    }
    return null;
  }
}
