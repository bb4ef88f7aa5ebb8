package dev.quartet.spring.boot;

import dev.quartet.core.ClientBuilder;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.ObjectProvider;

/** Turns properties into builder calls, with errors that name the property to set. */
final class Settings {
  private Settings() {}

  static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }

  /** {@code value}, or a {@link QuartetPropertiesException} naming {@code property} (and {@code hint}) when unset. */
  static String required(String property, String value, String hint) {
    if (!isSet(value)) {
      throw invalid(property, property + " is required (" + hint + ")");
    }
    return value.trim();
  }

  /** Fails naming both properties when both ways of signing in are configured. */
  static void notBoth(boolean first, String firstName, boolean second, String secondName) {
    if (first && second) {
      throw invalid(firstName, "set either " + firstName + " or " + secondName + ", not both");
    }
  }

  /** The failure for {@code property} (e.g. {@code quartet.platform.token}), carrying its API's prefix. */
  static QuartetPropertiesException invalid(String property, String message) {
    int apiEnd = property.indexOf('.', "quartet.".length());
    return new QuartetPropertiesException(apiEnd < 0 ? property : property.substring(0, apiEnd), message);
  }

  /**
   * The settings every client shares: the application's {@link OkHttpClient} bean when there is exactly
   * one (or a primary one), so its pool, dispatcher, proxy and TLS are shared; and the timeout.
   */
  static <B extends ClientBuilder<B>> B shared(B builder, ObjectProvider<OkHttpClient> httpClient, ClientProperties properties) {
    OkHttpClient http = httpClient.getIfUnique();
    if (http != null) {
      builder.httpClient(http);
    }
    Duration timeout = properties.getTimeout();
    if (timeout != null) {
      builder.timeout(timeout);
    }
    return builder;
  }
}
