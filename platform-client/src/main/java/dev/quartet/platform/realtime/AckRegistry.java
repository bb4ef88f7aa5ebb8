package dev.quartet.platform.realtime;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

/**
 * The emits that wait for the server's acknowledgement, by ack id. Each one ends exactly once:
 * answered, timed out, or failed when the connection goes. Thread-safe: ids are taken on the emitting
 * thread, answers and timeouts come on the channel's thread.
 */
final class AckRegistry {
  private final AtomicLong ids = new AtomicLong();
  private final Map<Long, Pending> pending = new ConcurrentHashMap<>();
  private final BiFunction<Runnable, Long, ScheduledFuture<?>> scheduler;

  /** {@code scheduler} runs a task after a delay in milliseconds on the channel's thread (null when it cannot). */
  AckRegistry(BiFunction<Runnable, Long, ScheduledFuture<?>> scheduler) {
    this.scheduler = scheduler;
  }

  private record Pending(AckCallback callback, ScheduledFuture<?> timeout) {}

  /** Registers {@code callback} under a new id that times out after {@code timeoutMillis}; returns the id. */
  long register(AckCallback callback, long timeoutMillis) {
    long id = ids.getAndIncrement();
    pending.put(id, new Pending(callback, null));
    ScheduledFuture<?> timeout = scheduler.apply(() -> timedOut(id, timeoutMillis), timeoutMillis);
    if (timeout == null) {
      fail(id, new java.io.IOException("the channel is closed"));
      return id;
    }
    // Keep the handle for cancelling, unless the ack already ended meanwhile.
    pending.computeIfPresent(id, (k, p) -> new Pending(p.callback(), timeout));
    return id;
  }

  /** Delivers an answer; false when no emit waits for {@code id} (unknown, or already timed out). */
  boolean complete(long id, ArrayNode args) {
    Pending p = pending.remove(id);
    if (p == null) {
      return false;
    }
    cancel(p);
    call(p.callback(), AckArgs.payload(args), null);
    return true;
  }

  /** Fails one waiting emit (e.g. its packet could not be sent). */
  void fail(long id, Throwable cause) {
    Pending p = pending.remove(id);
    if (p != null) {
      cancel(p);
      call(p.callback(), null, cause);
    }
  }

  /** Fails every waiting emit: the connection that would carry their answers is gone. */
  void failAll(Throwable cause) {
    List<Long> all = new ArrayList<>(pending.keySet());
    for (long id : all) {
      fail(id, cause);
    }
  }

  int size() {
    return pending.size();
  }

  private void timedOut(long id, long timeoutMillis) {
    Pending p = pending.remove(id);
    if (p != null) {
      call(p.callback(), null, new TimeoutException("no acknowledgement for ack id " + id + " within " + timeoutMillis + " ms"));
    }
  }

  private static void cancel(Pending p) {
    if (p.timeout() != null) {
      p.timeout().cancel(false);
    }
  }

  private static void call(AckCallback callback, com.fasterxml.jackson.databind.JsonNode args, Throwable error) {
    try {
      callback.onAck(args, error);
    } catch (RuntimeException e) {
      ReconnectingWebSocket.LOG.warn("ack callback failed", e);
    }
  }
}
