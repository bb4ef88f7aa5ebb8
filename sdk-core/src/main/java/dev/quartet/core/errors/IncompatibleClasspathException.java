package dev.quartet.core.errors;

/**
 * The application's classpath holds an OkHttp, Okio or Jackson the SDK cannot run on: two OkHttp jars
 * at once, or a library older than supported. Thrown when a client is built, before any call; the
 * message names what was found and the exclusion or BOM that fixes it.
 */
public class IncompatibleClasspathException extends SdkException {
  /** @param message what was found and how to fix it */
  public IncompatibleClasspathException(String message) {
    super(message);
  }
}
