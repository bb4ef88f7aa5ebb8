package dev.quartet.sandbox;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * The plumbing every emulated API shares: JSON answers, and the mark of a request no emulator has. Used by
 * the emulators in this artifact; applications do not need it.
 */
public final class SandboxHttp {
  private SandboxHttp() {}

  /**
   * {@return {@code answer} (the API's own 404 for a path or method it does not have) marked so the
   * sandbox reports the request in {@link Sandbox#unmatchedRequests()}}
   *
   * @param answer the API-shaped answer
   */
  public static ResponseDefinition notEmulated(ResponseDefinition answer) {
    return ResponseDefinitionBuilder.like(answer).withHeader(SandboxDispatcher.UNMATCHED_HEADER, "true").build();
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
