package dev.quartet.citypoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;

/** Shared checks for the {@code ...Async} forms. */
final class AsyncChecks {
  private AsyncChecks() {}

  /**
   * Starts {@code call} against a stub answering late, checks one HTTP call is running, cancels the
   * future and checks the HTTP call ends too (the dispatcher has no running call left).
   */
  static void cancellingCancelsTheHttpCall(OkHttpClient http, Supplier<CompletableFuture<?>> call) throws InterruptedException {
    CompletableFuture<?> future = call.get();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
    while (http.dispatcher().runningCallsCount() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(http.dispatcher().runningCallsCount()).isEqualTo(1);
    future.cancel(true);
    assertThat(future).isCancelled();
    deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
    while (http.dispatcher().runningCallsCount() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(http.dispatcher().runningCallsCount()).isZero();
  }
}
