package dev.quartet.sandbox.citypoint;

import static dev.quartet.sandbox.citypoint.CitypointDocuments.document;
import static dev.quartet.sandbox.citypoint.CitypointDocuments.error;
import static dev.quartet.sandbox.citypoint.CitypointDocuments.intParam;
import static dev.quartet.sandbox.citypoint.CitypointDocuments.link;
import static dev.quartet.sandbox.citypoint.CitypointDocuments.oauthError;
import static dev.quartet.sandbox.citypoint.CitypointDocuments.parseHttpDate;
import static dev.quartet.sandbox.citypoint.CitypointDocuments.parseQuery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.quartet.sandbox.Emulator;
import dev.quartet.sandbox.SandboxApi;
import dev.quartet.sandbox.SandboxHttp;
import dev.quartet.sandbox.SandboxSettings;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citypoint API v2.1 emulated under {@code /citypoint/v2.1}: the OAuth token endpoint (password and
 * refresh grants, JWT access tokens carrying {@code user_id}), vehicles, vehicle notes (all, last
 * important per vehicle, one by id) and driver notes, as JSON:API documents with {@code links}
 * paging, {@code meta.total_count}, {@code Last-Modified} and 304 answers to {@code If-Modified-Since};
 * and the per-vehicle totals of a day or week ({@code cars/aggregated/...}), 404 for a day after
 * 2024-05-20 (not computed yet).
 * {@code filter[...]} ({@code eq gt gte lt lte and or}) and {@code sort} are evaluated
 * ({@link CitypointFilter}); {@code fields} is accepted and ignored; {@code include} on notes answers
 * 400 like the real API. The data lives in {@link CitypointState} (seeded by {@link CitypointSeed});
 * the tokens issued stay here, so a {@link #reset()} does not sign clients out.
 */
public final class CitypointRoutes implements Emulator {
  private static final String PREFIX = CitypointSandbox.PREFIX;
  private static final String CLIENT_ID = CitypointSandbox.CLIENT_ID;
  private static final String CLIENT_SECRET = CitypointSandbox.CLIENT_SECRET;
  private static final String USERNAME = CitypointSandbox.USERNAME;
  private static final String PASSWORD = CitypointSandbox.PASSWORD;
  private static final int USER_ID = CitypointSandbox.USER_ID;
  private static final String JSON_API = CitypointDocuments.JSON_API;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
  private static final Pattern COLLECTION = Pattern.compile("/user/([^/]+)/(cars|cars/notes|cars/notes/last|drivers/notes)");
  private static final Pattern ONE = Pattern.compile("/user/([^/]+)/(cars|cars/notes|drivers/notes)/([^/]+)");
  private static final Pattern AGGREGATED = Pattern.compile("/user/([^/]+)/cars/aggregated/(\\d{4}-\\d{2}-\\d{2})/([^/]+)");
  /** The last day whose totals are computed; later days answer 404 like the real API. */
  private static final String LAST_COMPUTED_DAY = "2024-05-20";

  private final Clock clock;
  private final Map<String, Instant> accessTokens = new ConcurrentHashMap<>();
  private final Map<String, Boolean> refreshTokens = new ConcurrentHashMap<>();
  private volatile CitypointState state = CitypointSeed.state();

  private final SandboxSettings settings;

  /**
   * An emulation with its demo data.
   *
   * @param settings the clock and token lifetime
   */
  public CitypointRoutes(SandboxSettings settings) {
    this.settings = settings;
    this.clock = settings.clock();
  }

  @Override
  public SandboxApi api() {
    return SandboxApi.CITYPOINT;
  }

  @Override
  public ResponseDefinition errorAnswer(int status, String message) {
    return CitypointDocuments.error(status, message, message);
  }

  @Override
  public void reset() {
    state = CitypointSeed.state();
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Request request = event.getRequest();
    try {
      return route(request);
    } catch (RuntimeException e) {
      return error(500, "Internal Server Error", "sandbox failure: " + e);
    }
  }

  private ResponseDefinition route(Request request) {
    String url = request.getUrl();
    int q = url.indexOf('?');
    String path = (q < 0 ? url : url.substring(0, q)).substring(PREFIX.length());
    Map<String, String> query = parseQuery(q < 0 ? "" : url.substring(q + 1));
    String method = request.getMethod().getName();
    if (path.equals("/oauth/token")) {
      return method.equals("POST") ? token(parseQuery(request.getBodyAsString())) : error(405, "Method Not Allowed", "use POST");
    }
    if (!method.equals("GET")) {
      return error(405, "Method Not Allowed", "the sandbox is read-only");
    }
    ResponseDefinition denied = authorize(request);
    if (denied != null) {
      return denied;
    }
    Matcher aggregated = AGGREGATED.matcher(path);
    if (aggregated.matches()) {
      return aggregated.group(1).equals(String.valueOf(USER_ID)) ? aggregated(aggregated.group(2), aggregated.group(3))
          : error(403, "Forbidden", "user id does not match the token");
    }
    Matcher many = COLLECTION.matcher(path);
    Matcher one = ONE.matcher(path);
    String userId = many.matches() ? many.group(1) : one.matches() ? one.group(1) : null;
    if (userId == null) {
      return SandboxHttp.notEmulated(error(404, "Not Found", "no such resource: " + path));
    }
    if (!userId.equals(String.valueOf(USER_ID))) {
      return error(403, "Forbidden", "user id does not match the token");
    }
    boolean notes = path.contains("/notes");
    if (notes && query.containsKey("include")) {
      return error(400, "Bad Request", "The include parameter is not supported.");
    }
    // Collections first: "/cars/notes" would otherwise read as the vehicle with id "notes".
    return many.matches() ? collection(request, many.group(2), query) : single(one.group(2), one.group(3));
  }

  private ResponseDefinition token(Map<String, String> form) {
    if (!CLIENT_ID.equals(form.get("client_id")) || !CLIENT_SECRET.equals(form.get("client_secret"))) {
      return oauthError(401, "invalid_client", "Client authentication failed");
    }
    String grant = form.get("grant_type");
    if ("password".equals(grant)) {
      if (!USERNAME.equals(form.get("username")) || !PASSWORD.equals(form.get("password"))) {
        return oauthError(400, "invalid_grant", "The user credentials were incorrect.");
      }
    } else if ("refresh_token".equals(grant)) {
      if (refreshTokens.remove(String.valueOf(form.get("refresh_token"))) == null) {
        return oauthError(400, "invalid_grant", "The refresh token is invalid.");
      }
    } else {
      return oauthError(400, "unsupported_grant_type", "grant_type must be password or refresh_token");
    }
    Instant now = clock.instant();
    String access = jwt(now);
    String refresh = UUID.randomUUID().toString().replace("-", "");
    accessTokens.put(access, now.plus(settings.citypointTokenLifetime()));
    refreshTokens.put(refresh, Boolean.TRUE);
    ObjectNode body = JSON.createObjectNode()
        .put("token_type", "Bearer").put("expires_in", settings.citypointTokenLifetime().toSeconds())
        .put("access_token", access).put("refresh_token", refresh);
    return SandboxHttp.json(200, body);
  }

  private ResponseDefinition authorize(Request request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.startsWith("Bearer ")) {
      return error(401, "Unauthorized", "The Authorization header is missing.");
    }
    Instant expires = accessTokens.get(header.substring("Bearer ".length()).trim());
    if (expires == null || !clock.instant().isBefore(expires)) {
      return error(401, "Unauthorized", "The access token is invalid or expired.");
    }
    return null;
  }

  private ResponseDefinition single(String kind, String id) {
    CitypointState state = this.state;
    List<ObjectNode> source = kind.equals("cars") ? state.cars : kind.equals("cars/notes") ? state.carNotes : state.driverNotes;
    for (ObjectNode resource : source) {
      if (resource.path("id").asText().equals(id)) {
        ObjectNode doc = JSON.createObjectNode();
        doc.set("data", resource);
        return document(200, doc);
      }
    }
    return error(404, "Not Found", "no " + (kind.equals("cars") ? "vehicle" : "note") + " with id " + id);
  }

  private ResponseDefinition collection(Request request, String kind, Map<String, String> query) {
    CitypointState state = this.state;
    Instant dataChangedAt = state.dataChangedAt;
    String ims = request.getHeader("If-Modified-Since");
    if (ims != null && !dataChangedAt.isAfter(parseHttpDate(ims))) {
      return new ResponseDefinitionBuilder().withStatus(304).withHeader("Last-Modified", HTTP_DATE.format(dataChangedAt)).build();
    }
    boolean isCars = kind.equals("cars");
    List<ObjectNode> items = new ArrayList<>(isCars ? state.cars : kind.equals("drivers/notes") ? state.driverNotes : state.carNotes);
    if (kind.equals("cars/notes/last")) {
      items = lastImportantPerCar(items);
    }
    String type = isCars ? "car" : "note";
    String filter = query.get("filter[" + type + "]");
    if (filter != null && !filter.isBlank()) {
      try {
        items.removeIf(new CitypointFilter.FilterExpression(filter).negate());
      } catch (IllegalArgumentException bad) {
        return error(400, "Bad Request", "Cannot parse filter: " + bad.getMessage());
      }
    }
    String sort = query.get("sort");
    if (sort != null && !sort.isBlank()) {
      items.sort(CitypointFilter.comparator(sort));
    }
    int offset = intParam(query, "page[offset]", 0);
    int limit = intParam(query, "page[limit]", isCars ? 1000 : 200);
    if (offset < 0 || limit < 1) {
      return error(400, "Bad Request", "page[offset] must be >= 0 and page[limit] >= 1");
    }
    int total = items.size();
    ArrayNode data = JSON.createArrayNode();
    items.stream().skip(offset).limit(limit).forEach(data::add);

    String self = request.getAbsoluteUrl().split("\\?")[0];
    ObjectNode links = JSON.createObjectNode().put("self", link(self, query, offset));
    if (total > limit) {
      links.put("first", link(self, query, 0));
      links.put("last", link(self, query, ((total - 1) / limit) * limit));
    }
    if (offset > 0) {
      links.put("prev", link(self, query, Math.max(0, offset - limit)));
    }
    if (offset + limit < total) {
      links.put("next", link(self, query, offset + limit));
    }
    ObjectNode doc = JSON.createObjectNode();
    doc.set("links", links);
    doc.set("meta", JSON.createObjectNode().put("total_count", total));
    doc.set("data", data);
    ResponseDefinitionBuilder answer = new ResponseDefinitionBuilder().withStatus(200)
        .withHeader("Content-Type", JSON_API).withHeader("Allow", "GET")
        .withHeader("Last-Modified", HTTP_DATE.format(dataChangedAt)).withBody(doc.toString());
    return answer.build();
  }

  /** Per-vehicle totals: fixed figures per day, times seven for a week; 404 after the last computed day. */
  private ResponseDefinition aggregated(String day, String period) {
    if (day.compareTo(LAST_COMPUTED_DAY) > 0) {
      return error(404, "Not Found", "totals for " + day + " are not computed yet");
    }
    int days = period.equals("day") ? 1 : period.equals("week") ? 7 : 0;
    if (days == 0) {
      return error(400, "Bad Request", "unknown period " + period);
    }
    ArrayNode data = JSON.createArrayNode();
    for (ObjectNode car : state.cars) {
      int n = Integer.parseInt(car.path("id").asText());
      ObjectNode totals = data.addObject().put("id", n + "-" + day + "-" + period).put("type", "carAggrData");
      totals.putObject("attributes").put("Mileage", days * (150.5 - 40 * (n - 1))).put("WorkingHours", days * (8.0 - n))
          .put("IdleHours", days * 0.5 * n);
      totals.putObject("relationships").putObject("Car").putObject("data").put("id", String.valueOf(n)).put("type", "car");
    }
    ObjectNode doc = JSON.createObjectNode();
    doc.putObject("links").put("self", PREFIX + "/user/" + USER_ID + "/cars/aggregated/" + day + "/" + period);
    doc.putObject("meta").put("total_count", data.size());
    doc.set("data", data);
    return document(200, doc);
  }

  private List<ObjectNode> lastImportantPerCar(List<ObjectNode> notes) {
    Map<String, ObjectNode> latest = new LinkedHashMap<>();
    for (ObjectNode note : notes) {
      if (!note.path("attributes").path("Important").asBoolean()) {
        continue;
      }
      String car = note.path("relationships").path("Object").path("data").path("id").asText();
      ObjectNode seen = latest.get(car);
      if (seen == null || created(note).compareTo(created(seen)) > 0) {
        latest.put(car, note);
      }
    }
    return new ArrayList<>(latest.values());
  }

  private static String created(ObjectNode note) {
    return note.path("attributes").path("DateOfCreation").asText();
  }

  private String jwt(Instant now) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    ObjectNode claims = JSON.createObjectNode().put("user_id", USER_ID).put("iat", now.getEpochSecond())
        .put("exp", now.getEpochSecond() + settings.citypointTokenLifetime().toSeconds()).put("jti", UUID.randomUUID().toString());
    String payload = b64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
    return header + "." + payload + "." + b64.encodeToString("sandbox-signature".getBytes(StandardCharsets.UTF_8));
  }
}
