package dev.quartet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.quartet.core.errors.ApiConnectionException;
import dev.quartet.core.errors.ErrorBodies;
import dev.quartet.core.errors.UnreadableResponseException;
import dev.quartet.core.retry.RetryPolicy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Success bodies are decoded while they arrive, inside the retry layer: against a plain socket
 * server that sends exactly the bytes each test scripts, a body cut short in the middle of its array
 * is still a retried connection fault (not an unreadable body), and decoding starts before the last
 * byte is sent.
 */
class StreamedDecodingTest {
  /** Counts the items Jackson has bound so far, as it binds them. */
  public static final class Item {
    static final AtomicInteger BOUND = new AtomicInteger();
    static volatile CountDownLatch firstBound = new CountDownLatch(1);
    private int n;

    public int getN() {
      return n;
    }

    public void setN(int n) {
      this.n = n;
      BOUND.incrementAndGet();
      firstBound.countDown();
    }
  }

  private static final TypeReference<List<Item>> ITEMS = new TypeReference<>() {};
  private static final ApiRequest LIST = ApiRequest.builder("GET", "/items").build();
  private static final ApiRequest CREATE = ApiRequest.builder("POST", "/items").build();
  private static final String BODY = IntStream.range(0, 2000).mapToObj(i -> "{\"n\":" + i + "}")
      .collect(Collectors.joining(",", "[", "]"));

  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private final Transport transport = Transport.builder("test")
      .retryPolicy(RetryPolicy.builder().maxRetries(2).initialBackoff(Duration.ofMillis(1)).sleeper(sleeps::add).jitter(() -> 1.0).build())
      .build();
  private ScriptedServer server;

  @AfterEach
  void close() throws IOException {
    transport.close();
    if (server != null) {
      server.close();
    }
  }

  private ApiInvoker invoker() {
    return ApiInvoker.create(transport.unauthenticated(), HttpUrl.get(server.url()), Json.mapper(), ErrorBodies.generic(Json.mapper()));
  }

  @Test
  void aListCutShortInsideItsArrayIsRetriedAndReadFromTheNextAttempt() throws IOException {
    byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
    server = new ScriptedServer((attempt, out) -> {
      out.write(head(body.length));
      out.write(body, 0, attempt == 0 ? body.length / 2 : body.length); // the first answer stops mid-array
    });
    List<Item> items = invoker().execute(LIST, ITEMS).body();
    assertThat(items).hasSize(2000);
    assertThat(items.get(1999).getN()).isEqualTo(1999);
    assertThat(server.connections()).isEqualTo(2);
    assertThat(sleeps).hasSize(1);
  }

  @Test
  void aPostAnswerCutShortIsAConnectionFaultNotAnUnreadableBody() throws IOException {
    byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
    server = new ScriptedServer((attempt, out) -> {
      out.write(head(body.length));
      out.write(body, 0, body.length / 2);
    });
    assertThatThrownBy(() -> invoker().execute(CREATE, ITEMS))
        .isInstanceOf(ApiConnectionException.class)
        .hasMessageContaining("POST /items failed");
    assertThat(server.connections()).isEqualTo(1);
  }

  @Test
  void decodingStartsBeforeTheLastByteArrives() throws IOException {
    byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
    Item.firstBound = new CountDownLatch(1);
    Item.BOUND.set(0);
    boolean[] boundBeforeTheRest = new boolean[1];
    server = new ScriptedServer((attempt, out) -> {
      out.write(head(body.length));
      out.write(body, 0, body.length / 2);
      out.flush();
      try {
        boundBeforeTheRest[0] = Item.firstBound.await(5, TimeUnit.SECONDS); // a client that buffers first never gets here in time
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      out.write(body, body.length / 2, body.length - body.length / 2);
    });
    assertThat(invoker().execute(LIST, ITEMS).body()).hasSize(2000);
    assertThat(boundBeforeTheRest[0]).as("an item was bound while the rest of the body was still to come").isTrue();
  }

  @Test
  void aMalformedBodyIsQuotedFromItsHead() throws IOException {
    byte[] body = ("[{\"n\":1},{\"n\":oops}]").getBytes(StandardCharsets.UTF_8);
    server = new ScriptedServer((attempt, out) -> {
      out.write(head(body.length));
      out.write(body);
    });
    assertThatThrownBy(() -> invoker().execute(LIST, ITEMS))
        .isInstanceOfSatisfying(UnreadableResponseException.class, e -> assertThat(e.body()).isEqualTo("[{\"n\":1},{\"n\":oops}]"))
        .hasMessageContaining("GET /items answered a body that is not the expected List");
    assertThat(server.connections()).isEqualTo(1);
  }

  private static byte[] head(int length) {
    return ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** Answers the n-th connection's one request with what the script writes for n, then closes it. */
  private static final class ScriptedServer implements AutoCloseable {
    interface Script {
      void write(int connection, OutputStream out) throws IOException;
    }

    private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    ScriptedServer(Script script) throws IOException {
      acceptor = new Thread(() -> {
        while (!socket.isClosed()) {
          try (Socket s = socket.accept()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
              // the request head; these requests carry no body worth reading
            }
            OutputStream out = s.getOutputStream();
            script.write(connections.getAndIncrement(), out);
            out.flush();
          } catch (IOException closed) {
            // the socket was closed by close(), or the client went away
          }
        }
      }, "scripted-server");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    String url() {
      return "http://127.0.0.1:" + socket.getLocalPort();
    }

    int connections() {
      return connections.get();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
