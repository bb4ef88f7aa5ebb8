package dev.quartet.sandbox.onepagecrm;

import static dev.quartet.sandbox.onepagecrm.OnePageCrmAnswers.error;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.quartet.sandbox.Emulator;
import dev.quartet.sandbox.SandboxApi;
import dev.quartet.sandbox.SandboxHttp;
import dev.quartet.sandbox.SandboxSettings;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * OnePageCRM API v3 emulated under {@code /onepagecrm/api/v3}. Calls need HTTP Basic with
 * {@link OnePageCrmSandbox#USER_ID} and {@link OnePageCrmSandbox#API_KEY}; otherwise the service's 401.
 * Every request is first matched to an operation of the spec ({@link OnePageCrmSpec}); a request the
 * spec does not have answers the API's 404 and is reported as not emulated. Contacts, companies, deals,
 * notes, actions, calls and meetings, with their sub-resources and attachments, are kept in memory
 * ({@link OnePageCrmState}, seeded by {@link OnePageCrmSeed}) and answered by the handlers of
 * {@link OnePageCrmHandlers}; every other operation answers a schema-valid sample built from the spec
 * ({@link OnePageCrmSamples}). Lists page with {@code page} and {@code per_page} (at most 100, and not
 * past the 10,000th record); a PUT replaces a record unless {@code partial=true}; a DELETE is taken
 * back by repeating it with {@code undo=true}. The demo account has one action that a scheduling tool
 * controls ({@code externally_controlled: true}): it refuses changes with 409 until
 * {@code PUT /actions/{id}/unlink}.
 */
public final class OnePageCrmRoutes implements Emulator {
  private final Clock clock;
  private final OnePageCrmSpec spec = OnePageCrmSpec.load();
  private final Map<String, OnePageCrmHandlers.Handler> handlers = OnePageCrmHandlers.all();
  private final OnePageCrmSamples samples;
  private OnePageCrmState state;

  /**
   * An emulation with its demo data.
   *
   * @param settings the clock
   */
  public OnePageCrmRoutes(SandboxSettings settings) {
    this.clock = settings.clock();
    this.samples = new OnePageCrmSamples(spec, clock);
    this.state = OnePageCrmSeed.state(clock);
  }

  @Override
  public SandboxApi api() {
    return SandboxApi.ONEPAGECRM;
  }

  @Override
  public ResponseDefinition errorAnswer(int status, String message) {
    return OnePageCrmAnswers.error(status, message.toLowerCase(Locale.ROOT).replace(' ', '_'), message, null);
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
    String url = request.getUrl();
    if (url.startsWith(OnePageCrmSandbox.UPLOAD_PATH.substring(0, OnePageCrmSandbox.UPLOAD_PATH.length() - 1))) {
      return OnePageCrmAttachments.storeUpload(state, request);
    }
    if (!authorized(request.getHeader("Authorization"))) {
      return OnePageCrmAnswers.unauthorized();
    }
    int q = url.indexOf('?');
    String whole = q < 0 ? url : url.substring(0, q);
    if (!whole.startsWith(OnePageCrmSandbox.PREFIX)) {
      return SandboxHttp.notEmulated(error(404, "resource_not_found", "The API has no " + whole, null));
    }
    String path = whole.substring(OnePageCrmSandbox.PREFIX.length());
    String method = request.getMethod().getName();
    Optional<OnePageCrmSpec.Match> match = spec.match(method, path);
    if (match.isEmpty()) {
      return SandboxHttp.notEmulated(error(404, "resource_not_found", "The API has no " + method + " " + path, null));
    }
    OnePageCrmSpec.Operation operation = match.get().operation();
    OnePageCrmCall call = new OnePageCrmCall(state, request, operation, match.get().path(),
        OnePageCrmCall.parseQuery(q < 0 ? "" : url.substring(q + 1)));
    OnePageCrmHandlers.Handler handler = handlers.get(operation.id());
    return handler != null ? handler.answer(call) : canned(call);
  }

  // No state behind the operation: the spec's own shape of its answer, in the envelope.
  private ResponseDefinition canned(OnePageCrmCall call) {
    OnePageCrmSpec.Operation operation = call.operation();
    ResponseDefinition limit = OnePageCrmListing.checkPaging(call.query());
    if (limit != null) {
      return limit;
    }
    if (operation.schema() == null) {
      return OnePageCrmAnswers.ok(clock, operation.status(), OnePageCrmAnswers.JSON.createObjectNode());
    }
    JsonNode body = samples.sample(operation.schema());
    if (body instanceof ObjectNode envelope && envelope.has("data")) {
      echoIds(envelope.get("data"), call.path());
      return OnePageCrmAnswers.okEnvelope(clock, operation.status(), envelope);
    }
    return SandboxHttp.json(operation.status(), body);
  }

  // GET /statuses/{status_id} answers data.status.id = that id, as the service would
  private static void echoIds(JsonNode data, Map<String, String> path) {
    for (Map.Entry<String, String> param : path.entrySet()) {
      String name = param.getKey().replaceFirst("_id$", "");
      if (data.get(name) instanceof ObjectNode record && record.has("id")) {
        record.put("id", param.getValue());
      }
    }
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
}
