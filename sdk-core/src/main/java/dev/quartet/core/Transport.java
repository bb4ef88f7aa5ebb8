package dev.quartet.core;

import dev.quartet.core.http.AttemptTracker;
import dev.quartet.core.http.CarriedSdkException;
import dev.quartet.core.http.LoggingInterceptor;
import dev.quartet.core.http.Pipeline;
import dev.quartet.core.http.RedirectInterceptor;
import dev.quartet.core.http.RetryInterceptor;
import dev.quartet.core.http.SdkInterceptor;
import dev.quartet.core.http.UserAgentInterceptor;
import dev.quartet.core.retry.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.CookieJar;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * Builds the OkHttp clients of one SDK client. Everything derives from one root client — the
 * caller's, when given, so its connection pool, dispatcher and settings are shared — with the SDK's
 * pipeline added in a fixed order: user agent, redirects, retry, authentication, a per-attempt hook
 * (e.g. a rate limiter), logging; run as one OkHttp interceptor ({@link Pipeline}) where they are the
 * SDK's own. OkHttp's own silent retry and redirect following are switched off so each happens in
 * exactly one place.
 */
public final class Transport implements AutoCloseable {
  private static final Interceptor REDIRECTS = new RedirectInterceptor();

  private final OkHttpClient root;
  private final boolean owned;
  private final String apiName;
  private final RetryPolicy retryPolicy;
  private final Interceptor perAttempt;

  private Transport(Builder b) {
    this.owned = b.base == null;
    OkHttpClient.Builder root = (owned ? new OkHttpClient() : b.base).newBuilder()
        .retryOnConnectionFailure(false)
        .followRedirects(false)     // RedirectInterceptor decides, knowing which headers are credentials
        .followSslRedirects(false);
    if (b.timeout != null) {
      root.callTimeout(b.timeout);
    }
    if (b.cookieJar != null) {
      root.cookieJar(b.cookieJar);
    }
    this.root = root.build();
    this.apiName = b.apiName;
    this.retryPolicy = b.retryPolicy;
    this.perAttempt = b.perAttempt;
  }

  /**
   * {@return a builder for {@code apiName}'s transport}
   *
   * @param apiName the API's name, for the user agent
   */
  public static Builder builder(String apiName) {
    return new Builder(apiName);
  }

  /** {@return the pipeline without authentication, for token and login requests} */
  public OkHttpClient unauthenticated() {
    return client(null);
  }

  /**
   * {@return the full pipeline with {@code auth} in its place (null: none)}
   *
   * @param auth the auth
   */
  public OkHttpClient client(SdkInterceptor auth) {
    List<Interceptor> sdk = new ArrayList<>();
    sdk.add(new UserAgentInterceptor(apiName));
    sdk.add(REDIRECTS);
    sdk.add(new RetryInterceptor(retryPolicy));
    if (auth != null) {
      sdk.add(CarriedSdkException.carrying(auth));
    }
    if (perAttempt != null) {
      sdk.add(perAttempt);
    }
    sdk.add(new LoggingInterceptor());
    OkHttpClient.Builder b = root.newBuilder();
    b.interceptors().clear();
    b.networkInterceptors().clear();
    b.interceptors().addAll(Pipeline.fold(sdk)); // one OkHttp hop for the SDK's own interceptors
    b.interceptors().addAll(root.interceptors());
    b.networkInterceptors().addAll(root.networkInterceptors());
    b.addNetworkInterceptor(AttemptTracker.NETWORK_INTERCEPTOR);
    return b.build();
  }

  /**
   * Releases threads and pooled connections when the SDK created the client itself; a client passed
   * in by the caller stays the caller's to close.
   */
  @Override
  public void close() {
    if (owned) {
      root.dispatcher().executorService().shutdown();
      root.connectionPool().evictAll();
    }
  }

  /** Builds a {@link Transport}. */
  public static final class Builder {
    private final String apiName;
    private OkHttpClient base;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Duration timeout;
    private CookieJar cookieJar;
    private Interceptor perAttempt;

    private Builder(String apiName) {
      this.apiName = Checks.notBlank("apiName", apiName);
    }

    /**
     * Derive from the caller's client (pool, dispatcher, proxy, TLS and timeouts are kept).
     *
     * @param base the base
     * @return this builder
     */
    public Builder httpClient(OkHttpClient base) {
      this.base = base;
      return this;
    }

    /**
     * How failed calls are retried.
     *
     * @param retryPolicy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Checks.required("retryPolicy", retryPolicy);
      return this;
    }

    /**
     * Whole-call timeout, retries included.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /**
     * Where the session's cookies are kept.
     *
     * @param cookieJar the jar
     * @return this builder
     */
    public Builder cookieJar(CookieJar cookieJar) {
      this.cookieJar = cookieJar;
      return this;
    }

    /**
     * An interceptor run once per attempt, inside retry and authentication, so retries and auth replays
     * pass through it too (a client-side rate limiter belongs here).
     *
     * @param interceptor the interceptor
     * @return this builder
     */
    public Builder perAttempt(Interceptor interceptor) {
      this.perAttempt = interceptor;
      return this;
    }

    /** {@return the transport} */
    public Transport build() {
      return new Transport(this);
    }
  }
}
