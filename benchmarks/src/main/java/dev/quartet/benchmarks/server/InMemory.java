package dev.quartet.benchmarks.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * OkHttp answered by an application interceptor from {@link Routes}: no socket, no server thread, so
 * what is left is the client's own cost. Placed as the caller's interceptor, it runs after every SDK
 * interceptor (the SDK adds the caller's interceptors last), so the whole SDK pipeline is exercised.
 */
public final class InMemory implements Interceptor {
  private final Routes routes;

  private InMemory(Routes routes) {
    this.routes = routes;
  }

  /** {@return a fresh OkHttp client answered from {@code routes}} */
  public static OkHttpClient client(Routes routes) {
    return new OkHttpClient.Builder().addInterceptor(new InMemory(routes)).build();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Routes.Answer answer = routes.answer(request.url().encodedPath(), request.url().encodedQuery());
    byte[] bytes = answer.bytes();
    if (bytes == null) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        answer.writer().write(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      bytes = out.toByteArray();
    }
    return new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(answer.status())
        .message(answer.status() == 200 ? "OK" : "Error")
        .header("Content-Type", answer.contentType())
        .header("Content-Length", Integer.toString(bytes.length))
        .body(ResponseBody.create(bytes, MediaType.get(answer.contentType())))
        .build();
  }
}
