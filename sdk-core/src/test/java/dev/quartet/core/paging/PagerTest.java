package dev.quartet.core.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PagerTest {
  private final AtomicInteger fetches = new AtomicInteger();

  private Page<Integer> page(int number, int pages) {
    fetches.incrementAndGet();
    List<Integer> items = List.of(number * 10, number * 10 + 1);
    return number < pages ? Page.of(items, (long) pages * 2, () -> page(number + 1, pages)) : Page.last(items, (long) pages * 2);
  }

  @Test
  void fetchesLazilyAndRestartsOnEachIteration() {
    Pager<Integer> pager = Pager.of(() -> page(1, 3));
    assertThat(fetches).hasValue(0);
    assertThat(pager).containsExactly(10, 11, 20, 21, 30, 31);
    assertThat(fetches).hasValue(3);
    assertThat(pager.stream().count()).isEqualTo(6);
    assertThat(fetches).hasValue(6);
  }

  @Test
  void limitStopsWithoutFetchingFurtherPages() {
    assertThat(Pager.of(() -> page(1, 100)).limit(3)).containsExactly(10, 11, 20);
    assertThat(fetches).hasValue(2);
  }

  @Test
  void pagesAreVisitedOneAtATime() {
    int count = 0;
    for (Page<Integer> p : Pager.of(() -> page(1, 4)).pages()) {
      count++;
      assertThat(p.total()).hasValue(8);
    }
    assertThat(count).isEqualTo(4);
  }
}
