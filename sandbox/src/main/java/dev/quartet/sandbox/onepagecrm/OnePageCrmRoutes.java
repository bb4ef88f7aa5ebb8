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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OnePageCRM API v3 emulated under {@code /onepagecrm/api/v3}: contacts, deals, notes and actions,
 * kept in memory. Calls need HTTP Basic with {@link #USER_ID} and {@link #API_KEY}. Answers use the
 * API's envelope {@code {status: 0, message: "OK", timestamp, data}}; lists page with {@code page} and
 * {@code per_page} (capped at 100) and report {@code total_count} and {@code max_page}. A PUT replaces a
 * record unless {@code partial=true}, which merges the fields sent; a DELETE can be taken back by
 * repeating it with {@code undo=true}. Errors carry {@code status, message, error_name, error_message,
 * errors} like the real API. Attachments work end to end: {@code GET /attachments/s3_form} hands out a
 * form whose URL points at an emulated storage bucket ({@code /onepagecrm/s3-upload/}, which refuses
 * requests carrying credentials), and the link calls accept only keys that were uploaded.
 * {@code GET /contacts?fields=deals(all),notes(all)} and {@code GET /deals?fields=contacts(all)} send the
 * related records with each item. The demo account has one action that a scheduling tool controls
 * ({@code externally_controlled: true}): it refuses changes with 409 until {@code PUT /actions/{id}/unlink}.
 *
 * <p>Register {@link #extensions()} when creating the server, then call {@link #install}.
 */
public final class OnePageCrmSandbox {
  /** Where the OnePageCRM emulation is mounted on the sandbox. */
  public static final String PREFIX = "/onepagecrm/api/v3";
  /** Where the emulated storage bucket takes uploads. */
  public static final String UPLOAD_PATH = "/onepagecrm/s3-upload/";
  /** The demo account: Basic-auth user name. */
  public static final String USER_ID = "559cd1866f6e656707000001";
  /** The demo account: Basic-auth password. */
  public static final String API_KEY = "sandbox-api-key";
  /** The secret a webhook configured on the demo account would carry in its deliveries. */
  public static final String WEBHOOK_SECRET = "sandbox-webhook-secret";

  private static final String TRANSFORMER = "onepagecrm-sandbox";

  private OnePageCrmSandbox() {}

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
    SandboxHttp.route(server, UPLOAD_PATH + "?", TRANSFORMER);
  }

  /** One kind of record: its path, the name it is wrapped under, and the fields a create needs. */
  private record Kind(String plural, String singular, List<String> required) {}

  /** The emulated API; one instance per server keeps its data. */
  static final class Api implements ResponseDefinitionTransformerV2 {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern RESOURCE = Pattern.compile("/(contacts|deals|notes|actions)(?:/([^/]+))?");
    private static final Pattern UNLINK = Pattern.compile("/actions/([^/]+)/unlink");
    private static final Pattern FIELD = Pattern.compile("([a-z_]+)\\(all\\)");
    /** What {@code fields=} may ask for on each listing; the sandbox keeps no calls, meetings or pins. */
    private static final Map<String, List<String>> RELATED = Map.of(
        "contacts", List.of("deals", "notes", "calls", "meetings", "pinned_attachments"),
        "deals", List.of("contacts"));
    private static final Pattern LINK = Pattern.compile("(?:/(deals|notes|calls|meetings)/([^/]+))?/attachments");
    private static final Pattern MULTIPART_BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)");
    private static final Map<String, Kind> KINDS = Map.of(
        "contacts", new Kind("contacts", "contact", List.of()),
        "deals", new Kind("deals", "deal", List.of("contact_id", "name")),
        "notes", new Kind("notes", "note", List.of("contact_id", "text")),
        "actions", new Kind("actions", "action", List.of("contact_id", "text")));
    private static final String[][] PEOPLE = {
        {"Ada", "Lovelace", "Analytical Engines"}, {"Alan", "Turing", "Bletchley Park"},
        {"Grace", "Hopper", "Remington Rand"}, {"Edsger", "Dijkstra", "Burroughs"},
        {"Barbara", "Liskov", "MIT"}, {"Donald", "Knuth", "Stanford"}, {"Margaret", "Hamilton", "NASA"},
        {"Tim", "Berners-Lee", "CERN"}, {"Frances", "Allen", "IBM"}, {"John", "Backus", "IBM"},
        {"Radia", "Perlman", "DEC"}, {"Ken", "Thompson", "Bell Labs"}, {"Dennis", "Ritchie", "Bell Labs"},
        {"Leslie", "Lamport", "SRI"}, {"Niklaus", "Wirth", "ETH"}, {"Adele", "Goldberg", "Xerox PARC"},
        {"Alan", "Kay", "Xerox PARC"}, {"Shafi", "Goldwasser", "MIT"}, {"Tony", "Hoare", "Elliott"},
        {"Karen", "Sparck Jones", "Cambridge"}, {"Vint", "Cerf", "DARPA"}, {"Whitfield", "Diffie", "Stanford"}};

    private final Clock clock;
    private final AtomicLong ids = new AtomicLong(1);
    private final Map<String, Map<String, ObjectNode>> live = new LinkedHashMap<>();
    private final Map<String, Map<String, ObjectNode>> deleted = new LinkedHashMap<>();
    private final Map<String, Long> uploads = new LinkedHashMap<>();
    private final Map<String, ObjectNode> attachments = new LinkedHashMap<>();

    Api(Clock clock) {
      this.clock = clock;
      for (String kind : KINDS.keySet()) {
        live.put(kind, new LinkedHashMap<>());
        deleted.put(kind, new LinkedHashMap<>());
      }
      for (String[] p : PEOPLE) {
        ObjectNode contact = JSON.createObjectNode().put("first_name", p[0]).put("last_name", p[1]).put("company_name", p[2]);
        contact.putArray("emails").addObject().put("type", "work")
            .put("value", p[0].toLowerCase() + "@" + p[2].toLowerCase().replaceAll("[^a-z]", "") + ".example");
        store("contacts", contact);
      }
      // a meeting booked through a scheduling tool: the tool owns it until it is unlinked
      String first = live.get("contacts").keySet().iterator().next();
      ObjectNode booked = store("actions", JSON.createObjectNode().put("contact_id", first)
          .put("text", "Intro call booked through the scheduler").put("status", "date").put("date", "2031-05-01"));
      booked.put("externally_controlled", true);
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
      try {
        synchronized (this) {
          return route(event.getRequest());
        }
      } catch (RuntimeException e) {
        return error(500, "internal_server_error", "sandbox failure: " + e, null);
      }
    }

    private ResponseDefinition route(Request request) {
      if (request.getUrl().startsWith(UPLOAD_PATH.substring(0, UPLOAD_PATH.length() - 1))) {
        return storeUpload(request);
      }
      if (!authorized(request.getHeader("Authorization"))) {
        return error(401, "authorization_data_not_found", "Wrong user id or API key", null);
      }
      String url = request.getUrl();
      int q = url.indexOf('?');
      String path = (q < 0 ? url : url.substring(0, q)).substring(PREFIX.length());
      Map<String, String> query = parseQuery(q < 0 ? "" : url.substring(q + 1));
      String method = request.getMethod().getName();
      if (path.equals("/attachments/s3_form") && method.equals("GET")) {
        return uploadForm(request, query.get("contact_id"));
      }
      Matcher unlink = UNLINK.matcher(path);
      if (unlink.matches() && method.equals("PUT")) {
        return unlink(unlink.group(1));
      }
      Matcher link = LINK.matcher(path);
      if (link.matches() && method.equals("POST")) {
        return linkAttachment(link.group(1), link.group(2), body(request));
      }
      Matcher m = RESOURCE.matcher(path);
      if (!m.matches()) {
        return error(404, "resource_not_found", "The sandbox does not emulate " + path, null);
      }
      Kind kind = KINDS.get(m.group(1));
      String id = m.group(2);
      if (id == null) {
        return switch (method) {
          case "GET" -> list(kind, query);
          case "POST" -> create(kind, body(request));
          default -> error(405, "method_not_allowed", method + " is not allowed on /" + kind.plural(), null);
        };
      }
      ObjectNode current = live.get(kind.plural()).get(id);
      if (current != null && current.path("externally_controlled").asBoolean(false) && !method.equals("GET")) {
        return error(409, "action_externally_controlled", "The action is controlled by an external provider; "
            + "unlink it first", null);
      }
      return switch (method) {
        case "GET" -> one(kind, id);
        case "PUT" -> update(kind, id, body(request), "true".equals(query.get("partial")));
        case "DELETE" -> "true".equals(query.get("undo")) ? undo(kind, id) : delete(kind, id);
        default -> error(405, "method_not_allowed", method + " is not allowed on /" + kind.plural() + "/{id}", null);
      };
    }

    // The pre-signed form: the bucket URL on this server and fields the way S3 expects them.
    private ResponseDefinition uploadForm(Request request, String contactId) {
      if (contactId == null || !live.get("contacts").containsKey(contactId)) {
        ObjectNode errors = JSON.createObjectNode().put("contact_id", "no such contact");
        return error(400, "invalid_request_data", "Invalid request data", errors);
      }
      String absolute = request.getAbsoluteUrl();
      String origin = absolute.substring(0, absolute.indexOf('/', absolute.indexOf("//") + 2));
      ObjectNode data = JSON.createObjectNode().put("quota", 1073741824L).put("display_quota", "1024MB")
          .put("url", origin + UPLOAD_PATH);
      data.putObject("fields").put("key", "").put("x-ignore-pattern", contactId + "/__timestamp__/${filename}")
          .put("acl", "private").put("success_action_status", 201).put("policy", "c2FuZGJveC1wb2xpY3k=")
          .put("x-amz-algorithm", "AWS4-HMAC-SHA256").put("x-amz-credential", "SANDBOX/20240101/us-west-1/s3/aws4_request")
          .put("x-amz-date", "20240101T000000Z").put("x-amz-signature", "c2FuZGJveA");
      return ok(200, data);
    }

    // The storage bucket: takes a multipart form with a key and a file, and never credentials.
    private ResponseDefinition storeUpload(Request request) {
      if (!request.getMethod().getName().equals("POST")) {
        return xml(405, "<Error><Code>MethodNotAllowed</Code><Message>Use POST</Message></Error>");
      }
      if (request.getHeader("Authorization") != null) {
        return xml(400, "<Error><Code>InvalidArgument</Code><Message>Only one auth mechanism allowed</Message></Error>");
      }
      String type = request.getHeader("Content-Type");
      Matcher b = MULTIPART_BOUNDARY.matcher(type == null ? "" : type);
      if (!b.find()) {
        return xml(400, "<Error><Code>InvalidRequest</Code><Message>Expected a multipart form</Message></Error>");
      }
      String key = null;
      long size = -1;
      String lastPart = null;
      byte[] body = request.getBody();
      String text = new String(body, StandardCharsets.ISO_8859_1);
      String delimiter = "--" + b.group(1);
      for (String part : text.split(Pattern.quote(delimiter))) {
        int headersEnd = part.indexOf("\r\n\r\n");
        Matcher name = Pattern.compile("name=\"([^\"]*)\"").matcher(part);
        if (headersEnd < 0 || !name.find()) {
          continue;
        }
        String content = part.substring(headersEnd + 4, Math.max(headersEnd + 4, part.length() - 2));
        lastPart = name.group(1);
        if (lastPart.equals("key")) {
          key = content;
        } else if (lastPart.equals("file")) {
          size = content.length();
        }
      }
      if (key == null || key.isBlank() || size < 0 || !"file".equals(lastPart)) {
        return xml(400, "<Error><Code>InvalidArgument</Code><Message>A key and a file (last) are required</Message></Error>");
      }
      uploads.put(key, size);
      return xml(201, "<PostResponse><Key>" + key + "</Key></PostResponse>");
    }

    private ResponseDefinition linkAttachment(String owners, String ownerId, ObjectNode body) {
      if (body == null) {
        return error(400, "invalid_request_data", "The request body is not a JSON object", null);
      }
      if (owners != null && !owners.equals("calls") && !owners.equals("meetings")
          && !live.get(owners).containsKey(ownerId)) {
        return error(404, "resource_not_found", "There is no " + owners.substring(0, owners.length() - 1)
            + " with id " + ownerId, null);
      }
      String key = body.path("key").asText("");
      Long size = uploads.get(key);
      if (size == null) {
        ObjectNode errors = JSON.createObjectNode().put("key", "no file was uploaded under this key");
        return error(400, "invalid_request_data", "Invalid request data", errors);
      }
      String id = String.format("5b%022x", ids.getAndIncrement());
      String filename = key.substring(key.lastIndexOf('/') + 1);
      ObjectNode attachment = JSON.createObjectNode().put("id", id).put("filename", filename)
          .put("custom_filename", body.path("name").asText(filename)).put("pinned", false).put("size", size)
          .put("storage_provider", "amazon").put("url", "https://files.example/" + key);
      attachments.put(id, attachment);
      ObjectNode data = JSON.createObjectNode();
      data.set("attachment", attachment);
      return ok(201, data);
    }

    private static ResponseDefinition xml(int status, String body) {
      return new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", "application/xml")
          .withBody(body).build();
    }

    private static boolean authorized(String header) {
      if (header == null || !header.startsWith("Basic ")) {
        return false;
      }
      try {
        String pair = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        return pair.equals(USER_ID + ":" + API_KEY);
      } catch (IllegalArgumentException e) {
        return false;
      }
    }

    private ResponseDefinition unlink(String id) {
      ObjectNode action = live.get("actions").get(id);
      if (action == null) {
        return notFound(KINDS.get("actions"), id);
      }
      action.put("externally_controlled", false).put("modified_at", now());
      return ok(200, wrap(KINDS.get("actions"), action));
    }

    private ResponseDefinition list(Kind kind, Map<String, String> query) {
      List<String> fields = new ArrayList<>();
      for (String asked : query.getOrDefault("fields", "").split(",")) {
        Matcher f = FIELD.matcher(asked.trim());
        if (asked.isBlank()) {
          continue;
        }
        if (!f.matches() || !RELATED.getOrDefault(kind.plural(), List.of()).contains(f.group(1))) {
          ObjectNode errors = JSON.createObjectNode().put("fields", "cannot send " + asked + " with " + kind.plural());
          return error(400, "invalid_request_data", "Invalid request data", errors);
        }
        fields.add(f.group(1));
      }
      int page = Math.max(1, number(query.get("page"), 1));
      int perPage = Math.min(100, Math.max(1, number(query.get("per_page"), 10)));
      String contactId = query.get("contact_id");
      String search = query.get("search");
      List<ObjectNode> all = new ArrayList<>();
      for (ObjectNode item : live.get(kind.plural()).values()) {
        if ((contactId == null || contactId.equals(item.path("contact_id").asText(null))) && mentions(item, search)) {
          all.add(item);
        }
      }
      ObjectNode data = JSON.createObjectNode();
      ArrayNode items = data.putArray(kind.plural());
      for (int i = (page - 1) * perPage; i < Math.min(all.size(), page * perPage); i++) {
        ObjectNode item = wrap(kind, all.get(i));
        for (String related : fields) {
          item.set(related, related(kind, all.get(i), related));
        }
        items.add(item);
      }
      data.put("total_count", all.size()).put("page", page).put("per_page", perPage)
          .put("max_page", Math.max(1, (all.size() + perPage - 1) / perPage));
      return ok(200, data);
    }

    // The full records `fields=` asks for: a contact's deals or notes, a deal's contact.
    private ArrayNode related(Kind kind, ObjectNode record, String related) {
      ArrayNode out = JSON.createArrayNode();
      if (kind.plural().equals("deals")) {
        ObjectNode contact = live.get("contacts").get(record.path("contact_id").asText(""));
        if (contact != null) {
          out.add(contact);
        }
        return out;
      }
      String id = record.path("id").asText();
      for (ObjectNode r : live.getOrDefault(related, Map.of()).values()) {
        if (id.equals(r.path("contact_id").asText(null))) {
          out.add(r);
        }
      }
      return out;
    }

    private ResponseDefinition create(Kind kind, ObjectNode body) {
      if (body == null) {
        return error(400, "invalid_request_data", "The request body is not a JSON object", null);
      }
      ResponseDefinition invalid = validate(kind, body);
      if (invalid != null) {
        return invalid;
      }
      return ok(201, wrap(kind, store(kind.plural(), body)));
    }

    private ResponseDefinition one(Kind kind, String id) {
      ObjectNode item = live.get(kind.plural()).get(id);
      return item == null ? notFound(kind, id) : ok(200, wrap(kind, item));
    }

    private ResponseDefinition update(Kind kind, String id, ObjectNode body, boolean partial) {
      ObjectNode item = live.get(kind.plural()).get(id);
      if (item == null) {
        return notFound(kind, id);
      }
      if (body == null) {
        return error(400, "invalid_request_data", "The request body is not a JSON object", null);
      }
      ObjectNode next = partial ? item.deepCopy() : JSON.createObjectNode();
      if (!partial) {
        // a full update replaces every writable field; what the server owns stays
        for (String own : List.of("id", "created_at", "owner_id", "author", "externally_controlled")) {
          if (item.has(own)) {
            next.set(own, item.get(own));
          }
        }
      }
      for (Map.Entry<String, JsonNode> field : body.properties()) {
        if (!field.getKey().equals("id") && !field.getKey().equals("externally_controlled")) {
          next.set(field.getKey(), field.getValue());
        }
      }
      ResponseDefinition invalid = validate(kind, next);
      if (invalid != null) {
        return invalid;
      }
      next.put("modified_at", now());
      live.get(kind.plural()).put(id, next);
      return ok(200, wrap(kind, next));
    }

    private ResponseDefinition delete(Kind kind, String id) {
      ObjectNode item = live.get(kind.plural()).remove(id);
      if (item == null) {
        return notFound(kind, id);
      }
      deleted.get(kind.plural()).put(id, item);
      return ok(200, JSON.createObjectNode());
    }

    private ResponseDefinition undo(Kind kind, String id) {
      ObjectNode item = deleted.get(kind.plural()).remove(id);
      if (item == null) {
        return error(404, "resource_not_found", "There is no deleted " + kind.singular() + " " + id + " to restore", null);
      }
      live.get(kind.plural()).put(id, item);
      return ok(200, wrap(kind, item));
    }

    private ResponseDefinition validate(Kind kind, ObjectNode item) {
      ObjectNode errors = JSON.createObjectNode();
      for (String field : kind.required()) {
        if (item.path(field).asText("").isBlank()) {
          errors.put(field, "can't be blank");
        }
      }
      if (kind.plural().equals("contacts")
          && item.path("last_name").asText("").isBlank() && item.path("company_name").asText("").isBlank()) {
        errors.put("last_name", "last name or company name must be given");
      }
      String contactId = item.path("contact_id").asText("");
      if (!contactId.isEmpty() && !live.get("contacts").containsKey(contactId)) {
        errors.put("contact_id", "no such contact");
      }
      return errors.isEmpty() ? null : error(400, "invalid_request_data", "Invalid request data", errors);
    }

    private ObjectNode store(String plural, ObjectNode body) {
      String id = String.format("5a%022x", ids.getAndIncrement());
      ObjectNode item = JSON.createObjectNode().put("id", id);
      item.setAll(body);
      item.put("id", id);
      String now = now();
      item.put("created_at", now).put("modified_at", now);
      switch (plural) {
        case "contacts" -> item.put("owner_id", USER_ID);
        case "deals" -> {
          if (!item.has("status")) {
            item.put("status", "pending");
          }
          item.put("owner_id", USER_ID);
        }
        case "notes" -> item.put("author", "Sandbox User");
        case "actions" -> {
          if (!item.has("status")) {
            item.put("status", "asap");
          }
          item.put("assignee_id", USER_ID).put("externally_controlled", false);
        }
        default -> { }
      }
      live.get(plural).put(id, item);
      return item;
    }

    private static ObjectNode wrap(Kind kind, ObjectNode item) {
      ObjectNode wrapped = JSON.createObjectNode();
      wrapped.set(kind.singular(), item);
      if (kind.plural().equals("contacts")) {
        wrapped.putArray("next_actions");
        wrapped.putArray("queued_actions");
      }
      return wrapped;
    }

    private String now() {
      return clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private ResponseDefinition ok(int status, JsonNode data) {
      ObjectNode body = JSON.createObjectNode().put("status", 0).put("message", "OK")
          .put("timestamp", clock.instant().getEpochSecond());
      body.set("data", data);
      return json(status, body);
    }

    private ResponseDefinition notFound(Kind kind, String id) {
      return error(404, "resource_not_found", "There is no " + kind.singular() + " with id " + id, null);
    }

    private static ResponseDefinition error(int status, String name, String message, ObjectNode errors) {
      ObjectNode body = JSON.createObjectNode().put("status", status).put("message", reason(status))
          .put("error_name", name).put("error_message", message);
      body.set("errors", errors == null ? JSON.createObjectNode() : errors);
      return json(status, body);
    }

    private static String reason(int status) {
      return switch (status) {
        case 400 -> "Invalid request data";
        case 401 -> "Unauthorized";
        case 404 -> "Resource not found";
        case 409 -> "Conflict";
        case 405 -> "Method not allowed";
        default -> "Internal server error";
      };
    }

    private static ResponseDefinition json(int status, JsonNode body) {
      return SandboxHttp.json(status, body);
    }

    private static ObjectNode body(Request request) {
      try {
        JsonNode tree = JSON.readTree(request.getBodyAsString());
        return tree instanceof ObjectNode o ? o : null;
      } catch (Exception e) {
        return null;
      }
    }

    /** {@code search=}: a case-insensitive part of one of the record's text fields; no search matches all. */
    private static boolean mentions(ObjectNode item, String search) {
      if (search == null || search.isBlank()) {
        return true;
      }
      String wanted = search.toLowerCase(java.util.Locale.ROOT);
      for (var field : item.properties()) {
        if (field.getValue().isTextual() && field.getValue().asText().toLowerCase(java.util.Locale.ROOT).contains(wanted)) {
          return true;
        }
      }
      return false;
    }

    private static int number(String text, int fallback) {
      try {
        return text == null ? fallback : Integer.parseInt(text);
      } catch (NumberFormatException e) {
        return fallback;
      }
    }

    private static Map<String, String> parseQuery(String query) {
      Map<String, String> out = new LinkedHashMap<>();
      for (String pair : query.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        out.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
      return out;
    }
  }
}
