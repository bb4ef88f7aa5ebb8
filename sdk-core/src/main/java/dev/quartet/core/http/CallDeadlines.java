package dev.quartet.core.http;

import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import okhttp3.Call;

/**
 * Whole-call deadlines for blocking calls, cheaper than OkHttp's {@code callTimeout}. OkHttp arms its
 * call timeout through okio's {@code AsyncTimeout}, whose watchdog thread is signalled (a
 * {@code LockSupport.unpark}, i.e. a futex system call) on every call that becomes the earliest
 * deadline — with one call in flight, every call. Here arming a call is a lock-free enqueue and a
 * volatile read: one shared daemon thread sweeps the armed calls and cancels those past their
 * deadline, and it is woken only when a new deadline is earlier than its next planned sweep, so with
 * the usual long timeouts (60 s) it is never woken by a call.
 *
 * <p>The price: the sweeper runs every {@value #SWEEP_MILLIS} ms while calls are armed (and parks
 * when none are), and a finished call's entry is dropped at the next sweep rather than at once. A
 * deadline fires on time: a call whose deadline comes before the next sweep wakes the sweeper. A
 * timed-out call is cancelled exactly as OkHttp's own call timeout does it, so retry stops, the
 * connection is released and the caller sees the same typed timeout.
 */
public final class CallDeadlines {
  static final long SWEEP_MILLIS = 250;
  private static final long SWEEP_NANOS = TimeUnit.MILLISECONDS.toNanos(SWEEP_MILLIS);
  /** Sweeps without any call armed before the sweeper parks until the next call. */
  private static final int IDLE_SWEEPS = 8;
  /** How long a parked sweeper waits for a call before its thread ends. */
  private static final long RETIRE_NANOS = TimeUnit.SECONDS.toNanos(60);

  private static final ConcurrentLinkedQueue<Armed> ARMED = new ConcurrentLinkedQueue<>();
  private static final Object LIFECYCLE = new Object();
  private static volatile Thread sweeper;
  /** While true the sweeper is scanning and may miss a new entry: whoever arms one wakes it. */
  private static volatile boolean scanning;
  /** True while the sweeper is parked with nothing armed: whoever arms a call wakes it. */
  private static volatile boolean idle;
  /** Set by every arming, cleared by each sweep: tells a busy sweeper from an idle one. */
  private static volatile boolean recent;
  /** When the sweeper next wakes by itself ({@link System#nanoTime()} scale). */
  private static volatile long nextSweep;

  private CallDeadlines() {}

  /**
   * Arms a deadline for {@code call}; disarm it with {@link Armed#close()} once the answer has been
   * read and closed.
   *
   * @param call the call to cancel when the deadline passes
   * @param timeoutMillis the whole-call timeout, more than 0
   * @return the armed deadline
   */
  public static Armed arm(Call call, long timeoutMillis) {
    Armed armed = new Armed(call, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis));
    ARMED.offer(armed);
    if (!recent) {
      recent = true;
    }
    Thread t = sweeper;
    if (t == null) {
      start();
    } else if (idle || scanning || armed.deadline - nextSweep < 0) {
      LockSupport.unpark(t);
    }
    return armed;
  }

  private static void start() {
    synchronized (LIFECYCLE) {
      if (sweeper != null) {
        LockSupport.unpark(sweeper);
        return;
      }
      Thread t = new Thread(CallDeadlines::sweep, "quartet-call-deadlines");
      t.setDaemon(true);
      sweeper = t;
      t.start();
    }
  }

  private static void sweep() {
    int idleSweeps = 0;
    while (true) {
      scanning = true;
      long now = System.nanoTime();
      long wake = now + SWEEP_NANOS;
      boolean any = false;
      for (Iterator<Armed> it = ARMED.iterator(); it.hasNext(); ) {
        Armed a = it.next();
        if (a.closed) {
          it.remove();
        } else if (a.deadline - now <= 0) {
          it.remove();
          a.expire();
        } else {
          any = true;
          if (a.deadline - wake < 0) {
            wake = a.deadline;
          }
        }
      }
      boolean active = any || recent;
      recent = false;
      idleSweeps = active ? 0 : idleSweeps + 1;
      nextSweep = wake;
      if (idleSweeps < IDLE_SWEEPS) {
        scanning = false;
        long sleep = wake - System.nanoTime();
        if (sleep > 0) {
          LockSupport.parkNanos(CallDeadlines.class, sleep);
        }
        continue;
      }
      idle = true;
      scanning = false;
      if (ARMED.isEmpty() && !recent) {
        LockSupport.parkNanos(CallDeadlines.class, RETIRE_NANOS);
      }
      idle = false;
      if (ARMED.isEmpty() && !recent) {
        synchronized (LIFECYCLE) {
          sweeper = null;
        }
        if (!ARMED.isEmpty()) {
          start(); // a call armed while this thread was retiring saw it still running
        }
        return;
      }
      idleSweeps = 0;
    }
  }

  /** One call's armed deadline. */
  public static final class Armed implements AutoCloseable {
    private final Call call;
    private final long deadline;
    private volatile boolean closed;
    private volatile boolean timedOut;

    private Armed(Call call, long deadline) {
      this.call = call;
      this.deadline = deadline;
    }

    private void expire() {
      if (!closed) {
        timedOut = true;
        call.cancel();
      }
    }

    /** {@return whether the deadline passed and the call was cancelled for it} */
    public boolean timedOut() {
      return timedOut;
    }

    /** Disarms the deadline: the call is over. */
    @Override
    public void close() {
      closed = true;
      ARMED.remove(this); // the armed calls are the ones in flight: few, and this one is near the head
    }
  }
}
