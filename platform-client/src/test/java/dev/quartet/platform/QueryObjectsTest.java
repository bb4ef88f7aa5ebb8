package dev.quartet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The platform's parameter objects: immutable values with toBuilder, equals, hashCode and toString. */
class QueryObjectsTest {
  private static final Instant A = Instant.ofEpochMilli(1_000);
  private static final Instant B = Instant.ofEpochMilli(2_000);

  @Test
  void listQueryRoundTripsThroughItsBuilderAndExposesEveryValue() {
    ListQuery q = ListQuery.builder().offset(5).limit(10).only("name", "state").from(A).to(B.toEpochMilli())
        .begin(A).end(B).search("boiler").sortBy("name").where("model", "m1").build();
    assertThat(q.toBuilder().build()).isEqualTo(q).hasSameHashCodeAs(q);
    assertThat(q.toBuilder().limit(11).build()).isNotEqualTo(q);
    assertThat(q.only()).containsExactly("name", "state");
    assertThat(q.from()).isEqualTo(A);
    assertThat(q.to()).isEqualTo(B);
    assertThat(q.begin()).isEqualTo(A);
    assertThat(q.end()).isEqualTo(B);
    assertThat(q.search()).isEqualTo("boiler");
    assertThat(q.sortBy()).isEqualTo("name");
    assertThat(q.toString()).contains("from=1000", "to=2000", "search=boiler", "where.model=m1");
    assertThatThrownBy(() -> q.only().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void eventQueryRoundTripsThroughItsBuilder() {
    EventQuery q = EventQuery.builder().from(A).to(B).include("object-online").exclude("object-command-req")
        .offset(3).limit(4).build();
    assertThat(q.toBuilder().build()).isEqualTo(q).hasSameHashCodeAs(q);
    assertThat(q.toBuilder().include("object-offline").build().include()).containsExactly("object-online", "object-offline");
    assertThat(q.toString()).isEqualTo("EventQuery{from=" + A + ", to=" + B
        + ", include=[object-online], exclude=[object-command-req], offset=3, limit=4}");
    assertThat(q.toParams().events()).extracting(Object::toString).containsExactly("object-online");
    assertThat(q.toParams().from()).isEqualTo(A);
  }

  @Test
  void historyQueryIsAValueCheckedWhenBuilt() {
    HistoryQuery q = HistoryQuery.builder().from(A).to(B).offset(1).limit(2).build();
    assertThat(q.toBuilder().build()).isEqualTo(q).hasSameHashCodeAs(q);
    assertThat(q.toBuilder().limit(3).build()).isNotEqualTo(q);
    assertThat(q).hasToString("HistoryQuery{from=" + A + ", to=" + B + ", offset=1, limit=2}");
    assertThat(HistoryQuery.all()).isEqualTo(HistoryQuery.builder().build());
    assertThat(List.of(q.packets().from(), q.packets().to(), q.events().from())).containsExactly(A, B, A);
    assertThatThrownBy(() -> HistoryQuery.builder().from(B).to(A).build()).hasMessageStartingWith("from must not be after to");
    assertThatThrownBy(() -> HistoryQuery.builder().limit(0)).hasMessageContaining("limit");
    assertThatThrownBy(() -> HistoryQuery.builder().offset(-1)).hasMessageContaining("offset");
  }
}
