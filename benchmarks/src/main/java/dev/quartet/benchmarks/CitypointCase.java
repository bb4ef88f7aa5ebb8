package dev.quartet.benchmarks;

import dev.quartet.benchmarks.server.Routes;
import dev.quartet.citypoint.Car;
import dev.quartet.citypoint.CitypointClient;
import dev.quartet.citypoint.Query;
import dev.quartet.citypoint.model.CarCollection;
import dev.quartet.citypoint.model.CarResource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/** Citypoint: one JSON:API page of 100 vehicles (raw, SDK; the SDK signs in once with the password grant). */
public final class CitypointCase implements AutoCloseable {
  static final String PREFIX = "/cp";
  static final String USER_ID = "478";
  /** The spec's sample token: a JWT whose payload carries {@code user_id: 478}. */
  static final String ACCESS_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c2VyX2lkIjo0NzgsImlhdCI6MTQ0NTQxMjQ4MCwiZXhwIjoxNDQ1NDU1NjgwfQ.c2lnbmF0dXJlLW5vdC1yZWFs";
  static final String JSON_API = "application/vnd.api+json";
  static final int PAGE = 100;

  /** Adds the token endpoint and the fixed page of this case to {@code routes}. */
  public static Routes routes(Routes routes) {
    tokenRoute(routes);
    String self = "http://127.0.0.1" + PREFIX + "/user/" + USER_ID + "/cars";
    routes.fixed(PREFIX + "/user/" + USER_ID + "/cars", Routes.Answer.of(JSON_API,
        Payloads.bytes(out -> Payloads.carPage(out, self, 0, PAGE, PAGE))));
    return routes;
  }

  static void tokenRoute(Routes routes) {
    routes.fixed(PREFIX + "/oauth/token", Routes.Answer.json(("{\"token_type\":\"Bearer\",\"expires_in\":31536000,"
        + "\"access_token\":\"" + ACCESS_TOKEN + "\",\"refresh_token\":\"def50200a1b2c3d4\"}").getBytes(StandardCharsets.UTF_8)));
  }

  static CitypointClient client(String serverUrl, OkHttpClient http) {
    CitypointClient.Builder b = CitypointClient.builder().baseUrl(serverUrl + PREFIX)
        .clientId("bench").clientSecret("bench-secret").username("bench").password("bench-password");
    if (http != null) {
      b.httpClient(http);
    }
    return b.build();
  }

  private final Raw raw;
  private final HttpUrl base;
  private final CitypointClient sdk;
  private final Query query = Query.create();

  public CitypointCase(String serverUrl, OkHttpClient http) {
    base = HttpUrl.get(serverUrl + PREFIX);
    raw = new Raw(http == null ? new OkHttpClient() : http, "Bearer " + ACCESS_TOKEN, JSON_API);
    sdk = client(serverUrl, http);
  }

  // Raw builds its URL on every call from the base URL and the call's arguments, as a hand-written
  // call does (a URL built once in setup would leave out work every real call does).
  public List<CarResource> rawPage() {
    return raw.get(base.newBuilder().addPathSegment("user").addPathSegment(USER_ID).addPathSegment("cars").build(), CarCollection.class).getData();
  }

  public List<Car> sdkPage() {
    return sdk.cars().list().page(query).items();
  }

  public void check() {
    List<CarResource> r = rawPage();
    List<Car> s = sdkPage();
    Checks.equal("citypoint page", r.size(), PAGE);
    Checks.equal("citypoint page", s.size(), PAGE);
    Checks.same("citypoint page", r.get(PAGE - 1), s.get(PAGE - 1).resource());
  }

  @Override
  public void close() {
    sdk.close();
  }
}
