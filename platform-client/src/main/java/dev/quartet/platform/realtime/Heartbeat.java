package dev.quartet.platform.realtime;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Engine.IO's keep-alive for one connection. v3: the client sends {@code 2} every {@code pingInterval}
 * and the connection is lost when no {@code 3} comes within {@code pingTimeout}. v4: the server sends
 * {@code 2}, the client answers {@code 3}, and the connection is lost when nothing arrives for
 * {@code pingInterval + pingTimeout}. Channel thread only, except {@link #count()}.
 */
final class Heartbeat {
  private final ReconnectingWebSocket socket;
  private final AtomicLong count = new AtomicLong();
  private EngineIoVersion version;
  private EngineIoOpen session;
  private ScheduledFuture<?> pinger;
  private ScheduledFuture<?> deadline;

  Heartbeat(ReconnectingWebSocket socket) {
    this.socket = socket;
  }

  /** Starts for a connection that just got its open packet. */
  void start(EngineIoVersion version, EngineIoOpen session) {
    stop();
    this.version = version;
    this.session = session;
    if (version == EngineIoVersion.V3) {
      pinger = socket.repeatForCurrent(this::ping, session.pingIntervalMillis());
    } else {
      watch();
    }
  }

  /** Any frame arrived: in v4 the server is alive. */
  void onFrame() {
    if (version == EngineIoVersion.V4 && session != null) {
      watch();
    }
  }

  /** The server's {@code 2}: answered in any version (v3 servers do not send it, but answering is harmless). */
  void onPing(String data) {
    socket.send("3" + data);
    if (version == EngineIoVersion.V4) {
      count.incrementAndGet();
    }
  }

  /** The server's {@code 3}. */
  void onPong() {
    if (deadline != null && version == EngineIoVersion.V3) {
      deadline.cancel(false);
      deadline = null;
      count.incrementAndGet();
    }
  }

  /** Heartbeats completed over the channel's life: pongs received (v3) and server pings answered (v4). */
  long count() {
    return count.get();
  }

  void stop() {
    cancel(pinger);
    cancel(deadline);
    pinger = null;
    deadline = null;
    session = null;
  }

  private void ping() {
    socket.send("2");
    if (deadline == null) {
      long timeout = session.pingTimeoutMillis();
      deadline = socket.scheduleForCurrent(() -> socket.lost("no pong within " + timeout + " ms", null), timeout);
    }
  }

  private void watch() {
    cancel(deadline);
    long limit = session.pingIntervalMillis() + session.pingTimeoutMillis();
    deadline = socket.scheduleForCurrent(() -> socket.lost("no ping from the server within " + limit + " ms", null), limit);
  }

  private static void cancel(ScheduledFuture<?> task) {
    if (task != null) {
      task.cancel(false);
    }
  }
}
