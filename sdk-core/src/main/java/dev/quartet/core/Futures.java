package dev.quartet.core;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Derived futures that keep the SDK's promise: cancelling what the caller holds cancels the HTTP
 * call underneath. {@link CompletableFuture#thenApply} alone would cancel only the derived stage.
 */
public final class Futures {
  private Futures() {}

  /**
   * {@return a future of {@code fn} applied to {@code source}'s value; cancelling it cancels {@code source}}
   *
   * @param <A> the source value's type
   * @param <B> the result's type
   * @param source the future to derive from
   * @param fn turns the value; an exception it throws fails the result
   */
  public static <A, B> CompletableFuture<B> map(CompletableFuture<A> source, Function<? super A, ? extends B> fn) {
    CompletableFuture<B> result = cancelling(source);
    source.whenComplete((value, error) -> {
      if (error != null) {
        result.completeExceptionally(unwrap(error));
        return;
      }
      try {
        result.complete(fn.apply(value));
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    });
    return result;
  }

  /**
   * {@return an incomplete future whose cancellation also cancels {@code upstream}}
   *
   * @param <T> the value's type
   * @param upstream the future to cancel with it
   */
  public static <T> CompletableFuture<T> cancelling(CompletableFuture<?> upstream) {
    return new CompletableFuture<>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        upstream.cancel(mayInterruptIfRunning);
        return cancelled;
      }
    };
  }

  /**
   * {@return the failure itself rather than the {@link CompletionException} around it}
   *
   * @param error what a stage failed with
   */
  public static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
  }
}
