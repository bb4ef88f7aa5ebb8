package dev.quartet.platform.realtime;

import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.slf4j.Logger;
import dev.quartet.core.SdkLogging;

/**
 * A WebSocket that comes back after losses. All state lives on one daemon timer thread: socket
 * callbacks, timers and listener calls are queued there, so subclasses need no locking. Callbacks of an
 * older socket are dropped (each attempt has its own generation). {@link #close()} stops the thread.
 */
abstract class ReconnectingWebSocket implements AutoCloseable {
  static final Logger LOG = SdkLogging.logger("dev.quartet.platform.realtime");
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final OkHttpClient http;
  private final Request request;
  private final Backoff backoff;
  private final ScheduledExecutorService timer;

  // Touched on the timer thread only.
  private WebSocket socket;
  private int generation;
  private int failures;
  private boolean closed;
  private boolean started;
  private volatile ConnectionState state = ConnectionState.CONNECTING;
  private volatile Thread timerThread;

  ReconnectingWebSocket(OkHttpClient http, Request request, Backoff backoff, String name) {
    this.http = http;
    this.request = request;
    this.backoff = backoff;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "platform-" + name + "-" + THREADS.incrementAndGet());
      t.setDaemon(true);
      timerThread = t;
      return t;
    });
  }

  /** Opens the connection (once); returns at once, progress is reported to the listeners. */
  void start() {
    run(() -> {
      if (!started && !closed) {
        started = true;
        open();
      }
    });
  }

  public ConnectionState state() {
    return state;
  }

  /** Called on the timer thread when the WebSocket is up. */
  abstract void onSocketOpen();

  /** Called on the timer thread for every text frame. */
  abstract void onText(String text);

  /** Called on the timer thread when the current socket is gone, before a reconnect is scheduled. */
  abstract void onSocketGone();

  /** Called on the timer thread on every state change. */
  abstract void stateChanged(ConnectionState state, Throwable cause);

  /** Marks the handshake as complete: resets the backoff and reports {@link ConnectionState#OPEN}. */
  final void opened() {
    failures = 0;
    setState(ConnectionState.OPEN, null);
  }

  /** Sends a text frame on the current socket; false when there is none or it is closing. */
  final boolean send(String text) {
    WebSocket current = socket;
    return current != null && current.send(text);
  }

  /** Declares the current connection lost and schedules a reconnect with backoff. */
  final void lost(String reason, Throwable cause) {
    if (closed || socket == null) {
      return;
    }
    LOG.debug("{}: connection lost: {}", request.url().encodedPath(), reason);
    socket.cancel();
    socket = null;
    generation++;
    onSocketGone();
    failures++;
    setState(ConnectionState.RECONNECTING, cause != null ? cause : new java.io.IOException(reason));
    long delay = backoff.delayMillis(failures);
    schedule(this::open, delay);
  }

  /** Runs {@code task} on the timer thread after {@code delayMillis} if this socket is still current. */
  final ScheduledFuture<?> scheduleForCurrent(Runnable task, long delayMillis) {
    int gen = generation;
    return schedule(() -> {
      if (gen == generation && !closed) {
        task.run();
      }
    }, delayMillis);
  }

  /** Runs {@code task} every {@code periodMillis} (fixed delay) while this socket is current. */
  final ScheduledFuture<?> repeatForCurrent(Runnable task, long periodMillis) {
    int gen = generation;
    try {
      return timer.scheduleWithFixedDelay(() -> {
        if (gen == generation && !closed) {
          guarded(task);
        }
      }, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException shutDown) {
      return null;
    }
  }

  private ScheduledFuture<?> schedule(Runnable task, long delayMillis) {
    try {
      return timer.schedule(() -> guarded(task), delayMillis, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException shutDown) {
      return null;
    }
  }

  private void run(Runnable task) {
    try {
      timer.execute(() -> guarded(task));
    } catch (RejectedExecutionException shutDown) {
      // closed: nothing left to do
    }
  }

  private static void guarded(Runnable task) {
    try {
      task.run();
    } catch (RuntimeException e) {
      LOG.warn("real-time task failed", e);
    }
  }

  private void open() {
    if (closed) {
      return;
    }
    setState(ConnectionState.CONNECTING, null);
    int gen = ++generation;
    socket = http.newWebSocket(request, new Listener(gen));
  }

  private void setState(ConnectionState next, Throwable cause) {
    state = next;
    stateChanged(next, cause);
  }

  /** Stops reconnecting, closes the socket with 1000 and ends the timer thread. Idempotent. */
  @Override
  public void close() {
    Runnable shutdown = () -> {
      if (closed) {
        return;
      }
      closed = true;
      generation++;
      onSocketGone();
      if (socket != null) {
        beforeClose();
        socket.close(1000, "client closed");
        socket = null;
      }
      setState(ConnectionState.CLOSED, null);
    };
    if (Thread.currentThread() == timerThread) {
      // Called from a listener: waiting for our own thread would deadlock.
      shutdown.run();
      timer.shutdown();
      return;
    }
    run(shutdown);
    timer.shutdown();
    try {
      if (!timer.awaitTermination(5, TimeUnit.SECONDS)) {
        timer.shutdownNow();
      }
      Thread thread = timerThread;
      if (thread != null) {
        thread.join(1000); // the executor is done; let its thread finish exiting too
      }
    } catch (InterruptedException e) {
      timer.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** Last words before the close frame (e.g. socket.io's disconnect packet). */
  void beforeClose() {}

  /** OkHttp callbacks, moved onto the timer thread and dropped when they belong to an older socket. */
  private final class Listener extends WebSocketListener {
    private final int gen;

    Listener(int gen) {
      this.gen = gen;
    }

    private void post(Runnable task) {
      run(() -> {
        if (gen == generation && !closed) {
          task.run();
        }
      });
    }

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
      post(ReconnectingWebSocket.this::onSocketOpen);
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
      post(() -> onText(text));
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
      webSocket.close(1000, null);
      post(() -> lost("server closed (" + code + (reason.isEmpty() ? "" : " " + reason) + ")", null));
    }

    @Override
    public void onClosed(WebSocket webSocket, int code, String reason) {
      post(() -> lost("closed (" + code + ")", null));
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable t, Response response) {
      String why = response != null ? "handshake answered HTTP " + response.code() : String.valueOf(t);
      post(() -> lost(why, t));
    }
  }
}
