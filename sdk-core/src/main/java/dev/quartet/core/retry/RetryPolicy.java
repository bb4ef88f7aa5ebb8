package dev.quartet.core.retry;

import dev.quartet.core.Checks;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When and how long to wait before trying a request again. Immutable; build with {@link #builder()}.
 *
 * <p>Delays grow exponentially from {@code initialBackoff}, each drawn uniformly from zero up to the
 * exponential value ("full jitter") and never above {@code maxBackoff}. A {@code Retry-After} header
 * replaces the computed delay when it is within {@code maxBackoff}; a longer one ends the retries, since
 * waiting less than the server asked is pointless. No retry starts once {@code totalBudget} would be
 * exceeded.
 */
public final class RetryPolicy {
  /** Statuses that say "try again later": timeout, rate limit and the gateway/unavailable family. */
  public static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429, 502, 503, 504);

  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration totalBudget;
  private final Clock clock;
  private final Sleeper sleeper;
  private final DoubleSupplier jitter;

  private RetryPolicy(Builder b) {
    this.maxRetries = b.maxRetries;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.totalBudget = b.totalBudget;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
    this.jitter = b.jitter;
  }

  /** {@return the default policy: two retries, 0.5 s initial backoff, 8 s cap, 30 s budget} */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /** {@return a policy that never retries} */
  public static RetryPolicy none() {
    return builder().maxRetries(0).build();
  }

  /** {@return a builder starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder starting from this policy} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxRetries = maxRetries;
    b.initialBackoff = initialBackoff;
    b.maxBackoff = maxBackoff;
    b.totalBudget = totalBudget;
    b.clock = clock;
    b.sleeper = sleeper;
    b.jitter = jitter;
    return b;
  }

  /** {@return how many retries follow the first attempt} */
  public int maxRetries() {
    return maxRetries;
  }

  /** {@return the longest wait between attempts} */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** {@return the time all attempts and waits together may take} */
  public Duration totalBudget() {
    return totalBudget;
  }

  /** {@return the clock the budget is measured with} */
  public Clock clock() {
    return clock;
  }

  /** {@return what waits between attempts} */
  public Sleeper sleeper() {
    return sleeper;
  }

  /**
   * {@return the computed delay before retry number {@code retry} (1-based), jitter applied}
   *
   * @param retry the retry
   */
  public Duration backoff(int retry) {
    double exponential = initialBackoff.toNanos() * Math.pow(2, retry - 1);
    double capped = Math.min(exponential, maxBackoff.toNanos());
    return Duration.ofNanos((long) (capped * jitter.getAsDouble()));
  }

  /** Builds a {@link RetryPolicy}. */
  public static final class Builder {
    private int maxRetries = 2;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private Duration totalBudget = Duration.ofSeconds(30);
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();

    private Builder() {}

    /**
     * Retries after the first attempt; 0 disables retrying.
     *
     * @param maxRetries the max retries
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * The first wait; later ones grow exponentially, with full jitter.
     *
     * @param initialBackoff the first wait
     * @return this builder
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = positive("initialBackoff", initialBackoff);
      return this;
    }

    /**
     * The longest wait between attempts.
     *
     * @param maxBackoff the cap
     * @return this builder
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = positive("maxBackoff", maxBackoff);
      return this;
    }

    /**
     * The time all attempts and waits together may take.
     *
     * @param totalBudget the budget
     * @return this builder
     */
    public Builder totalBudget(Duration totalBudget) {
      this.totalBudget = positive("totalBudget", totalBudget);
      return this;
    }

    /**
     * The clock the budget is measured with (tests pass a fake one).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Checks.required("clock", clock);
      return this;
    }

    /**
     * What waits between attempts (tests record instead of sleeping).
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Checks.required("sleeper", sleeper);
      return this;
    }

    /**
     * Source of the jitter factor in [0, 1); a constant 1.0 gives plain exponential backoff.
     *
     * @param jitter the jitter
     * @return this builder
     */
    public Builder jitter(DoubleSupplier jitter) {
      this.jitter = Checks.required("jitter", jitter);
      return this;
    }

    /** {@return the policy} */
    public RetryPolicy build() {
      if (initialBackoff.compareTo(maxBackoff) > 0) {
        throw new IllegalArgumentException("initialBackoff must not exceed maxBackoff");
      }
      return new RetryPolicy(this);
    }

    private static Duration positive(String name, Duration d) {
      Checks.required(name, d);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + d);
      }
      return d;
    }
  }
}
