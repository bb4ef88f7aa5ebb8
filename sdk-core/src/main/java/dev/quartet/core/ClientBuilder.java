package dev.quartet.core;

import dev.quartet.core.retry.RetryPolicy;
import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The settings every client builder shares: base URL, the caller's OkHttp client, retries and the
 * call timeout. Each client's builder extends it and adds its own credentials.
 *
 * @param <B> the concrete builder, so chained calls keep their type
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
  private String baseUrl;
  private OkHttpClient httpClient;
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private Duration timeout = Duration.ofSeconds(60);

  /** {@code defaultBaseUrl} may be null where the vendor publishes no host. */
  protected ClientBuilder(String defaultBaseUrl) {
    ClasspathCheck.verify();
    this.baseUrl = defaultBaseUrl;
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /** The API's base URL, path included (e.g. {@code https://host/api/v3}). */
  public B baseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
    return self();
  }

  /** Derive from this OkHttp client: its pool, dispatcher, proxy, TLS and timeouts are kept and shared. */
  public B httpClient(OkHttpClient httpClient) {
    this.httpClient = httpClient;
    return self();
  }

  /** How failed calls are retried; {@link RetryPolicy#defaults()} unless set. */
  public B retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    return self();
  }

  /** Whole-call timeout, retries included; 60 s by default. */
  public B timeout(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
    this.timeout = timeout;
    return self();
  }

  /** The base URL as set, for {@code toString()}s. */
  protected String baseUrlSetting() {
    return baseUrl;
  }

  /** The base URL, checked: missing is an {@link IllegalStateException} (with {@code whyRequired}), malformed an {@link IllegalArgumentException}. */
  protected HttpUrl parsedBaseUrl(String whyRequired) {
    if (baseUrl == null || baseUrl.isBlank()) {
      throw new IllegalStateException("baseUrl is required: " + whyRequired);
    }
    return parseUrl("baseUrl", baseUrl);
  }

  /** A transport for {@code apiName} carrying the shared settings. */
  protected Transport.Builder transport(String apiName) {
    return Transport.builder(apiName).httpClient(httpClient).retryPolicy(retryPolicy).timeout(timeout);
  }

  /** Parses an http(s) URL setting named {@code name}. */
  public static HttpUrl parseUrl(String name, String url) {
    HttpUrl parsed = url == null ? null : HttpUrl.parse(url.trim());
    if (parsed == null) {
      throw new IllegalArgumentException(name + " must be an http or https URL, was \"" + url + "\"");
    }
    return parsed;
  }
}
