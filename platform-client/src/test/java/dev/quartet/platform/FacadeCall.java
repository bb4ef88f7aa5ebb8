package dev.quartet.platform;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import dev.quartet.core.ApiResponse;
import dev.quartet.core.RequestOptions;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * One handwritten facade call in its three forms, with the request it makes and an answer for it:
 * the rows of {@link ThreeFormsTest}.
 *
 * @param <R> what the call returns
 */
record FacadeCall<R>(String name, Supplier<MappingBuilder> request, String answer,
    Form<R> plain, Form<ApiResponse<R>> withResponse, Form<CompletableFuture<R>> async) {

  /** One form of the call, made on a client with per-call options. */
  interface Form<X> {
    X call(PlatformClient platform, RequestOptions options);
  }

  static <R> FacadeCall<R> of(String name, Supplier<MappingBuilder> request, String answer,
      Form<R> plain, Form<ApiResponse<R>> withResponse, Form<CompletableFuture<R>> async) {
    return new FacadeCall<>(name, request, answer, plain, withResponse, async);
  }

  @Override
  public String toString() {
    return name;
  }
}
