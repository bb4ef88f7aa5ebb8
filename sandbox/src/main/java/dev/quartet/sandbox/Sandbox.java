package dev.quartet.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.quartet.sandbox.citypoint.CitypointRoutes;
import dev.quartet.sandbox.citypoint.CitypointSandbox;
import dev.quartet.sandbox.homestretch.HomeStretchRoutes;
import dev.quartet.sandbox.homestretch.HomeStretchSandbox;
import dev.quartet.sandbox.onepagecrm.OnePageCrmRoutes;
import dev.quartet.sandbox.onepagecrm.OnePageCrmSandbox;
import dev.quartet.sandbox.platform.PlatformRoutes;
import dev.quartet.sandbox.platform.PlatformSandbox;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An embedded, stateful emulation of the four APIs on one local port (the platform's real-time
 * channels on a second one), so code using the clients runs offline. Each API is mounted under its
 * own path prefix; {@link #homeStretch()}, {@link #platform()}, {@link #citypoint()} and
 * {@link #onePageCrm()} give the base URL and the demo credentials a client needs.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start()) {
 *   HomeStretchClient hs = HomeStretchClient.builder()
 *       .baseUrl(sandbox.homeStretch().baseUrl())
 *       .clientId(sandbox.homeStretch().clientId()).clientSecret(sandbox.homeStretch().clientSecret())
 *       .build();
 * }
 * }</pre>
 *
 * <p>A sandbox is thread-safe; {@link #close()} stops it and releases its ports.
 */
public final class Sandbox implements AutoCloseable {
  private final WireMockServer server;
  private final List<Emulator> emulators;
  private final SandboxDispatcher dispatcher;
  private final Faults faults;
  private final HomeStretchSandbox homeStretch;
  private final PlatformSandbox platform;
  private final CitypointSandbox citypoint;
  private final OnePageCrmSandbox onePageCrm;

  private Sandbox(WireMockServer server, List<Emulator> emulators, SandboxDispatcher dispatcher, Faults faults,
      PlatformRoutes platformRoutes) {
    this.server = server;
    this.emulators = emulators;
    this.dispatcher = dispatcher;
    this.faults = faults;
    String root = server.baseUrl();
    this.homeStretch = new HomeStretchSandbox(root);
    this.platform = new PlatformSandbox(root, platformRoutes.realtimeUrl());
    this.citypoint = new CitypointSandbox(root);
    this.onePageCrm = new OnePageCrmSandbox(root);
  }

  /**
   * Starts the sandbox on free local ports.
   *
   * @return the running sandbox
   */
  public static Sandbox start() {
    return builder().start();
  }

  /** {@return a builder for a sandbox on chosen ports} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the root URL of the sandbox, e.g. {@code http://localhost:51234}; each API has its own prefix below it} */
  public String baseUrl() {
    return server.baseUrl();
  }

  /** {@return the port the HTTP APIs are served on} */
  public int port() {
    return server.port();
  }

  /** {@return where HomeStretch is served and the credentials it accepts} */
  public HomeStretchSandbox homeStretch() {
    return homeStretch;
  }

  /** {@return where the Rightech IoT Cloud platform and its real-time channels are served, and its demo login} */
  public PlatformSandbox platform() {
    return platform;
  }

  /** {@return where Citypoint is served and the OAuth client and user it accepts} */
  public CitypointSandbox citypoint() {
    return citypoint;
  }

  /** {@return where OnePageCRM is served and the Basic credentials it accepts} */
  public OnePageCrmSandbox onePageCrm() {
    return onePageCrm;
  }

  /**
   * Puts every API's data back as it was at start, empties the request logs, and puts the fault rules
   * back to those given at start (counting from zero again). Tokens, sessions and real-time connections
   * already open stay valid, so clients built earlier keep working.
   */
  public void reset() {
    emulators.forEach(Emulator::reset);
    server.resetRequests();
    dispatcher.clearUnmatched();
    faults.restart();
  }

  /**
   * {@return the requests since start or the last {@link #reset()} that asked for something the
   * emulated APIs do not have, oldest first}: each was answered with its API's own 404 (or, outside every
   * API's prefix, a plain 404). A test can assert this is empty to know its client called only real
   * operations.
   */
  public List<SandboxRequest> unmatchedRequests() {
    return dispatcher.unmatched();
  }

  /**
   * Switches a fault rule on, beside those already on, until {@link #clearFaults()} or {@link #reset()};
   * it counts its matching requests from now.
   *
   * @param rule what to trouble and how
   * @return this sandbox
   */
  public Sandbox injectFaults(FaultRule rule) {
    if (rule == null) {
      throw new IllegalArgumentException("rule must not be null");
    }
    faults.add(rule);
    return this;
  }

  /** {@return the fault rules switched on, in the order they were added} */
  public List<FaultRule> faultRules() {
    return faults.rules();
  }

  /** Switches every fault rule off, those given at start included, until the next {@link #reset()}. */
  public void clearFaults() {
    faults.clear();
  }

  /** {@return the requests answered since start or the last {@link #reset()}, oldest first} */
  public List<SandboxRequest> requests() {
    List<SandboxRequest> log = new ArrayList<>();
    for (ServeEvent event : server.getAllServeEvents()) {
      log.add(0, new SandboxRequest(event.getRequest().getMethod().getName(), event.getRequest().getUrl(),
          event.getResponse() == null ? 0 : event.getResponse().getStatus()));
    }
    return log;
  }

  /** Stops the sandbox and releases its ports. */
  @Override
  public void close() {
    emulators.forEach(Emulator::stop);
    server.stop();
  }

  @Override
  public String toString() {
    return "Sandbox[" + baseUrl() + "]";
  }

  /** Chooses the ports and address of a sandbox; {@link #start()} starts it. */
  public static final class Builder {
    private int port;
    private int realtimePort;
    private String bindAddress = "127.0.0.1";
    private int requestLogLimit = 10_000;
    private Clock clock = Clock.systemUTC();
    private Duration citypointTokenLifetime = SandboxSettings.DEFAULT_CITYPOINT_TOKEN_LIFETIME;
    private Duration platformSessionLifetime = SandboxSettings.DEFAULT_PLATFORM_SESSION_LIFETIME;
    private final List<FaultRule> faults = new ArrayList<>();

    private Builder() {}

    /**
     * The port of the HTTP APIs; 0, the default, takes a free one.
     *
     * @param port the port
     * @return this builder
     */
    public Builder port(int port) {
      this.port = checkPort(port, "port");
      return this;
    }

    /**
     * The port of the platform's real-time channels (socket.io and the event stream); 0, the default,
     * takes a free one.
     *
     * @param realtimePort the port
     * @return this builder
     */
    public Builder realtimePort(int realtimePort) {
      this.realtimePort = checkPort(realtimePort, "realtimePort");
      return this;
    }

    /**
     * The address to listen on; {@code 127.0.0.1}, the default, accepts this machine only, {@code 0.0.0.0}
     * every interface.
     *
     * @param bindAddress the address
     * @return this builder
     */
    public Builder bindAddress(String bindAddress) {
      if (bindAddress == null || bindAddress.isBlank()) {
        throw new IllegalArgumentException("bindAddress must not be blank");
      }
      this.bindAddress = bindAddress;
      return this;
    }

    /**
     * How many requests {@link Sandbox#requests()} keeps, the oldest dropped first (default 10,000), so a
     * long-running sandbox does not grow without bound.
     *
     * @param limit at least 1
     * @return this builder
     */
    public Builder requestLogLimit(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("requestLogLimit must be at least 1, was " + limit);
      }
      this.requestLogLimit = limit;
      return this;
    }

    /**
     * How long the Citypoint access tokens the sandbox issues last (default 12 hours, as the service), so a test can watch
     * a client refresh: with {@code Duration.ofSeconds(2)} a token is refused with Citypoint's 401 two
     * seconds after it was issued, and the refresh grant gives a new one.
     *
     * @param lifetime at least one second
     * @return this builder
     */
    public Builder citypointTokenLifetime(Duration lifetime) {
      this.citypointTokenLifetime = checkLifetime(lifetime, "citypointTokenLifetime");
      return this;
    }

    /**
     * How long a platform login lasts, token or cookie session (default a day); after it the platform
     * answers 401 and the client logs in again.
     *
     * @param lifetime at least one second
     * @return this builder
     */
    public Builder platformSessionLifetime(Duration lifetime) {
      this.platformSessionLifetime = checkLifetime(lifetime, "platformSessionLifetime");
      return this;
    }

    /**
     * The clock the emulators read to expire what they issued (default the system clock in UTC); a test
     * can pass a clock it moves.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      if (clock == null) {
        throw new IllegalArgumentException("clock must not be null");
      }
      this.clock = clock;
      return this;
    }

    /**
     * A fault rule on from the start; more can be switched on later with {@link Sandbox#injectFaults}.
     *
     * @param rule what to trouble and how
     * @return this builder
     */
    public Builder fault(FaultRule rule) {
      if (rule == null) {
        throw new IllegalArgumentException("rule must not be null");
      }
      faults.add(rule);
      return this;
    }

    /** {@return the running sandbox} */
    public Sandbox start() {
      SandboxSettings settings = new SandboxSettings(clock, citypointTokenLifetime, platformSessionLifetime);
      HomeStretchRoutes homeStretch = new HomeStretchRoutes(settings);
      CitypointRoutes citypoint = new CitypointRoutes(settings);
      PlatformRoutes platform = new PlatformRoutes(settings, bindAddress, realtimePort);
      OnePageCrmRoutes onePageCrm = new OnePageCrmRoutes(settings);
      List<Emulator> emulators = List.of(homeStretch, citypoint, platform, onePageCrm);
      Faults activeFaults = new Faults(faults);
      SandboxDispatcher dispatcher = new SandboxDispatcher(emulators, activeFaults, requestLogLimit);
      WireMockConfiguration config = (port == 0 ? wireMockConfig().dynamicPort() : wireMockConfig().port(port))
          .bindAddress(bindAddress).jettyAcceptors(1).maxRequestJournalEntries(requestLogLimit)
          .extensions(dispatcher);
      WireMockServer server = new WireMockServer(config);
      server.start();
      try {
        server.stubFor(any(anyUrl()).willReturn(
            ResponseDefinitionBuilder.responseDefinition().withTransformers(SandboxDispatcher.NAME)));
        emulators.forEach(emulator -> emulator.install(server));
      } catch (RuntimeException e) {
        emulators.forEach(Emulator::stop);
        server.stop();
        throw e;
      }
      return new Sandbox(server, emulators, dispatcher, activeFaults, platform);
    }

    private static Duration checkLifetime(Duration lifetime, String name) {
      if (lifetime == null || lifetime.compareTo(Duration.ofSeconds(1)) < 0) {
        throw new IllegalArgumentException(name + " must be at least one second, was " + lifetime);
      }
      return lifetime;
    }

    private static int checkPort(int port, String name) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException(name + " must be between 0 and 65535, was " + port);
      }
      return port;
    }
  }
}
