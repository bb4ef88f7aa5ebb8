package dev.quartet.citypoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quartet.citypoint.model.ErrorDocument;
import dev.quartet.citypoint.model.ErrorObject;
import dev.quartet.citypoint.model.TokenError;
import dev.quartet.core.errors.ApiException;
import dev.quartet.core.errors.ErrorBodies;
import dev.quartet.core.errors.ErrorDetails;
import dev.quartet.core.errors.ErrorParser;
import java.util.List;

/**
 * Reads Citypoint error bodies. A JSON:API {@code errors[]} document becomes an {@link ErrorDocument}
 * (message from the first error), an OAuth error of the token endpoint a {@link TokenError}; any other
 * JSON is kept as a tree, and an empty or non-JSON body leaves only the status (the exception is still
 * typed by it). Never throws.
 */
public final class JsonApiErrors {
  private JsonApiErrors() {}

  static ErrorParser parser(ObjectMapper mapper) {
    return (status, headers, body) -> {
      JsonNode tree = ErrorBodies.parseJson(mapper, body);
      if (tree == null) {
        return ErrorDetails.of(ErrorBodies.htmlTitle(body), null);
      }
      try {
        if (tree.isObject() && tree.path("errors").isArray()) {
          ErrorDocument document = mapper.treeToValue(tree, ErrorDocument.class);
          return ErrorDetails.of(message(document), document);
        }
        if (tree.isObject() && tree.path("error").isTextual()) {
          TokenError error = mapper.treeToValue(tree, TokenError.class);
          String text = error.getErrorDescription() != null ? error.getErrorDescription() : error.getError();
          return ErrorDetails.of(text, error);
        }
      } catch (Exception unexpectedShape) {
        // Fall through: keep the tree so nothing the server said is lost.
      }
      return ErrorDetails.of(ErrorBodies.messageOf(tree), tree);
    };
  }

  /**
   * {@return the JSON:API errors carried by {@code e}; empty when its body was not a JSON:API error document}
   *
   * @param e the e
   */
  public static List<ErrorObject> of(ApiException e) {
    return e.error(ErrorDocument.class)
        .map(d -> d.getErrors() == null ? List.<ErrorObject>of() : d.getErrors())
        .orElse(List.of());
  }

  private static String message(ErrorDocument document) {
    List<ErrorObject> errors = document.getErrors();
    if (errors == null || errors.isEmpty()) {
      return null;
    }
    ErrorObject first = errors.get(0);
    String text = first.getDetail() != null ? first.getDetail() : first.getTitle();
    if (text == null) {
      text = first.getCode();
    }
    if (text != null && first.getSource() != null && first.getSource().getParameter() != null) {
      text = text + " (parameter " + first.getSource().getParameter() + ")";
    }
    if (text != null && errors.size() > 1) {
      text = text + " (+" + (errors.size() - 1) + " more)";
    }
    return text;
  }
}
