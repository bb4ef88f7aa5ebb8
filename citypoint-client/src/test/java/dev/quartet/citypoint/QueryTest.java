package dev.quartet.citypoint;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.quartet.citypoint.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Filter, sort and fields rendering, and the exact encoded query strings that go over the wire. */
class QueryTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @BeforeEach
  void stubs() {
    wm.stubFor(post(urlPathEqualTo("/v2.1/oauth/token")).willReturn(okJson(tokenJson(jwt(478, "a"), "r", 3600))));
    wm.stubFor(get(anyUrl()).willReturn(aResponse().withHeader("Content-Type", JSON_API)
        .withBody("{\"links\":{\"self\":\"x\"},\"meta\":{\"total_count\":0},\"data\":[]}")));
  }

  private static String lastGetUrl() {
    return wm.findAll(getRequestedFor(anyUrl())).get(0).getUrl();
  }

  @Test
  void comparisonsFormatBooleansAsDigitsAndInstantsToTheSecond() {
    assertThat(Filter.eq(Note.IMPORTANT, true).expression()).isEqualTo("eq(Important,1)");
    assertThat(Filter.eq(Car.IS_HIDDEN, false).expression()).isEqualTo("eq(IsHidden,0)");
    assertThat(Filter.gte(Note.DATE_OF_CREATION, Instant.parse("2024-05-01T00:00:00.987Z")).expression())
        .isEqualTo("gte(DateOfCreation,2024-05-01T00:00:00Z)");
    assertThat(Filter.lt(Note.DATE_OF_CREATION, OffsetDateTime.of(2024, 5, 1, 3, 0, 0, 0, ZoneOffset.ofHours(3))).expression())
        .isEqualTo("lt(DateOfCreation,2024-05-01T00:00:00Z)");
    assertThat(Filter.gt("Speed", 60).expression()).isEqualTo("gt(Speed,60)");
    assertThat(Filter.lte("Mileage", new BigDecimal("1E+3")).expression()).isEqualTo("lte(Mileage,1000)");
    assertThat(Filter.eq(Note.AUTHOR_LOGIN, "ivanov").expression()).isEqualTo("eq(AuthorLogin,ivanov)");
  }

  @Test
  void combinationsNest() {
    Filter f = Filter.and(
        Filter.gte(Note.DATE_OF_CREATION, Instant.parse("2024-05-01T00:00:00Z")),
        Filter.or(Filter.eq(Note.IMPORTANT, true), Filter.eq(Note.AUTHOR_LOGIN, "boss")));
    assertThat(f).hasToString("and(gte(DateOfCreation,2024-05-01T00:00:00Z),or(eq(Important,1),eq(AuthorLogin,boss)))");
    assertThat(Filter.or(Filter.and(Filter.eq("A", 1), Filter.eq("B", 2)), Filter.eq("C", 3)))
        .hasToString("or(and(eq(A,1),eq(B,2)),eq(C,3))");
    assertThat(Filter.and(Filter.eq("A", 1))).isEqualTo(Filter.eq("A", 1));
  }

  @Test
  void unsafeValuesAndFieldNamesAreRefused() {
    assertThatThrownBy(() -> Filter.eq(Note.TEXT, "a,b")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quote");
    assertThatThrownBy(() -> Filter.eq(Note.TEXT, "x)")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Filter.eq(Note.TEXT, "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Filter.eq("Bad Field", 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("field");
    assertThatThrownBy(() -> Filter.eq(Note.TEXT, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(Filter::and).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Query.create().limit(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("page[limit]");
    assertThatThrownBy(() -> Query.create().offset(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("page[offset]");
  }

  @Test
  void sortRendersSeveralKeysWithMinusForDescending() {
    Query q = Query.create().sort(Sort.desc(Note.DATE_OF_CREATION), Sort.asc(Note.AUTHOR_LOGIN));
    assertThat(q.sortParam()).isEqualTo("-DateOfCreation,AuthorLogin");
    assertThat(Query.create().fields(Note.TEXT, Note.IMPORTANT).fieldsParam()).isEqualTo("Text,Important");
    assertThat(Query.create().sortParam()).isNull();
  }

  @Test
  void noteQueryIsEncodedExactly() {
    Query q = Query.create()
        .offset(0).limit(50)
        .fields(Note.TEXT, Note.DATE_OF_CREATION)
        .filter(Filter.and(Filter.gte(Note.DATE_OF_CREATION, Instant.parse("2024-05-01T00:00:00Z")), Filter.eq(Note.IMPORTANT, true)))
        .sort(Sort.desc(Note.DATE_OF_CREATION), Sort.asc(Note.TEXT));
    try (CitypointClient client = client(wm)) {
      client.carNotes().list().page(q);
    }
    assertThat(lastGetUrl()).isEqualTo("/v2.1/user/478/cars/notes"
        + "?page%5Boffset%5D=0&page%5Blimit%5D=50"
        + "&fields%5Bnote%5D=Text%2CDateOfCreation"
        + "&filter%5Bnote%5D=and%28gte%28DateOfCreation%2C2024-05-01T00%3A00%3A00Z%29%2Ceq%28Important%2C1%29%29"
        + "&sort=-DateOfCreation%2CText");
  }

  @Test
  void carQueryUsesCarFamiliesAndMayInclude() {
    Query q = Query.create().fields(Car.MODEL, Car.REG_NUMBER).filter(Filter.eq(Car.IS_HIDDEN, false)).include("Driver");
    try (CitypointClient client = client(wm)) {
      client.cars().list().page(q);
    }
    assertThat(lastGetUrl()).isEqualTo("/v2.1/user/478/cars"
        + "?fields%5Bcar%5D=Model%2CRegNumber&filter%5Bcar%5D=eq%28IsHidden%2C0%29&include=Driver");
  }

  @Test
  void emptyQuerySendsNoParameters() {
    try (CitypointClient client = client(wm)) {
      client.carNotes().lastImportant().page(Query.create());
    }
    assertThat(lastGetUrl()).isEqualTo("/v2.1/user/478/cars/notes/last");
  }

  @Test
  void includeOnNotesIsRefusedBeforeSending() {
    Query q = Query.create().include("Object");
    try (CitypointClient client = client(wm)) {
      assertThatThrownBy(() -> client.carNotes().lastImportant().page(q))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("include").hasMessageContaining("400");
      assertThatThrownBy(() -> client.carNotes().list().all(q)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> client.driverNotes().list().page(q, "Wed, 21 Oct 2015 07:28:00 GMT"))
          .isInstanceOf(IllegalArgumentException.class);
    }
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void queriesAreImmutableValues() {
    Query base = Query.create().limit(10);
    Query sorted = base.sort(Sort.asc(Note.TEXT));
    assertThat(base.sortKeys()).isEmpty();
    assertThat(sorted).isEqualTo(Query.create().limit(10).sort(Sort.asc(Note.TEXT)));
    assertThat(sorted).hasToString("page[limit]=10&sort=Text");
  }
}
