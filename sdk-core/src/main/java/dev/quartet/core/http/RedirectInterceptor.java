package dev.quartet.core.http;

import dev.quartet.core.errors.RedirectRefusedException;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The SDK's redirect policy (OkHttp's own following is switched off: it runs below the SDK's
 * interceptors, so it cannot tell which headers are credentials, and it resends 307/308 bodies to
 * any host).
 *
 * <ul>
 *   <li>A token or login request ({@link CredentialExchange}) never follows a redirect.
 *   <li>Same origin (scheme, host and port): followed as HTTP says — 307/308 keep method and body,
 *       303 and a 301/302 after a POST become a GET without body — with every header kept.
 *   <li>Another origin: followed only for a GET or HEAD that stays a GET or HEAD. The hop carries no
 *       credentials and none of the caller's headers (only {@code Accept} and {@code User-Agent});
 *       anything that would carry a body or turn a POST into a GET there is refused.
 * </ul>
 * A refusal is a {@link RedirectRefusedException} naming the status and the target's origin.
 */
public final class RedirectInterceptor implements SdkInterceptor {
  /** As many hops as OkHttp and browsers allow. */
  public static final int MAX_HOPS = 20;

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
  private static final Set<String> CROSS_ORIGIN_HEADERS = Set.of("accept", "user-agent");

  @Override
  public Response intercept(Step step) throws IOException {
    Request original = step.request();
    Request request = original;
    for (int hop = 0; ; hop++) {
      Response response = step.proceed(request);
      String location = response.header("Location");
      if (!REDIRECTS.contains(response.code()) || location == null) {
        return response;
      }
      HttpUrl target = response.request().url().resolve(location);
      if (target == null) {
        return response; // not an http(s) URL: the caller sees the 3xx as it is
      }
      String refusal = refusal(original, request, response.code(), target, hop);
      if (refusal != null) {
        throw refuse(response, target, refusal);
      }
      response.close();
      request = next(original, request, response.code(), target);
    }
  }

  /** Why the hop to {@code target} is not taken, or null when it is. */
  private static String refusal(Request original, Request current, int status, HttpUrl target, int hop) {
    if (CredentialExchange.isMarked(original)) {
      return "requests that carry credentials never follow redirects";
    }
    if (hop + 1 > MAX_HOPS) {
      return "more than " + MAX_HOPS + " redirects";
    }
    if (sameOrigin(original.url(), target)) {
      return null;
    }
    String method = nextMethod(current.method(), status);
    if (!method.equals(current.method())) {
      return "it would turn " + current.method() + " into " + method + " on another host";
    }
    if (!method.equals("GET") && !method.equals("HEAD")) {
      return "a " + method + " is never sent on to another host";
    }
    return null;
  }

  private static Request next(Request original, Request current, int status, HttpUrl target) {
    String method = nextMethod(current.method(), status);
    boolean keepsBody = method.equals(current.method()) && (status == 307 || status == 308);
    if (!sameOrigin(original.url(), target)) {
      Request.Builder bare = current.newBuilder().url(target).headers(Headers.of())
          .method(method, null).tag(Unauthenticated.class, Unauthenticated.TAG);
      for (int i = 0; i < current.headers().size(); i++) {
        if (CROSS_ORIGIN_HEADERS.contains(current.headers().name(i).toLowerCase(Locale.ROOT))) {
          bare.addHeader(current.headers().name(i), current.headers().value(i));
        }
      }
      return bare.build();
    }
    Request.Builder b = current.newBuilder().url(target);
    if (keepsBody) {
      return b.build();
    }
    b.method(method, null).removeHeader("Content-Type").removeHeader("Content-Length").removeHeader("Transfer-Encoding");
    return b.build();
  }

  /** 303 always, and 301/302 after anything but GET or HEAD, become a GET; 307/308 never change. */
  private static String nextMethod(String method, int status) {
    if (method.equals("GET") || method.equals("HEAD") || status == 307 || status == 308) {
      return method;
    }
    return "GET";
  }

  static boolean sameOrigin(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme()) && a.host().equals(b.host()) && a.port() == b.port();
  }

  private static IOException refuse(Response response, HttpUrl target, String reason) {
    String body = CredentialExchange.isMarked(response.request()) ? "" : ResponseBodies.read(response.body());
    response.close();
    String origin = target.scheme() + "://" + target.host() + ":" + target.port();
    return new CarriedSdkException(new RedirectRefusedException(response.code(), OkHttpHeaders.of(response.headers()), body,
        new RedirectRefusedException.Refusal(origin, reason)));
  }
}
