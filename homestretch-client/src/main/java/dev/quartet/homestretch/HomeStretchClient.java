package dev.quartet.homestretch;

import dev.quartet.core.ApiInvoker;
import dev.quartet.core.Checks;
import dev.quartet.core.ClientBuilder;
import dev.quartet.core.Env;
import dev.quartet.core.Json;
import dev.quartet.core.RequestOptions;
import dev.quartet.core.SdkClient;
import dev.quartet.core.Transport;
import dev.quartet.core.auth.BearerAuthInterceptor;
import dev.quartet.core.auth.CachingTokenProvider;
import dev.quartet.core.auth.TokenProvider;
import dev.quartet.core.errors.ConfigurationException;
import dev.quartet.core.errors.ErrorBodies;
import dev.quartet.core.retry.RetryPolicy;
import dev.quartet.homestretch.api.AuthApi;
import dev.quartet.homestretch.api.CompanyApi;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Client for the HomeStretch API. Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * HomeStretchClient hs = HomeStretchClient.builder()
 *     .baseUrl("https://...")
 *     .clientId(id).clientSecret(secret)
 *     .build();
 * for (Place place : hs.places().listAll(PlaceSort.TITLE_ASC)) { ... }
 * }</pre>
 *
 * <p>With client credentials the token is fetched once at first use, cached (it never expires) and
 * fetched again once when the server answers 401; concurrent callers share one fetch.
 */
public final class HomeStretchClient extends SdkClient {
  static final String API_NAME = "homestretch";

  private final ApiInvoker unauthenticated;
  private final Places places;
  private final CompanyApi company;
  private final AuthApi auth;

  private HomeStretchClient(Transport transport, ApiInvoker invoker, ApiInvoker unauthenticated) {
    super(transport, invoker);
    this.unauthenticated = unauthenticated;
    this.places = new Places(invoker);
    this.company = new CompanyApi(invoker);
    this.auth = new AuthApi(unauthenticated);
  }

  /** {@return a builder for a client} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from environment variables: {@code HOMESTRETCH_BASE_URL} (required) and
   * either {@code HOMESTRETCH_TOKEN} or {@code HOMESTRETCH_CLIENT_ID} with {@code HOMESTRETCH_CLIENT_SECRET};
   * {@code builder().fromEnv()} reads the same and can still be customised.
   *
   * @return the client
   * @throws ConfigurationException naming a variable that is missing or unusable
   */
  public static HomeStretchClient fromEnv() {
    return fromEnv(System.getenv());
  }

  /**
   * {@return {@link #fromEnv()} reading from {@code env} instead of the process environment}
   *
   * @param env the variables to read, e.g. a test's map
   */
  public static HomeStretchClient fromEnv(Map<String, String> env) {
    return builder().fromEnv(env).build();
  }


  /** {@return places: list (one page or all, lazily), create, get, update} */
  public Places places() {
    return places;
  }

  /** {@return the company structure: get and change} */
  public CompanyApi company() {
    return company;
  }

  /** {@return the token endpoint itself, for callers that manage tokens on their own} */
  public AuthApi auth() {
    return auth;
  }

  /**
   * A client whose calls also carry {@code options} (timeout, headers, query). It shares this
   * client's connections and token; closing it does nothing, close the original.
   *
   * @param options the per-call settings
   * @return the derived client
   */
  public HomeStretchClient withOptions(RequestOptions options) {
    return new HomeStretchClient(null, invoker().withOptions(options), unauthenticated.withOptions(options));
  }




  /** Configures a {@link HomeStretchClient}; {@code baseUrl} and one kind of credentials are required. */
  public static final class Builder extends ClientBuilder<Builder> {
    private String clientId;
    private String clientSecret;
    private String token;
    private TokenMode tokenMode = TokenMode.JSON;

    private Builder() {
      super(null); // no public host: the vendor hands it out with the credentials
    }


    /**
     * Reads {@code HOMESTRETCH_BASE_URL} (required), and {@code HOMESTRETCH_TOKEN} or else
     * {@code HOMESTRETCH_CLIENT_ID} with {@code HOMESTRETCH_CLIENT_SECRET}.
     */
    @Override
    protected void applyEnv(Env env) {
      baseUrl(env.optionalUrl("HOMESTRETCH_BASE_URL").orElseGet(() -> env.required("HOMESTRETCH_BASE_URL")));
      Optional<String> fixed = env.optional("HOMESTRETCH_TOKEN");
      if (fixed.isPresent()) {
        token(fixed.get());
        return;
      }
      String hint = "or set HOMESTRETCH_TOKEN";
      clientId(env.required("HOMESTRETCH_CLIENT_ID", hint));
      clientSecret(env.required("HOMESTRETCH_CLIENT_SECRET", hint));
    }

    /**
     * The client id for {@code POST /auth}.
     *
     * @param clientId the client id
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = clientId;
      return this;
    }

    /**
     * The client secret for {@code POST /auth}.
     *
     * @param clientSecret the client secret
     * @return this builder
     */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = clientSecret;
      return this;
    }

    /**
     * A token obtained earlier; no token request is made.
     *
     * @param token the token
     * @return this builder
     */
    public Builder token(String token) {
      this.token = token;
      return this;
    }

    /**
     * How the credentials travel to {@code POST /auth}; JSON by default.
     *
     * @param tokenMode the token mode
     * @return this builder
     */
    public Builder tokenMode(TokenMode tokenMode) {
      this.tokenMode = Checks.required("tokenMode", tokenMode);
      return this;
    }




    /** {@return the client; an exception naming a missing or malformed setting} */
    public HomeStretchClient build() {
      HttpUrl base = parsedBaseUrl("HomeStretch has no public default host");
      boolean hasToken = token != null && !token.isBlank();
      boolean hasClient = clientId != null && !clientId.isBlank() && clientSecret != null && !clientSecret.isBlank();
      if (hasToken == hasClient) {
        throw new ConfigurationException(hasToken
            ? "set either token or clientId + clientSecret, not both"
            : "credentials are required: token, or clientId + clientSecret");
      }
      Transport transport = transport(API_NAME).build();
      ApiInvoker unauthenticated = invoker(transport.unauthenticated(), base, Json.mapper(), ErrorBodies.generic(Json.mapper()));
      TokenProvider tokens = hasToken
          ? TokenProvider.fixed(token)
          : new CachingTokenProvider(new ClientCredentialsTokenFetcher(unauthenticated, clientId, clientSecret, tokenMode));
      ApiInvoker invoker = invoker(
          transport.client(new BearerAuthInterceptor(tokens)), base, Json.mapper(), ErrorBodies.generic(Json.mapper()));
      return new HomeStretchClient(transport, invoker, unauthenticated);
    }

    @Override
    public String toString() {
      return "HomeStretchClient.Builder{baseUrl=" + baseUrlSetting() + ", clientId=" + clientId + ", tokenMode=" + tokenMode + "}";
    }
  }
}
