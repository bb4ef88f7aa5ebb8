package dev.quartet.citypoint;

import dev.quartet.citypoint.api.AuthApi;
import dev.quartet.citypoint.model.CarModelCollection;
import dev.quartet.citypoint.model.CarModelResource;
import dev.quartet.citypoint.model.SpectatorKeyCollection;
import dev.quartet.citypoint.model.SpectatorKeyResource;
import dev.quartet.core.ClientBuilder;
import dev.quartet.core.Env;
import dev.quartet.core.ApiInvoker;
import dev.quartet.core.Checks;
import dev.quartet.core.Json;
import dev.quartet.core.RequestOptions;
import dev.quartet.core.SdkClient;
import dev.quartet.core.Transport;
import dev.quartet.core.auth.BearerAuthInterceptor;
import dev.quartet.core.auth.CachingTokenProvider;
import dev.quartet.core.auth.TokenProvider;
import dev.quartet.core.errors.ConfigurationException;
import dev.quartet.core.errors.ErrorParser;
import dev.quartet.core.retry.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Client for the Citypoint fleet API v2.1. Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * try (CitypointClient cp = CitypointClient.fromEnv()) {
 *   for (Car car : cp.cars().list().all()) { ... }
 *   Query important = Query.create().sort(Sort.desc(Note.DATE_OF_CREATION));
 *   JsonApiPage<Note, NoteCollection> last = cp.carNotes().lastImportant().page(important);
 * }
 * }</pre>
 *
 * <p>Tokens are handled inside: the password grant at first use, the refresh grant shortly before
 * {@code expires_in} runs out and once after a 401 (the request is then replayed), the password grant
 * again when the refresh is refused. Concurrent callers share one token request. The {@code user_id}
 * of every path comes from the access token's JWT payload unless {@link Builder#userId} sets it.
 *
 * <p>Answers are read leniently where JSON:API allows several forms: links as a URL or
 * {@code {href, meta}} ({@link JsonApi}), relationship data as an object, {@code null} or an array, a
 * single-resource document with {@code data: null} as an empty {@code Optional}. A date-time without
 * a zone (some answers write {@code DateOfCreation} so) is read as UTC.
 */
public final class CitypointClient extends SdkClient {
  static final String API_NAME = "citypoint";
  /** The production API. */
  public static final String DEFAULT_BASE_URL = "https://api.citypoint.ru/v2.1";

  private final ApiInvoker unauthenticated;
  private final ErrorParser errors;
  private final TokenProvider tokens;
  private final String userIdOverride;
  private final CarNotes carNotes;
  private final DriverNotes driverNotes;
  private final Cars cars;
  private final Drivers drivers;
  private final Resources<CarModelResource, CarModelCollection> carModels;
  private final Resources<SpectatorKeyResource, SpectatorKeyCollection> spectatorKeys;
  private final Tracking tracking;
  private final AuthApi auth;

  private CitypointClient(Transport transport, ApiInvoker invoker, ApiInvoker unauthenticated, ErrorParser errors,
      TokenProvider tokens, String userIdOverride) {
    super(transport, invoker);
    this.unauthenticated = unauthenticated;
    this.errors = errors;
    this.tokens = tokens;
    this.userIdOverride = userIdOverride;
    Supplier<String> userId = this::userId;
    LinkFollower links = new LinkFollower(invoker);
    this.carNotes = new CarNotes(invoker, userId, links);
    this.driverNotes = new DriverNotes(invoker, userId, links);
    this.cars = new Cars(invoker, userId, links);
    this.drivers = new Drivers(invoker, userId, links);
    this.carModels = Catalogs.carModels(invoker, links);
    this.spectatorKeys = Catalogs.spectatorKeys(invoker, userId, links);
    this.tracking = new Tracking(invoker, userId, links);
    this.auth = new AuthApi(unauthenticated);
  }

  /** {@return a builder for a client} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from environment variables: {@code CITYPOINT_CLIENT_ID},
   * {@code CITYPOINT_CLIENT_SECRET}, {@code CITYPOINT_USERNAME}, {@code CITYPOINT_PASSWORD} (required),
   * {@code CITYPOINT_BASE_URL} (default {@value #DEFAULT_BASE_URL}) and {@code CITYPOINT_USER_ID}
   * (optional; read from the token otherwise). {@code builder().fromEnv()} reads the same and can still
   * be customised.
   *
   * @return the client
   * @throws ConfigurationException naming a variable that is missing or unusable
   */
  public static CitypointClient fromEnv() {
    return fromEnv(System.getenv());
  }

  /**
   * {@return {@link #fromEnv()} reading from {@code env} instead of the process environment}
   *
   * @param env the variables to read, e.g. a test's map
   */
  public static CitypointClient fromEnv(Map<String, String> env) {
    return builder().fromEnv(env).build();
  }


  /** {@return vehicle notes: all, the last important per vehicle, one by id} */
  public CarNotes carNotes() {
    return carNotes;
  }

  /** {@return driver notes} */
  public DriverNotes driverNotes() {
    return driverNotes;
  }

  /** {@return vehicles, and their aggregated totals} */
  public Cars cars() {
    return cars;
  }

  /** {@return drivers: change one, add an address, read their parameters} */
  public Drivers drivers() {
    return drivers;
  }

  /** {@return vehicle models ({@code /cars/models}, no user prefix)} */
  public Resources<CarModelResource, CarModelCollection> carModels() {
    return carModels;
  }

  /**
   * Spectator (remote-access) keys. Their list takes paging and sparse fields only: a query with
   * {@code sort}, {@code filter} or {@code include} is refused before sending, since the API answers 400.
   *
   * @return the spectator keys resource
   */
  public Resources<SpectatorKeyResource, SpectatorKeyCollection> spectatorKeys() {
    return spectatorKeys;
  }

  /**
   * Vehicle states and history, sensors, notifications, zones. <b>Experimental:</b> seen only in
   * working clients, not documented by the vendor; see {@link Tracking}.
   *
   * @return the tracking resources
   */
  public Tracking tracking() {
    return tracking;
  }

  /** {@return the token endpoint itself, for callers that manage tokens on their own} */
  public AuthApi auth() {
    return auth;
  }

  /** {@return a new poller that remembers {@code Last-Modified} per query; see {@link ChangePoller}} */
  public ChangePoller poller() {
    return new ChangePoller();
  }

  /**
   * The {@code user_id} used in paths: the one given to the builder, else the {@code user_id} claim
   * of the current access token (signing in first if needed).
   *
   * @return the user id
   */
  public String userId() {
    return userIdOverride != null ? userIdOverride : Jwt.parse(tokens.token().value()).userId();
  }

  /**
   * A client whose calls also carry {@code options} (timeout, headers, query). It shares this client's
   * connections and token; closing it does nothing, close the original.
   *
   * @param options the per-call settings
   * @return the derived client
   */
  public CitypointClient withOptions(RequestOptions options) {
    return new CitypointClient(null, invoker().withOptions(options), unauthenticated.withOptions(options), errors,
        tokens, userIdOverride);
  }



  @Override
  public String toString() {
    return "CitypointClient{baseUrl=" + invoker().baseUrl() + (userIdOverride == null ? "" : ", userId=" + userIdOverride) + "}";
  }

  /** Configures a {@link CitypointClient}; client id and secret, username and password are required. */
  public static final class Builder extends ClientBuilder<Builder> {
    private String clientId;
    private String clientSecret;
    private String username;
    private String password;
    private String scope;
    private String userId;
    private Clock clock = Clock.systemUTC();
    private Duration refreshMargin = Duration.ofSeconds(60);

    private Builder() {
      super(DEFAULT_BASE_URL);
    }

    /**
     * Reads {@code CITYPOINT_CLIENT_ID}, {@code CITYPOINT_CLIENT_SECRET}, {@code CITYPOINT_USERNAME},
     * {@code CITYPOINT_PASSWORD} (required), {@code CITYPOINT_BASE_URL} and {@code CITYPOINT_USER_ID}.
     */
    @Override
    protected void applyEnv(Env env) {
      clientId(env.required("CITYPOINT_CLIENT_ID"));
      clientSecret(env.required("CITYPOINT_CLIENT_SECRET"));
      username(env.required("CITYPOINT_USERNAME"));
      password(env.required("CITYPOINT_PASSWORD"));
      env.optionalUrl("CITYPOINT_BASE_URL").ifPresent(this::baseUrl);
      env.optional("CITYPOINT_USER_ID").ifPresent(this::userId);
    }

    /**
     * The client id the vendor issued.
     *
     * @param clientId the client ID
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = clientId;
      return this;
    }

    /**
     * The OAuth client secret.
     *
     * @param clientSecret the secret
     * @return this builder
     */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = clientSecret;
      return this;
    }

    /**
     * The user's login.
     *
     * @param username the username
     * @return this builder
     */
    public Builder username(String username) {
      this.username = username;
      return this;
    }

    /**
     * The user's password, for the password grant.
     *
     * @param password the password
     * @return this builder
     */
    public Builder password(String password) {
      this.password = password;
      return this;
    }

    /**
     * Optional {@code scope} for the password grant.
     *
     * @param scope the scope
     * @return this builder
     */
    public Builder scope(String scope) {
      this.scope = scope;
      return this;
    }

    /**
     * Use this {@code user_id} in paths instead of the one in the access token.
     *
     * @param userId the user ID
     * @return this builder
     */
    public Builder userId(String userId) {
      this.userId = userId;
      return this;
    }




    /**
     * The clock token expiry is measured with (tests inject a fixed or movable one).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Checks.required("clock", clock);
      return this;
    }

    /**
     * How long before {@code expires_in} runs out the token is refreshed; 60 s by default.
     *
     * @param refreshMargin the refresh margin
     * @return this builder
     */
    public Builder refreshMargin(Duration refreshMargin) {
      Checks.required("refreshMargin", refreshMargin);
      if (refreshMargin.isNegative()) {
        throw new IllegalArgumentException("refreshMargin must not be negative, was " + refreshMargin);
      }
      this.refreshMargin = refreshMargin;
      return this;
    }

    /** {@return the client; an exception naming a missing or malformed setting} */
    public CitypointClient build() {
      HttpUrl base = parsedBaseUrl("the default is " + DEFAULT_BASE_URL);
      requireSet("clientId", clientId);
      requireSet("clientSecret", clientSecret);
      requireSet("username", username);
      requireSet("password", password);
      if (userId != null && userId.isBlank()) {
        throw new ConfigurationException("userId must not be blank when set");
      }
      ErrorParser errors = JsonApiErrors.parser(Json.mapper());
      Transport transport = transport(API_NAME).build();
      ApiInvoker unauthenticated = invoker(transport.unauthenticated(), base, CitypointJson.mapper(), errors);
      TokenProvider tokens = new CachingTokenProvider(
          new PasswordGrantTokenFetcher(unauthenticated, clientId, clientSecret, username, password, scope, clock),
          clock, refreshMargin);
      ApiInvoker invoker = invoker(transport.client(new BearerAuthInterceptor(tokens)), base, CitypointJson.mapper(), errors);
      return new CitypointClient(transport, invoker, unauthenticated, errors, tokens, userId);
    }

    private static void requireSet(String name, String value) {
      if (value == null || value.isBlank()) {
        throw new ConfigurationException(name + " is required (Citypoint signs in with the password grant:"
            + " clientId, clientSecret, username and password)");
      }
    }

    @Override
    public String toString() {
      return "CitypointClient.Builder{baseUrl=" + baseUrlSetting() + ", clientId=" + clientId + ", username=" + username + "}";
    }
  }
}
