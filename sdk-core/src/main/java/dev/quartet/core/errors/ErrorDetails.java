package dev.quartet.core.errors;

import java.util.Optional;

/**
 * What an API-specific parser read from an error body: a human-readable message and, where the body
 * had one, the API's own error model (e.g. OnePageCRM's field errors, a JSON:API error document).
 */
public final class ErrorDetails {
  private static final ErrorDetails NONE = new ErrorDetails(null, null);

  private final String message;
  private final Object model;

  private ErrorDetails(String message, Object model) {
    this.message = message;
    this.model = model;
  }

  public static ErrorDetails of(String message, Object model) {
    return message == null && model == null ? NONE : new ErrorDetails(message, model);
  }

  public static ErrorDetails none() {
    return NONE;
  }

  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  public Optional<Object> model() {
    return Optional.ofNullable(model);
  }
}
