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
      Object api = OnePageCrmClient.class.getMethod(AllOperationsTest.accessorOf(op.tag())).invoke(crm);
      Method method = AllOperationsTest.find(api.getClass(), op.operationId() + "Request");
      Parameter[] params = method.getParameters();
      Object[] args = new Object[params.length];
      // page and per_page are the last two integers of every list (fields= may follow them)
      int perPage = params.length - 1;
      while (params[perPage].getType() != Integer.class) {
        perPage--;
      }
      for (int i = 0; i < args.length; i++) {
        // only per_page is out of range
        args[i] = params[i].getType() == Integer.class ? (i == perPage ? 101 : 1)
            : AllOperationsTest.sample(params[i].getType(), op);
      }
      assertThatThrownBy(() -> invoke(method, api, args))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("per_page");
      args[perPage] = 100;
      invoke(method, api, args);
    }
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  private static Object invoke(Method method, Object api, Object[] args) throws Throwable {
    try {
      return method.invoke(api, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
