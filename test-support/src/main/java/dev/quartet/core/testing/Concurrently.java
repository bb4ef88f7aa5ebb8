package dev.quartet.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Starts {@code callers} threads at the same moment on one call and collects what each got. */
public final class Concurrently {
  private Concurrently() {}

  /**
   * Runs {@code call} on {@code callers} threads released together.
   *
   * @param <T> what the call returns
   * @param callers how many threads call at once
   * @param call the call each thread makes
   * @return every caller's result, in start order
   * @throws Exception the first caller's failure, if any
   */
  public static <T> List<T> run(int callers, Callable<T> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        futures.add(pool.submit(() -> {
          start.await();
          return call.call();
        }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(30, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
