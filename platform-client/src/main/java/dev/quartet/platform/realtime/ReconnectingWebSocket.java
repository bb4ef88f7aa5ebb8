package dev.quartet.platform.realtime;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;
import org.slf4j.Logger;
import dev.quartet.core.SdkLogging;

/**
 * A WebSocket that comes back after losses. All state lives on one daemon timer thread: socket
 * callbacks, timers and listener calls are queued there, so subclasses need no locking. Callbacks of an
 * older socket are dropped (each attempt has its own generation). {@link #close()} stops the thread;
 * so does {@link #end(Throwable)}, the server-decided ending that is not followed by a reconnect.
 */
abstract class ReconnectingWebSocket implements AutoCloseable {
  static final Logger LOG = SdkLogging.logger("dev.quartet.platform.realtime");
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final long MAX_ERROR_BODY = 2048;

  private final OkHttpClient http;
  private final Request request;
  private final Backoff backoff;
  private final ScheduledExecutorService timer;

  // Touched on the timer thread only (socket is read by senders on other threads too).
  private volatile WebSocket socket;
  private int generation;
  private int failures;
  private boolean closed;
  private boolean started;
  private ScheduledFuture<?> reconnect;
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

  /** The request of the next attempt; the constructor's by default. */
  Request nextRequest() {
    return request;
  }

  /** Called on the timer thread when the WebSocket is up. */
  abstract void onSocketOpen();

  /** Called on the timer thread for every text frame. */
  abstract void onText(String text);

  /** Called on the timer thread for every binary frame. */
  abstract void onBinary(ByteString bytes);

  /** Called on the timer thread when the current socket is gone (lost, ended or closed), with why. */
  abstract void onSocketGone(Throwable cause);

  /** Called on the timer thread on every state change. */
  abstract void stateChanged(ConnectionState state, Throwable cause);

  /**
   * The upgrade was answered with HTTP {@code code} instead of 101; {@code body} holds the start of the
   * answer. By default the connection counts as lost and is retried with backoff.
   */
  void handshakeRefused(int code, String body, Throwable cause) {
    lost("handshake answered HTTP " + code, cause);
  }

  /**
   * The upgrade succeeded but what followed, before any frame, is not WebSocket framing (OkHttp's
   * {@link java.net.ProtocolException}). engine.io 4 and later answer a protocol version they do not
   * speak this way: the HTTP 400 comes after the 101, inside the upgraded stream. By default the
   * connection counts as lost and is retried with backoff.
   */
  void upgradeGarbled(Throwable cause) {
    lost(String.valueOf(cause), cause);
  }

  /** The server sent a close frame; by default the connection counts as lost and is retried with backoff. */
  void serverClosed(int code, String reason) {
    lost("server closed (" + code + (reason.isEmpty() ? "" : " " + reason) + ")", null);
  }

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

  /** Sends a binary frame on the current socket; false when there is none or it is closing. */
  final boolean send(ByteString bytes) {
    WebSocket current = socket;
    return current != null && current.send(bytes);
  }

  /** The generation of the current socket, to tell later whether it is still the same connection. */
  final int generation() {
    return generation;
  }

  /** Declares the current connection lost and schedules a reconnect with backoff. */
  final void lost(String reason, Throwable cause) {
    if (closed || socket == null) {
      return;
    }
    LOG.debug("{}: connection lost: {}", request.url().encodedPath(), reason);
    Throwable why = cause != null ? cause : new IOException(reason);
    drop(why);
    failures++;
    setState(ConnectionState.RECONNECTING, why);
    reconnect = schedule(this::open, backoff.delayMillis(failures));
  }

  /** Drops the current socket and opens a new one right away, without backoff (e.g. another protocol version). */
  final void reconnectNow(String reason) {
    if (closed || socket == null) {
      return;
    }
    LOG.debug("{}: reconnecting at once: {}", request.url().encodedPath(), reason);
    drop(new IOException(reason));
    open();
  }

  /**
   * Ends the channel for good: no reconnect. Closes the socket, reports {@link ConnectionState#ENDED}
   * with {@code cause} and stops the timer thread once the current task is done.
   */
  final void end(Throwable cause) {
    if (closed) {
      return;
    }
    LOG.debug("{}: channel ended: {}", request.url().encodedPath(), cause.getMessage());
    closed = true;
    generation++;
    cancelReconnect();
    WebSocket current = socket;
    socket = null;
    onSocketGone(cause);
    if (current != null) {
      current.close(1000, null);
    }
    setState(ConnectionState.ENDED, cause);
    timer.shutdown();
  }

  private void drop(Throwable why) {
    WebSocket current = socket;
    socket = null;
    current.cancel();
    generation++;
    onSocketGone(why);
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

  /** Runs {@code task} on the timer thread after {@code delayMillis}; null when the channel is shut down. */
  final ScheduledFuture<?> schedule(Runnable task, long delayMillis) {
    try {
      return timer.schedule(() -> guarded(task), delayMillis, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException shutDown) {
      return null;
    }
  }

  /** Runs {@code task} on the timer thread (at once when already on it); false when the channel is shut down. */
  final boolean run(Runnable task) {
    if (Thread.currentThread() == timerThread) {
      guarded(task);
      return true;
    }
    try {
      timer.execute(() -> guarded(task));
      return true;
    } catch (RejectedExecutionException shutDown) {
      return false; // closed: nothing left to do
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
    reconnect = null;
    setState(ConnectionState.CONNECTING, null);
    int gen = ++generation;
    socket = http.newWebSocket(nextRequest(), new Listener(gen));
  }

  private void cancelReconnect() {
    if (reconnect != null) {
      reconnect.cancel(false);
      reconnect = null;
    }
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
      cancelReconnect();
      WebSocket current = socket;
      socket = null;
      if (current != null) {
        beforeClose(current);
        current.close(1000, "client closed");
      }
      onSocketGone(new IOException("the channel was closed"));
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

  /** Last words on {@code socket} before the close frame (e.g. socket.io's disconnect packet). */
  void beforeClose(WebSocket socket) {}

  /** The start of a refused handshake's answer; read on OkHttp's thread, before the response is closed. */
  private static String errorBody(Response response) {
    try {
      ResponseBody body = response.peekBody(MAX_ERROR_BODY);
      return body.string();
    } catch (IOException | RuntimeException unreadable) {
      return "";
    }
  }

  /** OkHttp callbacks, moved onto the timer thread and dropped when they belong to an older socket. */
  private final class Listener extends WebSocketListener {
    private final int gen;
    private volatile boolean upgraded;
    private volatile boolean framed;

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
      upgraded = true;
      post(ReconnectingWebSocket.this::onSocketOpen);
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
      framed = true;
      post(() -> onText(text));
    }

    @Override
    public void onMessage(WebSocket webSocket, ByteString bytes) {
      framed = true;
      post(() -> onBinary(bytes));
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
      framed = true;
      webSocket.close(1000, null);
      post(() -> serverClosed(code, reason));
    }

    @Override
    public void onClosed(WebSocket webSocket, int code, String reason) {
      post(() -> lost("closed (" + code + ")", null));
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable t, Response response) {
      if (response != null && response.code() != 101) {
        int code = response.code();
        String body = errorBody(response);
        post(() -> handshakeRefused(code, body, t));
        return;
      }
      if (upgraded && !framed && t instanceof java.net.ProtocolException) {
        post(() -> upgradeGarbled(t));
        return;
      }
      post(() -> lost(String.valueOf(t), t));
    }
  }
}
