package dev.quartet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quartet.core.http.OkHttpHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SDK's own response headers: case-insensitive, immutable, credentials masked when printed. */
class HeadersTest {

  @Test
  void lookupIgnoresCaseAndKeepsEveryValueInOrder() {
    Headers h = OkHttpHeaders.of(okhttp3.Headers.of("Set-Cookie", "a=1", "ETag", "\"v1\"", "set-cookie", "b=2"));
    assertThat(h.get("etag")).isEqualTo("\"v1\"");
    assertThat(h.get("SET-COOKIE")).isEqualTo("a=1");
    assertThat(h.values("Set-Cookie")).containsExactly("a=1", "b=2");
    assertThat(h.values("Missing")).isEmpty();
    assertThat(h.get("Missing")).isNull();
    assertThat(h.names()).containsExactly("ETag", "Set-Cookie");
    assertThat(h.size()).isEqualTo(2);
  }

  @Test
  void isImmutable() {
    Headers h = Headers.of("A", "1");
    assertThatThrownBy(() -> h.toMap().put("B", List.of("2"))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> h.values("A").add("3")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(Headers.empty().isEmpty()).isTrue();
  }

  @Test
  void equalityIgnoresNameCase() {
    assertThat(Headers.of("Content-Type", "text/plain")).isEqualTo(Headers.of(Map.of("content-type", List.of("text/plain"))))
        .hasSameHashCodeAs(Headers.of("CONTENT-TYPE", "text/plain"));
    assertThat(Headers.of("A", "1")).isNotEqualTo(Headers.of("A", "2"));
  }

  @Test
  void forEachVisitsEveryValue() {
    StringBuilder seen = new StringBuilder();
    Headers.of("A", "1", "B", "2", "a", "3").forEach((n, v) -> seen.append(n).append(v).append(';'));
    assertThat(seen).hasToString("A1;A3;B2;");
  }

  @Test
  void toStringMasksCredentials() {
    Headers h = Headers.of("Authorization", "Bearer tok-9Qz", "Set-Cookie", "sid=s-77x", "X-Api-Key", "key-1Ab",
        "Proxy-Authorization", "Basic cHc=", "Cookie", "sid=s-77x", "X-Request-Id", "r-1");
    assertThat(h.toString()).contains("X-Request-Id=r-1", "Authorization=***", "X-Api-Key=***")
        .doesNotContain("tok-9Qz", "s-77x", "key-1Ab", "cHc=");
  }

  @Test
  void badInputIsRefused() {
    assertThatThrownBy(() -> Headers.of("A")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("namesAndValues");
    assertThatThrownBy(() -> Headers.of(" ", "x")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header name");
  }

  @Test
  void requestIdsAreReadInOrderAndCapped() {
    assertThat(RequestIds.of(Headers.of("CF-Ray", "ray-1", "x-request-id", "r-1"))).isEqualTo("r-1");
    assertThat(RequestIds.of(Headers.of("X-Amz-Request-Id", "s3-1"))).isEqualTo("s3-1");
    assertThat(RequestIds.of(Headers.of("Content-Type", "text/plain"))).isNull();
    assertThat(RequestIds.of(Headers.of("Request-Id", "x".repeat(500)))).hasSize(200);
  }
}
