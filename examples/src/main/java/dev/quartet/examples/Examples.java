package dev.quartet.examples;

import dev.quartet.sandbox.Sandbox;
import dev.quartet.sandbox.homestretch.HomeStretchSandbox;
import dev.quartet.homestretch.HomeStretchClient;

/** Clients wired to the sandbox, with the sandbox's demo credentials. */
final class Examples {
  private Examples() {}

  static HomeStretchClient homeStretch(Sandbox sandbox) {
    HomeStretchSandbox hs = sandbox.homeStretch();
    return HomeStretchClient.builder()
        .baseUrl(hs.baseUrl())
        .clientId(hs.clientId())
        .clientSecret(hs.clientSecret())
        .build();
  }
}
