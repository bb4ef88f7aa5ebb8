package dev.quartet.readme;

import dev.quartet.homestretch.HomeStretchClient;
import dev.quartet.homestretch.PlaceSort;
import dev.quartet.homestretch.model.CompanyStructure;
import dev.quartet.homestretch.model.Coordinates;
import dev.quartet.homestretch.model.Location;
import dev.quartet.homestretch.model.Place;
import dev.quartet.homestretch.model.PlaceCreate;
import dev.quartet.homestretch.model.PlaceList;
import dev.quartet.homestretch.model.PlaceSortField;
import dev.quartet.homestretch.model.SortDirection;
import dev.quartet.homestretch.params.ListPlacesParams;

class QuickStartHomeStretch {
  void run(String clientId, String clientSecret) {
    // readme:begin
    try (HomeStretchClient hs = HomeStretchClient.builder()
        .baseUrl("https://<host from the vendor>")
        .clientId(clientId).clientSecret(clientSecret)
        .build()) {                                     // or HomeStretchClient.builder().fromEnv()...
      CompanyStructure company = hs.company().getCompanyStructure();
      Place depot = hs.places().createPlace(new PlaceCreate()
          .title("Depot")
          .location(new Location().coordinates(new Coordinates().lat(55.75).lng(37.61))));
      PlaceList latest = hs.places().listPlaces(ListPlacesParams.builder()   // one page, every option named
          .sort(PlaceSortField.TITLE).sortDir(SortDirection.DESC).limit(20).build());
      for (Place place : hs.places().listAll(PlaceSort.TITLE_ASC)) {   // lazy, 150 per request
        System.out.println(place.getTitle());
      }
    }
    // readme:end
  }
}
