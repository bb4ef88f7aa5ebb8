package dev.quartet.onepagecrm;

import dev.quartet.core.Futures;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Chains requests without blocking while keeping the SDK's promise: cancelling the future the caller
 * holds cancels whichever request is in flight. {@link CompletableFuture#thenCompose} would cancel only
 * the derived stage.
 */
final class Stages {
  private Stages() {}

  /**
   * {@return the future of {@code next} applied to {@code first}'s value}
   *
   * @param first the first stage
   * @param next starts the second stage from the first's value
   */
  static <A, B> CompletableFuture<B> then(CompletableFuture<A> first, Function<? super A, CompletableFuture<B>> next) {
    AtomicReference<CompletableFuture<?>> inFlight = new AtomicReference<>(first);
    CompletableFuture<B> result = new CompletableFuture<>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        inFlight.get().cancel(mayInterruptIfRunning);
        return cancelled;
      }
    };
    first.whenComplete((value, error) -> {
      if (error != null) {
        result.completeExceptionally(Futures.unwrap(error));
        return;
      }
      if (result.isDone()) {
        return;
      }
      CompletableFuture<B> second;
      try {
        second = next.apply(value);
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
        return;
      }
      inFlight.set(second);
      if (result.isDone()) {
        second.cancel(false);
        return;
      }
      second.whenComplete((b, failure) -> {
        if (failure != null) {
          result.completeExceptionally(Futures.unwrap(failure));
        } else {
          result.complete(b);
        }
      });
    });
    return result;
  }
}
