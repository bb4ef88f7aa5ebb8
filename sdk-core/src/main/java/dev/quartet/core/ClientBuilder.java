package dev.quartet.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quartet.core.errors.ConfigurationException;
import dev.quartet.core.errors.ErrorParser;
import dev.quartet.core.retry.RetryPolicy;
import java.time.Duration;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The settings every client builder shares: base URL, the caller's OkHttp client, retries, the call
 * timeout and {@link #fromEnv()}. Each client's builder extends it and adds its own credentials.
 *
 * @param <B> the concrete builder, so chained calls keep their type
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
  private String baseUrl;
  private OkHttpClient httpClient;
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private Duration timeout = Duration.ofSeconds(60);
  private boolean strictDecoding;

  /**
   * {@code defaultBaseUrl} may be null where the vendor publishes no host.
   *
   * @param defaultBaseUrl the default base URL
   */
  protected ClientBuilder(String defaultBaseUrl) {
    ClasspathCheck.verify();
    this.baseUrl = defaultBaseUrl;
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /**
   * The API's base URL, path included (e.g. {@code https://host/api/v3}).
   *
   * @param baseUrl the base URL
   * @return this builder
   */
  public B baseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
    return self();
  }

  /**
   * Derive from this OkHttp client: its pool, dispatcher, proxy, TLS and timeouts are kept and shared.
   *
   * @param httpClient the HTTP client
   * @return this builder
   */
  public B httpClient(OkHttpClient httpClient) {
    this.httpClient = httpClient;
    return self();
  }

  /**
   * How failed calls are retried; {@link RetryPolicy#defaults()} unless set.
   *
   * @param retryPolicy the retry policy
   * @return this builder
   */
  public B retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = Checks.required("retryPolicy", retryPolicy);
    return self();
  }

  /**
   * How many retries follow a failed first attempt (0: none), keeping the rest of the retry policy
   * set so far; the default policy allows 2. A later {@link #retryPolicy} replaces this.
   *
   * @param maxRetries the retry count, at least 0
   * @return this builder
   */
  public B maxRetries(int maxRetries) {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
    }
    this.retryPolicy = retryPolicy.toBuilder().maxRetries(maxRetries).build();
    return self();
  }

  /**
   * Takes the client's settings from the process environment (the variables each client's
   * {@code fromEnv()} documents); settings made afterwards on this builder win, e.g.
   * {@code builder().fromEnv().httpClient(mine).build()}.
   *
   * @return this builder
   * @throws ConfigurationException when a required variable is unset or one holds an unusable value
   */
  public final B fromEnv() {
    return fromEnv(System.getenv());
  }

  /**
   * {@link #fromEnv()} reading from {@code env} instead of the process environment.
   *
   * @param env the variables to read, e.g. a test's map
   * @return this builder
   * @throws ConfigurationException when a required variable is unset or one holds an unusable value
   */
  public final B fromEnv(Map<String, String> env) {
    applyEnv(Env.of(Checks.required("env", env)));
    return self();
  }

  /**
   * Sets this builder from the client's environment variables.
   *
   * @param env the variables
   */
  protected abstract void applyEnv(Env env);

  /**
   * Whole-call timeout, retries included; 60 s by default.
   *
   * @param timeout the timeout
   * @return this builder
   */
  public B timeout(Duration timeout) {
    Checks.required("timeout", timeout);
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
    this.timeout = timeout;
    return self();
  }

  /**
   * Fail a whole answer when one property does not fit its declared type ({@code true}), instead of
   * reading that property as absent and keeping its raw value (the default). For contract tests.
   *
   * @param strict whether a misfit property fails the whole answer
   * @return this builder
   */
  public B strictDecoding(boolean strict) {
    this.strictDecoding = strict;
    return self();
  }

  /**
   * An invoker for {@code http} carrying the shared decoding setting.
   *
   * @param http the OkHttp pipeline the invoker sends through
   * @param base the API's base URL
   * @param mapper the API's JSON mapper
   * @param errors how the API's error bodies are parsed
   * @return the invoker
   */
  protected ApiInvoker invoker(OkHttpClient http, HttpUrl base, ObjectMapper mapper, ErrorParser errors) {
    return ApiInvoker.create(http, base, mapper, errors).withStrictDecoding(strictDecoding);
  }

  /** {@return the base URL as set, for {@code toString()}s} */
  protected String baseUrlSetting() {
    return baseUrl;
  }

  /**
   * {@return the base URL, checked: missing is a {@link ConfigurationException} (with {@code whyRequired}), malformed an {@link IllegalArgumentException}}
   *
   * @param whyRequired why this client needs a base URL, for the message
   */
  protected HttpUrl parsedBaseUrl(String whyRequired) {
    if (baseUrl == null || baseUrl.isBlank()) {
      throw new ConfigurationException("baseUrl is required: " + whyRequired);
    }
    return parseUrl("baseUrl", baseUrl);
  }

  /**
   * A transport for {@code apiName} carrying the shared settings.
   *
   * @param apiName the API name
   * @return a transport builder with those settings
   */
  protected Transport.Builder transport(String apiName) {
    return Transport.builder(apiName).httpClient(httpClient).retryPolicy(retryPolicy).timeout(timeout);
  }

  /**
   * {@return {@code url} parsed; an {@link IllegalArgumentException} naming {@code name} unless it is an http(s) URL}
   *
   * @param name the setting's name, for the message
   * @param url the URL
   */
  protected static HttpUrl parseUrl(String name, String url) {
    HttpUrl parsed = url == null ? null : HttpUrl.parse(url.trim());
    if (parsed == null) {
      throw new IllegalArgumentException(name + " must be an http or https URL, was \"" + url + "\"");
    }
    return parsed;
  }
}
