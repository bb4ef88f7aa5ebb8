package dev.quartet.readme;

import dev.quartet.core.RequestOptions;
import dev.quartet.homestretch.HomeStretchClient;
import dev.quartet.homestretch.model.Place;
import java.time.Duration;

class PerCallOptions {
  void run(HomeStretchClient hs, String placeId) {
    // readme:begin
    RequestOptions traced = RequestOptions.builder()
        .timeout(Duration.ofSeconds(5)).header("X-Trace", "abc").maxRetries(0).build();
    Place place = hs.places().getPlace(placeId, traced);                 // this call only
    HomeStretchClient tracedClient = hs.withOptions(traced);             // every call; shares connections and token
    // readme:end
  }
}
