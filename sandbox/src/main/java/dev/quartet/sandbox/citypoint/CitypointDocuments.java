package dev.quartet.sandbox.citypoint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.quartet.sandbox.SandboxHttp;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Citypoint's wire format: JSON:API documents and errors, OAuth errors, paging links and query parsing. */
final class CitypointDocuments {
  static final String JSON_API = "application/vnd.api+json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private CitypointDocuments() {}

  static String link(String self, Map<String, String> query, int offset) {
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

  static Instant parseHttpDate(String text) {
    try {
      return ZonedDateTime.parse(text.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return Instant.EPOCH;
    }
  }

  static int intParam(Map<String, String> query, String name, int fallback) {
    String value = query.get(name);
    try {
      return value == null ? fallback : Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  static Map<String, String> parseQuery(String text) {
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

  static ResponseDefinition document(int status, ObjectNode doc) {
    return SandboxHttp.json(status, doc, JSON_API);
  }

  static ResponseDefinition error(int status, String title, String detail) {
    return SandboxHttp.json(status, errorDocument(status, title, detail, null, null), JSON_API);
  }

  /** A 400 about one query parameter, naming it in {@code source.parameter} as JSON:API does. */
  static ResponseDefinition badParameter(String parameter, String detail) {
    return SandboxHttp.json(400, errorDocument(400, "Bad Request", detail, null, parameter), JSON_API);
  }

  /** Citypoint's 401 to an API call: a JSON:API error with the OAuth code, and the bearer challenge. */
  static ResponseDefinition unauthorized(String code, String detail) {
    return ResponseDefinitionBuilder.like(SandboxHttp.json(401, errorDocument(401, "Unauthorized", detail, code, null), JSON_API))
        .withHeader("WWW-Authenticate", "Bearer error=\"" + code + "\", error_description=\"" + detail + "\"").build();
  }

  /** A method the path does not have: a 405 listing the one it has, reported by the sandbox. */
  static ResponseDefinition notAllowed(String method, String allowed) {
    return SandboxHttp.notEmulated(ResponseDefinitionBuilder.like(error(405, "Method Not Allowed", method + " is not allowed here"))
        .withHeader("Allow", allowed).build());
  }

  private static ObjectNode errorDocument(int status, String title, String detail, String code, String parameter) {
    ObjectNode error = JSON.createObjectNode().put("status", String.valueOf(status));
    if (code != null) {
      error.put("code", code);
    }
    error.put("title", title).put("detail", detail);
    if (parameter != null) {
      error.putObject("source").put("parameter", parameter);
    }
    ObjectNode doc = JSON.createObjectNode();
    doc.putArray("errors").add(error);
    return doc;
  }

  static ResponseDefinition oauthError(int status, String code, String description) {
    ObjectNode body = JSON.createObjectNode().put("error", code).put("error_description", description);
    return SandboxHttp.json(status, body);
  }

}
