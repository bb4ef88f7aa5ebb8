package dev.quartet.platform.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;

/**
 * The real socket.io 4 server of {@code src/test/socketio/server.js}, run with Node on loopback and a
 * free port. It reports what it sees as JSON lines, kept in {@link #log}. {@link #close()} kills the
 * process (and the script ends by itself when its stdin closes).
 */
final class NodeSocketIoServer implements AutoCloseable {
  static final Path FOLDER = Path.of("src", "test", "socketio");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  final List<JsonNode> log = new CopyOnWriteArrayList<>();
  private final LinkedBlockingQueue<JsonNode> lines = new LinkedBlockingQueue<>();
  final int port;
  final String version;

  private NodeSocketIoServer(Process process) throws Exception {
    this.process = process;
    Thread reader = new Thread(this::readStdout, "node-socketio-stdout");
    reader.setDaemon(true);
    reader.start();
    JsonNode listening = lines.poll(20, TimeUnit.SECONDS);
    if (listening == null || !"listening".equals(listening.path("ev").asText())) {
      process.destroyForcibly();
      throw new AssertionError("the node socket.io server did not start: " + listening);
    }
    port = listening.get("port").asInt();
    version = listening.get("socketio").asText();
  }

  /**
   * Skips the calling test, with the reason, when Node or the installed socket.io package is missing;
   * with {@code CI=true} and Node present a missing package fails instead (CI must run this test).
   */
  static void assumeAvailable() {
    String node = nodeVersion();
    if (node == null) {
      skip("node is not on the PATH: the real socket.io server tests are skipped (install Node 18+, then"
          + " npm ci in platform-client/src/test/socketio)");
    }
    if (!Files.isDirectory(FOLDER.resolve("node_modules").resolve("socket.io"))) {
      String why = "node " + node + " is present but " + FOLDER.toAbsolutePath() + "/node_modules/socket.io is not installed"
          + " (run npm ci in that folder; .ci/run does)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new AssertionError("CI=true: " + why);
      }
      skip(why);
    }
  }

  private static final java.util.concurrent.atomic.AtomicBoolean SAID = new java.util.concurrent.atomic.AtomicBoolean();

  private static void skip(String why) {
    if (!SAID.getAndSet(true)) {
      System.out.println("SKIPPED SocketIoRealServerTest: " + why);
    }
    Assumptions.abort(why);
  }

  /** {@code node --version}, or null when there is no runnable node. */
  static String nodeVersion() {
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      try {
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
          return null;
        }
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      } finally {
        p.destroyForcibly();
      }
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  static NodeSocketIoServer start(boolean allowEio3) throws Exception {
    ProcessBuilder pb = allowEio3
        ? new ProcessBuilder("node", "server.js", "--eio3", "--ping-interval=1000", "--ping-timeout=500", "--max-seconds=240")
        : new ProcessBuilder("node", "server.js", "--ping-interval=1000", "--ping-timeout=500", "--max-seconds=240");
    pb.directory(FOLDER.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT);
    return new NodeSocketIoServer(pb.start());
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port + "/";
  }

  /** How many logged lines match. */
  long count(Predicate<JsonNode> which) {
    return log.stream().filter(which).count();
  }

  static Predicate<JsonNode> ev(String ev) {
    return line -> ev.equals(line.path("ev").asText());
  }

  /** Waits for the next logged line that matches (earlier unmatched ones are skipped). */
  JsonNode await(Predicate<JsonNode> which) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      JsonNode line = lines.poll(100, TimeUnit.MILLISECONDS);
      if (line != null && which.test(line)) {
        return line;
      }
    }
    throw new AssertionError("the server did not log it; its log: " + log);
  }

  private void readStdout() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        try {
          JsonNode node = JSON.readTree(line);
          log.add(node);
          lines.add(node);
        } catch (IOException notJson) {
          System.out.println("node: " + line);
        }
      }
    } catch (IOException gone) {
      // the process ended
    }
  }

  @Override
  public void close() {
    try {
      process.getOutputStream().close(); // the script ends on its own when stdin closes
      if (!process.waitFor(3, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
