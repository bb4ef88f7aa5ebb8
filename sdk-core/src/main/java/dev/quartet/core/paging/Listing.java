package dev.quartet.core.paging;

import dev.quartet.core.Checks;
import dev.quartet.core.Futures;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One listing described once and walked either way: {@link #pager()} blocks on each page,
 * {@link #async()} never blocks a thread between pages. Both start from the same first cursor, read
 * answers with the same function and so see the same items and limit.
 *
 * @param <C> the cursor type (offset, page number, link)
 * @param <R> the answer type of one page request
 * @param <T> the item type
 */
public final class Listing<C, R, T> {
  private final C first;
  private final Function<C, R> fetch;
  private final Function<C, CompletableFuture<R>> fetchAsync;
  private final BiFunction<C, R, Slice<C, T>> read;

  private Listing(C first, Function<C, R> fetch, Function<C, CompletableFuture<R>> fetchAsync,
      BiFunction<C, R, Slice<C, T>> read) {
    this.first = Checks.required("first", first);
    this.fetch = Checks.required("fetch", fetch);
    this.fetchAsync = Checks.required("fetchAsync", fetchAsync);
    this.read = Checks.required("read", read);
  }

  /**
   * {@return a listing; nothing is fetched until one of its walks starts}
   *
   * @param <C> the cursor type
   * @param <R> the answer type of one page request
   * @param <T> the item type
   * @param first the cursor of the first page
   * @param fetch requests the page at a cursor, blocking
   * @param fetchAsync requests the page at a cursor without blocking
   * @param read turns the cursor and its answer into items, total and the next cursor
   */
  public static <C, R, T> Listing<C, R, T> of(C first, Function<C, R> fetch,
      Function<C, CompletableFuture<R>> fetchAsync, BiFunction<C, R, Slice<C, T>> read) {
    return new Listing<>(first, fetch, fetchAsync, read);
  }

  /** {@return the blocking walk} */
  public Pager<T> pager() {
    return Pager.of(() -> page(first));
  }

  /** {@return the non-blocking walk} */
  public AsyncPager<T> async() {
    return AsyncPager.of(() -> pageAsync(first));
  }

  private Page<T> page(C cursor) {
    Slice<C, T> slice = read.apply(cursor, fetch.apply(cursor));
    C next = slice.next();
    return next == null ? Page.last(slice.items(), slice.total()) : Page.of(slice.items(), slice.total(), () -> page(next));
  }

  private CompletableFuture<AsyncPage<T>> pageAsync(C cursor) {
    return Futures.map(fetchAsync.apply(cursor), answer -> {
      Slice<C, T> slice = read.apply(cursor, answer);
      C next = slice.next();
      return new AsyncPage<>(slice.items(), slice.total(), next == null ? null : () -> pageAsync(next));
    });
  }
}
