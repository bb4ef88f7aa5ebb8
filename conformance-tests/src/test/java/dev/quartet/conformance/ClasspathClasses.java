package dev.quartet.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The classes of a package found on the test classpath, from directories or jars alike. */
final class ClasspathClasses {
  private ClasspathClasses() {}

  /**
   * The top-level and nested (not anonymous) classes of {@code pkg}, of its subpackages too when
   * {@code recursive}.
   */
  static List<Class<?>> in(String pkg, boolean recursive) throws IOException, URISyntaxException, ClassNotFoundException {
    String dir = pkg.replace('.', '/');
    List<String> names = new ArrayList<>();
    Enumeration<URL> roots = ClasspathClasses.class.getClassLoader().getResources(dir);
    while (roots.hasMoreElements()) {
      URL root = roots.nextElement();
      if (root.getProtocol().equals("file")) {
        Path base = Paths.get(root.toURI());
        try (Stream<Path> files = recursive ? Files.walk(base) : Files.list(base)) {
          files.filter(f -> f.toString().endsWith(".class"))
              .map(f -> pkg + "." + base.relativize(f).toString().replace('/', '.').replace('\\', '.'))
              .forEach(n -> names.add(n.substring(0, n.length() - ".class".length())));
        }
      } else if (root.getProtocol().equals("jar")) {
        String jarPath = root.getPath().substring("file:".length(), root.getPath().indexOf('!'));
        try (JarFile jar = new JarFile(jarPath)) {
          for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            String n = e.nextElement().getName();
            if (n.startsWith(dir + "/") && n.endsWith(".class") && (recursive || n.indexOf('/', dir.length() + 1) < 0)) {
              names.add(n.substring(0, n.length() - ".class".length()).replace('/', '.'));
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String name : names) {
      if (name.endsWith("package-info") || name.endsWith("module-info") || name.matches(".*\\$\\d.*")) {
        continue;
      }
      classes.add(Class.forName(name, false, ClasspathClasses.class.getClassLoader()));
    }
    return classes;
  }
}
