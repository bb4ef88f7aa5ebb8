package dev.quartet.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One listing walked both ways: same items, same limit, early stop and cancellation reach the fetches. */
class ListingTest {
  /** Offset paging over 0..total-1, pageSize per request; records the offsets asked for. */
  private static final class Numbers {
    final int total;
    final int pageSize;
    final List<Integer> asked = new ArrayList<>();
    final List<CompletableFuture<List<Integer>>> pending = new ArrayList<>();
    boolean deferred;

    Numbers(int total, int pageSize) {
      this.total = total;
      this.pageSize = pageSize;
    }

    List<Integer> fetch(int offset) {
      asked.add(offset);
      return IntStream.range(offset, Math.min(total, offset + pageSize)).boxed().toList();
    }

    CompletableFuture<List<Integer>> fetchAsync(int offset) {
      if (!deferred) {
        return CompletableFuture.completedFuture(fetch(offset));
      }
      asked.add(offset);
      CompletableFuture<List<Integer>> future = new CompletableFuture<>();
      pending.add(future);
      return future;
    }

    Listing<Integer, List<Integer>, Integer> listing() {
      return Listing.of(0, this::fetch, this::fetchAsync,
          (offset, items) -> new Slice<>(items, (long) total, offset + items.size() < total ? offset + items.size() : null));
    }
  }

  @Test
  void bothWalksSeeTheSameItemsAndStopAtTheLastPage() throws Exception {
    Numbers sync = new Numbers(25, 10);
    Numbers async = new Numbers(25, 10);
    List<Integer> blocking = sync.listing().pager().stream().toList();
    List<Integer> nonBlocking = async.listing().async().toList().get(5, TimeUnit.SECONDS);
    assertThat(blocking).isEqualTo(nonBlocking).hasSize(25).startsWith(0).endsWith(24);
    assertThat(sync.asked).containsExactly(0, 10, 20);
    assertThat(async.asked).containsExactly(0, 10, 20);
  }

  @Test
  void theLimitStopsBothWalksWithoutFetchingFurther() throws Exception {
    Numbers sync = new Numbers(100, 10);
    Numbers async = new Numbers(100, 10);
    assertThat(sync.listing().pager().limit(15).stream().toList()).hasSize(15);
    assertThat(async.listing().async().limit(15).toList().get(5, TimeUnit.SECONDS)).hasSize(15).endsWith(14);
    assertThat(sync.asked).containsExactly(0, 10);
    assertThat(async.asked).containsExactly(0, 10);
    assertThat(async.listing().async().limit(0).toList().get(5, TimeUnit.SECONDS)).isEmpty();
  }

  @Test
  void forEachWhileStopsWhenTheCallerSaysSo() throws Exception {
    Numbers numbers = new Numbers(100, 10);
    List<Integer> seen = new ArrayList<>();
    numbers.listing().async().forEachWhile(n -> seen.add(n) && n < 12).get(5, TimeUnit.SECONDS);
    assertThat(seen).hasSize(13).endsWith(11, 12);  // 12 answered false: nothing after it
    assertThat(numbers.asked).containsExactly(0, 10);
  }

  @Test
  void pagesArriveWithoutABlockedThreadAndCancellingCancelsTheFetchInFlight() {
    Numbers numbers = new Numbers(100, 10);
    numbers.deferred = true;
    List<Integer> seen = new ArrayList<>();
    CompletableFuture<Void> walk = numbers.listing().async().forEach(seen::add);
    assertThat(walk).isNotDone();
    assertThat(numbers.asked).containsExactly(0);
    numbers.pending.get(0).complete(numbers.fetch(0));  // the "server" answers page 1 on this thread
    assertThat(seen).hasSize(10);
    assertThat(numbers.pending).hasSize(2);             // page 2 requested, not yet answered
    walk.cancel(true);
    assertThat(numbers.pending.get(1)).isCancelled();
    assertThat(walk).isCancelled();
  }

  @Test
  void aFailedPageFailsTheWalkWithTheFailureItself() {
    IllegalStateException boom = new IllegalStateException("page 2 failed");
    Listing<Integer, List<Integer>, Integer> listing = Listing.of(0, n -> List.of(n),
        n -> n == 0 ? CompletableFuture.completedFuture(List.of(0)) : CompletableFuture.failedFuture(boom),
        (n, items) -> new Slice<>(items, null, n + 1));
    assertThatThrownBy(() -> listing.async().toList().get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class).hasCause(boom);
  }
}
