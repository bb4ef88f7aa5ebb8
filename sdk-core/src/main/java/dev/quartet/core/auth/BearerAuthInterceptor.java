package dev.quartet.core.auth;

import dev.quartet.core.http.SdkInterceptor;
import dev.quartet.core.http.Unauthenticated;
import java.io.IOException;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends {@code Authorization: Bearer <token>} from a {@link TokenProvider}. On a 401 it asks the
 * provider for a replacement once and replays the request once; a second 401 goes to the caller.
 */
public final class BearerAuthInterceptor implements SdkInterceptor, FixedAuthorization {
  private final TokenProvider tokens;

  /**
   * Sends the provider's token as a bearer token.
   *
   * @param tokens supplies and refreshes the token
   */
  public BearerAuthInterceptor(TokenProvider tokens) {
    this.tokens = tokens;
  }

  /**
   * Transport internals: the {@code Authorization} value when the token never changes (a fixed
   * token), so the invoker can set it while it builds the request and this interceptor has no
   * request to copy; null for tokens that are fetched and refreshed.
   *
   * @return the header value, or null
   */
  @Override
  public String fixedHeader() {
    return tokens instanceof FixedTokenProvider ? tokens.token().bearerHeader() : null;
  }

  @Override
  public Response intercept(Step step) throws IOException {
    Request request = step.request();
    if (Unauthenticated.isMarked(request)) {
      return step.proceed(request);
    }
    AccessToken sent = tokens.token();
    Response response = step.proceed(authorize(request, sent));
    if (response.code() != 401) {
      return response;
    }
    AccessToken replacement = tokens.refresh(sent);
    if (replacement.value().equals(sent.value())) {
      return response;
    }
    response.close();
    return step.proceed(authorize(request, replacement));
  }

  private static Request authorize(Request request, AccessToken token) {
    String header = token.bearerHeader();
    if (header.equals(request.header("Authorization"))) {
      return request; // set already (see fixedHeader): nothing to copy
    }
    return request.newBuilder().header("Authorization", header).build();
  }
}
