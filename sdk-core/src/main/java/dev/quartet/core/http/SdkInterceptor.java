package dev.quartet.core.http;

import java.io.IOException;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * An interceptor of the SDK's own pipeline. Installed on its own it is an ordinary OkHttp
 * interceptor; {@link Pipeline} runs a row of them inside one OkHttp interceptor, which is why they
 * see a {@link Step} rather than OkHttp's chain: every OkHttp hop copies OkHttp's chain (two dozen
 * fields, about 130 bytes a call), a step costs one small object.
 */
public interface SdkInterceptor extends Interceptor {
  /**
   * Handles one request: passes it on (perhaps changed, perhaps several times) and returns the answer.
   *
   * @param step the request and the rest of the pipeline
   * @return the answer
   * @throws IOException when the exchange fails
   */
  Response intercept(Step step) throws IOException;

  @Override
  default Response intercept(Interceptor.Chain chain) throws IOException {
    return intercept(new ChainStep(chain));
  }

  /** What an {@link SdkInterceptor} sees: the request, the rest of the pipeline, and the call. */
  interface Step {
    /** {@return the request as it reached this interceptor} */
    Request request();

    /**
     * Sends {@code request} through the rest of the pipeline; may be called again to retry.
     *
     * @param request the request to send on
     * @return the answer
     * @throws IOException when the exchange fails
     */
    Response proceed(Request request) throws IOException;

    /** {@return the OkHttp call this request belongs to} */
    Call call();
  }

  /** A step over OkHttp's own chain, for an SdkInterceptor installed on its own. */
  record ChainStep(Interceptor.Chain chain) implements Step {
    @Override
    public Request request() {
      return chain.request();
    }

    @Override
    public Response proceed(Request request) throws IOException {
      return chain.proceed(request);
    }

    @Override
    public Call call() {
      return chain.call();
    }
  }
}
