package dev.quartet.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.quartet.core.retry.RetryPolicy;
import dev.quartet.platform.model.Entity;
import dev.quartet.platform.model.Group;
import dev.quartet.platform.model.Model;
import dev.quartet.platform.model.PlatformObject;
import dev.quartet.platform.model.Role;
import dev.quartet.platform.model.User;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The typed views of the most used stores, and the newer stores through the generic client. */
class TypedStoresTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String ID = "58238a935baa56173b24f0e4";
  static final String MODEL = "58238a935baa56173b24f0e5";
  static final String TABLE = "66d3296025e8200c9d46981d";
  static final String OBJECT = "{\"_id\":\"" + ID + "\",\"name\":\"Boiler 1\",\"time\":1567285200000,"
      + "\"owner\":\"58238a935baa56173b24f0e1\",\"group\":\"58238a935baa56173b24f0e2\","
      + "\"access\":[\"58238a935baa56173b24f0e2\"],\"branch\":[\"58238a935baa56173b24f0e2\"],"
      + "\"id\":\"boiler-0001\",\"model\":\"" + MODEL + "\",\"status\":\"status_b\","
      + "\"state\":{\"online\":true,\"temperature\":36.6,\"_ts\":1778780458638476},"
      + "\"config\":{\"settings\":{\"number\":1},\"configs\":{\"string\":\"1234\"}},"
      + "\"active\":true,\"links\":{\"automatons\":[{\"id\":\"69f826529f5e85b5c3ea7223\",\"name\":\"n8n-test-scenario\"}]}}";

  private final PlatformClient platform = PlatformClient.builder().baseUrl(wm.baseUrl()).token("T")
      .retryPolicy(RetryPolicy.none()).build();

  @AfterEach
  void close() {
    platform.close();
  }

  @Test
  void objectsReadAsPlatformObjectsKeepingUnknownFields() throws Exception {
    wm.stubFor(get(urlEqualTo("/api/v1/objects/" + ID)).willReturn(okJson(OBJECT)));
    PlatformObject boiler = platform.store(Store.OBJECTS).get(ID);

    assertThat(boiler.getId()).isEqualTo(ID);
    assertThat(boiler.getDeviceId()).isEqualTo("boiler-0001");
    assertThat(boiler.getModel()).isEqualTo(MODEL);
    assertThat(boiler.getStatus()).isEqualTo("status_b");
    assertThat(boiler.getState()).containsEntry("online", true).containsEntry("temperature", 36.6);
    assertThat(boiler.getConfig()).containsEntry("settings", Map.of("number", 1));
    assertThat(boiler.getTime()).isEqualTo(Instant.ofEpochMilli(1567285200000L));
    assertThat(boiler.getAdditionalProperties()).containsOnlyKeys("active", "links");
    // Written back, nothing is lost or renamed.
    assertThat(platform.mapper().readTree(platform.mapper().writeValueAsString(boiler)))
        .isEqualTo(platform.mapper().readTree(OBJECT));
    wm.verify(getRequestedFor(urlEqualTo("/api/v1/objects/" + ID)));
  }

  @Test
  void aPlatformObjectIsCreatedAndChangedWithItsOwnFields() {
    wm.stubFor(post(urlEqualTo("/api/v1/objects")).willReturn(okJson(OBJECT)));
    wm.stubFor(patch(urlEqualTo("/api/v1/objects/" + ID)).willReturn(okJson(OBJECT)));
    StoreClient<PlatformObject> objects = platform.store(Store.OBJECTS);

    objects.create(new PlatformObject().name("Boiler 2").deviceId("boiler-0002").model(MODEL));
    wm.verify(postRequestedFor(urlEqualTo("/api/v1/objects"))
        .withRequestBody(equalToJson("{\"name\":\"Boiler 2\",\"id\":\"boiler-0002\",\"model\":\"" + MODEL + "\"}", false, false)));

    objects.update(ID, new PlatformObject().config(Map.of("settings", Map.of("number", 2))));
    wm.verify(patchRequestedFor(urlEqualTo("/api/v1/objects/" + ID))
        .withRequestBody(equalToJson("{\"config\":{\"settings\":{\"number\":2}}}", false, false)));
    assertThatThrownBy(() -> objects.update(ID, new PlatformObject().id(ID).status("idle")))
        .hasMessageContaining("PATCH cannot change [_id]");
  }

  @Test
  void modelsListWithTheirNodeTree() {
    wm.stubFor(get(urlEqualTo("/api/v1/models?only=name%2Cbase%2Cdata")).willReturn(okJson("[{\"_id\":\"" + MODEL
        + "\",\"name\":\"Boiler model\",\"base\":\"mqtt\",\"data\":{\"id\":\"boiler\",\"type\":\"subsystem\",\"children\":[]},"
        + "\"props\":{\"bots\":false,\"protocol\":\"mqtt\"},\"_arguments\":[]}]")));
    List<Model> models = platform.store(Store.MODELS).list(ListQuery.builder().only("name", "base", "data").build());
    assertThat(models).singleElement().satisfies(m -> {
      assertThat(m.getBase()).isEqualTo("mqtt");
      assertThat(m.getData()).containsEntry("id", "boiler");
      assertThat(m.getProps().getProtocol()).isEqualTo("mqtt");
      assertThat(m.getProps().getBots()).isFalse();
      assertThat(m.getAdditionalProperty("_arguments")).isEqualTo(List.of());
    });
  }

  @Test
  void baseModelsAreAStoreOfModels() {
    wm.stubFor(get(urlEqualTo("/api/v1/models/base")).willReturn(okJson("[{\"_id\":\"" + MODEL + "\",\"name\":\"MQTT\",\"base\":\"mqtt\"}]")));
    assertThat(platform.store(Store.BASE_MODELS).list()).extracting(Model::getBase).containsExactly("mqtt");
  }

  @Test
  void usersAreTypedAndTheirPasswordIsWriteOnlyAndMasked() {
    wm.stubFor(get(urlEqualTo("/api/v1/users/" + ID)).willReturn(okJson("{\"_id\":\"" + ID + "\",\"name\":\"Ann\","
        + "\"role\":\"58238a935baa56173b24f0e9\",\"email\":\"ann@example.com\",\"login\":\"ann2024\",\"phone\":\"+10000000000\","
        + "\"locale\":\"en\",\"timezoneOffset\":-180,\"lastSeen\":1567285200000}")));
    wm.stubFor(post(urlEqualTo("/api/v1/users")).willReturn(okJson("{\"_id\":\"" + ID + "\",\"login\":\"bob2024\"}")));

    User ann = platform.store(Store.USERS).get(ID);
    assertThat(ann.getLogin()).isEqualTo("ann2024");
    assertThat(ann.getEmail()).isEqualTo("ann@example.com");
    assertThat(ann.getRole()).isEqualTo("58238a935baa56173b24f0e9");
    assertThat(ann.getTimezoneOffset()).isEqualByComparingTo(new BigDecimal(-180));
    assertThat(ann.getLocale()).isEqualTo("en");
    assertThat(ann.getPassword()).isNull();
    assertThat(ann.getAdditionalProperty("lastSeen")).isEqualTo(1567285200000L);

    User bob = new User().login("bob2024").email("bob@example.com").password("s3cret-pass").validate();
    assertThat(bob.toString()).doesNotContain("s3cret-pass");
    platform.store(Store.USERS).create(bob);
    wm.verify(postRequestedFor(urlEqualTo("/api/v1/users"))
        .withRequestBody(equalToJson("{\"login\":\"bob2024\",\"email\":\"bob@example.com\",\"password\":\"s3cret-pass\"}")));
    assertThatThrownBy(() -> new User().login("bob").validate())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("login must be 4..40 characters long");
  }

  @Test
  void groupsAndRolesAreTyped() {
    wm.stubFor(get(urlEqualTo("/api/v1/groups")).willReturn(okJson("[{\"_id\":\"62667930daacc00012016e92\",\"name\":\"Ops\","
        + "\"role\":\"58238a935baa56173b24f0e9\",\"tagname\":\"ops\",\"license\":\"58238a935baa56173b24f0ea\",\"quota\":5}]")));
    wm.stubFor(get(urlEqualTo("/api/v1/roles")).willReturn(okJson("[{\"_id\":\"58238a935baa56173b24f0e9\",\"name\":\"Operator\","
        + "\"credentials\":[\"objects_one_packets_post\",\"objects_get\"],\"builtin\":false}]")));

    Group ops = platform.store(Store.GROUPS).list().get(0);
    assertThat(ops.getTagname()).isEqualTo("ops");
    assertThat(ops.getRole()).isEqualTo("58238a935baa56173b24f0e9");
    assertThat(ops.getLicense()).isEqualTo("58238a935baa56173b24f0ea");
    assertThat(ops.getAdditionalProperty("quota")).isEqualTo(5);

    Role operator = platform.store(Store.ROLES).list().get(0);
    assertThat(operator.getCredentials()).containsExactly("objects_one_packets_post", "objects_get");
    assertThat(operator.getAdditionalProperty("builtin")).isEqualTo(false);
  }

  @Test
  void tablesAreAGenericStore() {
    wm.stubFor(get(urlEqualTo("/api/v1/tables")).willReturn(okJson("[{\"_id\":\"" + TABLE + "\",\"name\":\"Tariffs\",\"columns\":[{\"id\":\"price\"}]}]")));
    List<Entity> tables = platform.store(Store.TABLES).list();
    assertThat(tables).singleElement().satisfies(t -> {
      assertThat(t.getId()).isEqualTo(TABLE);
      assertThat(t.getAdditionalProperty("columns")).isEqualTo(List.of(Map.of("id", "price")));
    });
    wm.verify(getRequestedFor(urlEqualTo("/api/v1/tables")));
  }

  @Test
  void tableRowsAreANestedStore() {
    String rows = "/api/v1/tables/" + TABLE + "/rows";
    wm.stubFor(get(urlEqualTo(rows + "?limit=2")).willReturn(okJson("[{\"_id\":\"66d3296625e8200c9d46981e\",\"price\":12.5}]")));
    wm.stubFor(post(urlEqualTo(rows)).willReturn(okJson("{\"_id\":\"66d3296625e8200c9d46981f\",\"price\":13}")));
    StoreClient<Entity> table = platform.store(Store.tableRows(TABLE));

    assertThat(table.list(ListQuery.builder().limit(2).build())).singleElement()
        .satisfies(row -> assertThat(row.getAdditionalProperty("price")).isEqualTo(12.5));
    assertThat(table.create(Map.of("price", 13)).getId()).isEqualTo("66d3296625e8200c9d46981f");
    wm.verify(postRequestedFor(urlEqualTo(rows)).withRequestBody(equalToJson("{\"price\":13}")));
    assertThatThrownBy(() -> Store.tableRows("../../auth")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("tableId must be an ObjectId");
  }

  @Test
  void tasksAndTheirKindsAreGenericStores() {
    wm.stubFor(get(urlEqualTo("/api/v1/tasks?where.kind=report")).willReturn(okJson("[{\"_id\":\"" + ID + "\",\"kind\":\"report\",\"name\":\"Nightly\"}]")));
    wm.stubFor(get(urlEqualTo("/api/v1/tasks/kinds")).willReturn(okJson("[{\"_id\":\"" + MODEL + "\",\"name\":\"report\"}]")));
    assertThat(platform.store(Store.TASKS).list(ListQuery.builder().where("kind", "report").build()))
        .singleElement().satisfies(t -> assertThat(t.getAdditionalProperty("kind")).isEqualTo("report"));
    assertThat(platform.store(Store.TASK_KINDS).list()).extracting(Entity::getName).containsExactly("report");
  }

  @Test
  void reportsAndTheirBuildsAreGenericStores() {
    wm.stubFor(get(urlEqualTo("/api/v1/reports/" + ID)).willReturn(okJson("{\"_id\":\"" + ID + "\",\"name\":\"Daily\",\"template\":\"t1\"}")));
    wm.stubFor(get(urlEqualTo("/api/v1/reports/builds?where.report=" + ID))
        .willReturn(okJson("[{\"_id\":\"" + MODEL + "\",\"report\":\"" + ID + "\",\"status\":\"done\"}]")));
    assertThat(platform.store(Store.REPORTS).get(ID).getAdditionalProperty("template")).isEqualTo("t1");
    assertThat(platform.store(Store.REPORT_BUILDS).list(ListQuery.builder().where("report", ID).build()))
        .singleElement().satisfies(b -> assertThat(b.getAdditionalProperty("status")).isEqualTo("done"));
  }

  @Test
  void theEventsStoreIsGenericToo() {
    wm.stubFor(get(urlEqualTo("/api/v1/events/" + ID)).willReturn(okJson("{\"_id\":\"" + ID + "\",\"event\":\"object-online\"}")));
    assertThat(platform.store(Store.EVENTS).get(ID).getAdditionalProperty("event")).isEqualTo("object-online");
  }

  @Test
  void anyStoreCanBeBoundToAnyClass() {
    wm.stubFor(get(urlEqualTo("/api/v1/automatons/" + ID)).willReturn(okJson("{\"_id\":\"" + ID + "\",\"name\":\"Watchdog\"}")));
    Store<StoreClientTest.MyDevice> custom = Store.of("automatons", Entity.class).as(StoreClientTest.MyDevice.class);
    assertThat(platform.store(custom).get(ID).name).isEqualTo("Watchdog");
    assertThat(custom.name()).isEqualTo("automatons");
    assertThat(Store.OBJECTS).hasToString("Store{objects as PlatformObject}");
    assertThatThrownBy(() -> Store.of("../auth", Entity.class)).hasMessageContaining("\"..\"");
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }
}
