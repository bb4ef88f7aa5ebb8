package dev.quartet.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quartet.homestretch.HomeStretchClient;
import dev.quartet.homestretch.model.Coordinates;
import dev.quartet.homestretch.model.Location;
import dev.quartet.homestretch.model.PlaceCreate;
import dev.quartet.homestretch.params.ListPlacesParams;
import dev.quartet.sandbox.ResetSandbox;
import dev.quartet.sandbox.Sandbox;
import dev.quartet.sandbox.SandboxExtension;
import dev.quartet.sandbox.homestretch.HomeStretchSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

class SandboxJUnit {
    // readme:begin
    @ExtendWith(SandboxExtension.class)          // one sandbox for the class, closed after its last test
    class PlacesTest {
      @Test
      @ResetSandbox                              // start this test from the demo data
      void createsAPlace(HomeStretchSandbox hs, Sandbox sandbox) {   // injected: the sandbox or one API's info
        try (HomeStretchClient client = HomeStretchClient.builder()
            .baseUrl(hs.baseUrl()).clientId(hs.clientId()).clientSecret(hs.clientSecret()).build()) {
          client.places().createPlace(new PlaceCreate().title("Depot")
              .location(new Location().coordinates(new Coordinates().lat(55.75).lng(37.62))));
          assertThat(client.places().listPlaces(ListPlacesParams.builder().limit(1).build()).getTotal()).isEqualTo(43);
        }
        assertThat(sandbox.requests()).isNotEmpty();   // what the sandbox answered, e.g. "POST /homestretch/places -> 200"
      }
    }
    // readme:end
}
