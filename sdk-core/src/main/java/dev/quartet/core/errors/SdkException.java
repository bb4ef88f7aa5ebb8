package dev.quartet.core.errors;

/** Root of every exception the SDK throws. Unchecked: callers catch what they can handle. */
public class SdkException extends RuntimeException {
  /**
   * An exception with a message.
   *
   * @param message what went wrong
   */
  public SdkException(String message) {
    super(message);
  }

  /**
   * An exception with a message and a cause.
   *
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public SdkException(String message, Throwable cause) {
    super(message, cause);
  }
}
