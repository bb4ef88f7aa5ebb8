package dev.quartet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoizedTest {
  @Test
  void makesNothingUntilAskedThenTheSameValueOnce() {
    AtomicInteger made = new AtomicInteger();
    Memoized<Object> memo = Memoized.of(() -> {
      made.incrementAndGet();
      return new Object();
    });
    assertThat(made).hasValue(0);
    assertThat(memo).hasToString("Memoized{not made yet}");
    Object first = memo.get();
    assertThat(memo.get()).isSameAs(first);
    assertThat(made).hasValue(1);
  }

  @Test
  void threadsAskingAtOnceShareOneValue() throws Exception {
    AtomicInteger made = new AtomicInteger();
    Memoized<Object> memo = Memoized.of(() -> {
      made.incrementAndGet();
      return new Object();
    });
    CountDownLatch start = new CountDownLatch(1);
    List<Object> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Thread t = new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        seen.add(memo.get());
      });
      t.start();
      threads.add(t);
    }
    start.countDown();
    for (Thread t : threads) {
      t.join();
    }
    assertThat(made).hasValue(1);
    assertThat(seen).hasSize(8).allSatisfy(v -> assertThat(v).isSameAs(seen.get(0)));
  }

  @Test
  void aNullValueIsRefusedAndTriedAgainNextTime() {
    AtomicInteger calls = new AtomicInteger();
    Memoized<String> memo = Memoized.of(() -> calls.incrementAndGet() == 1 ? null : "made");
    assertThatThrownBy(memo::get).isInstanceOf(IllegalStateException.class).hasMessageContaining("answered null");
    assertThat(memo.get()).isEqualTo("made");
  }
}
