package dev.quartet.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.quartet.core.paging.Pager;
import dev.quartet.core.retry.RetryPolicy;
import dev.quartet.platform.model.Entity;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StoreClientTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String ID = "58238a935baa56173b24f0e4";
  static final String MODEL = "58238a935baa56173b24f0e5";
  static final String STORED = "{\"_id\":\"" + ID + "\",\"name\":\"Boiler 1\",\"time\":1567285200000,"
      + "\"owner\":\"58238a935baa56173b24f0e1\",\"group\":\"58238a935baa56173b24f0e2\","
      + "\"access\":[\"58238a935baa56173b24f0e2\"],\"branch\":[\"58238a935baa56173b24f0e2\"],"
      + "\"id\":\"boiler-0001\",\"model\":\"" + MODEL + "\",\"state\":{\"online\":true,\"temperature\":36.6}}";

  private final PlatformClient platform = PlatformClient.builder().baseUrl(wm.baseUrl()).token("T")
      .retryPolicy(RetryPolicy.none()).build();
  private final StoreClient<Entity> objects = platform.store("objects");

  @AfterEach
  void close() {
    platform.close();
  }

  @Test
  void createPostsTheFieldsAndReadsTheStoredEntity() {
    wm.stubFor(post(urlEqualTo("/api/v1/objects")).willReturn(okJson(STORED)));
    Entity created = objects.create(new Entity().name("Boiler 1")
        .putAdditionalProperty("id", "boiler-0001").putAdditionalProperty("model", MODEL));

    wm.verify(postRequestedFor(urlEqualTo("/api/v1/objects"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withHeader("Authorization", equalTo("Bearer T"))
        .withRequestBody(equalToJson("{\"name\":\"Boiler 1\",\"id\":\"boiler-0001\",\"model\":\"" + MODEL + "\"}")));
    assertThat(created.getId()).isEqualTo(ID);
    assertThat(created.getTime()).isEqualTo(Instant.ofEpochMilli(1567285200000L));
    assertThat(created.getAccess()).containsExactly("58238a935baa56173b24f0e2");
    assertThat(created.getAdditionalProperty("model")).isEqualTo(MODEL);
    assertThat(created.getAdditionalProperty("state")).isEqualTo(Map.of("online", true, "temperature", 36.6));
  }

  @Test
  void seedSampleBodyIsSentAsIs() {
    wm.stubFor(post(urlEqualTo("/api/v1/models")).willReturn(okJson("{\"_id\":\"" + ID + "\"}")));
    platform.store("models").create(Map.of("some_field", "SOME_VALUE", "other_field", "OTHER_VALUE"));
    wm.verify(postRequestedFor(urlEqualTo("/api/v1/models"))
        .withRequestBody(equalToJson("{\"some_field\":\"SOME_VALUE\",\"other_field\":\"OTHER_VALUE\"}")));
  }

  @Test
  void getReadsOneEntity() {
    wm.stubFor(get(urlEqualTo("/api/v1/objects/" + ID)).willReturn(okJson(STORED)));
    assertThat(objects.get(ID).getName()).isEqualTo("Boiler 1");
    wm.verify(getRequestedFor(urlEqualTo("/api/v1/objects/" + ID)).withHeader("Accept", equalTo("application/json")));
  }

  @Test
  void updatePatchesOnlyTheGivenFields() {
    wm.stubFor(patch(urlEqualTo("/api/v1/objects/" + ID)).willReturn(okJson(STORED)));
    objects.update(ID, new Entity().description("boiler room").putAdditionalProperty("config", Map.of("mode", "eco")));
    wm.verify(patchRequestedFor(urlEqualTo("/api/v1/objects/" + ID))
        .withRequestBody(equalToJson("{\"description\":\"boiler room\",\"config\":{\"mode\":\"eco\"}}")));
  }

  @Test
  void updateRefusesServerOwnedFieldsBeforeSending() {
    for (String field : List.of("_id", "access", "owner", "group", "branch")) {
      Map<String, Object> changes = new LinkedHashMap<>();
      changes.put("name", "x");
      changes.put(field, "58238a935baa56173b24f0e1");
      assertThatThrownBy(() -> objects.update(ID, changes))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[" + field + "]");
    }
    Entity roundTrip = new Entity().id(ID).name("x").owner("58238a935baa56173b24f0e1");
    assertThatThrownBy(() -> objects.update(ID, roundTrip)).hasMessageContaining("[_id, owner]");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void deleteAnswersWithTheDeletedEntity() {
    wm.stubFor(delete(urlEqualTo("/api/v1/objects/" + ID)).willReturn(okJson(STORED)));
    assertThat(objects.delete(ID).getId()).isEqualTo(ID);
    LoggedRequest sent = wm.findAll(deleteRequestedFor(urlEqualTo("/api/v1/objects/" + ID))).get(0);
    assertThat(sent.getBody()).isEmpty();
  }

  @Test
  void listSendsEveryParameter() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/objects")).willReturn(okJson("[" + STORED + "]")));
    List<Entity> found = objects.list(ListQuery.builder()
        .offset(10000).limit(1000).only("name", "description")
        .from(Instant.ofEpochMilli(1567285200000L)).to(1567285300000L)
        .begin(Instant.ofEpochMilli(1L)).end(Instant.ofEpochMilli(2L))
        .search("boiler").sortBy("name")
        .where("model", MODEL)
        .build());
    assertThat(found).hasSize(1);
    wm.verify(getRequestedFor(urlEqualTo("/api/v1/objects?offset=10000&limit=1000&only=name%2Cdescription"
        + "&from=1567285200000&to=1567285300000&begin=1&end=2&search=boiler&sortBy=name&where.model=" + MODEL)));
  }

  @Test
  void whereFollowsTheVendorsQuotingRules() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/objects")).willReturn(okJson("[]")));
    objects.list(ListQuery.builder()
        .where("config.settings.number", 1)
        .where("code", "1234")
        .where("state.online", true)
        .where("description", (Object) null)
        .where("where.status", "active", "idle")
        .where("label", "true")
        .where("when", Instant.ofEpochMilli(5))
        .where("ratio", -1.5, "2e3")
        .build());
    LoggedRequest sent = wm.getAllServeEvents().get(0).getRequest();
    assertThat(sent.queryParameter("where.config.settings.number").firstValue()).isEqualTo("1");
    assertThat(sent.queryParameter("where.code").firstValue()).isEqualTo("\"1234\"");
    assertThat(sent.queryParameter("where.state.online").firstValue()).isEqualTo("true");
    assertThat(sent.queryParameter("where.description").firstValue()).isEqualTo("null");
    assertThat(sent.queryParameter("where.status").firstValue()).isEqualTo("active,idle");
    assertThat(sent.queryParameter("where.label").firstValue()).isEqualTo("\"true\"");
    assertThat(sent.queryParameter("where.when").firstValue()).isEqualTo("5");
    assertThat(sent.queryParameter("where.ratio").firstValue()).isEqualTo("-1.5,\"2e3\"");
    assertThat(sent.getUrl()).contains("where.code=%221234%22");
  }

  @Test
  void whereRefusesWhatItCannotExpress() {
    ListQuery.Builder b = ListQuery.builder();
    assertThatThrownBy(() -> b.where("name", "a,b")).hasMessageContaining("cannot contain ','");
    assertThatThrownBy(() -> b.where("a..b", 1)).hasMessageContaining("dotted field names");
    assertThatThrownBy(() -> b.where("a&b=c", 1)).hasMessageContaining("dotted field names");
    assertThatThrownBy(() -> b.where(" ", 1)).hasMessageContaining("blank");
    assertThatThrownBy(() -> b.where("name")).hasMessageContaining("at least one value");
  }

  @Test
  void aWalkWithoutALimitPagesByTheWalkPageSize() {
    wm.stubFor(get(urlEqualTo("/api/v1/objects?offset=0&limit=1000")).willReturn(okJson(page(0, 1000))));
    wm.stubFor(get(urlEqualTo("/api/v1/objects?offset=1000&limit=1000")).willReturn(okJson(page(1000, 3))));

    assertThat(objects.listAll().stream().toList()).hasSize(1003).last().extracting(Entity::getName).isEqualTo("n1002");
    assertThat(wm.getAllServeEvents()).hasSize(2);
  }

  @Test
  void listAllWalksPastTheCapOnePageAtATime() {
    wm.stubFor(get(urlEqualTo("/api/v1/objects?offset=0&limit=10000&where.model=" + MODEL)).willReturn(okJson(page(0, 10000))));
    wm.stubFor(get(urlEqualTo("/api/v1/objects?offset=10000&limit=10000&where.model=" + MODEL)).willReturn(okJson(page(10000, 10000))));
    wm.stubFor(get(urlEqualTo("/api/v1/objects?offset=20000&limit=10000&where.model=" + MODEL)).willReturn(okJson(page(20000, 5))));

    Pager<Entity> all = objects.listAll(ListQuery.builder().where("model", MODEL).limit(ListQuery.MAX_LIMIT).build());
    assertThat(wm.getAllServeEvents()).isEmpty(); // lazy: nothing sent yet
    Iterator<Entity> it = all.iterator();
    assertThat(it.next().getName()).isEqualTo("n0");
    assertThat(wm.getAllServeEvents()).hasSize(1);
    long count = 1;
    String last = null;
    while (it.hasNext()) {
      last = it.next().getName();
      count++;
    }
    assertThat(count).isEqualTo(20005);
    assertThat(last).isEqualTo("n20004");
    assertThat(wm.getAllServeEvents()).hasSize(3); // stopped at the first short page
  }

  @Test
  void listAllStopsAtAnEmptyPageAndHonoursPageSizeAndStart() {
    wm.stubFor(get(urlEqualTo("/api/v1/objects?offset=5&limit=2")).willReturn(okJson(page(5, 2))));
    wm.stubFor(get(urlEqualTo("/api/v1/objects?offset=7&limit=2")).willReturn(okJson("[]")));
    assertThat(objects.listAll(ListQuery.builder().offset(5).limit(2).build()).stream().map(Entity::getName))
        .containsExactly("n5", "n6");
    assertThat(wm.getAllServeEvents()).hasSize(2);
  }

  @Test
  void metaAnswersAnObjectReadLeniently() {
    wm.stubFor(get(urlEqualTo("/api/v1/objects?meta=true&where.model=" + MODEL))
        .willReturn(okJson("{\"total\":42,\"first\":" + STORED + ",\"last\":{\"_id\":\"58238a935baa56173b24f0e9\"}}")));
    StoreMeta meta = objects.meta(ListQuery.builder().where("model", MODEL).build());
    assertThat(meta.total()).hasValue(42);
    assertThat(meta.first()).get().extracting(Entity::getName).isEqualTo("Boiler 1");
    assertThat(meta.last()).get().extracting(Entity::getId).isEqualTo("58238a935baa56173b24f0e9");
    assertThat(meta.raw().get("total").asInt()).isEqualTo(42);
  }

  @Test
  void metaCannotBeCombinedWithPagingNorListed() {
    assertThatThrownBy(() -> ListQuery.builder().meta(true).offset(1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("meta cannot be combined");
    assertThatThrownBy(() -> ListQuery.builder().meta(true).limit(1).build())
        .isInstanceOf(IllegalArgumentException.class);
    ListQuery meta = ListQuery.builder().meta(true).build();
    assertThatThrownBy(() -> objects.list(meta)).hasMessageContaining("use meta(query)");
    assertThatThrownBy(() -> objects.listAll(meta)).hasMessageContaining("use meta(query)");
  }

  @Test
  void limitMustBeWithinOneAndTenThousand() {
    assertThatThrownBy(() -> ListQuery.builder().limit(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
    assertThatThrownBy(() -> ListQuery.builder().limit(10001)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
    assertThatThrownBy(() -> ListQuery.builder().offset(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offset");
    ListQuery.builder().limit(1).limit(10000).offset(0).build();
  }

  @Test
  void storeNamesAreCheckedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> platform.store("../auth")).hasMessageContaining("\"..\"");
    assertThatThrownBy(() -> platform.store("objects/..")).hasMessageContaining("\"..\"");
    assertThatThrownBy(() -> platform.store("")).hasMessageContaining("empty");
    assertThatThrownBy(() -> platform.store("/objects")).hasMessageContaining("empty segments");
    assertThatThrownBy(() -> platform.store("objects/")).hasMessageContaining("empty segments");
    assertThatThrownBy(() -> platform.store("tables//rows")).hasMessageContaining("empty segments");
    assertThatThrownBy(() -> platform.store("objects?x=1")).hasMessageContaining("letters, digits");
    assertThatThrownBy(() -> platform.store("obj%2e%2e")).hasMessageContaining("letters, digits");
    assertThatThrownBy(() -> platform.store(".")).hasMessageContaining("letters, digits");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void nestedStoresKeepTheirSlashes() {
    String rows = "/api/v1/tables/66d3296025e8200c9d46981d/rows";
    wm.stubFor(get(urlEqualTo(rows)).willReturn(okJson("[]")));
    wm.stubFor(get(urlEqualTo(rows + "/" + ID)).willReturn(okJson("{\"_id\":\"" + ID + "\"}")));
    StoreClient<Entity> table = platform.store("tables/66d3296025e8200c9d46981d/rows");
    table.list();
    table.get(ID);
    wm.verify(getRequestedFor(urlEqualTo(rows)));
    wm.verify(getRequestedFor(urlEqualTo(rows + "/" + ID)));
  }

  @Test
  void idsMustBeObjectIds() {
    for (String bad : new String[] {"123", "58238a935baa56173b24f0e4a", "58238a935baa56173b24f0eg", "../../../auth/token", ""}) {
      assertThatThrownBy(() -> objects.get(bad)).hasMessageContaining("ObjectId");
      assertThatThrownBy(() -> objects.update(bad, Map.of("name", "x"))).hasMessageContaining("ObjectId");
      assertThatThrownBy(() -> objects.delete(bad)).hasMessageContaining("ObjectId");
    }
    assertThatThrownBy(() -> objects.get(null)).hasMessageContaining("ObjectId");
    assertThat(ObjectIds.isValid("58238A935BAA56173B24F0E4")).isTrue();
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  /** A caller's own class: system fields it cares about plus its own, times as Instants. */
  public static class MyDevice {
    public String _id;
    public String name;
    public Instant time;
    public String id;
    public String model;
    public State state;

    public static class State {
      public Boolean online;
      public Double temperature;
    }
  }

  @Test
  void storesBindToTheCallersClass() {
    wm.stubFor(get(urlEqualTo("/api/v1/objects/" + ID)).willReturn(okJson(STORED)));
    wm.stubFor(post(urlEqualTo("/api/v1/objects")).willReturn(okJson(STORED)));
    StoreClient<MyDevice> devices = platform.store("objects", MyDevice.class);

    MyDevice device = devices.get(ID);
    assertThat(device._id).isEqualTo(ID);
    assertThat(device.time).isEqualTo(Instant.ofEpochMilli(1567285200000L));
    assertThat(device.state.temperature).isEqualTo(36.6);

    MyDevice fresh = new MyDevice();
    fresh.name = "Boiler 2";
    fresh.id = "boiler-0002";
    fresh.model = MODEL;
    devices.create(fresh);
    wm.verify(postRequestedFor(urlEqualTo("/api/v1/objects"))
        .withRequestBody(equalToJson("{\"name\":\"Boiler 2\",\"id\":\"boiler-0002\",\"model\":\"" + MODEL + "\"}")));
  }

  @Test
  void entityTimesAreWrittenAsEpochMillis() throws Exception {
    String json = platform.mapper().writeValueAsString(new Entity().time(Instant.ofEpochMilli(1567285200000L)));
    assertThat(json).isEqualTo("{\"time\":1567285200000}");
  }

  private static String page(int from, int size) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < size; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append("{\"_id\":\"").append(String.format("%024x", from + i)).append("\",\"name\":\"n").append(from + i).append("\"}");
    }
    return sb.append(']').toString();
  }

  @Test
  void reversedCreationTimeBoundsAreRefused() {
    assertThatThrownBy(() -> ListQuery.builder().from(2L).to(1L).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("from must not be after to");
    assertThatThrownBy(() -> ListQuery.builder().begin(Instant.ofEpochMilli(2)).end(Instant.ofEpochMilli(1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("begin must not be after end");
    ListQuery.builder().from(1L).to(1L).begin(Instant.ofEpochMilli(5)).build();
  }
}
