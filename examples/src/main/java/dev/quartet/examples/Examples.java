package dev.quartet.examples;

import dev.quartet.examples.sandbox.HomeStretchSandbox;
import dev.quartet.examples.sandbox.Sandbox;
import dev.quartet.homestretch.HomeStretchClient;

/** Clients wired to the sandbox, with the sandbox's demo credentials. */
final class Examples {
  private Examples() {}

  static HomeStretchClient homeStretch(Sandbox sandbox) {
    return HomeStretchClient.builder()
        .baseUrl(sandbox.baseUrl() + HomeStretchSandbox.PREFIX)
        .clientId("sandbox-client")
        .clientSecret("sandbox-secret")
        .build();
  }
}
