package dev.quartet.citypoint;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.quartet.citypoint.api.AuthApi;
import dev.quartet.citypoint.model.TokenResponse;
import dev.quartet.citypoint.params.RequestTokenParams;
import dev.quartet.core.ApiInvoker;
import dev.quartet.core.ApiRequest;
import dev.quartet.core.auth.AccessToken;
import dev.quartet.core.auth.TokenFetcher;
import dev.quartet.core.errors.ApiException;
import dev.quartet.core.errors.SdkException;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import dev.quartet.core.SdkLogging;

/**
 * Gets Citypoint tokens: the password grant at first use, the refresh grant when a token it issued
 * is being replaced, and the password grant again when the refresh is refused. The refresh token
 * stays here, next to the access token it came with ({@link AccessToken} has no room for it).
 * Called by {@link dev.quartet.core.auth.CachingTokenProvider} under its lock, so one fetch runs at a time.
 */
final class PasswordGrantTokenFetcher implements TokenFetcher {
  private static final Logger LOG = SdkLogging.logger(PasswordGrantTokenFetcher.class.getName());

  private static final TypeReference<TokenResponse> TOKEN = new TypeReference<>() {};

  private final ApiInvoker invoker;
  private final AuthApi auth;
  private final String clientId;
  private final String clientSecret;
  private final String username;
  private final String password;
  private final String scope;
  private final Clock clock;
  private volatile Issued last;

  PasswordGrantTokenFetcher(ApiInvoker invoker, String clientId, String clientSecret, String username, String password,
      String scope, Clock clock) {
    this.invoker = invoker;
    this.auth = new AuthApi(invoker);
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.username = username;
    this.password = password;
    this.scope = scope;
    this.clock = clock;
  }

  @Override
  public AccessToken fetch(AccessToken previous) {
    Issued held = last;
    if (previous != null && held != null && held.token == previous && held.refreshToken != null) {
      try {
        // Single use: a refresh token may rotate, so the grant is repeated only if it never got out.
        ApiRequest grant = auth.requestTokenRequest(grant("refresh_token").refreshToken(held.refreshToken).build())
            .singleUse();
        return remember(invoker.execute(grant, TOKEN).body());
      } catch (ApiException refused) {
        // An expired or revoked refresh token: signing in again is the documented way out.
        LOG.debug("Citypoint refresh grant answered HTTP {}; using the password grant", refused.status());
      }
    }
    return remember(auth.requestToken(grant("password").username(username).password(password).scope(scope).build()));
  }

  private RequestTokenParams.Builder grant(String type) {
    return RequestTokenParams.builder().grantType(type).clientId(clientId).clientSecret(clientSecret);
  }

  private AccessToken remember(TokenResponse answer) {
    if (answer == null || answer.getAccessToken() == null || answer.getAccessToken().isBlank()) {
      throw new SdkException("POST /oauth/token answered without an access_token");
    }
    AccessToken token = AccessToken.of(answer.getAccessToken());
    Instant expiresAt = expiry(answer);
    if (expiresAt != null) {
      token = AccessToken.of(answer.getAccessToken(), expiresAt);
    }
    last = new Issued(token, answer.getRefreshToken());
    return token;
  }

  /** {@code expires_in} counts seconds from now; without it the JWT's own {@code exp} is used. */
  private Instant expiry(TokenResponse answer) {
    Long seconds = answer.getExpiresIn();
    if (seconds != null && seconds > 0) {
      return clock.instant().plusSeconds(seconds);
    }
    try {
      return Jwt.parse(answer.getAccessToken()).expiresAt();
    } catch (SdkException notJwt) {
      return null;
    }
  }

  @Override
  public String toString() {
    return "PasswordGrantTokenFetcher{clientId=" + clientId + ", username=" + username + "}";
  }

  private static final class Issued {
    final AccessToken token;
    final String refreshToken;

    Issued(AccessToken token, String refreshToken) {
      this.token = token;
      this.refreshToken = refreshToken == null || refreshToken.isBlank() ? null : refreshToken;
    }
  }
}
