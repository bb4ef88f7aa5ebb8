package dev.quartet.core;

import dev.quartet.core.errors.IncompatibleClasspathException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Fails fast, when the first client is built, if the classpath holds an OkHttp, Okio or Jackson the
 * SDK cannot run on, instead of a {@code NoSuchMethodError} on the first call. Runs once per JVM.
 */
public final class ClasspathCheck {
  /** The oldest OkHttp the SDK is built and tested for; 5.x is the default line. */
  static final String MIN_OKHTTP = "4.12.0";
  /** The Okio OkHttp 4.12 was built with. */
  static final String MIN_OKIO = "3.6.0";
  /** The Okio our OkHttp 5 declares; older ones lack {@code Okio.socket}, which OkHttp 5 calls. */
  static final String OKIO_FOR_OKHTTP_5 = "3.18.1";
  /** The oldest Jackson line the SDK's code compiles against (the suite runs on the BOM's version). */
  static final String MIN_JACKSON = "2.17.0";

  private static final String SEE = " See \"Dependencies and conflicts\" in the SDK's README.";
  private static volatile boolean passed;

  private ClasspathCheck() {}

  /**
   * Checks the classpath the first time it is called and returns at once afterwards.
   *
   * @throws IncompatibleClasspathException naming what was found and how to fix it
   */
  public static void verify() {
    if (passed) {
      return;
    }
    synchronized (ClasspathCheck.class) {
      if (!passed) {
        check(ClasspathFindings.onClasspath());
        passed = true;
      }
    }
  }

  /** Judges what was found; the messages are the fix a user needs. */
  static void check(ClasspathFindings found) {
    List<ClasspathFindings.Jar> jars = found.okhttpJars();
    if (jars.size() > 1) {
      throw new IncompatibleClasspathException("Found " + jars.size() + " OkHttp jars on the classpath: "
          + jars.stream().map(Object::toString).collect(Collectors.joining(", "))
          + ". They hold the same okhttp3 classes, so which one runs depends on classpath order. OkHttp 5's"
          + " Maven artifact is com.squareup.okhttp3:okhttp-jvm, OkHttp 4's is com.squareup.okhttp3:okhttp."
          + " Keep one line: for OkHttp 5, exclude com.squareup.okhttp3:okhttp from the dependency that"
          + " brings it; to stay on OkHttp 4.12, exclude com.squareup.okhttp3:okhttp-jvm from"
          + " dev.quartet:quartet-core." + SEE);
    }
    String okhttp = found.okhttpVersion();
    if (known(okhttp) && compare(okhttp, MIN_OKHTTP) < 0) {
      throw new IncompatibleClasspathException("OkHttp " + okhttp + " is on the classpath" + where(jars)
          + "; the SDK needs OkHttp " + MIN_OKHTTP + " or newer (4.12.x or 5.x). Something manages OkHttp down,"
          + " often an older com.squareup.okhttp3:okhttp-bom import: import okhttp-bom 5.x (or 4.12.0) instead,"
          + " or declare com.squareup.okhttp3:okhttp-jvm:5.x directly." + SEE);
    }
    ClasspathFindings.Jar okio = found.okio();
    boolean okhttp5 = known(okhttp) && numbers(okhttp)[0] >= 5;
    if (okhttp5 && !found.okioHasSocket()) {
      throw new IncompatibleClasspathException("OkHttp " + okhttp + " needs Okio " + OKIO_FOR_OKHTTP_5
          + " or newer, but Okio " + okio + " is on the classpath; it lacks okio.Okio.socket, so the first call"
          + " would fail with NoSuchMethodError. Something manages Okio down, often an okhttp-bom 4.x import"
          + " or a platform BOM made for OkHttp 4: drop that management or declare"
          + " com.squareup.okio:okio-jvm:" + OKIO_FOR_OKHTTP_5 + "." + SEE);
    }
    if (!okhttp5 && known(okio.version()) && compare(okio.version(), MIN_OKIO) < 0) {
      throw new IncompatibleClasspathException("Okio " + okio + " is older than the " + MIN_OKIO
          + " OkHttp " + okhttp + " needs: declare com.squareup.okio:okio-jvm:" + MIN_OKIO
          + " or newer, or import com.squareup.okhttp3:okhttp-bom." + SEE);
    }
    checkJackson(found);
  }

  private static void checkJackson(ClasspathFindings found) {
    String core = found.jacksonCore();
    String databind = found.jacksonDatabind();
    String jsr310 = found.jacksonJsr310();
    String versions = "jackson-core " + core + ", jackson-databind " + databind
        + ", jackson-datatype-jsr310 " + jsr310;
    for (String v : List.of(core, databind, jsr310)) {
      if (known(v) && compare(v, MIN_JACKSON) < 0) {
        throw new IncompatibleClasspathException("Jackson older than supported is on the classpath ("
            + versions + "); the SDK needs Jackson " + MIN_JACKSON + " or newer. Import"
            + " com.fasterxml.jackson:jackson-bom " + MIN_JACKSON + " or newer so all three agree." + SEE);
      }
    }
    if (known(core) && known(databind) && compare(minor(core), minor(databind)) < 0) {
      throw new IncompatibleClasspathException("Jackson modules disagree (" + versions + "):"
          + " jackson-databind needs a jackson-core of its own minor version or newer. Import"
          + " com.fasterxml.jackson:jackson-bom so they agree." + SEE);
    }
  }

  private static String where(List<ClasspathFindings.Jar> jars) {
    return jars.isEmpty() ? "" : " (" + jars.get(0).location() + ")";
  }

  private static boolean known(String version) {
    return version != null && !version.isEmpty() && Character.isDigit(version.charAt(0));
  }

  private static String minor(String version) {
    String[] parts = version.split("\\.");
    return parts.length < 2 ? version : parts[0] + "." + parts[1];
  }

  /**
   * Orders versions by major, minor and patch (a missing part counts as 0); a qualified version
   * ({@code 5.0.0-alpha.14}, {@code 2.17.0-rc1}) sorts before the release it precedes.
   */
  static int compare(String a, String b) {
    int[] x = numbers(a);
    int[] y = numbers(b);
    for (int i = 0; i < 3; i++) {
      if (x[i] != y[i]) {
        return Integer.compare(x[i], y[i]);
      }
    }
    return Boolean.compare(a.indexOf('-') < 0, b.indexOf('-') < 0);
  }

  private static int[] numbers(String version) {
    int[] numbers = new int[3];
    String[] parts = version.split("-", 2)[0].split("\\.");
    for (int i = 0; i < Math.min(3, parts.length); i++) {
      String digits = parts[i].replaceFirst("^(\\d*).*$", "$1");
      numbers[i] = digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }
    return numbers;
  }
}
