package dev.quartet.platform;

import dev.quartet.core.ApiResponse;
import java.util.List;
import java.util.function.Function;

/** What every facade does to an answer: a missing list body reads as an empty list. */
final class Answers {
  private Answers() {}

  /** {@code fn} applied to the body, a null body included (unlike {@link ApiResponse#map}). */
  static <A, B> ApiResponse<B> map(ApiResponse<A> response, Function<? super A, ? extends B> fn) {
    return new ApiResponse<>(response.status(), response.headers(), fn.apply(response.body()));
  }

  /** The answer's items, or an empty list when the body was empty. */
  static <T> List<T> orEmpty(List<T> items) {
    return items == null ? List.of() : items;
  }

  /** {@link #map} with {@link #orEmpty}. */
  static <T> ApiResponse<List<T>> orEmpty(ApiResponse<List<T>> response) {
    return response.body() != null ? response : map(response, Answers::orEmpty);
  }
}
