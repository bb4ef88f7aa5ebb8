package dev.quartet.sandbox;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;

/**
 * One emulated API on the sandbox's server: a WireMock transformer that answers the requests routed
 * to it, holding that API's state. Implemented by the emulators in this artifact; applications do
 * not need it.
 */
public interface Emulator extends ResponseDefinitionTransformerV2 {
  /**
   * Routes this API's paths on {@code server} to this emulator, and starts anything it serves beside
   * it (the platform's real-time channels).
   *
   * @param server the running server
   */
  void install(WireMockServer server);

  /** Puts the emulated data back as it was at start; tokens and sessions already issued stay valid. */
  void reset();

  /** Stops what {@link #install} started beside the server; the server itself is stopped by its owner. */
  default void stop() {}

  /** {@return {@code false}: an emulator answers only the requests routed to it} */
  @Override
  default boolean applyGlobally() {
    return false;
  }
}
