package dev.quartet.core.errors;

/** The call, or one of its reads or writes, took longer than the configured timeout. */
public class ApiTimeoutException extends ApiConnectionException {
  /**
   * An exception for a call that took too long.
   *
   * @param message what timed out
   * @param cause the timeout
   */
  public ApiTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
