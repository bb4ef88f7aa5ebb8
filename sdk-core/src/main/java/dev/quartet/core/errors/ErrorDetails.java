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

  /**
   * {@return details with a message and the typed error model}
   *
   * @param message the server's message, or null
   * @param model the decoded error body, or null
   */
  public static ErrorDetails of(String message, Object model) {
    return message == null && model == null ? NONE : new ErrorDetails(message, model);
  }

  /** {@return details that say nothing} */
  public static ErrorDetails none() {
    return NONE;
  }

  /** {@return the server's message, if any} */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  /** {@return the decoded error body, if any} */
  public Optional<Object> model() {
    return Optional.ofNullable(model);
  }
}
