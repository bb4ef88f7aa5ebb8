package dev.quartet.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** {@link Sandbox#start()} and {@link Sandbox#close()}: the connection info, independent sandboxes, ports released. */
class SandboxTest {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void handsOutEachApisBaseUrlAndCredentials() {
    try (Sandbox sandbox = Sandbox.start()) {
      String root = sandbox.baseUrl();
      assertThat(root).startsWith("http://localhost:").endsWith(":" + sandbox.port());
      assertThat(sandbox.homeStretch().baseUrl()).isEqualTo(root + "/homestretch");
      assertThat(sandbox.homeStretch().clientId()).isEqualTo("sandbox-client");
      assertThat(sandbox.platform().baseUrl()).isEqualTo(root + "/platform");
      assertThat(sandbox.platform().realtimeUrl()).startsWith("http://").doesNotContain(":" + sandbox.port() + "/");
      assertThat(sandbox.citypoint().baseUrl()).isEqualTo(root + "/citypoint/v2.1");
      assertThat(sandbox.citypoint().userId()).isEqualTo(478);
      assertThat(sandbox.onePageCrm().baseUrl()).isEqualTo(root + "/onepagecrm/api/v3");
      assertThat(sandbox.onePageCrm().userId()).isEqualTo("559cd1866f6e656707000001");
    }
  }

  @Test
  void closeReleasesBothPorts() throws Exception {
    int port;
    int realtimePort;
    try (Sandbox sandbox = Sandbox.start()) {
      port = sandbox.port();
      realtimePort = URI.create(sandbox.platform().realtimeUrl()).getPort();
      assertThat(get(sandbox.onePageCrm().baseUrl() + "/contacts", true)).isEqualTo(200);
      assertThat(bindable(port)).isFalse();
      assertThat(bindable(realtimePort)).isFalse();
    }
    assertThat(bindable(port)).isTrue();
    assertThat(bindable(realtimePort)).isTrue();
  }

  @Test
  void twoSandboxesKeepTheirOwnState() throws Exception {
    try (Sandbox one = Sandbox.start(); Sandbox two = Sandbox.start()) {
      assertThat(one.port()).isNotEqualTo(two.port());
      assertThat(delete(one.onePageCrm().baseUrl() + "/contacts/" + firstContactId())).isEqualTo(200);
      assertThat(get(one.onePageCrm().baseUrl() + "/contacts/" + firstContactId(), true)).isEqualTo(404);
      assertThat(get(two.onePageCrm().baseUrl() + "/contacts/" + firstContactId(), true)).isEqualTo(200);
      one.reset();
      assertThat(get(one.onePageCrm().baseUrl() + "/contacts/" + firstContactId(), true)).isEqualTo(200);
      assertThat(one.requests()).hasSize(1);
    }
  }

  @Test
  void theBuilderChecksItsSettings() {
    assertThatThrownBy(() -> Sandbox.builder().port(70000)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("port");
    assertThatThrownBy(() -> Sandbox.builder().requestLogLimit(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("requestLogLimit");
  }

  /** The first seeded contact's id: ids are handed out in order from 1. */
  private static String firstContactId() {
    return String.format("5a%022x", 1);
  }

  private int get(String url, boolean authorized) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (authorized) {
      request.header("Authorization", basic());
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private int delete(String url) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).DELETE().header("Authorization", basic()).build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static String basic() {
    return "Basic " + Base64.getEncoder().encodeToString("559cd1866f6e656707000001:sandbox-api-key".getBytes(StandardCharsets.UTF_8));
  }

  static boolean bindable(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
