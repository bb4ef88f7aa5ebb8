package dev.quartet.sandbox.platform;

import static dev.quartet.sandbox.platform.PlatformAnswers.array;
import static dev.quartet.sandbox.platform.PlatformAnswers.error;
import static dev.quartet.sandbox.platform.PlatformAnswers.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Cookie;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.quartet.sandbox.Emulator;
import dev.quartet.sandbox.SandboxApi;
import dev.quartet.sandbox.SandboxHttp;
import dev.quartet.sandbox.SandboxSettings;
import java.util.Arrays;
import java.util.List;

/**
 * The Rightech IoT Cloud platform API under {@code /platform}: the two logins and the check of every
 * other call ({@link PlatformLogins}), every documented store kept in memory ({@link PlatformStores}),
 * objects' packets, commands, events and model ({@link PlatformObjectRoutes}), model node trees
 * ({@link PlatformModelNodes}), and the organisation's event history ({@code /events},
 * {@code /events/org}). The data lives in {@link PlatformState} (seeded by {@link PlatformSeed}); the
 * real-time channels ({@code /socket.io/} and {@code /events/stream}) run beside WireMock
 * ({@link PlatformRealtime}), which pushes an event for every object created, changed, deleted or sent
 * telemetry or a command.
 */
public final class PlatformRoutes implements Emulator {
  private static final String PREFIX = PlatformSandbox.PREFIX;

  static final ObjectMapper MAPPER = new ObjectMapper();

  private final SandboxSettings settings;
  private final PlatformLogins logins;
  private final PlatformRealtime realtime;
  private final PlatformState state = PlatformSeed.state(MAPPER);
  private final PlatformStores stores;
  private final PlatformObjectRoutes objects;
  private final PlatformModelNodes nodes;

  /**
   * An emulation with its demo data.
   *
   * @param settings the clock and login lifetime
   * @param bindAddress the address the real-time channels listen on
   * @param realtimePort their port; 0 takes a free one
   */
  public PlatformRoutes(SandboxSettings settings, String bindAddress, int realtimePort) {
    this.settings = settings;
    this.logins = new PlatformLogins(settings);
    this.realtime = new PlatformRealtime(bindAddress, realtimePort, logins);
    PlatformFeed feed = new PlatformFeed(state, realtime, settings.clock());
    this.stores = new PlatformStores(state, feed, settings.clock());
    this.objects = new PlatformObjectRoutes(state, feed, settings.clock());
    this.nodes = new PlatformModelNodes(state);
  }

  @Override
  public SandboxApi api() {
    return SandboxApi.PLATFORM;
  }

  @Override
  public ResponseDefinition errorAnswer(int status, String message) {
    return PlatformAnswers.error(status, message);
  }

  /** Starts the real-time server beside the sandbox's. */
  @Override
  public void install(WireMockServer server) {
    realtime.start();
  }

  /** {@return base URL of the real-time channels (pass it to {@code PlatformClient.Builder.realtimeUrl})} */
  public String realtimeUrl() {
    return realtime.url();
  }

  /** Puts the seed data back; logins already made stay valid. */
  @Override
  public synchronized void reset() {
    state.restore(PlatformSeed.state(MAPPER));
  }

  @Override
  public void stop() {
    realtime.stop();
  }

  @Override
  public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
    Request request = serveEvent.getRequest();
    String path = request.getUrl().replaceFirst("\\?.*", "").substring(PREFIX.length());
    String method = request.getMethod().getName();
    if (!path.startsWith("/api/v1/") || path.endsWith("/") || path.contains("//")) {
      return SandboxHttp.notEmulated(error(404, "Not Found", "error_not_found"));
    }
    List<String> segments = Arrays.asList(path.substring("/api/v1/".length()).split("/"));
    try {
      if (segments.get(0).equals("auth") && segments.size() <= 2) {
        boolean forToken = segments.size() == 2;
        if (!method.equals("POST") || forToken && !segments.get(1).equals("token")) {
          return SandboxHttp.notEmulated(error(404, "Not Found", "error_not_found"));
        }
        return logins.login(request.getBodyAsString(), forToken);
      }
      if (!logins.authenticated(request.getHeader("Authorization"), cookieHeader(request))) {
        return PlatformLogins.unauthorized();
      }
      return route(request, method, segments);
    } catch (IllegalArgumentException bad) {
      return error(400, bad.getMessage(), "error_bad_request");
    }
  }

  private ResponseDefinition route(Request request, String method, List<String> segments) {
    int n = segments.size();
    String first = segments.get(0);
    if (first.equals("events") && method.equals("GET") && n == 1) {
      return json(200, array(PlatformQueries.history(state, request)));
    }
    if (first.equals("events") && method.equals("GET") && n == 2 && segments.get(1).equals("org")) {
      return json(200, PlatformQueries.orgEventTypes(state));
    }
    if (first.equals("objects") && n >= 3 && isId(segments.get(1))) {
      return objects.answer(segments.get(1), segments.subList(2, n), method, request);
    }
    if (first.equals("models") && n >= 3 && n <= 4 && isId(segments.get(1)) && segments.get(2).equals("nodes")) {
      return nodes.answer(segments.get(1), n == 4 ? segments.get(3) : null, method, request);
    }
    boolean byId = n >= 2 && isId(segments.get(n - 1));
    String store = String.join("/", byId ? segments.subList(0, n - 1) : segments);
    return stores.answer(store, byId ? segments.get(n - 1) : null, method, request);
  }

  /** The cookies as one {@code Cookie} header, the form {@link PlatformLogins} reads. */
  private static String cookieHeader(Request request) {
    Cookie sid = request.getCookies().get(PlatformLogins.COOKIE);
    return sid == null || sid.getValues().isEmpty() ? null : PlatformLogins.COOKIE + "=" + sid.getValues().get(0);
  }

  private static boolean isId(String s) {
    return s.matches("[0-9a-fA-F]{24}");
  }

  @Override
  public String toString() {
    return "PlatformRoutes{sessionLifetime=" + settings.platformSessionLifetime() + "}";
  }
}
