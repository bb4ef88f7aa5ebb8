package dev.quartet.core;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLConnection;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the running JVM really has of the libraries the SDK links against: every jar holding the
 * OkHttp classes, the Okio and Jackson versions in use. Read once by {@link ClasspathCheck}; tests
 * build one by hand instead.
 *
 * @param okhttpJars every jar (or directory) that holds {@code okhttp3.OkHttpClient}
 * @param okhttpVersion the version of the OkHttp classes in use, from {@code okhttp3.OkHttp.VERSION}
 * @param okio the jar Okio's classes were loaded from
 * @param okioHasSocket whether {@code okio.Okio.socket(Socket)} exists (OkHttp 5 calls it)
 * @param jacksonCore the jackson-core version in use
 * @param jacksonDatabind the jackson-databind version in use
 * @param jacksonJsr310 the jackson-datatype-jsr310 version in use
 */
record ClasspathFindings(
    List<Jar> okhttpJars,
    String okhttpVersion,
    Jar okio,
    boolean okioHasSocket,
    String jacksonCore,
    String jacksonDatabind,
    String jacksonJsr310) {

  /**
   * A library jar as found.
   *
   * @param location where it was loaded from
   * @param version its version, from its manifest or its file name; "unknown" if neither says
   */
  record Jar(String location, String version) {
    @Override
    public String toString() {
      return version + " (" + location + ")";
    }
  }

  private static final Pattern FILE_VERSION = Pattern.compile("-(\\d+\\.\\d+[^/!]*?)\\.jar");

  /** Reads the classpath of the class loader that loaded OkHttp. */
  static ClasspathFindings onClasspath() {
    ClassLoader loader = okhttp3.OkHttpClient.class.getClassLoader();
    if (loader == null) {
      loader = ClassLoader.getSystemClassLoader();
    }
    List<Jar> okhttpJars = new ArrayList<>();
    try {
      Enumeration<URL> copies = loader.getResources("okhttp3/OkHttpClient.class");
      while (copies.hasMoreElements()) {
        String url = copies.nextElement().toString();
        String container = url.substring(0, url.length() - "okhttp3/OkHttpClient.class".length());
        okhttpJars.add(jar(container));
      }
    } catch (IOException e) {
      // Unreadable class loader: judge by the classes in use alone.
    }
    return new ClasspathFindings(
        okhttpJars,
        staticString("okhttp3.OkHttp", "VERSION", loader),
        jar(location(okio.Okio.class)),
        hasSocket(),
        com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString(),
        com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString(),
        com.fasterxml.jackson.datatype.jsr310.PackageVersion.VERSION.toString());
  }

  private static boolean hasSocket() {
    try {
      okio.Okio.class.getMethod("socket", java.net.Socket.class);
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** Read reflectively: a compile-time constant would report the version we compiled against. */
  private static String staticString(String className, String field, ClassLoader loader) {
    try {
      Field f = Class.forName(className, false, loader).getField(field);
      return String.valueOf(f.get(null));
    } catch (ReflectiveOperationException | LinkageError e) {
      return "unknown";
    }
  }

  private static String location(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source != null && source.getLocation() != null) {
      return source.getLocation().toString();
    }
    URL url = type.getResource(type.getSimpleName() + ".class");
    return url == null ? "unknown location" : url.toString();
  }

  /** A jar or directory URL (ending in "!/" or "/" for a container) with the version it carries. */
  private static Jar jar(String container) {
    String location = container.startsWith("jar:") ? container.substring(4) : container;
    if (location.endsWith("!/")) {
      location = location.substring(0, location.length() - 2);
    }
    String version = manifestVersion(container);
    if (version == null) {
      Matcher m = FILE_VERSION.matcher(location);
      String found = null;
      while (m.find()) {
        found = m.group(1);
      }
      version = found == null ? "unknown" : found;
    }
    return new Jar(location, version);
  }

  private static String manifestVersion(String container) {
    String base = container;
    if (!base.endsWith("/")) {
      base = base.endsWith(".jar") ? "jar:" + base + "!/" : base + "/";
    }
    try {
      URLConnection connection = new URL(base + "META-INF/MANIFEST.MF").openConnection();
      connection.setUseCaches(false);
      return manifestVersion(connection);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static String manifestVersion(URLConnection connection) throws IOException {
    try (InputStream in = connection.getInputStream()) {
      Manifest manifest = new Manifest(in);
      String v = manifest.getMainAttributes().getValue("Bundle-Version");
      return v == null ? manifest.getMainAttributes().getValue("Implementation-Version") : v;
    }
  }
}
