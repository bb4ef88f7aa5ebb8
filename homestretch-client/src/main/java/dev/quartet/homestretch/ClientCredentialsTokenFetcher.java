package dev.quartet.homestretch;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.quartet.core.ApiInvoker;
import dev.quartet.core.ApiRequest;
import dev.quartet.core.auth.AccessToken;
import dev.quartet.core.auth.TokenFetcher;
import dev.quartet.core.errors.SdkException;
import dev.quartet.homestretch.api.AuthApi;
import dev.quartet.homestretch.model.TokenRequest;
import dev.quartet.homestretch.model.TokenResponse;
import java.nio.charset.StandardCharsets;
import okhttp3.Credentials;

/** Exchanges the client id and secret for HomeStretch's never-expiring token. */
final class ClientCredentialsTokenFetcher implements TokenFetcher {
  private static final TypeReference<TokenResponse> TOKEN = new TypeReference<>() {};

  private final ApiInvoker unauthenticated;
  private final String clientId;
  private final String clientSecret;
  private final TokenMode mode;

  ClientCredentialsTokenFetcher(ApiInvoker unauthenticated, String clientId, String clientSecret, TokenMode mode) {
    this.unauthenticated = unauthenticated;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.mode = mode;
  }

  @Override
  public AccessToken fetch(AccessToken previous) {
    TokenResponse answer = unauthenticated.execute(request(), TOKEN).body();
    if (answer == null || answer.getToken() == null || answer.getToken().isBlank()) {
      throw new SdkException("POST /auth answered without a token");
    }
    return AccessToken.of(answer.getToken());
  }

  private ApiRequest request() {
    switch (mode) {
      case FORM:
        return ApiRequest.builder("POST", "/auth").credentialExchange()
            .form("client_id", clientId).form("client_secret", clientSecret).build();
      case BASIC:
        return ApiRequest.builder("POST", "/auth").credentialExchange()
            .header("Authorization", Credentials.basic(clientId, clientSecret, StandardCharsets.UTF_8)).build();
      default:
        return new AuthApi(unauthenticated).getTokenRequest(
            new TokenRequest().clientId(clientId).clientSecret(clientSecret));
    }
  }

  @Override
  public String toString() {
    return "ClientCredentialsTokenFetcher{clientId=" + clientId + ", mode=" + mode + "}";
  }
}
