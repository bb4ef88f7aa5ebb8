package dev.quartet.sandbox;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Trouble the sandbox makes on purpose, so a team can test its own resilience against the SDK: added
 * latency, a share of 429s with {@code Retry-After}, bursts of 503s, and connection resets, for one API
 * or one route of it. Immutable; each setter returns a changed copy.
 *
 * <pre>{@code
 * sandbox.injectFaults(FaultRule.forApi(SandboxApi.CITYPOINT)
 *     .latency(Duration.ofMillis(200))
 *     .tooManyRequests(0.25, Duration.ofSeconds(1)));
 * sandbox.injectFaults(FaultRule.forRoute(SandboxApi.HOMESTRETCH, "GET", "/places/.*").serverErrorBursts(2, 5));
 * }</pre>
 *
 * <p>Shares are deterministic, not random: a share of 0.25 troubles the 4th, 8th, 12th... matching
 * request, so a test sees the same sequence every run. When several kinds apply to one request, a
 * reset wins over a 503, a 503 over a 429; latency is added to whatever is answered.
 *
 * <p>On the command line: {@code --fault api=citypoint,latency=200ms,429=0.25,retry-after=1s}, plus
 * {@code method=GET}, {@code path=/places/.*}, {@code 503=2/5} (bursts of 2 in every 5) and
 * {@code reset=0.1}; see {@link #parse(String)}.
 */
public final class FaultRule {
  private final SandboxApi api;
  private final String method;
  private final Pattern path;
  private final Duration latency;
  private final double tooManyShare;
  private final Duration retryAfter;
  private final int burstLength;
  private final int burstPeriod;
  private final double resetShare;

  private FaultRule(SandboxApi api, String method, Pattern path, Duration latency, double tooManyShare,
      Duration retryAfter, int burstLength, int burstPeriod, double resetShare) {
    this.api = api;
    this.method = method;
    this.path = path;
    this.latency = latency;
    this.tooManyShare = tooManyShare;
    this.retryAfter = retryAfter;
    this.burstLength = burstLength;
    this.burstPeriod = burstPeriod;
    this.resetShare = resetShare;
  }

  /**
   * {@return a rule for every request to {@code api}, with no fault yet}
   *
   * @param api the API
   */
  public static FaultRule forApi(SandboxApi api) {
    return new FaultRule(require(api, "api"), null, null, Duration.ZERO, 0, Duration.ofSeconds(1), 0, 0, 0);
  }

  /**
   * {@return a rule for the requests to {@code api} with this method whose path below the API's prefix
   * matches {@code pathRegex}, with no fault yet}
   *
   * @param api the API
   * @param method the HTTP method, e.g. {@code GET}; {@code *} for any
   * @param pathRegex a regular expression the whole path below the API's {@link SandboxApi#prefix()}
   *     must match, e.g. {@code /places/.*} ({@link SandboxApi#basePath()}: below {@code /onepagecrm/api/v3} for OnePageCRM)
   */
  public static FaultRule forRoute(SandboxApi api, String method, String pathRegex) {
    require(method, "method");
    require(pathRegex, "pathRegex");
    String m = method.equals("*") ? null : method.toUpperCase(Locale.ROOT);
    return forApi(api).copy(m, Pattern.compile(pathRegex));
  }

  /**
   * {@return a copy that delays every matching answer by {@code latency}}
   *
   * @param latency zero or more
   */
  public FaultRule latency(Duration latency) {
    if (require(latency, "latency").isNegative()) {
      throw new IllegalArgumentException("latency must not be negative, was " + latency);
    }
    return new FaultRule(api, method, path, latency, tooManyShare, retryAfter, burstLength, burstPeriod, resetShare);
  }

  /**
   * {@return a copy that answers this share of the matching requests with 429 Too Many Requests and a
   * {@code Retry-After} of {@code retryAfter} (whole seconds, rounded up)}
   *
   * @param share from 0 (never) to 1 (always)
   * @param retryAfter what {@code Retry-After} says
   */
  public FaultRule tooManyRequests(double share, Duration retryAfter) {
    if (require(retryAfter, "retryAfter").isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative, was " + retryAfter);
    }
    return new FaultRule(api, method, path, latency, share(share, "share"), retryAfter, burstLength, burstPeriod, resetShare);
  }

  /**
   * {@return a copy that answers 503 Service Unavailable to the first {@code length} of every
   * {@code period} matching requests: {@code (2, 5)} fails requests 1-2, 6-7, 11-12...}
   *
   * @param length how many in a row fail, at least 1
   * @param period the cycle, at least {@code length}; equal to {@code length} fails every request
   */
  public FaultRule serverErrorBursts(int length, int period) {
    if (length < 1 || period < length) {
      throw new IllegalArgumentException("serverErrorBursts needs 1 <= length <= period, was length "
          + length + ", period " + period);
    }
    return new FaultRule(api, method, path, latency, tooManyShare, retryAfter, length, period, resetShare);
  }

  /**
   * {@return a copy that resets the connection (TCP RST, no answer) for this share of the matching
   * requests}
   *
   * @param share from 0 (never) to 1 (always)
   */
  public FaultRule connectionResets(double share) {
    return new FaultRule(api, method, path, latency, tooManyShare, retryAfter, burstLength, burstPeriod, share(share, "share"));
  }

  /**
   * Reads a rule from its command-line form: comma-separated {@code key=value} pairs, {@code api}
   * required; {@code method}, {@code path} (regex below the API's prefix), {@code latency} ({@code 200ms},
   * {@code 2s}), {@code 429} (a share), {@code retry-after} (default {@code 1s}), {@code 503}
   * ({@code length/period}) and {@code reset} (a share). Example:
   * {@code api=homestretch,method=GET,path=/places.*,503=2/5,latency=50ms}.
   *
   * @param spec the rule
   * @return the rule
   * @throws IllegalArgumentException naming the key and the rule it breaks
   */
  public static FaultRule parse(String spec) {
    require(spec, "spec");
    SandboxApi api = null;
    String method = "*";
    String path = null;
    Duration latency = Duration.ZERO;
    Duration retryAfter = Duration.ofSeconds(1);
    double tooMany = 0;
    double reset = 0;
    int[] burst = null;
    for (String pair : spec.split(",")) {
      int eq = pair.indexOf('=');
      if (eq < 1) {
        throw new IllegalArgumentException("fault '" + spec + "': expected key=value, got '" + pair + "'");
      }
      String key = pair.substring(0, eq).trim().toLowerCase(Locale.ROOT);
      String value = pair.substring(eq + 1).trim();
      switch (key) {
        case "api" -> api = SandboxApi.of(value);
        case "method" -> method = value;
        case "path" -> path = value;
        case "latency" -> latency = Durations.parse("fault " + key, value);
        case "retry-after" -> retryAfter = Durations.parse("fault " + key, value);
        case "429" -> tooMany = number(key, value);
        case "reset" -> reset = number(key, value);
        case "503" -> burst = burst(value);
        default -> throw new IllegalArgumentException("fault '" + spec + "': unknown key '" + key
            + "' (api, method, path, latency, 429, retry-after, 503, reset)");
      }
    }
    if (api == null) {
      throw new IllegalArgumentException("fault '" + spec + "': api= is required");
    }
    FaultRule rule = path == null && method.equals("*") ? forApi(api) : forRoute(api, method, path == null ? ".*" : path);
    rule = rule.latency(latency).tooManyRequests(tooMany, retryAfter).connectionResets(reset);
    return burst == null ? rule : rule.serverErrorBursts(burst[0], burst[1]);
  }

  /** {@return whether this rule applies to a request with this method and path below the API's prefix} */
  boolean matches(SandboxApi requestApi, String requestMethod, String pathBelowPrefix) {
    return api == requestApi && (method == null || method.equals(requestMethod))
        && (path == null || path.matcher(pathBelowPrefix).matches());
  }

  SandboxApi api() {
    return api;
  }

  Duration latency() {
    return latency;
  }

  double tooManyShare() {
    return tooManyShare;
  }

  Duration retryAfter() {
    return retryAfter;
  }

  double resetShare() {
    return resetShare;
  }

  /** {@return whether the {@code n}th matching request (1-based) falls in a 503 burst} */
  boolean inBurst(long n) {
    return burstLength > 0 && (n - 1) % burstPeriod < burstLength;
  }

  /** {@return whether the {@code n}th matching request (1-based) is in the given share: deterministic} */
  static boolean inShare(double share, long n) {
    return share > 0 && Math.floor(n * share) > Math.floor((n - 1) * share);
  }

  private FaultRule copy(String method, Pattern path) {
    return new FaultRule(api, method, path, latency, tooManyShare, retryAfter, burstLength, burstPeriod, resetShare);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("api=").append(api.id());
    if (method != null) {
      s.append(",method=").append(method);
    }
    if (path != null) {
      s.append(",path=").append(path.pattern());
    }
    if (!latency.isZero()) {
      s.append(",latency=").append(latency.toMillis()).append("ms");
    }
    if (tooManyShare > 0) {
      s.append(",429=").append(tooManyShare).append(",retry-after=").append(retryAfter.toMillis()).append("ms");
    }
    if (burstLength > 0) {
      s.append(",503=").append(burstLength).append('/').append(burstPeriod);
    }
    if (resetShare > 0) {
      s.append(",reset=").append(resetShare);
    }
    return s.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FaultRule other && toString().equals(other.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  private static double share(double share, String name) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException(name + " must be between 0 and 1, was " + share);
    }
    return share;
  }

  private static double number(String key, String value) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("fault " + key + " needs a share between 0 and 1, not '" + value + "'");
    }
  }

  private static int[] burst(String value) {
    String[] parts = value.split("/");
    try {
      if (parts.length == 2) {
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("fault 503 needs length/period such as 2/5, not '" + value + "'");
  }

  private static <T> T require(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }
}
