package dev.quartet.sandbox.onepagecrm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations of OnePageCRM's spec ({@code specs/onepagecrm.yaml}, packaged beside this class): which
 * method and path template each has, its success status and the schema of its answer. The emulator asks
 * it which operation a request is, so what the spec does not have is reported as not emulated.
 */
final class OnePageCrmSpec {
  private static final String RESOURCE = "onepagecrm.yaml";
  private static final Pattern TEMPLATE_PARAM = Pattern.compile("\\{([^}/]+)}");
  private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

  /**
   * One operation of the spec.
   *
   * @param id the operationId, e.g. {@code listContacts}
   * @param method the HTTP method in upper case
   * @param template the path template, e.g. {@code /contacts/{contact_id}}
   * @param status the first 2xx status it declares
   * @param schema the schema of that answer's JSON body, or null when it declares none
   * @param pattern the template as a regular expression, one group per path parameter
   * @param params the path parameters' names, in the template's order
   * @param literals how many fixed segments the template has: more of them match first
   */
  record Operation(String id, String method, String template, int status, JsonNode schema,
      Pattern pattern, List<String> params, int literals) {
    /** {@return the path parameters of {@code path} by name, or null when the path is not this template} */
    Map<String, String> match(String path) {
      Matcher m = pattern.matcher(path);
      if (!m.matches()) {
        return null;
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (int i = 0; i < params.size(); i++) {
        // a path keeps '+' as it is; only percent escapes are decoded
        values.put(params.get(i), URLDecoder.decode(m.group(i + 1).replace("+", "%2B"), StandardCharsets.UTF_8));
      }
      return values;
    }
  }

  /** An operation and the path parameters of the request it matched. */
  record Match(Operation operation, Map<String, String> path) {}

  private static volatile OnePageCrmSpec shared;

  private final JsonNode root;
  private final List<Operation> operations;

  private OnePageCrmSpec(JsonNode root) {
    this.root = root;
    List<Operation> found = new ArrayList<>();
    root.path("paths").properties().forEach(path -> {
      for (String method : METHODS) {
        JsonNode op = path.getValue().get(method);
        if (op != null) {
          found.add(operation(path.getKey(), method, op));
        }
      }
    });
    // literal segments beat parameters: /contacts/cascade before /contacts/{contact_id}
    found.sort((a, b) -> Integer.compare(b.literals(), a.literals()));
    this.operations = List.copyOf(found);
  }

  /** {@return the spec, read once from the class path} */
  static OnePageCrmSpec load() {
    OnePageCrmSpec spec = shared;
    if (spec == null) {
      try (InputStream in = OnePageCrmSpec.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing beside " + OnePageCrmSpec.class.getName());
        }
        spec = new OnePageCrmSpec(new ObjectMapper(new YAMLFactory()).readTree(in));
        shared = spec;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
    return spec;
  }

  /** {@return every operation, those with more literal path segments first} */
  List<Operation> operations() {
    return operations;
  }

  /** {@return the operation {@code method path} is, with its path parameters} */
  Optional<Match> match(String method, String path) {
    for (Operation op : operations) {
      if (op.method().equals(method)) {
        Map<String, String> params = op.match(path);
        if (params != null) {
          return Optional.of(new Match(op, params));
        }
      }
    }
    return Optional.empty();
  }

  /** {@return the node {@code ref} (a local JSON pointer such as {@code #/components/schemas/Call}) names} */
  JsonNode resolve(String ref) {
    if (!ref.startsWith("#/")) {
      throw new IllegalArgumentException("ref must be local (#/...): " + ref);
    }
    return root.at(ref.substring(1));
  }

  private Operation operation(String template, String method, JsonNode op) {
    int status = 200;
    JsonNode schema = null;
    for (Map.Entry<String, JsonNode> response : op.path("responses").properties()) {
      if (response.getKey().startsWith("2")) {
        status = Integer.parseInt(response.getKey());
        JsonNode answer = response.getValue();
        if (answer.has("$ref")) {
          answer = resolve(answer.get("$ref").asText());
        }
        schema = answer.path("content").path("application/json").get("schema");
        break;
      }
    }
    List<String> params = new ArrayList<>();
    Matcher m = TEMPLATE_PARAM.matcher(template);
    StringBuilder regex = new StringBuilder();
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+?)");
      params.add(m.group(1));
      last = m.end();
    }
    regex.append(Pattern.quote(template.substring(last)));
    int literals = template.split("/").length - params.size();
    return new Operation(op.path("operationId").asText(), method.toUpperCase(Locale.ROOT), template, status, schema,
        Pattern.compile(regex + "(?:\\.json)?"), List.copyOf(params), literals);
  }
}
