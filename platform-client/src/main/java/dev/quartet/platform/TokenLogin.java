package dev.quartet.platform;

import dev.quartet.core.ApiInvoker;
import dev.quartet.core.auth.AccessToken;
import dev.quartet.core.auth.TokenFetcher;
import dev.quartet.core.errors.SdkException;
import dev.quartet.platform.api.AuthApi;
import dev.quartet.platform.model.Credentials;
import dev.quartet.platform.model.TokenAnswer;

/** Logs in for an access token; the platform has no refresh token, so every renewal is a new login. */
final class TokenLogin implements TokenFetcher {
  private final AuthApi auth;
  private final String login;
  private final String password;

  TokenLogin(ApiInvoker unauthenticated, String login, String password) {
    this.auth = new AuthApi(unauthenticated);
    this.login = login;
    this.password = password;
  }

  @Override
  public AccessToken fetch(AccessToken previous) {
    TokenAnswer answer = auth.loginForToken(new Credentials().login(login).password(password));
    if (answer == null || answer.getToken() == null || answer.getToken().isBlank()) {
      throw new SdkException("POST /api/v1/auth/token answered without a token");
    }
    return answer.getExpiresAt() == null
        ? AccessToken.of(answer.getToken())
        : AccessToken.of(answer.getToken(), answer.getExpiresAt());
  }

  @Override
  public String toString() {
    return "TokenLogin{login=" + login + "}";
  }
}
