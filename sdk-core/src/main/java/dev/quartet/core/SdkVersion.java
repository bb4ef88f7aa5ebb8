package dev.quartet.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's name and version, as stamped into the jar at build time. */
public final class SdkVersion {
  /** The SDK's name, as sent in the user agent. */
  public static final String NAME = "quartet";
  /** The SDK's version, as stamped at build time; "unknown" if the stamp is missing. */
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
