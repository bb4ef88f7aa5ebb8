package dev.quartet.core.errors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Helpers for turning an error body into text and a message, whatever its shape. */
public final class ErrorBodies {
  /** Error bodies kept on exceptions are cut here so a huge HTML page cannot fill the heap. */
  public static final int MAX_CHARS = 64 * 1024;

  private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final String[] MESSAGE_FIELDS = {"error_message", "message", "detail", "title", "error_description", "error"};

  private ErrorBodies() {}

  /**
   * A parser that reads any JSON object, finds a message in its usual fields, and keeps the tree as
   * the model; an HTML page yields its title. Clients with a typed error model wrap or replace it.
   *
   * @param mapper the mapper to read the body with
   * @return the parser
   */
  public static ErrorParser generic(ObjectMapper mapper) {
    return (status, headers, body) -> {
      JsonNode tree = parseJson(mapper, body);
      if (tree != null) {
        return ErrorDetails.of(messageOf(tree), tree);
      }
      return ErrorDetails.of(htmlTitle(body), null);
    };
  }

  /**
   * {@return the body as a JSON tree, or null when it is not JSON}
   *
   * @param mapper the mapper
   * @param body the body
   */
  public static JsonNode parseJson(ObjectMapper mapper, String body) {
    String trimmed = body == null ? "" : body.trim();
    if (!(trimmed.startsWith("{") || trimmed.startsWith("["))) {
      return null;
    }
    try {
      return mapper.readTree(trimmed);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * {@return the first non-blank message-like field of a JSON error body (looking into {@code errors[0]})}
   *
   * @param tree the tree
   */
  public static String messageOf(JsonNode tree) {
    JsonNode node = tree.isArray() && tree.size() > 0 ? tree.get(0) : tree;
    for (String field : MESSAGE_FIELDS) {
      JsonNode value = node.get(field);
      if (value != null && value.isTextual() && !value.asText().isBlank()) {
        return value.asText();
      }
    }
    JsonNode errors = node.get("errors");
    if (errors != null && errors.isArray() && errors.size() > 0) {
      return messageOf(errors.get(0));
    }
    return null;
  }

  /**
   * {@return the {@code <title>} of an HTML page, or null}
   *
   * @param body the body
   */
  public static String htmlTitle(String body) {
    if (body == null) {
      return null;
    }
    Matcher m = TITLE.matcher(body);
    return m.find() ? m.group(1).trim().replaceAll("\\s+", " ") : null;
  }
}
