package dev.quartet.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's name and version, as stamped into the jar at build time. */
public final class SdkVersion {
  public static final String NAME = "quartet";
  public static final String VERSION = load();

  private SdkVersion() {}

  private static String load() {
    try (InputStream in = SdkVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
