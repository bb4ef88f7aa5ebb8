package dev.quartet.examples;

import dev.quartet.examples.sandbox.Sandbox;
import dev.quartet.homestretch.HomeStretchClient;

/**
 * Runs every example. Each API uses its real service when its environment variables are set and the
 * embedded sandbox otherwise, so with no credentials at all everything runs offline.
 */
public final class RunAll {
  private RunAll() {}

  public static void main(String[] args) {
    try (Sandbox sandbox = Sandbox.start()) {
      System.out.println("Sandbox listening on " + sandbox.baseUrl());
      try (HomeStretchClient hs = System.getenv("HOMESTRETCH_BASE_URL") != null
          ? HomeStretchClient.fromEnv() : Examples.homeStretch(sandbox)) {
        HomeStretchExample.run(hs, System.out);
      }
    }
  }
}
