package dev.quartet.core.retry;

import java.time.Duration;

/** Waits between attempts. Injected so tests can record delays instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
