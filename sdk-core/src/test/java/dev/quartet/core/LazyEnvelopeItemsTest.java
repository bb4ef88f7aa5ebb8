package dev.quartet.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.type.TypeReference;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.quartet.core.errors.ErrorBodies;
import dev.quartet.core.errors.UnreadableResponseException;
import dev.quartet.core.json.LazyJsonArray;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Items inside an envelope read one by one from the buffered body; the rest of the envelope at once. */
class LazyEnvelopeItemsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /** An item with one typed field, so a strict decoder has something to refuse. */
  public static final class Item {
    public int n;
  }

  /** {@code {"result": [...], "total": 9}} */
  public static final class Flat {
    public List<Item> result;
    public Long total;
  }

  /** {@code {"data": {"contacts": [...], "page": 2}, "status": 0}} */
  public static final class Nested {
    public Data data;
    public int status;
  }

  /** The inner object of {@link Nested}. */
  public static final class Data {
    public List<Item> contacts;
    public int page;
  }

  private static final TypeReference<Item> ITEM = new TypeReference<>() {};
  private static final TypeReference<Flat> FLAT = new TypeReference<>() {};
  private static final TypeReference<Nested> NESTED = new TypeReference<>() {};
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

  private EnvelopedItems<Flat, Item> flat() {
    return invoker.executeEnveloped(LIST, FLAT, EnvelopedItems.at(ITEM, f -> f.result, "result")).body();
  }

  private EnvelopedItems<Nested, Item> nested() {
    return invoker.executeEnveloped(LIST, NESTED, EnvelopedItems.at(ITEM, n -> n.data == null ? null : n.data.contacts, "data", "contacts")).body();
  }

  @Test
  void itemsAreLazyAndTheEnvelopeKeepsItsOtherFields() {
    answer("{\"total\":9,\"result\":[{\"n\":1,\"x\":{\"result\":[5]}},{\"n\":2},{\"n\":3}],\"more\":{\"a\":[1]}}");
    EnvelopedItems<Flat, Item> page = flat();
    assertThat(page.items()).isInstanceOf(LazyJsonArray.class).hasSize(3);
    assertThat(page.items()).extracting(i -> i.n).containsExactly(1, 2, 3);
    assertThat(page.envelope().total).isEqualTo(9L);
    assertThat(page.envelope().result).isEmpty();
  }

  @Test
  void aNestedPathIsFollowed() {
    answer("{\"status\":0,\"data\":{\"page\":2,\"contacts\":[{\"n\":7},{\"n\":8}]}}");
    EnvelopedItems<Nested, Item> page = nested();
    assertThat(page.items()).isInstanceOf(LazyJsonArray.class).extracting(i -> i.n).containsExactly(7, 8);
    assertThat(page.envelope().data.page).isEqualTo(2);
    assertThat(page.envelope().status).isZero();
  }

  @Test
  void otherShapesAreDecodedWholeAsBefore() {
    answer("{\"total\":0,\"result\":null}");
    assertThat(flat().items()).isNull();
    answer("{\"total\":3}");
    assertThat(flat().items()).isNull();
    answer("null");
    EnvelopedItems<Flat, Item> none = flat();
    assertThat(none.envelope()).isNull();
    assertThat(none.items()).isNull();
    answer("{\"result\":[{\"n\":1}],\"result\":[{\"n\":2},{\"n\":3}]}"); // a repeated name: the last wins, as ever
    assertThat(flat().items()).extracting(i -> i.n).containsExactly(2, 3);
    answer("{\"status\":1,\"data\":[]}"); // data of another shape: decoded whole (a misfit value reads as absent)
    EnvelopedItems<Nested, Item> misfit = nested();
    assertThat(misfit.envelope().status).isEqualTo(invoker.execute(LIST, NESTED).body().status).isEqualTo(1);
    assertThat(misfit.envelope().data).isNull();
    assertThat(misfit.items()).isNull();
  }

  @Test
  void aMalformedPageFailsWhenItArrivesWithTheUsualError() {
    answer("{\"total\":2,\"result\":[{\"n\":1},{\"n\":");
    Throwable lazy = catchThrowable(this::flat);
    Throwable whole = catchThrowable(() -> invoker.execute(LIST, FLAT));
    assertThat(lazy).isInstanceOf(UnreadableResponseException.class).hasMessage(whole.getMessage());
  }

  @Test
  void aStrictDecoderRefusesAMisfitItemWhileIterating() {
    answer("{\"result\":[{\"n\":1},{\"n\":\"two\"}]}");
    ApiInvoker strict = invoker.withStrictDecoding(true);
    List<Item> items = strict.executeEnveloped(LIST, FLAT, EnvelopedItems.at(ITEM, f -> f.result, "result")).body().items();
    assertThat(items).hasSize(2);
    assertThatThrownBy(() -> items.forEach(i -> { })).isInstanceOf(UnreadableResponseException.class);
    assertThat(invoker.executeEnveloped(LIST, FLAT, EnvelopedItems.at(ITEM, f -> f.result, "result")).body().items()).hasSize(2);
  }

  @Test
  void theSameItemsAsAWholeDecode() {
    answer("{\"result\":[{\"n\":1,\"extra\":true},{\"n\":2}],\"total\":2}");
    List<Map<String, Object>> lazy = flat().items().stream().map(i -> Map.<String, Object>of("n", i.n)).toList();
    List<Map<String, Object>> whole = invoker.execute(LIST, FLAT).body().result.stream().map(i -> Map.<String, Object>of("n", i.n)).toList();
    assertThat(lazy).isEqualTo(whole);
  }

  @Test
  void mappedItemsStayLazyAndAreTurnedAsTheyAreDecoded() {
    answer("{\"total\":2,\"result\":[{\"n\":1},{\"n\":2}]}");
    List<String> turned = new java.util.ArrayList<>();
    List<String> mapped = flat().mapItems(i -> {
      turned.add("#" + i.n);
      return "#" + i.n;
    });
    assertThat(mapped).isInstanceOf(LazyJsonArray.class).hasSize(2);
    assertThat(turned).isEmpty(); // nothing decoded or turned before iterating
    java.util.Iterator<String> it = mapped.iterator();
    assertThat(it.next()).isEqualTo("#1");
    assertThat(turned).containsExactly("#1"); // one at a time
    assertThat(it.next()).isEqualTo("#2");
  }

  @Test
  void anItemClassWorksAsItsTypeReference() {
    answer("{\"result\":[{\"n\":4}]}");
    EnvelopedItems<Flat, Item> page = invoker.executeEnveloped(LIST, FLAT, EnvelopedItems.at(Item.class, f -> f.result, "result")).body();
    assertThat(page.items()).isInstanceOf(LazyJsonArray.class).extracting(i -> i.n).containsExactly(4);
  }

  @Test
  void anArrayWithANullItemIsDecodedWholeAndMappingDropsTheNull() {
    answer("{\"result\":[{\"n\":1},null,{\"n\":3}]}");
    EnvelopedItems<Flat, Item> page = flat();
    assertThat(page.items()).isNotInstanceOf(LazyJsonArray.class).hasSize(3).containsNull(); // as a whole decode has it
    assertThat(page.mapItems(i -> i.n)).containsExactly(1, 3);
    answer("{\"total\":0}");
    assertThat(flat().mapItems(i -> i.n)).isEmpty();
  }

  @Test
  void theLastItemIsDecodedAloneWithoutTheOthers() {
    answer("{\"result\":[{\"n\":\"one\"},{\"n\":\"two\"},{\"n\":3}]}");
    ApiInvoker strict = invoker.withStrictDecoding(true);
    List<Item> items = strict.executeEnveloped(LIST, FLAT, EnvelopedItems.at(ITEM, f -> f.result, "result")).body().items();
    assertThat(LazyJsonArray.last(items).n).isEqualTo(3); // the misfit first two are passed over, not decoded
    assertThatThrownBy(() -> items.forEach(i -> { })).isInstanceOf(UnreadableResponseException.class);
    assertThat(LazyJsonArray.last(List.of(new Item()))).isNotNull();
  }
}
