package dev.quartet.sandbox.citypoint;

import dev.quartet.citypoint.CitypointClient;

/** The published client pointed at a sandbox's Citypoint with the demo account. */
final class CitypointClients {
  private CitypointClients() {}

  static CitypointClient.Builder builder(CitypointSandbox cp) {
    return CitypointClient.builder().baseUrl(cp.baseUrl()).clientId(cp.clientId()).clientSecret(cp.clientSecret())
        .username(cp.username()).password(cp.password());
  }

  static CitypointClient of(CitypointSandbox cp) {
    return builder(cp).build();
  }
}
