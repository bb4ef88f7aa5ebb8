package dev.quartet.core.errors;

/**
 * A client cannot be built as configured: a required setting or environment variable is missing,
 * settings contradict each other, or an environment variable holds an unusable value. Thrown by a
 * builder's {@code build()} and by {@code fromEnv()}, before anything is sent; the message names the
 * setting or variable, never its value when that may be a credential.
 */
public class ConfigurationException extends SdkException {
  /**
   * A configuration problem.
   *
   * @param message which setting or variable is wrong and what would fix it
   */
  public ConfigurationException(String message) {
    super(message);
  }
}
