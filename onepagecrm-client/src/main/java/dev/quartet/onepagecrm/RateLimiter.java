package dev.quartet.onepagecrm;

import dev.quartet.core.Checks;
import dev.quartet.core.retry.Sleeper;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A token bucket: {@code burst} requests may go at once, after that one every
 * {@code 1 / requestsPerSecond} seconds. OnePageCRM answers 429 above roughly 5 requests/s with bursts
 * of 10, so a batch job that paces itself here never sees one.
 *
 * <p>Waiting callers reserve their slot before sleeping, so concurrent threads queue up in arrival order
 * instead of waking together. One limiter may be shared by several clients of the same account.
 */
public final class RateLimiter {
  private static final double NANOS_PER_SECOND = 1_000_000_000d;

  private final double perNano;
  private final double burst;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private double tokens;
  private long last;

  /**
   * A limiter on the system clock that really sleeps.
   *
   * @param requestsPerSecond the sustained rate, positive and finite
   * @param burst how many requests may go at once after a quiet spell, 1 or more
   */
  public RateLimiter(double requestsPerSecond, int burst) {
    this(requestsPerSecond, burst, System::nanoTime, Sleeper.SYSTEM);
  }

  /**
   * A limiter reading time from {@code nanoTime} and waiting with {@code sleeper} (tests pass fakes).
   *
   * @param requestsPerSecond the sustained rate, positive and finite
   * @param burst how many requests may go at once after a quiet spell, 1 or more
   * @param nanoTime the clock, in nanoseconds
   * @param sleeper how to wait
   */
  public RateLimiter(double requestsPerSecond, int burst, LongSupplier nanoTime, Sleeper sleeper) {
    if (!(requestsPerSecond > 0) || Double.isInfinite(requestsPerSecond)) {
      throw new IllegalArgumentException("requestsPerSecond must be a positive number, was " + requestsPerSecond);
    }
    if (burst < 1) {
      throw new IllegalArgumentException("burst must be at least 1, was " + burst);
    }
    this.perNano = requestsPerSecond / NANOS_PER_SECOND;
    this.burst = burst;
    this.nanoTime = Checks.required("nanoTime", nanoTime);
    this.sleeper = Checks.required("sleeper", sleeper);
    this.tokens = burst;
    this.last = nanoTime.getAsLong();
  }

  /**
   * Blocks until the caller may send one request.
   *
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  public void acquire() throws InterruptedException {
    Duration wait = reserve();
    if (!wait.isZero()) {
      sleeper.sleep(wait);
    }
  }

  /** Takes one token now, possibly on credit, and says how long to wait before using it. */
  synchronized Duration reserve() {
    long now = nanoTime.getAsLong();
    tokens = Math.min(burst, tokens + (now - last) * perNano);
    last = now;
    tokens -= 1;
    if (tokens >= 0) {
      return Duration.ZERO;
    }
    return Duration.ofNanos((long) Math.ceil(-tokens / perNano));
  }

  @Override
  public String toString() {
    return "RateLimiter{requestsPerSecond=" + perNano * NANOS_PER_SECOND + ", burst=" + (long) burst + "}";
  }
}
