package dev.quartet.examples.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citypoint API v2.1 emulated under {@code /citypoint/v2.1}: the OAuth token endpoint (password and
 * refresh grants, JWT access tokens carrying {@code user_id}), vehicles, vehicle notes (all, last
 * important per vehicle, one by id) and driver notes, as JSON:API documents with {@code links}
 * paging, {@code meta.total_count}, {@code Last-Modified} and 304 answers to {@code If-Modified-Since};
 * and the per-vehicle totals of a day or week ({@code cars/aggregated/...}), 404 for a day after
 * 2024-05-20 (not computed yet).
 * {@code filter[...]} ({@code eq gt gte lt lte and or}) and {@code sort} are evaluated; {@code fields} is
 * accepted and ignored; {@code include} on notes answers 400 like the real API.
 *
 * <p>Sign in with {@link #CLIENT_ID}, {@link #CLIENT_SECRET}, {@link #USERNAME}, {@link #PASSWORD}.
 * Register {@link #extensions()} when creating the server, then call {@link #install}.
 */
public final class CitypointSandbox {
  /** Where the Citypoint emulation is mounted on the sandbox. */
  public static final String PREFIX = "/citypoint/v2.1";
  /** The sandbox's OAuth client id. */
  public static final String CLIENT_ID = "sandbox-client";
  /** The sandbox's OAuth client secret (a demo value, not a credential). */
  public static final String CLIENT_SECRET = "sandbox-secret";
  /** The demo account's user name. */
  public static final String USERNAME = "demo";
  /** The demo account's password (a demo value, not a credential). */
  public static final String PASSWORD = "demo";
  /** The demo account's user id. */
  public static final int USER_ID = 478;

  private static final String TRANSFORMER = "citypoint-sandbox";
  private static final String JSON_API = "application/vnd.api+json";

  private CitypointSandbox() {}

  /**
   * {@return the base URL a client should use for {@code server}}
   *
   * @param server the server
   */
  public static String baseUrl(WireMockServer server) {
    return server.baseUrl() + PREFIX;
  }

  /** {@return the transformer that holds the sandbox's state; pass to {@code wireMockConfig().extensions(...)}} */
  public static Extension[] extensions() {
    return new Extension[] {new Api(Clock.systemUTC())};
  }

  /**
   * Routes everything under {@link #PREFIX} to the sandbox.
   *
   * @param server the server
   */
  public static void install(WireMockServer server) {
    SandboxHttp.route(server, PREFIX + "/.*", TRANSFORMER);
  }

  /** The emulated API; one instance per server keeps its tokens and data. */
  static final class Api implements ResponseDefinitionTransformerV2 {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final long TOKEN_SECONDS = 43200;
    private static final Pattern COLLECTION = Pattern.compile("/user/([^/]+)/(cars|cars/notes|cars/notes/last|drivers/notes)");
    private static final Pattern ONE = Pattern.compile("/user/([^/]+)/(cars|cars/notes|drivers/notes)/([^/]+)");
    private static final Pattern AGGREGATED = Pattern.compile("/user/([^/]+)/cars/aggregated/(\\d{4}-\\d{2}-\\d{2})/([^/]+)");
    /** The last day whose totals are computed; later days answer 404 like the real API. */
    private static final String LAST_COMPUTED_DAY = "2024-05-20";

    private final Clock clock;
    private final Map<String, Instant> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, Boolean> refreshTokens = new ConcurrentHashMap<>();
    private final List<ObjectNode> cars = new ArrayList<>();
    private final List<ObjectNode> carNotes = new ArrayList<>();
    private final List<ObjectNode> driverNotes = new ArrayList<>();
    /** When the data last changed; fixed, since the sandbox data never changes. */
    private final Instant dataChangedAt = Instant.parse("2024-05-20T09:30:00Z");

    Api(Clock clock) {
      this.clock = clock;
      car("1", "ГАЗель Next", "А123ВС77", false, 42);
      car("2", "Lada Largus", "В456ОР99", false, 0);
      car("3", "Ford Transit", "Е789КХ50", true, 0);
      carNote(carNotes, "101", "1", "Замена масла через 500 км", true, "2024-05-02T08:15:00Z", "mech", "Петров Пётр Петрович");
      carNote(carNotes, "102", "1", "Блок снят в ремонт", true, "2024-05-14T08:59:09Z", "Login", "Фамилиев Имя Отчествович");
      carNote(carNotes, "103", "1", "Помыть", false, "2024-05-15T10:00:00Z", "Login", null);
      carNote(carNotes, "104", "2", "Штраф за парковку", true, "2024-05-10T12:00:00Z", "boss", "Иванов Иван Иванович");
      carNote(carNotes, "105", "3", "Снята с линии", false, "2024-04-01T07:00:00Z", null, null);
      driverNote("201", "7", "Водитель в отпуске до 1 июня", true, "2024-05-18T06:00:00Z");
    }

    @Override
    public String getName() {
      return TRANSFORMER;
    }

    @Override
    public boolean applyGlobally() {
      return false;
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
        return error(404, "Not Found", "no such resource: " + path);
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
      accessTokens.put(access, now.plusSeconds(TOKEN_SECONDS));
      refreshTokens.put(refresh, Boolean.TRUE);
      ObjectNode body = JSON.createObjectNode()
          .put("token_type", "Bearer").put("expires_in", TOKEN_SECONDS)
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
      List<ObjectNode> source = kind.equals("cars") ? cars : kind.equals("cars/notes") ? carNotes : driverNotes;
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
      String ims = request.getHeader("If-Modified-Since");
      if (ims != null && !dataChangedAt.isAfter(parseHttpDate(ims))) {
        return new ResponseDefinitionBuilder().withStatus(304).withHeader("Last-Modified", HTTP_DATE.format(dataChangedAt)).build();
      }
      boolean isCars = kind.equals("cars");
      List<ObjectNode> items = new ArrayList<>(isCars ? cars : kind.equals("drivers/notes") ? driverNotes : carNotes);
      if (kind.equals("cars/notes/last")) {
        items = lastImportantPerCar(items);
      }
      String type = isCars ? "car" : "note";
      String filter = query.get("filter[" + type + "]");
      if (filter != null && !filter.isBlank()) {
        try {
          items.removeIf(new FilterExpression(filter).negate());
        } catch (IllegalArgumentException bad) {
          return error(400, "Bad Request", "Cannot parse filter: " + bad.getMessage());
        }
      }
      String sort = query.get("sort");
      if (sort != null && !sort.isBlank()) {
        items.sort(comparator(sort));
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
      for (ObjectNode car : cars) {
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

    private static Comparator<ObjectNode> comparator(String sort) {
      Comparator<ObjectNode> all = null;
      for (String key : sort.split(",")) {
        boolean desc = key.startsWith("-");
        String field = desc ? key.substring(1) : key;
        Comparator<ObjectNode> one = (a, b) -> compare(value(a, field), value(b, field));
        one = desc ? one.reversed() : one;
        all = all == null ? one : all.thenComparing(one);
      }
      return all;
    }

    private static JsonNode value(ObjectNode resource, String field) {
      if (field.equals("id")) {
        return resource.path("id");
      }
      if (field.equals("Object")) {
        return resource.path("relationships").path("Object").path("data").path("id");
      }
      return resource.path("attributes").path(field);
    }

    private static int compare(JsonNode a, JsonNode b) {
      if (a.isMissingNode() || a.isNull()) {
        return b.isMissingNode() || b.isNull() ? 0 : -1;
      }
      if (b.isMissingNode() || b.isNull()) {
        return 1;
      }
      if (a.isNumber() && b.isNumber()) {
        return Double.compare(a.asDouble(), b.asDouble());
      }
      if (a.isBoolean() && b.isBoolean()) {
        return Boolean.compare(a.asBoolean(), b.asBoolean());
      }
      return a.asText().compareTo(b.asText());
    }

    /** Compares an attribute with a literal from a filter: booleans as 1/0, numbers numerically. */
    private static int compareLiteral(JsonNode value, String literal) {
      if (value.isBoolean()) {
        return Integer.compare(value.asBoolean() ? 1 : 0, literal.equals("1") || literal.equalsIgnoreCase("true") ? 1 : 0);
      }
      if (value.isNumber() || (value.isTextual() && value.asText().matches("-?\\d+(\\.\\d+)?") && literal.matches("-?\\d+(\\.\\d+)?"))) {
        return Double.compare(value.asDouble(), Double.parseDouble(literal));
      }
      return value.asText().compareTo(literal);
    }

    /** A filter such as {@code and(gte(DateOfCreation,2024-05-01T00:00:00Z),eq(Important,1))}. */
    private static final class FilterExpression implements Predicate<ObjectNode> {
      private final String text;
      private int at;
      private final Predicate<ObjectNode> predicate;

      FilterExpression(String text) {
        this.text = text.trim();
        this.predicate = parse();
        if (at != this.text.length()) {
          throw new IllegalArgumentException("unexpected text at position " + at);
        }
      }

      @Override
      public boolean test(ObjectNode resource) {
        return predicate.test(resource);
      }

      private Predicate<ObjectNode> parse() {
        String function = word();
        expect('(');
        if (function.equals("and") || function.equals("or")) {
          List<Predicate<ObjectNode>> parts = new ArrayList<>();
          parts.add(parse());
          while (peek() == ',') {
            at++;
            parts.add(parse());
          }
          expect(')');
          return function.equals("and")
              ? r -> parts.stream().allMatch(p -> p.test(r))
              : r -> parts.stream().anyMatch(p -> p.test(r));
        }
        String field = word();
        expect(',');
        int start = at;
        while (at < text.length() && text.charAt(at) != ')') {
          at++;
        }
        String literal = text.substring(start, at);
        expect(')');
        switch (function) {
          case "eq": return r -> !value(r, field).isMissingNode() && compareLiteral(value(r, field), literal) == 0;
          case "gt": return r -> !value(r, field).isMissingNode() && compareLiteral(value(r, field), literal) > 0;
          case "gte": return r -> !value(r, field).isMissingNode() && compareLiteral(value(r, field), literal) >= 0;
          case "lt": return r -> !value(r, field).isMissingNode() && compareLiteral(value(r, field), literal) < 0;
          case "lte": return r -> !value(r, field).isMissingNode() && compareLiteral(value(r, field), literal) <= 0;
          default: throw new IllegalArgumentException("unknown function " + function);
        }
      }

      private String word() {
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_' || text.charAt(at) == '.')) {
          at++;
        }
        if (start == at) {
          throw new IllegalArgumentException("expected a name at position " + at);
        }
        return text.substring(start, at);
      }

      private char peek() {
        return at < text.length() ? text.charAt(at) : 0;
      }

      private void expect(char c) {
        if (peek() != c) {
          throw new IllegalArgumentException("expected '" + c + "' at position " + at);
        }
        at++;
      }
    }

    private static String link(String self, Map<String, String> query, int offset) {
      Map<String, String> params = new LinkedHashMap<>(query);
      params.remove("page[offset]");
      Map<String, String> ordered = new LinkedHashMap<>();
      ordered.put("page[offset]", String.valueOf(offset));
      ordered.putAll(params);
      StringBuilder out = new StringBuilder(self);
      char sep = '?';
      for (Map.Entry<String, String> e : ordered.entrySet()) {
        out.append(sep).append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
            .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        sep = '&';
      }
      return out.toString();
    }

    private static Instant parseHttpDate(String text) {
      try {
        return ZonedDateTime.parse(text.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      } catch (DateTimeParseException e) {
        return Instant.EPOCH;
      }
    }

    private static int intParam(Map<String, String> query, String name, int fallback) {
      String value = query.get(name);
      try {
        return value == null ? fallback : Integer.parseInt(value.trim());
      } catch (NumberFormatException e) {
        return -1;
      }
    }

    private static Map<String, String> parseQuery(String text) {
      Map<String, String> out = new LinkedHashMap<>();
      if (text == null || text.isEmpty()) {
        return out;
      }
      for (String pair : text.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        out.put(key, value);
      }
      return out;
    }

    private String jwt(Instant now) {
      Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
      String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
      ObjectNode claims = JSON.createObjectNode().put("user_id", USER_ID).put("iat", now.getEpochSecond())
          .put("exp", now.getEpochSecond() + TOKEN_SECONDS).put("jti", UUID.randomUUID().toString());
      String payload = b64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
      return header + "." + payload + "." + b64.encodeToString("sandbox-signature".getBytes(StandardCharsets.UTF_8));
    }

    private static ResponseDefinition document(int status, ObjectNode doc) {
      return SandboxHttp.json(status, doc, JSON_API);
    }

    private static ResponseDefinition error(int status, String title, String detail) {
      ObjectNode error = JSON.createObjectNode().put("status", String.valueOf(status)).put("title", title).put("detail", detail);
      ObjectNode doc = JSON.createObjectNode();
      doc.putArray("errors").add(error);
      return document(status, doc);
    }

    private static ResponseDefinition oauthError(int status, String code, String description) {
      ObjectNode body = JSON.createObjectNode().put("error", code).put("error_description", description);
      return SandboxHttp.json(status, body);
    }

    private void car(String id, String model, String reg, boolean hidden, int speed) {
      ObjectNode car = JSON.createObjectNode().put("id", id).put("type", "car");
      ObjectNode attributes = car.putObject("attributes").put("Model", model).put("RegNumber", reg).put("IsHidden", hidden);
      attributes.putObject("CarState").put("Speed", speed).put("Ignition", speed > 0);
      cars.add(car);
    }

    private void carNote(List<ObjectNode> into, String id, String carId, String text, boolean important, String created,
        String login, String fio) {
      ObjectNode note = JSON.createObjectNode().put("id", id).put("type", "note");
      note.putObject("attributes").put("Text", text).put("IsEditable", true).put("IsDeletable", true)
          .put("DateOfCreation", created).put("Important", important).put("AuthorLogin", login).put("AuthorFio", fio);
      note.putObject("relationships").putObject("Object").putObject("data").put("id", carId).put("type", "car");
      into.add(note);
    }

    private void driverNote(String id, String driverId, String text, boolean important, String created) {
      carNote(driverNotes, id, driverId, text, important, created, "dispatcher", null);
      ((ObjectNode) driverNotes.get(driverNotes.size() - 1).path("relationships").path("Object").path("data")).put("type", "driver");
    }
  }
}
