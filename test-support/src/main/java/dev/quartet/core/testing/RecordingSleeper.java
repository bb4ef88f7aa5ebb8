package dev.quartet.core.testing;

import dev.quartet.core.retry.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records requested waits instead of sleeping, and moves a {@link MutableClock} along if given one. */
public final class RecordingSleeper implements Sleeper {
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private final MutableClock clock;

  /**
   * A sleeper that also moves {@code clock} by each wait.
   *
   * @param clock the clock to move, or null
   */
  public RecordingSleeper(MutableClock clock) {
    this.clock = clock;
  }

  /** A sleeper that only records. */
  public RecordingSleeper() {
    this(null);
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    if (clock != null) {
      clock.advance(duration);
    }
  }

  /** {@return the waits asked for, in order} */
  public List<Duration> sleeps() {
    return sleeps;
  }
}
