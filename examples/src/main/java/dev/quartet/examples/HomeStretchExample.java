package dev.quartet.examples;

import dev.quartet.homestretch.params.ListPlacesParams;
import dev.quartet.homestretch.model.SortDirection;
import dev.quartet.homestretch.model.PlaceSortField;
import dev.quartet.homestretch.model.PlaceList;
import dev.quartet.core.ApiResponse;
import dev.quartet.core.paging.Page;
import dev.quartet.sandbox.Sandbox;
import dev.quartet.homestretch.HomeStretchClient;
import dev.quartet.homestretch.PlaceSort;
import dev.quartet.homestretch.model.Address;
import dev.quartet.homestretch.model.Branch;
import dev.quartet.homestretch.model.CompanyStructure;
import dev.quartet.homestretch.model.Coordinates;
import dev.quartet.homestretch.model.Location;
import dev.quartet.homestretch.model.Place;
import dev.quartet.homestretch.model.PlaceCreate;
import dev.quartet.homestretch.model.PlaceUpdate;
import java.io.PrintStream;
import java.util.List;

/**
 * HomeStretch tour: company structure, places page by page, create, read back, update. Runs against
 * the real API when {@code HOMESTRETCH_BASE_URL} is set, otherwise against the embedded sandbox.
 */
public final class HomeStretchExample {
  private HomeStretchExample() {}

  /**
   * Runs the example against HomeStretch when its variables are set, else against the sandbox.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    if (System.getenv("HOMESTRETCH_BASE_URL") != null) {
      try (HomeStretchClient hs = HomeStretchClient.fromEnv()) {
        run(hs, System.out);
      }
      return;
    }
    try (Sandbox sandbox = Sandbox.start(); HomeStretchClient hs = Examples.homeStretch(sandbox)) {
      run(hs, System.out);
    }
  }

  /**
   * Reads the company structure and walks the places with {@code hs}, printing to {@code out}.
   *
   * @param hs the client to use
   * @param out where to print
   */
  public static void run(HomeStretchClient hs, PrintStream out) {
    out.println("== HomeStretch ==");
    CompanyStructure company = hs.company().getCompanyStructure();
    out.println("Company: " + company.getName());
    printBranches(company.getBranches(), "  ", out);

    out.println("Places, 10 per page:");
    Page<Place> page = hs.places().page(PlaceSort.TITLE_ASC, 0, 10);
    int number = 1;
    while (true) {
      Place first = page.items().get(0);
      Place last = page.items().get(page.items().size() - 1);
      out.printf("  page %d: %d places (%s .. %s) of %d%n", number, page.items().size(),
          first.getTitle(), last.getTitle(), page.total().orElse(-1));
      if (!page.hasNext() || number == 3) {
        break;
      }
      page = page.next();
      number++;
    }
    long total = hs.places().listAll(PlaceSort.TITLE_ASC).stream().count();
    out.println("  walking every page lazily: " + total + " places");
    ListPlacesParams lastThree = ListPlacesParams.builder()
        .sort(PlaceSortField.TITLE).sortDir(SortDirection.DESC).limit(3).build();
    ApiResponse<PlaceList> answer = hs.places().listPlacesWithResponse(lastThree);
    out.println("  places().listPlacesWithResponse(" + lastThree + "): HTTP " + answer.status() + ", "
        + answer.body().getResult().stream().map(Place::getTitle).toList());
    int walked = hs.places().listAllAsync(PlaceSort.TITLE_ASC, 10).limit(25).toList().join().size();
    out.println("  places().listAllAsync(TITLE_ASC, 10).limit(25): " + walked + " places, no thread blocked between pages");

    Place created = hs.places().createPlace(new PlaceCreate()
        .title("Depot 7")
        .tags(List.of("depot"))
        .comment("Gate B")
        .location(new Location()
            .coordinates(new Coordinates().lat(55.7512).lng(37.6184))
            .addresses(List.of(new Address().locale("en").address("Moscow, Red Square, 1")))));
    out.println("Created:   " + created.getId() + " \"" + created.getTitle() + "\" at " + created.getCreatedAt());

    Place read = hs.places().getPlace(created.getId());
    out.println("Read back: " + read.getTitle() + ", " + read.getLocation().getAddresses().get(0).getAddress());

    Place updated = hs.places().updatePlace(created.getId(), new PlaceUpdate().comment("Gate C, ring twice"));
    out.println("Updated:   comment is now \"" + updated.getComment() + "\"");
  }

  private static void printBranches(List<Branch> branches, String indent, PrintStream out) {
    if (branches == null) {
      return;
    }
    for (Branch b : branches) {
      int accounts = b.getAccountIds() == null ? 0 : b.getAccountIds().size();
      out.println(indent + "- " + b.getName() + " (" + accounts + " accounts)");
      printBranches(b.getBranches(), indent + "  ", out);
    }
  }
}
