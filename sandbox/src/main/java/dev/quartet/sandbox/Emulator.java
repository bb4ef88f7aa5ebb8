package dev.quartet.sandbox;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * One emulated API on the sandbox's server, holding that API's state. The sandbox routes every request
 * under the API's {@link SandboxApi#prefix() prefix} to {@link #transform}, after its fault rules.
 * Implemented by the emulators in this artifact; applications do not need it.
 */
public interface Emulator {
  /** {@return the API this emulator answers for} */
  SandboxApi api();

  /**
   * {@return the answer to one request under this API's prefix}; a request for something the API does
   * not have is answered with {@link SandboxHttp#notEmulated}, so the sandbox reports it
   *
   * @param event the request being served
   */
  ResponseDefinition transform(ServeEvent event);

  /**
   * {@return an error answer in this API's own shape}, used for the faults the sandbox injects
   *
   * @param status the HTTP status
   * @param message a short reason, e.g. {@code Too Many Requests}
   */
  ResponseDefinition errorAnswer(int status, String message);

  /**
   * Starts anything the emulator serves beside the sandbox's server (the platform's real-time channels).
   *
   * @param server the running server
   */
  default void install(WireMockServer server) {}

  /** Puts the emulated data back as it was at start; tokens and sessions already issued stay valid. */
  void reset();

  /** Stops what {@link #install} started beside the server; the server itself is stopped by its owner. */
  default void stop() {}
}
