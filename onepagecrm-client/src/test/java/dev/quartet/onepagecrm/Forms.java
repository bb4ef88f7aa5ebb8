package dev.quartet.onepagecrm;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.quartet.core.RequestOptions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;

/** Checks every facade's three forms share: cancellation that reaches the HTTP call, options that reach the server. */
final class Forms {
  /** Options whose header the server must see. */
  static final RequestOptions TRACE = RequestOptions.builder().header("X-Trace", "t-1").build();

  private Forms() {}

  /**
   * Starts {@code call} (its stub answers slowly), cancels it while its HTTP call runs on {@code http}'s
   * dispatcher, and checks the future is cancelled and the HTTP call is gone. (WireMock journals a request
   * only once it has answered, so the running call is what shows the request was in flight.)
   */
  static void cancelReachesTheCall(WireMockExtension wm, OkHttpClient http, Supplier<CompletableFuture<?>> call)
      throws InterruptedException {
    CompletableFuture<?> future = call.get();
    await(() -> http.dispatcher().runningCallsCount() == 1);
    future.cancel(true);
    assertThat(future).isCancelled();
    await(() -> http.dispatcher().runningCallsCount() == 0);
    assertThat(http.dispatcher().runningCallsCount()).isZero();
  }

  static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(condition.getAsBoolean()).as("condition within 5 s").isTrue();
  }
}
