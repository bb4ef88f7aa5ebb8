package dev.quartet.sandbox.homestretch;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.quartet.sandbox.Emulator;
import dev.quartet.sandbox.SandboxApi;
import dev.quartet.sandbox.SandboxSettings;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * HomeStretch under {@code /homestretch}: its seven operations, {@code POST /auth} ({@link HomeStretchAuth}),
 * the company structure ({@link HomeStretchCompany}) and places ({@link HomeStretchPlaces}), with the data
 * kept in memory ({@link HomeStretchState}, seeded by {@link HomeStretchSeed}) so what a client creates can
 * be read back and listed. Every call but {@code POST /auth} needs the bearer token; a path or method the
 * API does not have is a 404 the sandbox reports.
 */
public final class HomeStretchRoutes implements Emulator {
  private static final String PREFIX = HomeStretchSandbox.PREFIX;

  private final HomeStretchPlaces places;
  private volatile HomeStretchState state = HomeStretchSeed.state(HomeStretchAnswers.JSON);

  /**
   * An emulation with its demo data.
   *
   * @param settings the clock the timestamps of places are read from
   */
  public HomeStretchRoutes(SandboxSettings settings) {
    this.places = new HomeStretchPlaces(settings.clock());
  }

  @Override
  public SandboxApi api() {
    return SandboxApi.HOMESTRETCH;
  }

  @Override
  public ResponseDefinition errorAnswer(int status, String message) {
    return HomeStretchAnswers.error(status, message);
  }

  @Override
  public void reset() {
    state = HomeStretchSeed.state(HomeStretchAnswers.JSON);
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Request request = event.getRequest();
    String path = request.getUrl().replaceFirst("\\?.*", "").substring(PREFIX.length());
    String method = request.getMethod().getName();
    if (path.equals("/auth")) {
      return method.equals("POST") ? HomeStretchAuth.token(request) : HomeStretchAnswers.noSuchEndpoint(method, path);
    }
    boolean known = path.equals("/company") || path.equals("/places") || path.matches("/places/[^/]+");
    if (!known) {
      return HomeStretchAnswers.noSuchEndpoint(method, path);
    }
    ResponseDefinition refused = HomeStretchAuth.refused(request);
    if (refused != null) {
      return refused;
    }
    HomeStretchState state = this.state;
    String call = method + " " + (path.startsWith("/places/") ? "/places/{id}" : path);
    switch (call) {
      case "GET /company":
        return HomeStretchCompany.get(state);
      case "PUT /company":
        return HomeStretchCompany.change(state, request);
      case "GET /places":
        return places.list(state, request);
      case "POST /places":
        return places.create(state, request);
      case "GET /places/{id}":
        return places.get(state, id(path));
      case "PATCH /places/{id}":
        return places.update(state, id(path), request);
      default:
        return HomeStretchAnswers.noSuchEndpoint(method, path);
    }
  }

  private static String id(String path) {
    return URLDecoder.decode(path.substring("/places/".length()), StandardCharsets.UTF_8);
  }
}
