package dev.quartet.sandbox.citypoint;

import static dev.quartet.sandbox.citypoint.CitypointDocuments.error;
import static dev.quartet.sandbox.citypoint.CitypointDocuments.parseQuery;
import static dev.quartet.sandbox.citypoint.CitypointListing.collection;
import static dev.quartet.sandbox.citypoint.CitypointListing.single;
import static dev.quartet.sandbox.citypoint.CitypointRules.ANY;
import static dev.quartet.sandbox.citypoint.CitypointRules.NO_INCLUDE;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.quartet.sandbox.Emulator;
import dev.quartet.sandbox.SandboxApi;
import dev.quartet.sandbox.SandboxHttp;
import dev.quartet.sandbox.SandboxSettings;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citypoint API v2.1 under {@code /citypoint/v2.1}: the OAuth token endpoint ({@link CitypointAuth}) and
 * the 21 resource operations the client covers, as JSON:API documents ({@link CitypointListing}) over the
 * data in {@link CitypointState} (seeded by {@link CitypointSeed}): notes, vehicles, drivers
 * ({@link CitypointDrivers}), aggregated totals ({@link CitypointAggregates}), vehicle models, spectator
 * keys, vehicle states and history, sensors, notifications and zones. A {@code user_id} other than the
 * token's is a 403; the parameters an endpoint refuses are a 400 ({@link CitypointRules}). Tokens stay
 * valid across a {@link #reset()}, so it does not sign clients out.
 */
public final class CitypointRoutes implements Emulator {
  private static final Pattern USER = Pattern.compile("/user/([^/]+)(/.*)");
  private static final String ID = "([^/]+)";

  private final CitypointAuth auth;
  private final CitypointDrivers drivers;
  private volatile CitypointState state = CitypointSeed.state();

  /**
   * An emulation with its demo data.
   *
   * @param settings the clock and the access tokens' lifetime
   */
  public CitypointRoutes(SandboxSettings settings) {
    this.auth = new CitypointAuth(settings);
    this.drivers = new CitypointDrivers(settings.clock());
  }

  @Override
  public SandboxApi api() {
    return SandboxApi.CITYPOINT;
  }

  @Override
  public ResponseDefinition errorAnswer(int status, String message) {
    return error(status, message, message);
  }

  @Override
  public void reset() {
    state = CitypointSeed.state();
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    try {
      return route(event.getRequest());
    } catch (RuntimeException e) {
      return error(500, "Internal Server Error", "sandbox failure: " + e);
    }
  }

  private ResponseDefinition route(Request request) {
    String url = request.getUrl();
    int q = url.indexOf('?');
    String path = (q < 0 ? url : url.substring(0, q)).substring(CitypointSandbox.PREFIX.length());
    Map<String, String> query = parseQuery(q < 0 ? "" : url.substring(q + 1));
    String method = request.getMethod().getName();
    if (path.equals("/oauth/token")) {
      return method.equals("POST") ? auth.token(request) : CitypointDocuments.notAllowed(method, "POST");
    }
    if (!known(path)) {
      return SandboxHttp.notEmulated(error(404, "Not Found", "No such resource: " + path));
    }
    String allowed = path.matches("/user/[^/]+/drivers/(?!(params|notes)$)[^/]+") ? "PATCH"
        : path.matches("/user/[^/]+/drivers/[^/]+/addresses") ? "POST" : "GET";
    if (!method.equals(allowed)) {
      return CitypointDocuments.notAllowed(method, allowed);
    }
    ResponseDefinition refused = auth.refused(request);
    if (refused != null) {
      return refused;
    }
    CitypointState state = this.state;
    Matcher user = USER.matcher(path);
    if (!user.matches()) {
      return path.equals("/sensors") ? collection(state, request, query, "sensor", state.sensors, 1000, NO_INCLUDE)
          : path.equals("/cars/models") ? collection(state, request, query, "carModel", state.carModels, 1000, NO_INCLUDE)
          : one(state, request, query, "carModel", state.carModels, decode(path.substring("/cars/models/".length())), NO_INCLUDE);
    }
    if (!user.group(1).equals(String.valueOf(CitypointSandbox.USER_ID))) {
      return error(403, "Forbidden", "The user id in the path does not match the access token.");
    }
    return userRoute(state, request, query, user.group(2));
  }

  private ResponseDefinition userRoute(CitypointState state, Request request, Map<String, String> query, String path) {
    Matcher m;
    switch (path) {
      case "/cars/notes/last":
        return collection(state, request, query, "note", CitypointNotes.lastImportantPerCar(state.carNotes), 200, NO_INCLUDE);
      case "/cars/notes":
        return collection(state, request, query, "note", state.carNotes, 200, NO_INCLUDE);
      case "/drivers/notes":
        return collection(state, request, query, "note", state.driverNotes, 200, NO_INCLUDE);
      case "/cars":
        return collection(state, request, query, "car", state.cars, 1000, ANY);
      case "/cars/states":
        return collection(state, request, query, "carState", state.carStates, 1000, NO_INCLUDE);
      case "/drivers/params":
        return collection(state, request, query, "driverParams", CitypointDrivers.params(state, query), 1000,
            CitypointRules.DRIVER_PARAMS);
      case "/spectator":
        return collection(state, request, query, "spectator", state.spectatorKeys, 100, CitypointRules.PAGING_AND_FIELDS);
      case "/notifications":
        return collection(state, request, query, "notification", state.notifications, 1000, ANY);
      case "/zones":
        return collection(state, request, query, "zone", state.zones, 1000, NO_INCLUDE);
      default:
        break;
    }
    if ((m = match("/cars/notes/" + ID, path)) != null) {
      return one(state, request, query, "note", state.carNotes, m.group(1), NO_INCLUDE);
    }
    if ((m = match("/drivers/notes/" + ID, path)) != null) {
      return one(state, request, query, "note", state.driverNotes, m.group(1), NO_INCLUDE);
    }
    if ((m = match("/drivers/params/" + ID, path)) != null) {
      return one(state, request, query, "driverParams", CitypointDrivers.params(state, query), m.group(1), NO_INCLUDE);
    }
    if ((m = match("/spectator/" + ID, path)) != null) {
      return one(state, request, query, "spectator", state.spectatorKeys, m.group(1), CitypointRules.PAGING_AND_FIELDS);
    }
    if ((m = match("/cars/aggregated/" + ID + "/" + ID, path)) != null) {
      return aggregated(state, request, query, m.group(1), m.group(2));
    }
    if ((m = match("/cars/" + ID + "/history/full", path)) != null) {
      List<ObjectNode> track = state.history.get(m.group(1));
      return track == null ? error(404, "Not Found", "No vehicle with id " + m.group(1))
          : collection(state, request, query, "histState", track, 1000, NO_INCLUDE);
    }
    if ((m = match("/drivers/" + ID + "/addresses", path)) != null) {
      return drivers.addAddress(state, m.group(1), request);
    }
    if ((m = match("/drivers/" + ID, path)) != null) {
      return drivers.update(state, m.group(1), request);
    }
    m = match("/cars/" + ID, path);
    return one(state, request, query, "car", state.cars, m.group(1), ANY);
  }

  private static ResponseDefinition aggregated(CitypointState state, Request request, Map<String, String> query, String day,
      String period) {
    if (!day.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return error(400, "Bad Request", "date_to must be YYYY-MM-DD, was " + day);
    }
    if (CitypointAggregates.days(period) == 0) {
      return error(400, "Bad Request", "Unknown period " + period);
    }
    if (day.compareTo(CitypointAggregates.LAST_COMPUTED_DAY) > 0) {
      return error(404, "Not Found", "The totals for " + day + " are not computed yet.");
    }
    return collection(state, request, query, "carAggrData", CitypointAggregates.totals(state, day, period), 40000, NO_INCLUDE);
  }

  private static ResponseDefinition one(CitypointState state, Request request, Map<String, String> query, String type,
      List<ObjectNode> source, String id, CitypointRules rules) {
    Optional<ObjectNode> found = CitypointDrivers.find(source, decode(id));
    return found.isEmpty() ? error(404, "Not Found", "No " + type + " with id " + decode(id))
        : single(state, request, query, type, found.get(), rules);
  }

  /** {@return whether {@code path} is one of the API's resources, whatever the method} */
  private static boolean known(String path) {
    if (path.equals("/sensors") || path.equals("/cars/models") || path.matches("/cars/models/[^/]+")) {
      return true;
    }
    Matcher user = USER.matcher(path);
    return user.matches() && user.group(2).matches("/cars(/notes(/last|/[^/]+)?|/states|/[^/]+(/history/full)?"
        + "|/aggregated/[^/]+/[^/]+)?|/drivers/(notes(/[^/]+)?|params(/[^/]+)?|[^/]+(/addresses)?)|/spectator(/[^/]+)?"
        + "|/notifications|/zones");
  }

  private static Matcher match(String pattern, String path) {
    Matcher m = Pattern.compile(pattern).matcher(path);
    return m.matches() ? m : null;
  }

  private static String decode(String segment) {
    return URLDecoder.decode(segment, StandardCharsets.UTF_8);
  }
}
