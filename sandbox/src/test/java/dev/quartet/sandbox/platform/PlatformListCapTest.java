package dev.quartet.sandbox.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quartet.core.RequestOptions;
import dev.quartet.platform.ListQuery;
import dev.quartet.platform.PlatformClient;
import dev.quartet.platform.StoreClient;
import dev.quartet.platform.model.Entity;
import dev.quartet.platform.params.ListEntitiesParams;
import dev.quartet.sandbox.Sandbox;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The platform's cap of 10,000 entities per list answer, seen through the client on the sandbox's
 * readings table of {@value PlatformSandbox#READINGS_ROWS} rows: a list stops at the cap, a larger
 * {@code limit} too, and {@code offset} pages past it.
 */
class PlatformListCapTest {
  private static Sandbox sandbox;
  private static PlatformClient platform;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
    platform = PlatformClients.bearer(sandbox.platform(), sandbox.platform().apiToken());
  }

  @AfterAll
  static void stop() {
    platform.close();
    sandbox.close();
  }

  private static StoreClient<Entity> readings() {
    return platform.store(sandbox.platform().readingsStore());
  }

  @Test
  void oneAnswerHoldsAtMostTheCap() {
    List<Entity> first = readings().list();
    assertThat(first).hasSize(PlatformSandbox.LIST_CAP);
    assertThat(first.get(0).getName()).isEqualTo("reading 1");
    assertThat(first.get(first.size() - 1).getName()).isEqualTo("reading 10000");
    assertThat(readings().meta().total()).hasValue(PlatformSandbox.READINGS_ROWS);
  }

  @Test
  void aLimitOverTheCapIsAnsweredWithTheCap() {
    // ListQuery refuses limit > 10000 itself, so the larger limit goes as an extra query parameter
    List<Entity> answer = platform.stores().listEntities(sandbox.platform().readingsStore(), ListEntitiesParams.none(),
        RequestOptions.builder().query("limit", "20000").build());
    assertThat(answer).hasSize(PlatformSandbox.LIST_CAP);
  }

  @Test
  void offsetPagesPastTheCap() {
    List<Entity> page = readings().list(ListQuery.builder().offset(10_000).limit(100).build());
    assertThat(page).hasSize(100);
    assertThat(page.get(0).getName()).isEqualTo("reading 10001");
    assertThat(readings().list(ListQuery.builder().offset(10_000).build())).hasSize(PlatformSandbox.READINGS_ROWS - 10_000);
  }

  @Test
  void listAllWalksPastTheCap() {
    assertThat(readings().listAll().stream().count()).isEqualTo(PlatformSandbox.READINGS_ROWS);
    assertThat(sandbox.unmatchedRequests()).isEmpty();
  }
}
