package dev.quartet.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The floor every case is compared with: what a careful user writes by hand. One shared
 * {@link OkHttpClient} with default settings, one {@code Request} per call with the auth header, and
 * Jackson streaming the body into the same generated model class the SDK returns.
 */
public final class Raw {
  /** A plain mapper with what the models need: java.time, unknown fields ignored, epoch millis as millis. */
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .disable(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
      .build();

  private final OkHttpClient http;
  private final String authorization;
  private final String accept;

  public Raw(OkHttpClient http, String authorization, String accept) {
    this.http = http;
    this.authorization = authorization;
    this.accept = accept;
  }

  /** GET {@code url} and decode the body as {@code type}. */
  public <T> T get(HttpUrl url, Class<T> type) {
    return get(url, MAPPER.constructType(type));
  }

  /** GET {@code url} and decode the body as {@code type}. */
  public <T> T get(HttpUrl url, JavaType type) {
    Request request = new Request.Builder().url(url)
        .header("Authorization", authorization)
        .header("Accept", accept)
        .build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IllegalStateException("HTTP " + response.code() + " from " + url);
      }
      return MAPPER.readValue(response.body().byteStream(), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
