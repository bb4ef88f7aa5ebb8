package dev.quartet.sandbox.homestretch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quartet.homestretch.HomeStretchClient;
import dev.quartet.homestretch.api.PlacesApi;
import dev.quartet.homestretch.model.CompanyStructureChange;
import dev.quartet.homestretch.model.Coordinates;
import dev.quartet.homestretch.model.Location;
import dev.quartet.homestretch.model.PlaceCreate;
import dev.quartet.homestretch.model.PlaceSortField;
import dev.quartet.homestretch.model.PlaceUpdate;
import dev.quartet.homestretch.model.SortDirection;
import dev.quartet.homestretch.model.TokenRequest;
import dev.quartet.homestretch.params.ListPlacesParams;
import dev.quartet.sandbox.GeneratedOperations;
import dev.quartet.sandbox.Sandbox;
import dev.quartet.sandbox.SandboxExtension;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every operation of the published HomeStretch client, called through it against the sandbox. */
class HomeStretchOperationCoverageTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX = new SandboxExtension();

  @Test
  void everyClientOperationIsAnswered() throws Exception {
    Sandbox sandbox = SANDBOX.sandbox();
    HomeStretchSandbox hs = sandbox.homeStretch();
    try (HomeStretchClient client = HomeStretchClient.builder().baseUrl(hs.baseUrl())
        .clientId(hs.clientId()).clientSecret(hs.clientSecret()).build()) {
      Map<String, Callable<Object>> calls = calls(client, hs);
      GeneratedOperations.assertEveryOneAnswered("homestretch", PlacesApi.class, 7, calls, sandbox);
    }
  }

  private static Map<String, Callable<Object>> calls(HomeStretchClient client, HomeStretchSandbox hs) {
    Map<String, Callable<Object>> calls = new LinkedHashMap<>();
    calls.put("getToken", () -> client.auth().getToken(new TokenRequest().clientId(hs.clientId()).clientSecret(hs.clientSecret()))
        .getToken());
    calls.put("getCompanyStructure", () -> client.company().getCompanyStructure().getBranches());
    calls.put("changeCompanyStructure", () -> {
      var changed = client.company().changeCompanyStructure(new CompanyStructureChange().accountIds(List.of("acc-1", "acc-9")));
      assertThat(changed.getAccountIds()).containsExactly("acc-1", "acc-9");
      return changed;
    });
    calls.put("listPlaces", () -> {
      var list = client.places().listPlaces(ListPlacesParams.builder().sort(PlaceSortField.TITLE).sortDir(SortDirection.DESC)
          .skip(2).limit(150).build());
      assertThat(list.getResult()).isNotEmpty().first().extracting(p -> p.getTitle()).isEqualTo("Warehouse 40");
      return list.getTotal();
    });
    calls.put("createPlace", () -> {
      var created = client.places().createPlace(new PlaceCreate().title("Coverage depot")
          .location(new Location().coordinates(new Coordinates().lat(55.7).lng(37.6))));
      assertThat(created.getId()).matches("[0-9a-f-]{36}");
      return created.getCreatedAt();
    });
    calls.put("getPlace", () -> client.places().getPlace("place-001").getLocation());
    calls.put("updatePlace", () -> {
      var updated = client.places().updatePlace("place-002", new PlaceUpdate().comment("gate 4"));
      assertThat(updated.getComment()).isEqualTo("gate 4");
      assertThat(updated.getTitle()).isEqualTo("Warehouse 02");
      return updated;
    });
    return calls;
  }
}
