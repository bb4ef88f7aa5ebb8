package dev.quartet.spring.boot;

/**
 * Properties under one API's prefix that cannot make a client: a required one missing, or two that
 * exclude each other. The message names the properties; start-up failures show it as a Boot failure
 * analysis ({@link QuartetPropertiesFailureAnalyzer}).
 */
final class QuartetPropertiesException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String prefix;

  QuartetPropertiesException(String prefix, String message) {
    super(message);
    this.prefix = prefix;
  }

  /** The API's prefix, e.g. {@code quartet.homestretch}. */
  String prefix() {
    return prefix;
  }
}
