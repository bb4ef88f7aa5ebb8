package dev.quartet.core.auth;

import dev.quartet.core.http.SdkInterceptor;
import dev.quartet.core.http.Unauthenticated;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Credentials;
import okhttp3.Request;
import okhttp3.Response;

/** HTTP Basic authentication with a fixed user and password (e.g. OnePageCRM's user id and API key). */
public final class BasicAuthInterceptor implements SdkInterceptor, FixedAuthorization {
  private final String header;

  /**
   * Sends HTTP Basic credentials on every authenticated request.
   *
   * @param username the user name
   * @param password the password
   */
  public BasicAuthInterceptor(String username, String password) {
    if (username == null || username.isBlank()) {
      throw new IllegalArgumentException("username must not be blank");
    }
    if (password == null || password.isBlank()) {
      throw new IllegalArgumentException("password must not be blank");
    }
    this.header = Credentials.basic(username, password, StandardCharsets.UTF_8);
  }

  @Override
  public String fixedHeader() {
    return header;
  }

  @Override
  public Response intercept(Step step) throws IOException {
    Request request = step.request();
    if (Unauthenticated.isMarked(request) || header.equals(request.header("Authorization"))) {
      return step.proceed(request); // set already by the invoker (see fixedHeader): nothing to copy
    }
    return step.proceed(request.newBuilder().header("Authorization", header).build());
  }

  @Override
  public String toString() {
    return "BasicAuthInterceptor{***}";
  }
}
