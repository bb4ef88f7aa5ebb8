package dev.quartet.onepagecrm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every list operation refuses {@code per_page} above 100 (the spec's shared bound) before sending. */
class PerPageLimitTest extends OnePageCrmTestSupport {
  static Stream<SpecOperations.Operation> listOperations() {
    return SpecOperations.load().stream().filter(PerPageLimitTest::hasPerPage);
  }

  private static boolean hasPerPage(SpecOperations.Operation op) {
    JsonNode params = op.node().get("parameters");
    if (params == null) {
      return false;
    }
    for (JsonNode p : params) {
      if ("per_page".equals(SpecOperations.resolve(p).path("name").asText())) {
        return true;
      }
    }
    return false;
  }

  @Test
  void thereAreManyListOperations() {
    assertThat(listOperations().count()).isGreaterThanOrEqualTo(20);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("listOperations")
  void perPageAboveHundredIsRefused(SpecOperations.Operation op) throws Throwable {
    try (OnePageCrmClient crm = client()) {
      Object api = AllOperationsTest.generated(
          OnePageCrmClient.class.getMethod(AllOperationsTest.accessorOf(op.tag())).invoke(crm));
      Method method = AllOperationsTest.find(api.getClass(), op.operationId() + "Request");
      // only per_page is out of range; the check runs at build() or, at the latest, before sending
      assertThatThrownBy(() -> invoke(method, api, args(method, op, 101)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("per_page");
      invoke(method, api, args(method, op, 100));
    }
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  // Every list operation takes page and per_page in its generated parameter object.
  private static Object[] args(Method method, SpecOperations.Operation op, int perPage) throws Throwable {
    Parameter[] params = method.getParameters();
    Object[] args = new Object[params.length];
    for (int i = 0; i < args.length; i++) {
      Class<?> type = params[i].getType();
      if (type.getName().startsWith("dev.quartet.onepagecrm.params")) {
        Object builder = AllOperationsTest.params(type).getClass().getMethod("toBuilder")
            .invoke(AllOperationsTest.params(type));
        builder.getClass().getMethod("page", Integer.class).invoke(builder, 1);
        builder.getClass().getMethod("perPage", Integer.class).invoke(builder, perPage);
        args[i] = invoke(builder.getClass().getMethod("build"), builder, new Object[0]);
      } else {
        args[i] = AllOperationsTest.sample(type, op);
      }
    }
    return args;
  }

  private static Object invoke(Method method, Object api, Object[] args) throws Throwable {
    try {
      return method.invoke(api, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
