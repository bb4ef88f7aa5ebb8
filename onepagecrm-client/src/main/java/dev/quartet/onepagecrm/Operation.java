package dev.quartet.onepagecrm;

import dev.quartet.core.ApiResponse;
import dev.quartet.core.Futures;
import dev.quartet.core.RequestOptions;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One generated operation bound in its blocking ({@code ...WithResponse}) and non-blocking
 * ({@code ...Async}) forms, with how to read the facade's result out of the answer. The facades call
 * these three ways and never repeat the plumbing.
 *
 * @param <A> what the facade call passes (an id, a body, a {@link Change})
 * @param <T> what the facade call returns
 */
final class Operation<A, T> {
  private final BiFunction<A, RequestOptions, ApiResponse<T>> withResponse;
  private final BiFunction<A, RequestOptions, CompletableFuture<T>> async;

  private Operation(BiFunction<A, RequestOptions, ApiResponse<T>> withResponse,
      BiFunction<A, RequestOptions, CompletableFuture<T>> async) {
    this.withResponse = withResponse;
    this.async = async;
  }

  /**
   * Binds a generated operation.
   *
   * @param withResponse the generated {@code ...WithResponse(args, options)}
   * @param async the generated {@code ...Async(args, options)}
   * @param read takes the result out of a non-null answer (e.g. the entity out of its envelope)
   */
  static <A, R, T> Operation<A, T> of(BiFunction<A, RequestOptions, ApiResponse<R>> withResponse,
      BiFunction<A, RequestOptions, CompletableFuture<R>> async, Function<? super R, ? extends T> read) {
    return new Operation<A, T>((arg, options) -> withResponse.apply(arg, options).map(read),
        (arg, options) -> Futures.map(async.apply(arg, options), answer -> answer == null ? null : read.apply(answer)));
  }

  /**
   * Binds a generated operation whose answer the facade hands back as it is (a list page).
   *
   * @param withResponse the generated {@code ...WithResponse(args, options)}
   * @param async the generated {@code ...Async(args, options)}
   */
  static <A, R> Operation<A, R> of(BiFunction<A, RequestOptions, ApiResponse<R>> withResponse,
      BiFunction<A, RequestOptions, CompletableFuture<R>> async) {
    return new Operation<A, R>(withResponse, async);
  }

  /**
   * Binds a generated operation that takes a parameter object, built once per call from the facade's argument.
   *
   * @param prepare builds the generated parameter object
   * @param withResponse the generated {@code ...WithResponse(params, options)}
   * @param async the generated {@code ...Async(params, options)}
   */
  static <A, P, R> Operation<A, R> prepared(Function<A, P> prepare,
      BiFunction<P, RequestOptions, ApiResponse<R>> withResponse,
      BiFunction<P, RequestOptions, CompletableFuture<R>> async) {
    return new Operation<A, R>((arg, options) -> withResponse.apply(prepare.apply(arg), options),
        (arg, options) -> async.apply(prepare.apply(arg), options));
  }

  /** Binds an operation whose answer the facade does not hand back (a delete). */
  static <A, R> Operation<A, Void> ignoringBody(BiFunction<A, RequestOptions, ApiResponse<R>> withResponse,
      BiFunction<A, RequestOptions, CompletableFuture<R>> async) {
    return of(withResponse, async, answer -> null);
  }

  /**
   * {@return this operation taking {@code B} instead, turned into its argument on every call}
   *
   * @param prepare builds this operation's argument
   */
  <B> Operation<B, T> from(Function<? super B, ? extends A> prepare) {
    return new Operation<B, T>((arg, options) -> withResponse.apply(prepare.apply(arg), options),
        (arg, options) -> async.apply(prepare.apply(arg), options));
  }

  T call(A arg, RequestOptions options) {
    return withResponse(arg, options).body();
  }

  ApiResponse<T> withResponse(A arg, RequestOptions options) {
    return withResponse.apply(arg, Objects.requireNonNull(options, "options"));
  }

  CompletableFuture<T> async(A arg, RequestOptions options) {
    return async.apply(arg, Objects.requireNonNull(options, "options"));
  }
}
