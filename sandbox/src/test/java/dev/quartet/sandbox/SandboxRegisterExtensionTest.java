package dev.quartet.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension registered on a static field: the same sandbox for the class, reset by hand. */
class SandboxRegisterExtensionTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX = new SandboxExtension();

  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void startClean() {
    SANDBOX.sandbox().reset();
  }

  @Test
  void answersWithTheSeedData() throws Exception {
    assertThat(placeStatus("place-001")).isEqualTo(200);
    assertThat(SANDBOX.sandbox().requests()).extracting(SandboxRequest::toString)
        .containsExactly("GET /homestretch/places/place-001 -> 200");
  }

  @Test
  void unknownPlaceIsNotFound() throws Exception {
    assertThat(placeStatus("place-999")).isEqualTo(404);
    assertThat(SANDBOX.sandbox().requests()).hasSize(1);
  }

  private int placeStatus(String id) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(SANDBOX.sandbox().homeStretch().baseUrl() + "/places/" + id))
        .header("Authorization", "Bearer sandbox-homestretch-token").build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
