package dev.quartet.homestretch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quartet.homestretch.model.Branch;
import dev.quartet.homestretch.model.CompanyStructureChange;
import dev.quartet.homestretch.model.Location;
import dev.quartet.homestretch.model.PlaceCreate;
import dev.quartet.homestretch.model.PlaceUpdate;
import dev.quartet.homestretch.params.ListPlacesParams;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad input fails with a message naming the parameter and the rule, and nothing is sent. */
class ValidationTest extends HomeStretchTestSupport {
  private final HomeStretchClient hs = client();

  @AfterEach
  void nothingWasSent() {
    hs.close();
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  private static void refused(Executable call, String message) {
    assertThatThrownBy(call::execute).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void limitOutside1To150() {
    refused(() -> hs.places().listPlaces(ListPlacesParams.builder().skip(0).limit(151).build()), "limit must be between 1 and 150, was 151");
    refused(() -> hs.places().listPlaces(ListPlacesParams.builder().skip(0).limit(0).build()), "limit must be between 1 and 150, was 0");
    refused(() -> hs.places().listAll(PlaceSort.TITLE_ASC, 500), "limit must be between 1 and 150, was 500");
    refused(() -> hs.places().listAllAsync(PlaceSort.TITLE_ASC, 500), "limit must be between 1 and 150, was 500");
    refused(() -> hs.places().page(PlaceSort.TITLE_ASC, 0, 151), "limit must be between 1 and 150, was 151");
    refused(() -> hs.places().pageAsync(PlaceSort.TITLE_ASC, 0, 151), "limit must be between 1 and 150, was 151");
  }

  @Test
  void negativeSkip() {
    refused(() -> hs.places().listPlaces(ListPlacesParams.builder().skip(-1).limit(10).build()), "skip must be at least 0, was -1");
    refused(() -> hs.places().page(PlaceSort.UNSORTED, -1, 10), "skip must be at least 0, was -1");
  }

  @Test
  void createWithoutTitleOrLocation() {
    refused(() -> hs.places().createPlace(new PlaceCreate().location(new Location())), "title is required");
    refused(() -> hs.places().createPlace(new PlaceCreate().title("Depot")), "location is required");
    refused(() -> hs.places().createPlace(null), "placeCreate is required");
  }

  @Test
  void idOutside1To48Characters() {
    refused(() -> hs.places().createPlace(new PlaceCreate().id("").title("t").location(new Location())),
        "id must be 1..48 characters long, was 0");
    refused(() -> hs.places().createPlace(new PlaceCreate().id("x".repeat(49)).title("t").location(new Location())),
        "id must be 1..48 characters long, was 49");
  }

  @Test
  void accountIdsItemsOutside1To48Characters() {
    refused(() -> hs.company().changeCompanyStructure(new CompanyStructureChange().accountIds(List.of("ok", ""))),
        "accountIds[1] must be 1..48 characters long, was 0");
    CompanyStructureChange nested = new CompanyStructureChange().branches(List.of(
        new Branch().name("Head").branches(List.of(new Branch().accountIds(List.of("y".repeat(49)))))));
    refused(() -> hs.company().changeCompanyStructure(nested),
        "branches[0].branches[0].accountIds[0] must be 1..48 characters long, was 49");
  }

  @Test
  void blankPlaceId() {
    refused(() -> hs.places().getPlace(" "), "id must not be blank");
    refused(() -> hs.places().updatePlace("", new PlaceUpdate()), "id must not be blank");
    refused(() -> hs.places().getPlaceAsync(null), "id must not be blank");
  }
}
