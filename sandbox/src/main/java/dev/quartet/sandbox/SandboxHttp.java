package dev.quartet.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * The plumbing every emulated API shares: routing a path to its emulator, and JSON answers. Used by
 * the emulators in this artifact; applications do not need it.
 */
public final class SandboxHttp {
  private SandboxHttp() {}

  /**
   * Sends every request whose path matches {@code pathRegex} to the emulator named {@code transformer}.
   *
   * @param server the server the sandbox runs on
   * @param pathRegex the paths, as a regular expression
   * @param transformer the {@link Emulator#getName() name} of the emulator
   */
  public static void route(WireMockServer server, String pathRegex, String transformer) {
    server.stubFor(any(urlPathMatching(pathRegex))
        .willReturn(ResponseDefinitionBuilder.responseDefinition().withTransformers(transformer)));
  }

  /**
   * {@return an answer with {@code body} (JSON text or a Jackson tree) as {@code application/json}}
   *
   * @param status the HTTP status
   * @param body the body; its {@code toString()} is sent
   */
  public static ResponseDefinition json(int status, Object body) {
    return json(status, body, "application/json");
  }

  /**
   * {@return an answer with {@code body} as JSON of the given media type}
   *
   * @param status the HTTP status
   * @param body the body; its {@code toString()} is sent
   * @param contentType the media type, e.g. {@code application/vnd.api+json}
   */
  public static ResponseDefinition json(int status, Object body, String contentType) {
    return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
        .withHeader("Content-Type", contentType).withBody(body.toString()).build();
  }
}
