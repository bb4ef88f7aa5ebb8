package dev.quartet.sandbox;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
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
