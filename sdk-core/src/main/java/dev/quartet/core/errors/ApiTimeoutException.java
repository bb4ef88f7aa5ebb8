package dev.quartet.core.errors;

/** The call, or one of its reads or writes, took longer than the configured timeout. */
public class ApiTimeoutException extends ApiConnectionException {
  public ApiTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
