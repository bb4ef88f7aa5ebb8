package dev.quartet.core.http;

import dev.quartet.core.Headers;

/**
 * Transport internals: turns OkHttp's headers into the SDK's own {@link Headers}, which is what the
 * public API exposes. Used by the core and the clients' handwritten code; not meant for applications.
 */
public final class OkHttpHeaders {
  private OkHttpHeaders() {}

  /**
   * {@return {@code headers} as the SDK's immutable, case-insensitive headers}
   *
   * @param headers an OkHttp response's headers
   */
  public static Headers of(okhttp3.Headers headers) {
    return Headers.view(headers.size(), headers::name, headers::value);
  }
}
