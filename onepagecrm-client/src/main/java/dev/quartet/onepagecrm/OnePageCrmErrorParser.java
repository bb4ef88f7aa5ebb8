package dev.quartet.onepagecrm;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quartet.core.errors.ErrorBodies;
import dev.quartet.core.errors.ErrorDetails;
import dev.quartet.core.errors.ErrorParser;

/**
 * Reads OnePageCRM's error body on any 4xx/5xx: the spec declares it only on 400/401, but the server
 * uses the same shape elsewhere. Other bodies fall back to the generic parser.
 */
final class OnePageCrmErrorParser {
  private OnePageCrmErrorParser() {}

  static ErrorParser create(ObjectMapper mapper) {
    ErrorParser generic = ErrorBodies.generic(mapper);
    return (status, headers, body) -> {
      try {
        OnePageCrmError error = OnePageCrmError.from(ErrorBodies.parseJson(mapper, body));
        if (error != null) {
          return ErrorDetails.of(error.describe(), error);
        }
      } catch (RuntimeException e) {
        // an odd body must not hide the status: fall through to the generic reading
      }
      return generic.parse(status, headers, body);
    };
  }
}
