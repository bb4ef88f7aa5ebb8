package dev.quartet.core.http;

import dev.quartet.core.Headers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    if (headers.size() == 0) {
      return Headers.empty();
    }
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      map.computeIfAbsent(headers.name(i), n -> new ArrayList<>()).add(headers.value(i));
    }
    return Headers.of(map);
  }
}
