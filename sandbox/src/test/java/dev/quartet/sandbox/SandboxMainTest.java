package dev.quartet.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The standalone launcher on fixed ports, started in-process and called over HTTP as any other program would. */
class SandboxMainTest {
  @Test
  void startsOnTheGivenPortsAndPrintsWhereAndHowToSignIn() throws Exception {
    int[] ports = freePorts();
    int port = ports[0];
    int realtimePort = ports[1];
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (Sandbox sandbox = SandboxMain.start(new String[] {"--port", String.valueOf(port),
        "--realtime-port", String.valueOf(realtimePort)}, new PrintStream(printed, true, StandardCharsets.UTF_8))) {
      String out = printed.toString(StandardCharsets.UTF_8);
      String root = "http://localhost:" + port;
      assertThat(out).contains("Quartet sandbox on " + root,
          root + "/homestretch", "client id sandbox-client", "client secret sandbox-secret",
          root + "/platform", ":" + realtimePort + "/", "login sandbox-user",
          root + "/citypoint/v2.1", "user demo",
          root + "/onepagecrm/api/v3", "user id 559cd1866f6e656707000001", "API key sandbox-api-key");

      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(root + "/citypoint/v2.1/oauth/token"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=sandbox-client"
              + "&client_secret=sandbox-secret&username=demo&password=demo")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(token.statusCode()).isEqualTo(200);
      assertThat(token.body()).contains("\"access_token\"", "\"refresh_token\"");

      HttpResponse<String> unauthorized = http.send(HttpRequest.newBuilder(URI.create(root + "/onepagecrm/api/v3/contacts"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(unauthorized.statusCode()).isEqualTo(401);
      assertThat(unauthorized.body()).contains("authorization_data_not_found");
      assertThat(sandbox.port()).isEqualTo(port);
    }
    assertThat(SandboxTest.bindable(port)).isTrue();
  }

  @Test
  void switchesFaultsAndTokenLifetimesOnFromTheCommandLine() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (Sandbox sandbox = SandboxMain.start(new String[] {"--port", "0", "--realtime-port", "0",
        "--fault", "api=onepagecrm,method=GET,path=/contacts,503=1/1", "--citypoint-token-lifetime", "30s",
        "--platform-session-lifetime", "10m"},
        new PrintStream(printed, true, StandardCharsets.UTF_8))) {
      assertThat(printed.toString(StandardCharsets.UTF_8))
          .contains("fault on: api=onepagecrm,method=GET,path=/contacts,503=1/1");
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> troubled = http.send(HttpRequest.newBuilder(URI.create(sandbox.onePageCrm().baseUrl() + "/contacts"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(troubled.statusCode()).isEqualTo(503);
      assertThat(troubled.body()).contains("\"status\":503", "\"error_message\":\"Service Unavailable\"");
      HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(sandbox.citypoint().baseUrl() + "/oauth/token"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=sandbox-client"
              + "&client_secret=sandbox-secret&username=demo&password=demo")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(token.body()).contains("\"expires_in\":30");
      HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(sandbox.platform().baseUrl() + "/api/v1/auth/token"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"login\":\"sandbox-user\",\"password\":\"sandbox-password\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      JsonNode issued = new ObjectMapper().readTree(login.body());
      assertThat(issued.path("expiresAt").asLong() - issued.path("issuedAt").asLong()).isEqualTo(600_000L);
    }
  }

  @Test
  void refusesUnknownFlagsAndBadPorts() {
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SandboxMain.start(new String[] {"--colour", "red"}, out))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown flag --colour");
    assertThatThrownBy(() -> SandboxMain.start(new String[] {"--port", "eighty"}, out))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--port needs a port number");
    assertThatThrownBy(() -> SandboxMain.start(new String[] {"--port"}, out))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("--port needs a value");
    assertThatThrownBy(() -> SandboxMain.start(new String[] {"--fault", "api=citypoint,latency=fast"}, out))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("latency needs a duration");
    assertThatThrownBy(() -> SandboxMain.start(new String[] {"--citypoint-token-lifetime", "soon"}, out))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--citypoint-token-lifetime needs a duration");
  }

  /** Two distinct ports free right now (held open together, so they differ). */
  private static int[] freePorts() throws IOException {
    InetAddress local = InetAddress.getByName("127.0.0.1");
    try (ServerSocket one = new ServerSocket(0, 1, local); ServerSocket two = new ServerSocket(0, 1, local)) {
      return new int[] {one.getLocalPort(), two.getLocalPort()};
    }
  }
}
