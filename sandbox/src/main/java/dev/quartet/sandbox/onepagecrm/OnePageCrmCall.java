package dev.quartet.sandbox.onepagecrm;

import static dev.quartet.sandbox.onepagecrm.OnePageCrmAnswers.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One authenticated request to an operation of the spec, as its handler sees it: the data store, the
 * operation, its path parameters, the query and the JSON body.
 *
 * @param state the data store
 * @param request the request as sent
 * @param operation the spec's operation it matched
 * @param path the path parameters by name, e.g. {@code contact_id}
 * @param query the query parameters (the last of repeated ones)
 */
record OnePageCrmCall(OnePageCrmState state, Request request, OnePageCrmSpec.Operation operation,
    Map<String, String> path, Map<String, String> query) {

  /** {@return path parameter {@code name}} */
  String id(String name) {
    return path.get(name);
  }

  /** {@return whether query parameter {@code name} is {@code true}} */
  boolean flag(String name) {
    return "true".equals(query.get(name));
  }

  /** {@return the body as a JSON object, or null when it is not one} */
  ObjectNode body() {
    try {
      JsonNode tree = JSON.readTree(request.getBodyAsString());
      return tree instanceof ObjectNode o ? o : null;
    } catch (Exception e) {
      return null;
    }
  }

  /** {@return the parameters of a query string such as {@code page=2&per_page=10}} */
  static Map<String, String> parseQuery(String query) {
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
