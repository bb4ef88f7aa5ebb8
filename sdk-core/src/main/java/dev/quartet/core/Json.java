package dev.quartet.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The SDK's one JSON configuration: java.time as ISO-8601 text, nulls left out of requests, unknown
 * properties tolerated (the generated models keep them in their additional-properties map) and
 * unknown enum values tolerated (generated enums are open and keep the raw value).
 */
public final class Json {
  private static final ObjectMapper SHARED = newMapper();

  private Json() {}

  /** {@return a shared, thread-safe mapper with the SDK's configuration} Do not reconfigure it; copy it. */
  public static ObjectMapper mapper() {
    return SHARED;
  }

  /** {@return a new mapper with the SDK's configuration, for callers that want to change it} */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
        .build();
  }
}
