package dev.quartet.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Describes why a body could not be decoded by where it failed and what was expected, never by
 * what was there: Jackson's own messages quote the input, which may be a token or a password.
 */
final class DecodeFailure {
  private DecodeFailure() {}

  static String describe(JsonProcessingException e, JavaType expected) {
    String where = location(e.getLocation());
    if (e instanceof JsonParseException) {
      return "body is not JSON" + where;
    }
    String path = e instanceof JsonMappingException mapping ? path(mapping) : "$";
    String type = e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
        ? mismatch.getTargetType().getSimpleName()
        : null;
    if (path.equals("$")) {
      return "body is not " + article(expected.getRawClass().getSimpleName()) + where;
    }
    return "at " + path + (type == null ? ": " + e.getClass().getSimpleName() : ": expected " + type) + where;
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append('.').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String location(JsonLocation at) {
    return at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
  }

  private static String article(String type) {
    return (type.isEmpty() || "AEIOU".indexOf(type.charAt(0)) < 0 ? "a " : "an ") + type;
  }
}
