package dev.quartet.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The text a typed parameter value is sent as: the wire value, never a Java name. */
class ApiRequestFormatTest {
  /** Shaped like the generated open enums: a constant name that differs from its wire value. */
  static final class OpenEnum {
    static final OpenEnum CREATED_AT = new OpenEnum("created_at");
    static final OpenEnum DRIVER_DESC = new OpenEnum("-Driver");
    private final String value;

    private OpenEnum(String value) {
      this.value = value;
    }

    static OpenEnum of(String value) {
      return new OpenEnum(value);
    }

    @Override
    public String toString() {
      return value;
    }
  }

  @Test
  void openEnumIsWrittenAsItsWireValue() {
    assertThat(ApiRequest.format(OpenEnum.CREATED_AT)).isEqualTo("created_at");
    assertThat(ApiRequest.format(OpenEnum.of("a value this SDK does not know"))).isEqualTo("a value this SDK does not know");
  }

  @Test
  void listOfOpenEnumsIsCommaJoinedWireValues() {
    assertThat(ApiRequest.format(List.of(OpenEnum.DRIVER_DESC, OpenEnum.CREATED_AT))).isEqualTo("-Driver,created_at");
  }

  @Test
  void datesTimesAndBooleansAreWrittenInTheirIsoAndLiteralForms() {
    assertThat(ApiRequest.format(LocalDate.of(2024, 5, 20))).isEqualTo("2024-05-20");
    assertThat(ApiRequest.format(Instant.ofEpochMilli(1567285200000L))).isEqualTo("2019-08-31T21:00:00Z");
    assertThat(ApiRequest.format(Boolean.TRUE)).isEqualTo("true");
  }

  @Test
  void queryCarriesEnumValuesAndSkipsNull() {
    ApiRequest r = ApiRequest.builder("GET", "/deals")
        .query("sort_by", OpenEnum.CREATED_AT)
        .query("order", null)
        .queryEach("events", List.of(OpenEnum.DRIVER_DESC, OpenEnum.CREATED_AT))
        .build();
    assertThat(r.query()).containsExactly(Map.entry("sort_by", "created_at"), Map.entry("events", "-Driver"),
        Map.entry("events", "created_at"));
  }
}
