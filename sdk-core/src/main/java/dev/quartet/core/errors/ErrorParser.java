package dev.quartet.core.errors;

import okhttp3.Headers;

/**
 * Reads an API's error body. Implementations must never throw: a body they do not understand yields
 * {@link ErrorDetails#none()} and the exception is still typed by status.
 */
@FunctionalInterface
public interface ErrorParser {
  ErrorDetails parse(int status, Headers headers, String body);
}
