package dev.quartet.citypoint;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.quartet.core.ApiInvoker;
import dev.quartet.core.ApiRequest;
import dev.quartet.core.ApiResponse;
import dev.quartet.core.Futures;
import dev.quartet.core.RequestOptions;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Sends one prepared request (a generated {@code ...Request(...)}) in the three forms every facade
 * call offers and reads the answer with one function, so the blocking, {@code WithResponse} and
 * {@code Async} forms cannot drift apart. The async form uses the invoker's non-blocking call:
 * cancelling the returned future cancels the HTTP call.
 *
 * @param <D> the decoded document
 * @param <R> what the facade returns
 */
final class Exchange<D, R> {
  private final ApiInvoker invoker;
  private final TypeReference<D> type;
  private final Function<ApiResponse<D>, R> read;

  Exchange(ApiInvoker invoker, TypeReference<D> type, Function<ApiResponse<D>, R> read) {
    this.invoker = invoker;
    this.type = type;
    this.read = read;
  }

  /** Reads the document's single resource as an {@code Optional}: empty when the body or its {@code data} is absent. */
  static <D, X, T> Exchange<D, java.util.Optional<T>> data(ApiInvoker invoker, TypeReference<D> type, Function<D, X> data,
      Function<X, T> wrap) {
    return new Exchange<>(invoker, type,
        answer -> java.util.Optional.ofNullable(Resources.data(answer.body(), data)).map(wrap));
  }

  R send(ApiRequest request, RequestOptions options) {
    return read.apply(invoker.withOptions(options).execute(request, type));
  }

  ApiResponse<R> sendWithResponse(ApiRequest request, RequestOptions options) {
    ApiResponse<D> answer = invoker.withOptions(options).execute(request, type);
    return new ApiResponse<>(answer.status(), answer.headers(), read.apply(answer));
  }

  CompletableFuture<R> sendAsync(ApiRequest request, RequestOptions options) {
    return Futures.map(invoker.withOptions(options).executeAsync(request, type), read);
  }

  /** {@return the raw answer without blocking, for callers that read status and headers themselves} */
  CompletableFuture<ApiResponse<D>> answerAsync(ApiRequest request, RequestOptions options) {
    return invoker.withOptions(options).executeAsync(request, type);
  }

  ApiResponse<D> answer(ApiRequest request, RequestOptions options) {
    return invoker.withOptions(options).execute(request, type);
  }
}
