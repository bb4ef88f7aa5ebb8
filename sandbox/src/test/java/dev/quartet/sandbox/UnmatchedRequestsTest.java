package dev.quartet.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A request for something no emulated API has: the API's own 404, and a line in {@link Sandbox#unmatchedRequests()}. */
class UnmatchedRequestsTest {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void answersWithTheApisOwn404AndReportsIt() throws Exception {
    try (Sandbox sandbox = Sandbox.start()) {
      HttpResponse<String> platform = get(sandbox.baseUrl() + "/platform/nothing-here?x=1");
      assertThat(platform.statusCode()).isEqualTo(404);
      assertThat(platform.body()).contains("\"success\":false").contains("error_not_found");

      HttpResponse<String> outside = get(sandbox.baseUrl() + "/somewhere/else");
      assertThat(outside.statusCode()).isEqualTo(404);
      assertThat(outside.body()).contains("The sandbox serves /homestretch");

      assertThat(sandbox.unmatchedRequests()).extracting(SandboxRequest::toString)
          .containsExactly("GET /platform/nothing-here?x=1 -> 404", "GET /somewhere/else -> 404");

      sandbox.reset();
      assertThat(sandbox.unmatchedRequests()).isEmpty();
    }
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
