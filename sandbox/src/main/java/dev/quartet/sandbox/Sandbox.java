package dev.quartet.examples.sandbox;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Extension;
import java.util.ArrayList;
import java.util.List;

/**
 * An embedded, stateful emulation of the APIs on one local port, so the examples run offline. Each
 * API contributes a WireMock extension and the stubs that route its path prefix to it.
 */
public final class Sandbox implements AutoCloseable {
  private final WireMockServer server;

  private Sandbox(WireMockServer server) {
    this.server = server;
  }

  /**
   * Starts the sandbox on a free local port.
   *
   * @return the running sandbox
   */
  public static Sandbox start() {
    List<Extension> extensions = new ArrayList<>();
    extensions.add(new HomeStretchSandbox());
    extensions.addAll(List.of(CitypointSandbox.extensions()));
    extensions.addAll(List.of(PlatformSandbox.extensions()));
    extensions.addAll(List.of(OnePageCrmSandbox.extensions()));
    WireMockConfiguration config = wireMockConfig().dynamicPort().bindAddress("127.0.0.1")
        .extensions(extensions.toArray(new Extension[0]));
    WireMockServer server = new WireMockServer(config);
    server.start();
    HomeStretchSandbox.install(server);
    CitypointSandbox.install(server);
    PlatformSandbox.install(server);
    OnePageCrmSandbox.install(server);
    return new Sandbox(server);
  }

  /** {@return the base URL of the sandbox, e.g. {@code http://127.0.0.1:51234}} */
  public String baseUrl() {
    return server.baseUrl();
  }

  /** {@return the WireMock server the sandbox runs on} */
  public WireMockServer server() {
    return server;
  }

  @Override
  public void close() {
    PlatformSandbox.stopRealtime();
    server.stop();
  }
}
