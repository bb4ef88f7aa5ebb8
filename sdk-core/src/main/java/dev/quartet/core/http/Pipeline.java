package dev.quartet.core.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A row of {@link SdkInterceptor}s run as one OkHttp interceptor, in order, each passing the request
 * on to the next and the last to OkHttp's chain. Behaves as the same interceptors installed one by
 * one; costs one OkHttp hop instead of one per interceptor.
 */
public final class Pipeline implements Interceptor {
  private final SdkInterceptor[] stages;

  private Pipeline(List<SdkInterceptor> stages) {
    this.stages = stages.toArray(new SdkInterceptor[0]);
  }

  /**
   * {@return {@code interceptors} with each run of consecutive {@link SdkInterceptor}s folded into one
   * pipeline; every other interceptor keeps its place}
   *
   * @param interceptors the interceptors in the order they run
   */
  public static List<Interceptor> fold(List<? extends Interceptor> interceptors) {
    List<Interceptor> folded = new ArrayList<>();
    List<SdkInterceptor> run = new ArrayList<>();
    for (Interceptor i : interceptors) {
      if (i instanceof SdkInterceptor stage) {
        run.add(stage);
        continue;
      }
      flush(run, folded);
      folded.add(i);
    }
    flush(run, folded);
    return folded;
  }

  private static void flush(List<SdkInterceptor> run, List<Interceptor> into) {
    if (run.size() == 1) {
      into.add(run.get(0));
    } else if (!run.isEmpty()) {
      into.add(new Pipeline(run));
    }
    run.clear();
  }

  /** {@return the interceptors this pipeline runs, in order} */
  public List<SdkInterceptor> stages() {
    return List.of(stages);
  }

  @Override
  public Response intercept(Interceptor.Chain chain) throws IOException {
    return stages[0].intercept(new Hop(chain, 1, chain.request()));
  }

  /** The rest of the pipeline from stage {@code next} on, for one request. */
  private final class Hop implements SdkInterceptor.Step {
    private final Interceptor.Chain outer;
    private final int next;
    private final Request request;

    Hop(Interceptor.Chain outer, int next, Request request) {
      this.outer = outer;
      this.next = next;
      this.request = request;
    }

    @Override
    public Request request() {
      return request;
    }

    @Override
    public Response proceed(Request request) throws IOException {
      if (next == stages.length) {
        return outer.proceed(request);
      }
      return stages[next].intercept(new Hop(outer, next + 1, request));
    }

    @Override
    public okhttp3.Call call() {
      return outer.call();
    }
  }
}
