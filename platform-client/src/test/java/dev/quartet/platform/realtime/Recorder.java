package dev.quartet.platform.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Records what a channel delivers, for tests to wait on (generous waits, no timing assertions). */
final class Recorder implements RealtimeListener, PlatformEventListener {
  final BlockingQueue<Map.Entry<String, JsonNode>> events = new LinkedBlockingQueue<>();
  final BlockingQueue<PlatformEvent> streamEvents = new LinkedBlockingQueue<>();
  final BlockingQueue<ConnectionState> states = new LinkedBlockingQueue<>();
  final BlockingQueue<Throwable> causes = new LinkedBlockingQueue<>();
  final BlockingQueue<Throwable> errors = new LinkedBlockingQueue<>();
  final BlockingQueue<RealtimeEvent> whole = new LinkedBlockingQueue<>();

  @Override
  public void onEvent(String event, JsonNode payload) {
    events.add(Map.entry(event, payload));
  }

  @Override
  public void onEvent(RealtimeEvent event) {
    whole.add(event);
    RealtimeListener.super.onEvent(event);
  }

  @Override
  public void onError(Throwable error) {
    errors.add(error);
  }

  @Override
  public void onEvent(PlatformEvent event) {
    streamEvents.add(event);
  }

  @Override
  public void onStateChange(ConnectionState state, Throwable cause) {
    states.add(state);
    if (cause != null) {
      causes.add(cause);
    }
  }

  Map.Entry<String, JsonNode> nextEvent() throws InterruptedException {
    return take(events);
  }

  RealtimeEvent nextWhole() throws InterruptedException {
    return take(whole);
  }

  /** The next whole event called {@code name} (others before it are skipped). */
  RealtimeEvent nextNamed(String name) throws InterruptedException {
    while (true) {
      RealtimeEvent e = take(whole);
      if (e.name().equals(name)) {
        return e;
      }
    }
  }

  Throwable nextError() throws InterruptedException {
    return take(errors);
  }

  PlatformEvent nextStreamEvent() throws InterruptedException {
    return take(streamEvents);
  }

  /** Waits until {@code state} is reported (states before it are skipped). */
  void awaitState(ConnectionState state) throws InterruptedException {
    while (true) {
      if (take(states) == state) {
        return;
      }
    }
  }

  /** Waits for {@code state} and returns the cause reported with it. */
  Throwable awaitCause(ConnectionState state) throws InterruptedException {
    awaitState(state);
    Throwable cause = causes.poll(10, TimeUnit.SECONDS);
    if (cause == null) {
      throw new AssertionError("no cause came with " + state);
    }
    return cause;
  }

  private static <T> T take(BlockingQueue<T> queue) throws InterruptedException {
    T item = queue.poll(10, TimeUnit.SECONDS);
    if (item == null) {
      throw new AssertionError("nothing arrived");
    }
    return item;
  }
}
