package dev.quartet.examples.boot;

import dev.quartet.onepagecrm.params.ListContactsParams;
import dev.quartet.citypoint.CitypointClient;
import dev.quartet.homestretch.HomeStretchClient;
import dev.quartet.onepagecrm.OnePageCrmClient;
import dev.quartet.platform.ListQuery;
import dev.quartet.platform.PlatformClient;
import java.util.stream.StreamSupport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.CommandLineRunner;
import org.springframework.stereotype.Component;

/**
 * One call per configured client. The clients are injected like any bean; an API without
 * {@code quartet.<api>.*} properties has no bean, so each is taken through an {@link ObjectProvider}.
 */
@Component
class QuartetTour implements CommandLineRunner {
  private final ObjectProvider<HomeStretchClient> homeStretch;
  private final ObjectProvider<PlatformClient> platform;
  private final ObjectProvider<CitypointClient> citypoint;
  private final ObjectProvider<OnePageCrmClient> onePageCrm;

  QuartetTour(ObjectProvider<HomeStretchClient> homeStretch, ObjectProvider<PlatformClient> platform,
      ObjectProvider<CitypointClient> citypoint, ObjectProvider<OnePageCrmClient> onePageCrm) {
    this.homeStretch = homeStretch;
    this.platform = platform;
    this.citypoint = citypoint;
    this.onePageCrm = onePageCrm;
  }

  @Override
  public void run(String... args) {
    report("HomeStretch", "homestretch", homeStretch.getIfAvailable(),
        hs -> "company " + hs.company().getCompanyStructure().getName());
    report("Rightech platform", "platform", platform.getIfAvailable(),
        p -> p.store("models").list(ListQuery.builder().limit(100).build()).size() + " model(s)");
    report("Citypoint", "citypoint", citypoint.getIfAvailable(),
        cp -> StreamSupport.stream(cp.cars().list().all().spliterator(), false).count() + " car(s)");
    report("OnePageCRM", "onepagecrm", onePageCrm.getIfAvailable(),
        crm -> crm.contacts().list(ListContactsParams.builder().page(1).perPage(10).build()).getData().getTotalCount() + " contact(s)");
  }

  private static <C> void report(String api, String prefix, C client, java.util.function.Function<C, String> call) {
    System.out.println(client == null
        ? api + ": not configured (set quartet." + prefix + ".*)"
        : api + ": " + call.apply(client) + " via " + client);
  }
}
