package dev.quartet.benchmarks;

import com.fasterxml.jackson.databind.JavaType;
import dev.quartet.benchmarks.server.Routes;
import dev.quartet.platform.ListQuery;
import dev.quartet.platform.PlatformClient;
import dev.quartet.platform.model.Entity;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/** Rightech platform: one list answer of 10,000 entities (raw, SDK). */
public final class PlatformCase implements AutoCloseable {
  static final String TOKEN = "bench-token";
  static final int COUNT = 10_000;
  static final JavaType LIST = Raw.MAPPER.getTypeFactory().constructCollectionType(List.class, Entity.class);

  /** Adds the fixed answers of this case to {@code routes}. */
  public static Routes routes(Routes routes) {
    routes.fixed("/api/v1/objects", Routes.Answer.json(Payloads.bytes(out -> Payloads.array(out, Payloads.ENTITY, 0, COUNT, null, null))));
    return routes;
  }

  private final Raw raw;
  private final HttpUrl base;
  private final PlatformClient sdk;
  private final ListQuery query = ListQuery.builder().limit(COUNT).build();

  public PlatformCase(String serverUrl, OkHttpClient http) {
    base = HttpUrl.get(serverUrl);
    raw = new Raw(http == null ? new OkHttpClient() : http, "Bearer " + TOKEN, "application/json");
    PlatformClient.Builder b = PlatformClient.builder().baseUrl(base.toString()).token(TOKEN);
    if (http != null) {
      b.httpClient(http);
    }
    sdk = b.build();
  }

  public List<Entity> rawList() {
    return raw.get(base.newBuilder().addPathSegments("api/v1/objects").addQueryParameter("limit", Integer.toString(COUNT)).build(), LIST);
  }

  public List<Entity> sdkList() {
    return sdk.store("objects").list(query);
  }

  public void check() {
    List<Entity> r = rawList();
    Checks.equal("platform list", r.size(), COUNT);
    Checks.same("platform list", r, sdkList());
  }

  @Override
  public void close() {
    sdk.close();
  }
}
