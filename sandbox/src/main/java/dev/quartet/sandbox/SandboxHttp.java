package dev.quartet.examples.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** The plumbing every emulated API shares: routing a path to its transformer, and JSON answers. */
final class SandboxHttp {
  private SandboxHttp() {}

  /** Sends every request whose path matches {@code pathRegex} to the transformer named {@code transformer}. */
  static void route(WireMockServer server, String pathRegex, String transformer) {
    server.stubFor(any(urlPathMatching(pathRegex))
        .willReturn(ResponseDefinitionBuilder.responseDefinition().withTransformers(transformer)));
  }

  /** An answer with {@code body} (JSON text or a Jackson tree) as {@code application/json}. */
  static ResponseDefinition json(int status, Object body) {
    return json(status, body, "application/json");
  }

  /** An answer with {@code body} as JSON of the given media type (e.g. {@code application/vnd.api+json}). */
  static ResponseDefinition json(int status, Object body, String contentType) {
    return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
        .withHeader("Content-Type", contentType).withBody(body.toString()).build();
  }
}
