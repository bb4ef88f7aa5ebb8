package dev.quartet.platform;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.quartet.core.Json;

/**
 * The SDK mapper adjusted to the platform's wire format: every time the platform sends or accepts is
 * epoch milliseconds, so {@link java.time.Instant}s are read from and written as millisecond numbers
 * (ISO-8601 text is still accepted when reading).
 */
public final class PlatformJson {
  private static final ObjectMapper SHARED = newMapper();

  private PlatformJson() {}

  /** {@return shared and thread-safe; do not reconfigure it} */
  public static ObjectMapper mapper() {
    return SHARED;
  }

  static ObjectMapper newMapper() {
    ObjectMapper mapper = Json.newMapper();
    mapper.enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    mapper.disable(SerializationFeature.WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS);
    mapper.disable(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS);
    return mapper;
  }
}
