package dev.quartet.citypoint;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import dev.quartet.core.Json;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * The SDK's JSON configuration with one Citypoint rule: a date-time without a zone or offset
 * ({@code 2015-10-14T08:59:09}, as some answers write {@code DateOfCreation}) is read as UTC, the zone
 * of every zoned sample the vendor shows. Values with {@code Z} or an offset are read as written.
 */
final class CitypointJson {
  private static final ObjectMapper MAPPER = Json.mapper().copy()
      .registerModule(new SimpleModule("citypoint-dates").addDeserializer(Instant.class, new UtcDefault()));

  private CitypointJson() {}

  static ObjectMapper mapper() {
    return MAPPER;
  }

  /** ISO-8601 date-times, zone-less ones taken as UTC; numbers and the rest as Jackson reads them. */
  static final class UtcDefault extends StdScalarDeserializer<Instant> {
    UtcDefault() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return InstantDeserializer.INSTANT.deserialize(p, ctxt);
      }
      String text = p.getText().trim();
      if (text.isEmpty()) {
        return null;
      }
      try {
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
        return parsed instanceof OffsetDateTime t ? t.toInstant() : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 date-time");
      }
    }
  }
}
