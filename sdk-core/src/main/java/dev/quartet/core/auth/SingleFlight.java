package dev.quartet.core.auth;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Runs one piece of work at a time for many callers: whoever arrives while it runs waits for that run
 * and gets its outcome, a failure included, instead of starting another. So a burst of callers on a
 * failing token endpoint costs one fetch (with its own retries), not one per caller.
 */
final class SingleFlight<T> {
  private final Object lock = new Object();
  private CompletableFuture<T> running;

  /** Runs {@code work}, or joins the run in progress; rethrows its RuntimeException as is. */
  T run(Supplier<T> work) {
    CompletableFuture<T> flight;
    boolean leader = false;
    synchronized (lock) {
      if (running == null) {
        running = new CompletableFuture<>();
        leader = true;
      }
      flight = running;
    }
    if (leader) {
      T result = null;
      Throwable failure = null;
      try {
        result = work.get();
      } catch (RuntimeException | Error e) {
        failure = e;
      }
      // Close the flight before announcing its outcome: a caller woken by it who needs another run
      // (say, the fetched token was rejected at once) must start a new one, not rejoin this one.
      synchronized (lock) {
        running = null;
      }
      if (failure == null) {
        flight.complete(result);
      } else {
        flight.completeExceptionally(failure);
      }
    }
    try {
      return flight.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }
}
