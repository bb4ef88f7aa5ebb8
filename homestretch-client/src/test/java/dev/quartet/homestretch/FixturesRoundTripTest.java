package dev.quartet.homestretch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quartet.core.Json;
import dev.quartet.homestretch.model.CompanyStructure;
import dev.quartet.homestretch.model.CompanyStructureChange;
import dev.quartet.homestretch.model.Place;
import dev.quartet.homestretch.model.PlaceCreate;
import dev.quartet.homestretch.model.PlaceList;
import dev.quartet.homestretch.model.PlaceUpdate;
import dev.quartet.homestretch.model.SortDirection;
import dev.quartet.homestretch.model.TokenRequest;
import dev.quartet.homestretch.model.TokenResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every JSON sample of the vendor's page reads into its model and writes back unchanged. */
class FixturesRoundTripTest {
  private final ObjectMapper mapper = Json.mapper();

  static Stream<Arguments> samples() {
    return Stream.of(
        Arguments.of("token-request", TokenRequest.class),
        Arguments.of("token-response", TokenResponse.class),
        Arguments.of("company-structure", CompanyStructure.class),
        Arguments.of("company-change-request", CompanyStructureChange.class),
        Arguments.of("company-change-response", CompanyStructure.class),
        Arguments.of("place-list", PlaceList.class),
        Arguments.of("place-create-request", PlaceCreate.class),
        Arguments.of("place", Place.class),
        Arguments.of("place-update-request", PlaceUpdate.class),
        Arguments.of("place-updated", Place.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sampleRoundTripsWithoutLosingAField(String name, Class<?> type) throws Exception {
    String json = HomeStretchTestSupport.fixture(name);
    Object model = mapper.readValue(json, type);
    JsonNode written = mapper.readTree(mapper.writeValueAsString(model));
    assertThat(written).isEqualTo(mapper.readTree(json));
  }

  @Test
  void unknownFieldsAndEnumValuesSurvive() throws Exception {
    String json = "{\"id\":\"p1\",\"title\":\"T\",\"rating\":4.5,\"location\":{\"zone\":{\"code\":\"Z1\"}}}";
    Place place = mapper.readValue(json, Place.class);
    assertThat(place.getAdditionalProperty("rating")).isEqualTo(4.5);
    assertThat(mapper.readTree(mapper.writeValueAsString(place))).isEqualTo(mapper.readTree(json));

    SortDirection sideways = mapper.readValue("\"sideways\"", SortDirection.class);
    assertThat(sideways.isKnown()).isFalse();
    assertThat(sideways.value()).isEqualTo("sideways");
    assertThat(mapper.writeValueAsString(sideways)).isEqualTo("\"sideways\"");
    assertThat(mapper.readValue("\"asc\"", SortDirection.class)).isSameAs(SortDirection.ASC);
  }

  @Test
  void readsTheLaterEditionsCompanyFields() throws Exception {
    String v5 = "{\"id\":\"c1\",\"name\":\"Acme\",\"canSeeEachOther\":true,\"accountIds\":[],"
        + "\"branches\":[{\"id\":\"b1\",\"name\":\"Head\",\"isDefault\":true,\"branches\":[]}]}";
    CompanyStructure structure = mapper.readValue(v5, CompanyStructure.class);
    assertThat(structure.getId()).isEqualTo("c1");
    assertThat(structure.getCanSeeEachOther()).isTrue();
    assertThat(structure.getOwnerId()).isNull();
    assertThat(structure.getBranches().get(0).getIsDefault()).isTrue();
  }
}
