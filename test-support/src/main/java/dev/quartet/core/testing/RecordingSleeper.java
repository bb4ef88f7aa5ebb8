package dev.quartet.core.testing;

import dev.quartet.core.retry.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records requested waits instead of sleeping, and moves a {@link MutableClock} along if given one. */
public final class RecordingSleeper implements Sleeper {
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private final MutableClock clock;

  public RecordingSleeper(MutableClock clock) {
    this.clock = clock;
  }

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

  public List<Duration> sleeps() {
    return sleeps;
  }
}
