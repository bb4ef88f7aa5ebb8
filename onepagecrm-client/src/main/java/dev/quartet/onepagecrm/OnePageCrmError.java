package dev.quartet.onepagecrm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The error body OnePageCRM sends: {@code {status, message, error_name, error_message, errors}}.
 * Reach it with {@code exception.error(OnePageCrmError.class)}.
 */
public final class OnePageCrmError {
  private final Integer status;
  private final String message;
  private final String errorName;
  private final String errorMessage;
  private final Map<String, String> fieldErrors;

  OnePageCrmError(Integer status, String message, String errorName, String errorMessage, Map<String, String> fieldErrors) {
    this.status = status;
    this.message = message;
    this.errorName = errorName;
    this.errorMessage = errorMessage;
    this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
  }

  /** Reads the body if it has the OnePageCRM shape (at least one of its own fields), else null. */
  static OnePageCrmError from(JsonNode tree) {
    if (tree == null || !tree.isObject()
        || !(tree.has("error_name") || tree.has("error_message") || tree.has("errors"))) {
      return null;
    }
    Map<String, String> fields = new LinkedHashMap<>();
    JsonNode errors = tree.get("errors");
    if (errors != null && errors.isObject()) {
      errors.properties().forEach(e -> fields.put(e.getKey(), text(e.getValue())));
    }
    JsonNode status = tree.get("status");
    return new OnePageCrmError(
        status != null && status.canConvertToInt() ? status.asInt() : null,
        textOrNull(tree.get("message")),
        textOrNull(tree.get("error_name")),
        textOrNull(tree.get("error_message")),
        fields);
  }

  // A reason may come as a string or as a list of strings; a list is joined so callers get one text.
  private static String text(JsonNode value) {
    if (value.isArray()) {
      StringBuilder sb = new StringBuilder();
      value.forEach(v -> sb.append(sb.length() == 0 ? "" : "; ").append(v.isValueNode() ? v.asText() : v.toString()));
      return sb.toString();
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  private static String textOrNull(JsonNode value) {
    return value == null || value.isNull() ? null : text(value);
  }

  /** {@return the HTTP status the body repeats, if present} */
  public Integer status() {
    return status;
  }

  /** {@return a short label such as "Bad Request"} */
  public String message() {
    return message;
  }

  /** {@return a machine name such as {@code invalid_request_data}} */
  public String errorName() {
    return errorName;
  }

  /** {@return the human-readable explanation} */
  public String errorMessage() {
    return errorMessage;
  }

  /** {@return attribute name to reason, empty when the server named no field} */
  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }

  /** The best one-line description: {@code error_message}, else {@code message}, plus field reasons. */
  String describe() {
    String base = errorMessage != null && !errorMessage.isBlank() ? errorMessage : message;
    if (fieldErrors.isEmpty()) {
      return base;
    }
    return (base == null ? "" : base + " ") + fieldErrors;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OnePageCrmError other
        && Objects.equals(status, other.status) && Objects.equals(message, other.message)
        && Objects.equals(errorName, other.errorName) && Objects.equals(errorMessage, other.errorMessage)
        && fieldErrors.equals(other.fieldErrors);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, message, errorName, errorMessage, fieldErrors);
  }

  @Override
  public String toString() {
    return "OnePageCrmError{status=" + status + ", errorName=" + errorName + ", errorMessage=" + errorMessage
        + ", fieldErrors=" + fieldErrors + "}";
  }
}
