package dev.quartet.core.errors;

/** No usable answer: the connection could not be made, was reset, or broke mid-response. */
public class ApiConnectionException extends SdkException {
  /**
   * An exception for a call that got no usable answer.
   *
   * @param message what failed
   * @param cause the I/O failure
   */
  public ApiConnectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
