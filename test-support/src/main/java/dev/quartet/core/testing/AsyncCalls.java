package dev.quartet.core.testing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;

/**
 * Checks that cancelling an SDK future cancels the HTTP call under it: start the call on a client
 * built from {@code http} against a server that answers late, see it running, cancel the future, and
 * see OkHttp's dispatcher run nothing any more. The server records such a request when its delayed
 * answer is due: give it a delay of about a second and wait for it to show up.
 */
public final class AsyncCalls {
  private static final long WAIT_NANOS = TimeUnit.SECONDS.toNanos(3);

  private AsyncCalls() {}

  /**
   * Starts {@code call}, waits until OkHttp runs it, cancels the future and waits until the call ends.
   *
   * @param http the OkHttp client the SDK client was built from ({@code builder.httpClient(http)})
   * @param call starts the asynchronous SDK call, against a server answering after a long delay
   * @return the cancelled future
   * @throws AssertionError if the call never started, the future is not cancelled, or the HTTP call
   *     is still running 3 seconds after the cancellation
   */
  public static CompletableFuture<?> cancelAndAwaitNoCall(OkHttpClient http, Supplier<? extends CompletableFuture<?>> call) {
    CompletableFuture<?> future = call.get();
    await(http, true, "the call to start");
    pause(); // let the request reach the server before cancelling
    if (future.isDone()) {
      throw new AssertionError("the future completed before it was cancelled: " + future);
    }
    future.cancel(true);
    if (!future.isCancelled()) {
      throw new AssertionError("the future is not cancelled: " + future);
    }
    await(http, false, "the HTTP call to end after the cancellation");
    return future;
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private static void await(OkHttpClient http, boolean running, String what) {
    long deadline = System.nanoTime() + WAIT_NANOS;
    while ((http.dispatcher().runningCallsCount() > 0) != running) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waited 3 s for " + what + "; running calls: " + http.dispatcher().runningCallsCount());
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what, e);
      }
    }
  }
}
