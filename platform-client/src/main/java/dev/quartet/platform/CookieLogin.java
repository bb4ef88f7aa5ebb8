package dev.quartet.platform;

import dev.quartet.core.ApiInvoker;
import dev.quartet.core.ApiResponse;
import dev.quartet.core.auth.CookieSessionInterceptor;
import dev.quartet.core.errors.SdkException;
import dev.quartet.platform.api.AuthApi;
import dev.quartet.platform.model.Credentials;
import dev.quartet.platform.model.LoginAnswer;

/** Opens a cookie session; the server's {@code Set-Cookie: sid=...} lands in the client's jar. */
final class CookieLogin implements CookieSessionInterceptor.Login {
  static final String COOKIE = "sid";

  private final AuthApi auth;
  private final String login;
  private final String password;

  CookieLogin(ApiInvoker unauthenticated, String login, String password) {
    this.auth = new AuthApi(unauthenticated);
    this.login = login;
    this.password = password;
  }

  @Override
  public void login() {
    ApiResponse<LoginAnswer> answer = auth.loginWithResponse(new Credentials().login(login).password(password));
    boolean setsSid = answer.headers().values("Set-Cookie").stream().anyMatch(c -> c.trim().startsWith(COOKIE + "="));
    if (!setsSid) {
      throw new SdkException("POST /api/v1/auth answered without a " + COOKIE + " cookie");
    }
  }

  @Override
  public String toString() {
    return "CookieLogin{login=" + login + "}";
  }
}
