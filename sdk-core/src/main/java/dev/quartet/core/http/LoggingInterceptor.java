package dev.quartet.core.http;

import dev.quartet.core.SdkLogging;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import org.slf4j.Logger;

/**
 * Logs each attempt through SLF4J logger {@code dev.quartet.http}: DEBUG gives the request line and
 * the status with its duration; TRACE adds the headers on {@link #SAFE_HEADERS} and text bodies.
 * Credentials never reach the log: headers are allow-listed (so {@code Authorization}, {@code Cookie}
 * and {@code Set-Cookie} are left out), and query parameters and JSON or form fields whose names look
 * secret are replaced by {@code ***}; the bodies of token and login requests and their answers are
 * left out whole.
 */
public final class LoggingInterceptor implements SdkInterceptor {
  /** Headers whose values may be logged at TRACE; no credential header is among them. */
  public static final Set<String> SAFE_HEADERS = Set.of(
      "accept", "content-type", "content-length", "user-agent", "retry-after", "last-modified",
      "if-modified-since", "etag", "location", "date", "x-request-id");

  private static final Logger LOG = SdkLogging.logger("dev.quartet.http");
  private static final int MAX_BODY_CHARS = 4096;
  private static final String SECRET_NAME = "[A-Za-z_\\-]*(?:secret|password|passwd|token|api_?key|apikey|auth_?key|authorization|cookie|sid)[A-Za-z_\\-]*";
  private static final Pattern JSON_SECRET = Pattern.compile(
      "(\"" + SECRET_NAME + "\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\]\\s]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern FORM_SECRET = Pattern.compile(
      "((?:^|&)" + SECRET_NAME + "=)([^&]*)", Pattern.CASE_INSENSITIVE);
  private static final Pattern SECRET_PARAM = Pattern.compile(SECRET_NAME, Pattern.CASE_INSENSITIVE);

  @Override
  public Response intercept(Step step) throws IOException {
    Request request = step.request();
    if (!LOG.isDebugEnabled()) {
      return step.proceed(request);
    }
    LOG.debug("--> {} {}", request.method(), redact(request.url()));
    boolean credentials = CredentialExchange.isMarked(request);
    if (LOG.isTraceEnabled()) {
      logHeaders("--> ", request.headers());
      if (credentials) {
        LOG.trace("--> body: (credentials, not logged)");
      } else {
        logRequestBody(request.body());
      }
    }
    long started = System.nanoTime();
    Response response;
    try {
      response = step.proceed(request);
    } catch (IOException e) {
      LOG.debug("<-- failed {} {}: {}", request.method(), redact(request.url()), e.toString());
      throw e;
    }
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    LOG.debug("<-- {} {} {} ({} ms)", response.code(), request.method(), redact(request.url()), tookMs);
    if (LOG.isTraceEnabled()) {
      logHeaders("<-- ", response.headers());
      if (credentials) {
        LOG.trace("<-- body: (answer to a credential request, not logged)");
      } else if (response.body() != null && isText(response.body().contentType())) {
        String peek = response.peekBody(MAX_BODY_CHARS).string();
        LOG.trace("<-- body: {}", redactBody(peek));
      }
    }
    return response;
  }

  /** The URL with the values of secret-looking query parameters masked. */
  static String redact(HttpUrl url) {
    if (url.querySize() == 0) {
      return url.toString();
    }
    HttpUrl.Builder b = url.newBuilder().query(null);
    for (int i = 0; i < url.querySize(); i++) {
      String name = url.queryParameterName(i);
      String value = url.queryParameterValue(i);
      b.addQueryParameter(name, SECRET_PARAM.matcher(name).matches() && value != null ? "***" : value);
    }
    return b.build().toString();
  }

  /**
   * Masks secret-looking JSON and form fields in a body.
   *
   * @param body the body as text
   * @return the body with those values masked
   */
  public static String redactBody(String body) {
    String json = JSON_SECRET.matcher(body).replaceAll("$1\"***\"");
    return FORM_SECRET.matcher(json).replaceAll("$1***");
  }

  private static void logHeaders(String prefix, Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      if (SAFE_HEADERS.contains(headers.name(i).toLowerCase(Locale.ROOT))) {
        LOG.trace("{}{}: {}", prefix, headers.name(i), headers.value(i));
      }
    }
  }

  private static void logRequestBody(RequestBody body) throws IOException {
    if (body == null || !isText(body.contentType()) || body.isOneShot() || body.isDuplex()) {
      return;
    }
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    String text = buffer.readUtf8(Math.min(buffer.size(), MAX_BODY_CHARS));
    LOG.trace("--> body: {}", redactBody(text));
  }

  private static boolean isText(MediaType type) {
    if (type == null) {
      return false;
    }
    String subtype = type.subtype().toLowerCase(Locale.ROOT);
    return "text".equals(type.type()) || subtype.contains("json") || subtype.contains("x-www-form-urlencoded");
  }
}
