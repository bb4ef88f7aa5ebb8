package dev.quartet.core.errors;

/** Root of every exception the SDK throws. Unchecked: callers catch what they can handle. */
public class SdkException extends RuntimeException {
  public SdkException(String message) {
    super(message);
  }

  public SdkException(String message, Throwable cause) {
    super(message, cause);
  }
}
