package dev.quartet.benchmarks;

import dev.quartet.benchmarks.server.Routes;
import dev.quartet.benchmarks.stock.homestretch.api.PlacesApi;
import dev.quartet.benchmarks.stock.homestretch.invoker.ApiClient;
import dev.quartet.benchmarks.stock.homestretch.invoker.ApiException;
import dev.quartet.homestretch.HomeStretchClient;
import dev.quartet.homestretch.PlaceSort;
import dev.quartet.homestretch.model.Place;
import dev.quartet.homestretch.model.PlaceList;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/** HomeStretch: get one place and list 150 places, three ways (raw, SDK, stock okhttp-gson). */
public final class HomeStretchCase implements AutoCloseable {
  static final String PREFIX = "/hs";
  static final String TOKEN = "bench-token";
  static final String PLACE_ID = Payloads.objectId(1);
  static final int PAGE = 150;

  /** Adds the fixed answers of this case to {@code routes}. */
  public static Routes routes(Routes routes) {
    routes.fixed(PREFIX + "/places/" + PLACE_ID, Routes.Answer.json(Payloads.bytes(out -> Payloads.PLACE.write(out, PLACE_ID))));
    routes.fixed(PREFIX + "/places", Routes.Answer.json(Payloads.bytes(out -> Payloads.placeList(out, 0, PAGE, 19082))));
    return routes;
  }

  private final Raw raw;
  private final HttpUrl base;
  private final HomeStretchClient sdk;
  private final PlacesApi stock;

  /**
   * @param serverUrl the server's base URL
   * @param http the OkHttp client every variant starts from, or null for each variant's defaults
   */
  public HomeStretchCase(String serverUrl, OkHttpClient http) {
    base = HttpUrl.get(serverUrl + PREFIX);
    raw = new Raw(http == null ? new OkHttpClient() : http, "Bearer " + TOKEN, "application/json");
    HomeStretchClient.Builder b = HomeStretchClient.builder().baseUrl(base.toString()).token(TOKEN);
    if (http != null) {
      b.httpClient(http);
    }
    sdk = b.build();
    ApiClient client = http == null ? new ApiClient() : new ApiClient(http);
    client.setBasePath(base.toString());
    client.setBearerToken(TOKEN);
    stock = new PlacesApi(client);
  }

  // Raw builds its URL on every call from the base URL and the call's arguments, as a hand-written
  // call does (a URL built once in setup would leave out work every real call does).
  public Place rawGet() {
    return raw.get(base.newBuilder().addPathSegment("places").addPathSegment(PLACE_ID).build(), Place.class);
  }

  public Place sdkGet() {
    return sdk.places().getPlace(PLACE_ID);
  }

  public dev.quartet.benchmarks.stock.homestretch.model.Place stockGet() throws ApiException {
    return stock.getPlace(PLACE_ID);
  }

  public List<Place> rawList() {
    HttpUrl url = base.newBuilder().addPathSegment("places")
        .addQueryParameter("sort", "title").addQueryParameter("sortDir", "asc")
        .addQueryParameter("skip", "0").addQueryParameter("limit", Integer.toString(PAGE)).build();
    return raw.get(url, PlaceList.class).getResult();
  }

  public List<Place> sdkList() {
    return sdk.places().page(PlaceSort.TITLE_ASC, 0, PAGE).items();
  }

  public List<dev.quartet.benchmarks.stock.homestretch.model.Place> stockList() throws ApiException {
    return stock.listPlaces(dev.quartet.benchmarks.stock.homestretch.model.PlaceSortField.TITLE,
        dev.quartet.benchmarks.stock.homestretch.model.SortDirection.ASC, 0, PAGE).getResult();
  }

  /** Fails unless every variant reads the same thing (run once at setup, never measured). */
  public void check() throws ApiException {
    Checks.same("get place", rawGet(), sdkGet());
    Checks.equal("get place (stock)", rawGet().getTitle(), stockGet().getTitle());
    Checks.equal("list places", rawList().size(), PAGE);
    Checks.same("list places", rawList(), sdkList());
    Checks.equal("list places (stock)", stockList().size(), PAGE);
  }

  @Override
  public void close() {
    sdk.close();
  }
}
