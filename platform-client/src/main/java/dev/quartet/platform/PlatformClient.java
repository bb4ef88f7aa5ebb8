package dev.quartet.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quartet.core.ApiInvoker;
import dev.quartet.core.Checks;
import dev.quartet.core.ClientBuilder;
import dev.quartet.core.Env;
import dev.quartet.core.RequestOptions;
import dev.quartet.core.SdkClient;
import dev.quartet.core.Transport;
import dev.quartet.core.auth.BearerAuthInterceptor;
import dev.quartet.core.auth.CachingTokenProvider;
import dev.quartet.core.auth.CookieSessionInterceptor;
import dev.quartet.core.auth.SessionCookieJar;
import dev.quartet.core.auth.TokenProvider;
import dev.quartet.core.errors.ConfigurationException;
import dev.quartet.core.http.SdkInterceptor;
import dev.quartet.core.retry.RetryPolicy;
import dev.quartet.platform.api.AuthApi;
import dev.quartet.platform.api.StoresApi;
import dev.quartet.platform.model.Entity;
import dev.quartet.platform.realtime.Backoff;
import dev.quartet.platform.realtime.ChannelTransport;
import dev.quartet.platform.realtime.EventStreamChannel;
import dev.quartet.platform.realtime.SocketIoChannel;
import dev.quartet.platform.realtime.SocketIoOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Client for the Rightech IoT Cloud platform API (REST v1 and its real-time channels). Immutable and
 * thread-safe: build one and share it.
 *
 * <pre>{@code
 * try (PlatformClient platform = PlatformClient.builder()
 *     .login("api-user", password)          // or .token(apiToken)
 *     .build()) {
 *   StoreClient<Entity> objects = platform.store("objects");
 *   for (Entity o : objects.listAll(ListQuery.builder().where("model", modelId).build())) { ... }
 * }
 * }</pre>
 *
 * <p>Authentication: a ready token; or a login for a token, renewed shortly before {@code expiresAt}
 * and once after a 401; or a cookie session ({@link AuthMode#COOKIE}) renewed when the {@code sid}
 * cookie expires or a 401 comes. Renewals are single-flight: concurrent callers share one login.
 */
public final class PlatformClient extends SdkClient {
  static final String API_NAME = "platform";
  /** The vendor's public cloud. */
  public static final String DEFAULT_BASE_URL = "https://dev.rightech.io";

  private final ApiInvoker unauthenticated;
  private final HttpUrl realtimeBase;
  private final Backoff backoff;
  private final Duration handshakeTimeout;
  private final Duration streamPingInterval;
  private final SocketIoOptions socketIo;
  private final String authDescription;

  private PlatformClient(Transport transport, ApiInvoker invoker, ApiInvoker unauthenticated, Builder b, HttpUrl realtimeBase,
      String authDescription) {
    super(transport, invoker);
    this.unauthenticated = unauthenticated;
    this.realtimeBase = realtimeBase;
    this.backoff = b.backoff;
    this.handshakeTimeout = b.handshakeTimeout;
    this.streamPingInterval = b.streamPingInterval;
    this.socketIo = b.socketIo;
    this.authDescription = authDescription;
  }

  private PlatformClient(PlatformClient base, RequestOptions options) {
    super(null, base.invoker().withOptions(options));
    this.unauthenticated = base.unauthenticated.withOptions(options);
    this.realtimeBase = base.realtimeBase;
    this.backoff = base.backoff;
    this.handshakeTimeout = base.handshakeTimeout;
    this.streamPingInterval = base.streamPingInterval;
    this.socketIo = base.socketIo;
    this.authDescription = base.authDescription;
  }

  /** {@return a builder for a client} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from environment variables: {@code PLATFORM_BASE_URL} (default
   * {@value #DEFAULT_BASE_URL}), and either {@code PLATFORM_TOKEN} or {@code PLATFORM_LOGIN} with
   * {@code PLATFORM_PASSWORD}; {@code PLATFORM_AUTH=token|cookie} picks how a login authenticates
   * (token by default). {@code PLATFORM_REALTIME_URL} optionally moves the real-time channels to another host.
   * {@code builder().fromEnv()} reads the same and can still be customised.
   *
   * @return the client
   * @throws ConfigurationException naming a variable that is missing or unusable
   */
  public static PlatformClient fromEnv() {
    return fromEnv(System.getenv());
  }

  /**
   * {@return {@link #fromEnv()} reading from {@code env} instead of the process environment}
   *
   * @param env the variables to read, e.g. a test's map
   */
  public static PlatformClient fromEnv(Map<String, String> env) {
    return builder().fromEnv(env).build();
  }


  /**
   * {@return the entities of {@code store} (e.g. {@code objects}, {@code tables/<id>/rows}) as {@link Entity}}
   *
   * @param store the store
   */
  public StoreClient<Entity> store(String store) {
    return new StoreClient<>(invoker(), store, Entity.class);
  }

  /**
   * The entities of {@code store} bound to the caller's own class (read and written with Jackson).
   *
   * @param <T> the entity class
   * @param store the store name
   * @param type the entity class
   * @return the store client
   */
  public <T> StoreClient<T> store(String store, Class<T> type) {
    return new StoreClient<>(invoker(), store, type);
  }

  /**
   * A store with its typed view, e.g. {@code store(Store.OBJECTS)} for {@code PlatformObject}s, or
   * {@code store(Store.tableRows(tableId))}.
   *
   * @param <T> the Java type of the store's documents
   * @param store the store and the type its documents are read as
   * @return the store's client
   */
  public <T> StoreClient<T> store(Store<T> store) {
    return new StoreClient<>(invoker(), store.name(), store.type());
  }

  /** {@return the node trees of models (models themselves: {@code store(Store.MODELS)})} */
  public PlatformModels models() {
    return new PlatformModels(invoker());
  }

  /** {@return the organisation's event history and its event types} */
  public PlatformEvents events() {
    return new PlatformEvents(invoker());
  }

  /** {@return objects' telemetry, commands, event history and model} */
  public PlatformObjects objects() {
    return new PlatformObjects(invoker());
  }

  /** {@return the generated store operations, unchecked beyond the spec's own constraints} */
  public StoresApi stores() {
    return new StoresApi(invoker());
  }

  /** {@return the login endpoints themselves, for callers that manage sessions on their own} */
  public AuthApi auth() {
    return new AuthApi(unauthenticated);
  }

  /**
   * A new socket.io channel ({@code /socket.io/?EIO=3&transport=websocket}, or {@code EIO=4} after
   * negotiation) with the builder's {@link Builder#socketIo(SocketIoOptions) socket.io options}, not yet
   * connected: add listeners, then {@link SocketIoChannel#connect()}; close it when done.
   *
   * @return the unconnected channel
   */
  public SocketIoChannel realtime() {
    return realtime(socketIo);
  }

  /**
   * {@link #realtime()} with other options (protocol version, namespace, auth payload, ack timeout).
   *
   * @param options the socket.io options for this channel only
   * @return the unconnected channel
   */
  public SocketIoChannel realtime(SocketIoOptions options) {
    ChannelTransport transport = new ChannelTransport(invoker().httpClient(), SocketIoChannel.url(realtimeBase),
        invoker().mapper(), backoff);
    return new SocketIoChannel(transport, handshakeTimeout, Checks.required("options", options));
  }

  /** {@return a new {@code /events/stream} channel with typed events, not yet connected} */
  public EventStreamChannel eventStream() {
    OkHttpClient http = invoker().httpClient().newBuilder().pingInterval(streamPingInterval).build();
    return new EventStreamChannel(new ChannelTransport(http, EventStreamChannel.url(realtimeBase), invoker().mapper(), backoff));
  }

  /**
   * A client whose calls also carry {@code options} (timeout, headers, query). It shares this client's
   * connections and credentials; closing it does nothing, close the original.
   *
   * @param options the per-call settings
   * @return the derived client
   */
  public PlatformClient withOptions(RequestOptions options) {
    return new PlatformClient(this, options);
  }


  /** {@return the mapper the client reads and writes JSON with (times as epoch milliseconds)} */
  public ObjectMapper mapper() {
    return invoker().mapper();
  }


  @Override
  public String toString() {
    return "PlatformClient{baseUrl=" + invoker().baseUrl() + ", auth=" + authDescription + "}";
  }

  /** Configures a {@link PlatformClient}; a token, or a login and password, is required. */
  public static final class Builder extends ClientBuilder<Builder> {
    private String realtimeUrl;
    private String token;
    private String login;
    private String password;
    private AuthMode authMode = AuthMode.TOKEN;
    private Clock clock = Clock.systemUTC();
    private Duration refreshBefore = Duration.ofMinutes(2);
    private Backoff backoff = Backoff.defaults();
    private Duration handshakeTimeout = Duration.ofSeconds(20);
    private Duration streamPingInterval = Duration.ofSeconds(25);
    private SocketIoOptions socketIo = SocketIoOptions.defaults();

    private Builder() {
      super(DEFAULT_BASE_URL);
    }


    /**
     * Reads {@code PLATFORM_BASE_URL}, {@code PLATFORM_REALTIME_URL}, {@code PLATFORM_AUTH} and
     * {@code PLATFORM_TOKEN} or else {@code PLATFORM_LOGIN} with {@code PLATFORM_PASSWORD}.
     */
    @Override
    protected void applyEnv(Env env) {
      env.optionalUrl("PLATFORM_BASE_URL").ifPresent(this::baseUrl);
      env.optionalUrl("PLATFORM_REALTIME_URL").ifPresent(this::realtimeUrl);
      Optional<String> mode = env.optional("PLATFORM_AUTH").map(m -> m.toLowerCase(Locale.ROOT));
      if (mode.isPresent()) {
        switch (mode.get()) {
          case "token" -> authMode(AuthMode.TOKEN);
          case "cookie" -> authMode(AuthMode.COOKIE);
          default -> throw new ConfigurationException("environment variable PLATFORM_AUTH must be token or cookie, was \""
              + mode.get() + "\"");
        }
      }
      Optional<String> fixed = env.optional("PLATFORM_TOKEN");
      if (fixed.isPresent()) {
        if (mode.filter("cookie"::equals).isPresent()) {
          throw new ConfigurationException(
              "PLATFORM_AUTH=cookie needs PLATFORM_LOGIN and PLATFORM_PASSWORD, not PLATFORM_TOKEN");
        }
        token(fixed.get());
        return;
      }
      String hint = "set PLATFORM_TOKEN, or PLATFORM_LOGIN and PLATFORM_PASSWORD";
      login(env.required("PLATFORM_LOGIN", hint), env.required("PLATFORM_PASSWORD", hint));
    }

    /**
     * Where the real-time channels live, when not on the API host (default: the base URL).
     *
     * @param realtimeUrl the realtime URL
     * @return this builder
     */
    public Builder realtimeUrl(String realtimeUrl) {
      this.realtimeUrl = realtimeUrl;
      return this;
    }

    /**
     * A ready API token (made in the product UI); no login is made.
     *
     * @param token the token
     * @return this builder
     */
    public Builder token(String token) {
      this.token = token;
      return this;
    }

    /**
     * An API user's login and password; see {@link #authMode(AuthMode)}.
     *
     * @param login the login
     * @param password the password
     * @return this builder
     */
    public Builder login(String login, String password) {
      this.login = login;
      this.password = password;
      return this;
    }

    /**
     * Token (default) or cookie session, for {@link #login(String, String)}.
     *
     * @param authMode the auth mode
     * @return this builder
     */
    public Builder authMode(AuthMode authMode) {
      this.authMode = Checks.required("authMode", authMode);
      return this;
    }




    /**
     * The clock token expiry is judged by (tests inject a fixed one).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Checks.required("clock", clock);
      return this;
    }

    /**
     * How long before {@code expiresAt} a login token is renewed; 2 minutes by default.
     *
     * @param refreshBefore the refresh before
     * @return this builder
     */
    public Builder refreshBefore(Duration refreshBefore) {
      this.refreshBefore = Checks.required("refreshBefore", refreshBefore);
      return this;
    }

    /**
     * Reconnect delays of the real-time channels; 1 s doubling up to 30 s by default.
     *
     * @param backoff the backoff
     * @return this builder
     */
    public Builder reconnectBackoff(Backoff backoff) {
      this.backoff = Checks.required("backoff", backoff);
      return this;
    }

    /**
     * How long the socket.io channel waits for the Engine.IO open packet; 20 s by default.
     *
     * @param handshakeTimeout the handshake timeout
     * @return this builder
     */
    public Builder handshakeTimeout(Duration handshakeTimeout) {
      this.handshakeTimeout = Checks.required("handshakeTimeout", handshakeTimeout);
      return this;
    }

    /**
     * How {@link PlatformClient#realtime()} speaks socket.io: the Engine.IO version (negotiated by
     * default, starting with v3), the namespace ({@code /}), the connect packet's auth payload (none) and
     * the ack timeout (10 s).
     *
     * @param socketIo the socket.io options
     * @return this builder
     */
    public Builder socketIo(SocketIoOptions socketIo) {
      this.socketIo = Checks.required("socketIo", socketIo);
      return this;
    }

    /**
     * How often WebSocket ping frames go out on {@code /events/stream}; 25 s by default.
     *
     * @param streamPingInterval the ping interval
     * @return this builder
     */
    public Builder streamPingInterval(Duration streamPingInterval) {
      this.streamPingInterval = Checks.required("streamPingInterval", streamPingInterval);
      return this;
    }

    /** {@return the client; an exception naming a missing or malformed setting} */
    public PlatformClient build() {
      HttpUrl base = parsedBaseUrl("on-premise installations have their own; the default is " + DEFAULT_BASE_URL);
      HttpUrl realtimeBase = realtimeUrl == null || realtimeUrl.isBlank() ? base : ClientBuilder.parseUrl("realtimeUrl", realtimeUrl);
      boolean hasToken = token != null && !token.isBlank();
      boolean hasLogin = login != null && !login.isBlank();
      if (hasToken && hasLogin) {
        throw new ConfigurationException("set either token or login + password, not both");
      }
      if (!hasToken && !hasLogin) {
        throw new ConfigurationException("credentials are required: token, or login + password");
      }
      if (hasLogin && (password == null || password.isEmpty())) {
        throw new ConfigurationException("password is required with login");
      }
      ObjectMapper mapper = PlatformJson.mapper();
      PlatformErrorParser errors = new PlatformErrorParser(mapper);
      SessionCookieJar jar = hasLogin && authMode == AuthMode.COOKIE ? new SessionCookieJar(base) : null;
      Transport transport = transport(API_NAME).cookieJar(jar).build();
      ApiInvoker unauthenticated = invoker(transport.unauthenticated(), base, mapper, errors);
      SdkInterceptor auth;
      String description;
      if (hasToken) {
        auth = new BearerAuthInterceptor(TokenProvider.fixed(token));
        description = "token";
      } else if (jar == null) {
        auth = new BearerAuthInterceptor(new CachingTokenProvider(new TokenLogin(unauthenticated, login, password), clock, refreshBefore));
        description = "token login as " + login;
      } else {
        auth = new CookieSessionInterceptor(jar, CookieLogin.COOKIE, new CookieLogin(unauthenticated, login, password));
        description = "cookie session as " + login;
      }
      ApiInvoker invoker = invoker(transport.client(auth), base, mapper, errors);
      return new PlatformClient(transport, invoker, unauthenticated, this, realtimeBase, description);
    }


    @Override
    public String toString() {
      return "PlatformClient.Builder{baseUrl=" + baseUrlSetting() + ", login=" + login + ", authMode=" + authMode + "}";
    }
  }
}
