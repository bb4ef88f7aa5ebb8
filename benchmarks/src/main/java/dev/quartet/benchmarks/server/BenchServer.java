package dev.quartet.benchmarks.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The one loopback server every variant talks to: the JDK's own HTTP/1.1 server on 127.0.0.1, a fixed
 * pool of handler threads, no request recording, bodies straight from {@link Routes}. It runs inside the
 * benchmark JVM, so its CPU time and allocation are in every loopback number (the same for every
 * variant); the in-memory benchmarks leave it out.
 */
public final class BenchServer implements AutoCloseable {
  static {
    // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed
    // ACK: every answer would wait ~40 ms. Read once, when the JDK server's configuration loads.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService pool;

  private BenchServer(HttpServer server, ExecutorService pool) {
    this.server = server;
    this.pool = pool;
  }

  /** Starts a server on an ephemeral loopback port answering from {@code routes}. */
  public static BenchServer start(Routes routes, int threads) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "bench-server");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(pool);
    server.createContext("/", exchange -> handle(routes, exchange));
    server.start();
    return new BenchServer(server, pool);
  }

  private static void handle(Routes routes, HttpExchange exchange) throws IOException {
    try (exchange) {
      try (InputStream in = exchange.getRequestBody()) {
        in.transferTo(OutputStream.nullOutputStream());
      }
      Routes.Answer answer = routes.answer(exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery());
      exchange.getResponseHeaders().set("Content-Type", answer.contentType());
      if (answer.bytes() != null) {
        exchange.sendResponseHeaders(answer.status(), answer.bytes().length == 0 ? -1 : answer.bytes().length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(answer.bytes());
        }
      } else {
        exchange.sendResponseHeaders(answer.status(), 0); // chunked
        try (OutputStream out = exchange.getResponseBody()) {
          answer.writer().write(out);
        }
      }
    }
  }

  /** {@return the base URL, e.g. {@code http://127.0.0.1:40123}} */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
    try {
      pool.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
