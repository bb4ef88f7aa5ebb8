package dev.quartet.core.errors;

/** No usable answer: the connection could not be made, was reset, or broke mid-response. */
public class ApiConnectionException extends SdkException {
  public ApiConnectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
