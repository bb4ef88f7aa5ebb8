package dev.quartet.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.quartet.core.errors.ErrorBodies;
import dev.quartet.core.errors.UnreadableResponseException;
import dev.quartet.core.json.LazyJsonArray;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A listing answer read item by item from the buffered body: same items, same errors. */
class LazyItemsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /** An item with one typed field, so a strict decoder has something to refuse. */
  public static final class Item {
    public int n;
  }

  private static final TypeReference<Item> ITEM = new TypeReference<>() {};
  private static final TypeReference<List<Item>> ITEMS = new TypeReference<>() {};
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  private static final TypeReference<List<Map<String, Object>>> MAPS = new TypeReference<>() {};
  private static final ApiRequest LIST = ApiRequest.builder("GET", "/items").build();

  private final Transport transport = Transport.builder("test").build();
  private final ApiInvoker invoker = ApiInvoker.create(transport.unauthenticated(), HttpUrl.get(wm.baseUrl()),
      Json.mapper(), ErrorBodies.generic(Json.mapper()));

  @AfterEach
  void close() {
    transport.close();
  }

  private void answer(String body) {
    wm.stubFor(get("/items").willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
  }

  @Test
  void itemsAreDecodedAsTheyAreIterated() {
    answer("[{\"n\":1,\"x\":[1,{\"y\":2}]},{\"n\":2},{\"n\":3}]");
    List<Map<String, Object>> items = invoker.executeItems(LIST, MAPS, MAP).body();
    assertThat(items).isInstanceOf(LazyJsonArray.class).hasSize(3);
    Iterator<Map<String, Object>> it = items.iterator();
    assertThat(it.next()).containsEntry("n", 1).containsKey("x");
    assertThat(it.next()).containsEntry("n", 2);
    assertThat(it.next()).containsEntry("n", 3);
    assertThat(it.hasNext()).isFalse();
    assertThat(items.get(1)).containsEntry("n", 2);
    assertThat(items).isEqualTo(invoker.execute(LIST, MAPS).body());
    assertThat(List.copyOf(items)).hasSize(3);
  }

  @Test
  void emptyAndNullBodiesReadAsBefore() {
    answer("[]");
    assertThat(invoker.executeItems(LIST, MAPS, MAP).body()).isEmpty();
    answer("null");
    assertThat(invoker.executeItems(LIST, MAPS, MAP).body()).isNull();
  }

  @Test
  void aBodyThatIsNoArrayFailsAtOnceWithTheUsualError() {
    answer("{\"n\":1}");
    Throwable lazy = org.assertj.core.api.Assertions.catchThrowable(() -> invoker.executeItems(LIST, MAPS, MAP));
    Throwable whole = org.assertj.core.api.Assertions.catchThrowable(() -> invoker.execute(LIST, MAPS));
    assertThat(lazy).isInstanceOf(UnreadableResponseException.class).hasMessage(whole.getMessage());
    answer("[{\"n\":1},{\"n\":");
    assertThatThrownBy(() -> invoker.executeItems(LIST, MAPS, MAP)).isInstanceOf(UnreadableResponseException.class);
  }

  @Test
  void aMisfitItemIsToleratedOrRefusedAsWithTheWholeList() {
    answer("[{\"n\":1},{\"n\":\"two\"},{\"n\":3}]");
    List<Item> lenient = invoker.executeItems(LIST, ITEMS, ITEM).body();
    assertThat(lenient).extracting(i -> i.n).containsExactly(1, 0, 3);
    Iterator<Item> strict = invoker.withStrictDecoding(true).executeItems(LIST, ITEMS, ITEM).body().iterator();
    assertThat(strict.next().n).isEqualTo(1);
    assertThatThrownBy(strict::next).isInstanceOf(UnreadableResponseException.class).hasMessageContaining("GET /items");
  }

  @Test
  void asyncListingsAreLazyToo() throws Exception {
    answer("[{\"n\":1},{\"n\":2}]");
    List<Map<String, Object>> items = invoker.executeItemsAsyncBody(LIST, MAPS, MAP).get();
    assertThat(items).isInstanceOf(LazyJsonArray.class).hasSize(2);
  }
}
