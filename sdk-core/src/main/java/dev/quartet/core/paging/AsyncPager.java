package dev.quartet.core.paging;

import dev.quartet.core.Checks;
import dev.quartet.core.Futures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A non-blocking walk over a listing: each page is requested when the previous one has been handed
 * to the caller, and no thread waits in between. Nothing is requested before a walk starts; each walk
 * starts again from the first page. {@link #limit(long)} stops after that many items, like
 * {@link Pager#limit(long)}; {@link #forEachWhile} stops when the caller says so; cancelling the
 * future a walk returns stops it and cancels the request in flight.
 *
 * @param <T> the item type
 */
public final class AsyncPager<T> {
  private final Supplier<CompletableFuture<AsyncPage<T>>> first;
  private final long limit;

  private AsyncPager(Supplier<CompletableFuture<AsyncPage<T>>> first, long limit) {
    this.first = Checks.required("first", first);
    this.limit = limit;
  }

  /**
   * {@return a walk whose first page comes from {@code first}; nothing is requested yet}
   *
   * @param <T> the item type
   * @param first requests the first page
   */
  public static <T> AsyncPager<T> of(Supplier<CompletableFuture<AsyncPage<T>>> first) {
    return new AsyncPager<>(first, Long.MAX_VALUE);
  }

  /**
   * {@return at most {@code maxItems} items; pages past them are not requested}
   *
   * @param maxItems the max items, 0 or more
   */
  public AsyncPager<T> limit(long maxItems) {
    if (maxItems < 0) {
      throw new IllegalArgumentException("maxItems must be >= 0, was " + maxItems);
    }
    return new AsyncPager<>(first, maxItems);
  }

  /** {@return the first page, requested now} */
  public CompletableFuture<AsyncPage<T>> firstPage() {
    return first.get();
  }

  /**
   * Hands every item to {@code action}, page after page.
   *
   * @param action called once per item, on the thread that completed the page
   * @return completes when the walk ends: normally, with the first failure, or cancelled by the caller
   */
  public CompletableFuture<Void> forEach(Consumer<? super T> action) {
    Checks.required("action", action);
    return forEachWhile(item -> {
      action.accept(item);
      return true;
    });
  }

  /**
   * Hands items to {@code action} until it returns false, the limit is reached or the listing ends.
   *
   * @param action called once per item; false stops the walk, no further page is requested
   * @return completes when the walk ends: normally, with the first failure, or cancelled by the caller
   */
  public CompletableFuture<Void> forEachWhile(Predicate<? super T> action) {
    Checks.required("action", action);
    Walk walk = new Walk(action);
    if (limit == 0) {
      walk.result.complete(null);
    } else {
      walk.follow(first.get());
    }
    return walk.result;
  }

  /** {@return every item up to the limit, in order, once the walk has ended} */
  public CompletableFuture<List<T>> toList() {
    List<T> items = new ArrayList<>();
    return Futures.map(forEach(items::add), done -> items);
  }

  /** One run through the pages; holds the request in flight so cancelling can reach it. */
  private final class Walk {
    private final Predicate<? super T> action;
    private volatile CompletableFuture<AsyncPage<T>> inFlight;
    private long seen;
    private final CompletableFuture<Void> result = new CompletableFuture<>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        CompletableFuture<AsyncPage<T>> pending = inFlight;
        if (pending != null) {
          pending.cancel(mayInterruptIfRunning);
        }
        return cancelled;
      }
    };

    Walk(Predicate<? super T> action) {
      this.action = action;
    }

    void follow(CompletableFuture<AsyncPage<T>> pending) {
      inFlight = pending;
      if (result.isDone()) {
        pending.cancel(false);
        return;
      }
      pending.whenComplete((page, error) -> {
        if (error != null) {
          result.completeExceptionally(Futures.unwrap(error));
        } else if (!result.isDone()) {
          take(page);
        }
      });
    }

    private void take(AsyncPage<T> page) {
      for (T item : page.items()) {
        seen++;
        boolean more;
        try {
          more = action.test(item);
        } catch (RuntimeException e) {
          result.completeExceptionally(e);
          return;
        }
        if (!more || seen >= limit || result.isDone()) {
          result.complete(null);
          return;
        }
      }
      if (!page.hasNext()) {
        result.complete(null);
        return;
      }
      CompletableFuture<AsyncPage<T>> next;
      try {
        next = page.next();
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
        return;
      }
      follow(next);
    }
  }
}
