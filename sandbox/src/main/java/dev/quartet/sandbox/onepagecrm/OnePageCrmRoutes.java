package dev.quartet.sandbox.onepagecrm;

import static dev.quartet.sandbox.onepagecrm.OnePageCrmAnswers.JSON;
import static dev.quartet.sandbox.onepagecrm.OnePageCrmAnswers.error;
import static dev.quartet.sandbox.onepagecrm.OnePageCrmAnswers.notFound;
import static dev.quartet.sandbox.onepagecrm.OnePageCrmAnswers.ok;
import static dev.quartet.sandbox.onepagecrm.OnePageCrmAnswers.wrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OnePageCRM API v3 emulated under {@code /onepagecrm/api/v3}: contacts, deals, notes and actions,
 * kept in memory ({@link OnePageCrmState}, seeded by {@link OnePageCrmSeed}). Calls need HTTP Basic
 * with {@link OnePageCrmSandbox#USER_ID} and {@link OnePageCrmSandbox#API_KEY}. Answers use the API's
 * envelope ({@link OnePageCrmAnswers}); lists page with {@code page} and {@code per_page} (capped at
 * 100) and report {@code total_count} and {@code max_page}. A PUT replaces a record unless
 * {@code partial=true}, which merges the fields sent; a DELETE can be taken back by repeating it with
 * {@code undo=true}. Attachments work end to end ({@link OnePageCrmAttachments}).
 * {@code GET /contacts?fields=deals(all),notes(all)} and {@code GET /deals?fields=contacts(all)} send the
 * related records with each item. The demo account has one action that a scheduling tool controls
 * ({@code externally_controlled: true}): it refuses changes with 409 until {@code PUT /actions/{id}/unlink}.
 */
public final class OnePageCrmRoutes implements Emulator {
  private static final Pattern RESOURCE = Pattern.compile("/(contacts|deals|notes|actions)(?:/([^/]+))?");
  private static final Pattern UNLINK = Pattern.compile("/actions/([^/]+)/unlink");
  private static final Pattern LINK = Pattern.compile("(?:/(deals|notes|calls|meetings)/([^/]+))?/attachments");

  private final Clock clock;
  private OnePageCrmState state;

  /**
   * An emulation with its demo data.
   *
   * @param settings the clock
   */
  public OnePageCrmRoutes(SandboxSettings settings) {
    this.clock = settings.clock();
    this.state = OnePageCrmSeed.state(clock);
  }

  @Override
  public SandboxApi api() {
    return SandboxApi.ONEPAGECRM;
  }

  @Override
  public ResponseDefinition errorAnswer(int status, String message) {
    return OnePageCrmAnswers.error(status, message.toLowerCase(java.util.Locale.ROOT).replace(' ', '_'), message, null);
  }

  @Override
  public synchronized void reset() {
    state = OnePageCrmSeed.state(clock);
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
    if (request.getUrl().startsWith(OnePageCrmSandbox.UPLOAD_PATH.substring(0, OnePageCrmSandbox.UPLOAD_PATH.length() - 1))) {
      return OnePageCrmAttachments.storeUpload(state, request);
    }
    if (!authorized(request.getHeader("Authorization"))) {
      return error(401, "authorization_data_not_found", "Wrong user id or API key", null);
    }
    String url = request.getUrl();
    int q = url.indexOf('?');
    String path = (q < 0 ? url : url.substring(0, q)).substring(OnePageCrmSandbox.PREFIX.length());
    Map<String, String> query = parseQuery(q < 0 ? "" : url.substring(q + 1));
    String method = request.getMethod().getName();
    if (path.equals("/attachments/s3_form") && method.equals("GET")) {
      return OnePageCrmAttachments.uploadForm(state, request, query.get("contact_id"));
    }
    Matcher unlink = UNLINK.matcher(path);
    if (unlink.matches() && method.equals("PUT")) {
      return unlink(unlink.group(1));
    }
    Matcher link = LINK.matcher(path);
    if (link.matches() && method.equals("POST")) {
      return OnePageCrmAttachments.linkAttachment(state, link.group(1), link.group(2), body(request));
    }
    Matcher m = RESOURCE.matcher(path);
    if (!m.matches()) {
      return SandboxHttp.notEmulated(error(404, "resource_not_found", "The sandbox does not emulate " + path, null));
    }
    Kind kind = Kind.ALL.get(m.group(1));
    String id = m.group(2);
    if (id == null) {
      return switch (method) {
        case "GET" -> OnePageCrmListing.list(state, kind, query);
        case "POST" -> create(kind, body(request));
        default -> error(405, "method_not_allowed", method + " is not allowed on /" + kind.plural(), null);
      };
    }
    ObjectNode current = state.live.get(kind.plural()).get(id);
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

  private static boolean authorized(String header) {
    if (header == null || !header.startsWith("Basic ")) {
      return false;
    }
    try {
      String pair = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      return pair.equals(OnePageCrmSandbox.USER_ID + ":" + OnePageCrmSandbox.API_KEY);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private ResponseDefinition unlink(String id) {
    ObjectNode action = state.live.get("actions").get(id);
    if (action == null) {
      return notFound(Kind.ALL.get("actions"), id);
    }
    action.put("externally_controlled", false).put("modified_at", state.now());
    return ok(state.clock, 200, wrap(Kind.ALL.get("actions"), action));
  }

  private ResponseDefinition create(Kind kind, ObjectNode body) {
    if (body == null) {
      return error(400, "invalid_request_data", "The request body is not a JSON object", null);
    }
    ResponseDefinition invalid = validate(kind, body);
    if (invalid != null) {
      return invalid;
    }
    return ok(state.clock, 201, wrap(kind, state.store(kind.plural(), body)));
  }

  private ResponseDefinition one(Kind kind, String id) {
    ObjectNode item = state.live.get(kind.plural()).get(id);
    return item == null ? notFound(kind, id) : ok(state.clock, 200, wrap(kind, item));
  }

  private ResponseDefinition update(Kind kind, String id, ObjectNode body, boolean partial) {
    ObjectNode item = state.live.get(kind.plural()).get(id);
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
    next.put("modified_at", state.now());
    state.live.get(kind.plural()).put(id, next);
    return ok(state.clock, 200, wrap(kind, next));
  }

  private ResponseDefinition delete(Kind kind, String id) {
    ObjectNode item = state.live.get(kind.plural()).remove(id);
    if (item == null) {
      return notFound(kind, id);
    }
    state.deleted.get(kind.plural()).put(id, item);
    return ok(state.clock, 200, JSON.createObjectNode());
  }

  private ResponseDefinition undo(Kind kind, String id) {
    ObjectNode item = state.deleted.get(kind.plural()).remove(id);
    if (item == null) {
      return error(404, "resource_not_found", "There is no deleted " + kind.singular() + " " + id + " to restore", null);
    }
    state.live.get(kind.plural()).put(id, item);
    return ok(state.clock, 200, wrap(kind, item));
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
    if (!contactId.isEmpty() && !state.live.get("contacts").containsKey(contactId)) {
      errors.put("contact_id", "no such contact");
    }
    return errors.isEmpty() ? null : error(400, "invalid_request_data", "Invalid request data", errors);
  }

  private static ObjectNode body(Request request) {
    try {
      JsonNode tree = JSON.readTree(request.getBodyAsString());
      return tree instanceof ObjectNode o ? o : null;
    } catch (Exception e) {
      return null;
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
