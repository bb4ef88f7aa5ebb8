package dev.quartet.core.http;

import dev.quartet.core.SdkVersion;
import java.io.IOException;
import java.util.Locale;
import okhttp3.Response;

/** Names the SDK, the API and the runtime: {@code quartet-java/0.1.0 (homestretch; Java 17.0.15; Linux)}. */
public final class UserAgentInterceptor implements SdkInterceptor {
  private final String userAgent;

  /**
   * Sets the SDK's user agent on every request.
   *
   * @param apiName the API's name, part of the user agent
   */
  public UserAgentInterceptor(String apiName) {
    this.userAgent = format(apiName);
  }

  /**
   * {@return the user agent for {@code apiName}}
   *
   * @param apiName the API's name
   */
  public static String format(String apiName) {
    return String.format(Locale.ROOT, "%s-java/%s (%s; Java %s; %s)",
        SdkVersion.NAME, SdkVersion.VERSION, apiName,
        System.getProperty("java.version"), System.getProperty("os.name"));
  }

  /** {@return the user agent this interceptor sets} */
  public String userAgent() {
    return userAgent;
  }

  @Override
  public Response intercept(Step step) throws IOException {
    if (step.request().header("User-Agent") != null) {
      return step.proceed(step.request());
    }
    return step.proceed(step.request().newBuilder().header("User-Agent", userAgent).build());
  }
}
