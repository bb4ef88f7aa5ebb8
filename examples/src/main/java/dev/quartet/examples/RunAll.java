package dev.quartet.examples;

import dev.quartet.sandbox.Sandbox;
import dev.quartet.citypoint.CitypointClient;
import dev.quartet.homestretch.HomeStretchClient;
import dev.quartet.onepagecrm.OnePageCrmClient;
import dev.quartet.platform.PlatformClient;

/**
 * Runs every example. Each API uses its real service when its environment variables are set and the
 * embedded sandbox otherwise, so with no credentials at all everything runs offline.
 */
public final class RunAll {
  private RunAll() {}

  private static boolean isSet(String name) {
    String value = System.getenv(name);
    return value != null && !value.isBlank();
  }

  /**
   * Runs every example, each against its real service when configured, else against the sandbox.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    try (Sandbox sandbox = Sandbox.start()) {
      System.out.println("Sandbox listening on " + sandbox.baseUrl());
      try (HomeStretchClient hs = isSet("HOMESTRETCH_BASE_URL")
          ? HomeStretchClient.fromEnv() : Examples.homeStretch(sandbox)) {
        HomeStretchExample.run(hs, System.out);
      }
      System.out.println();
      try (CitypointClient cp = isSet("CITYPOINT_CLIENT_ID")
          ? CitypointClient.fromEnv() : CitypointExample.sandboxClient(sandbox.citypoint())) {
        CitypointExample.run(cp, System.out);
      }
      System.out.println();
      try (PlatformClient platform = isSet("PLATFORM_TOKEN") || isSet("PLATFORM_LOGIN")
          ? PlatformClient.fromEnv() : PlatformExample.sandboxClient(sandbox.platform())) {
        PlatformExample.run(platform, System.out);
      }
      System.out.println();
      try (OnePageCrmClient crm = isSet("ONEPAGECRM_USER_ID")
          ? OnePageCrmClient.fromEnv() : OnePageCrmExample.sandboxClient(sandbox.onePageCrm())) {
        OnePageCrmExample.run(crm, System.out);
      }
    }
  }
}
