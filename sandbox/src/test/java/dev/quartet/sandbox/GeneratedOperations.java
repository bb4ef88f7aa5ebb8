package dev.quartet.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The operations a published client has, read from its generated API classes (not from a test's own
 * table): every public method {@code op} of a {@code *Api} class that has an {@code opWithResponse}.
 */
public final class GeneratedOperations {
  private GeneratedOperations() {}

  /**
   * {@return the operation names of the {@code *Api} classes in the package of {@code anchor}, sorted}
   *
   * @param anchor one generated API class, e.g. {@code PlacesApi.class}
   * @throws Exception when the client's jar or classes cannot be read
   */
  public static TreeSet<String> of(Class<?> anchor) throws Exception {
    String folder = anchor.getPackageName().replace('.', '/') + "/";
    TreeSet<String> operations = new TreeSet<>();
    for (String name : entries(anchor, folder)) {
      if (name.startsWith(folder) && name.endsWith("Api.class") && name.indexOf('/', folder.length()) < 0) {
        Class<?> api = Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
        TreeSet<String> methods = new TreeSet<>();
        for (Method m : api.getDeclaredMethods()) {
          if (Modifier.isPublic(m.getModifiers())) {
            methods.add(m.getName());
          }
        }
        methods.stream().filter(m -> methods.contains(m + "WithResponse")).forEach(operations::add);
      }
    }
    return operations;
  }

  /**
   * Calls every case of {@code calls} and asserts the table is exactly the client's operations (read
   * from the generated API classes beside {@code anchor}), each answered with a non-null value, and
   * nothing left unmatched in the sandbox; prints the {@code [coverage]} line.
   *
   * @param api the API's name for the printed line
   * @param anchor one generated API class of the client
   * @param expected how many operations the client has
   * @param calls operation name to a call through the published client
   * @param sandbox the sandbox the client calls
   * @throws Exception when the client's classes cannot be read
   */
  public static void assertEveryOneAnswered(String api, Class<?> anchor, int expected,
      Map<String, Callable<Object>> calls, Sandbox sandbox) throws Exception {
    TreeSet<String> operations = of(anchor);
    assertThat(new TreeSet<>(calls.keySet())).as("operations of the client without a case, or cases of no operation")
        .containsExactlyElementsOf(operations);
    assertThat(operations).hasSize(expected);
    List<String> failed = new ArrayList<>();
    calls.forEach((operation, call) -> {
      try {
        assertThat(call.call()).as(operation).isNotNull();
      } catch (Exception | AssertionError e) {
        failed.add(operation + ": " + e);
      }
    });
    assertThat(failed).as("operations that failed").isEmpty();
    assertThat(sandbox.unmatchedRequests()).as("requests the sandbox did not emulate").isEmpty();
    System.out.println("[coverage] " + api + ": " + calls.size() + " of " + operations.size() + " operations answered");
  }

  private static List<String> entries(Class<?> anchor, String folder) throws IOException, URISyntaxException {
    Path source = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(source)) {
      try (Stream<Path> files = Files.list(source.resolve(folder))) {
        files.forEach(p -> names.add(folder + p.getFileName()));
      }
      return names;
    }
    try (JarFile jar = new JarFile(source.toFile())) {
      for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
        names.add(e.nextElement().getName());
      }
    }
    return names;
  }
}
