package dev.quartet.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quartet.core.errors.ErrorBodies;
import dev.quartet.core.errors.ErrorDetails;
import dev.quartet.core.errors.ErrorParser;
import dev.quartet.platform.model.ErrorBody;
import dev.quartet.core.Headers;

/**
 * Reads the platform's error body {@code {success, name, code, message, tags, codes, helper}} into an
 * {@link ErrorBody}; an HTML page (from a proxy) becomes an {@link HtmlErrorPage} with its title as
 * the message. Never throws: anything else leaves the exception typed by status alone.
 */
final class PlatformErrorParser implements ErrorParser {
  private final ObjectMapper mapper;

  PlatformErrorParser(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public ErrorDetails parse(int status, Headers headers, String body) {
    try {
      JsonNode tree = ErrorBodies.parseJson(mapper, body);
      if (tree != null && tree.isObject()) {
        ErrorBody error = mapper.treeToValue(tree, ErrorBody.class);
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
          message = ErrorBodies.messageOf(tree);
        }
        if (message == null && error.getHelper() != null) {
          message = error.getHelper().getMessage();
        }
        return ErrorDetails.of(message, error);
      }
      if (tree != null) {
        return ErrorDetails.of(ErrorBodies.messageOf(tree), tree);
      }
      if (body != null && body.toLowerCase(java.util.Locale.ROOT).contains("<html")) {
        String title = ErrorBodies.htmlTitle(body);
        return ErrorDetails.of(title, new HtmlErrorPage(title));
      }
      return ErrorDetails.none();
    } catch (Exception unreadable) {
      return ErrorDetails.none();
    }
  }
}
