package dev.quartet.platform.realtime;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;

/**
 * A real WebSocket server (OkHttp's MockWebServer) for the channel tests. Each upgrade gets a
 * {@link Peer} that records what the client sent; {@code routes} decides the answer per request.
 */
final class FakeSocketServer implements AutoCloseable {
  final MockWebServer server = new MockWebServer();
  final BlockingQueue<Peer> peers = new LinkedBlockingQueue<>();
  final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

  FakeSocketServer(Function<RecordedRequest, MockResponse> routes) throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        requests.add(request);
        return routes.apply(request);
      }
    });
    server.start();
  }

  String baseUrl() {
    return server.url("/").toString();
  }

  /** An upgrade whose peer greets with {@code greeting} frames and answers pings when {@code pong}. */
  MockResponse upgrade(boolean pong, String... greeting) {
    Peer peer = new Peer(pong, greeting);
    return new MockResponse.Builder().webSocketUpgrade(peer).build();
  }

  Peer nextPeer() throws InterruptedException {
    Peer peer = peers.poll(10, TimeUnit.SECONDS);
    if (peer == null) {
      throw new AssertionError("no WebSocket connection arrived");
    }
    return peer;
  }

  @Override
  public void close() {
    server.close();
  }

  /** The server side of one connection. */
  final class Peer extends WebSocketListener {
    final boolean pong;
    final String[] greeting;
    final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    final BlockingQueue<ByteString> binary = new LinkedBlockingQueue<>();
    final List<Long> pingTimes = new CopyOnWriteArrayList<>();
    final BlockingQueue<Integer> closeCodes = new LinkedBlockingQueue<>();
    volatile WebSocket socket;

    Peer(boolean pong, String[] greeting) {
      this.pong = pong;
      this.greeting = greeting;
    }

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
      socket = webSocket;
      for (String frame : greeting) {
        webSocket.send(frame);
      }
      peers.add(this);
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
      if (text.equals("2")) {
        pingTimes.add(System.nanoTime());
        if (pong) {
          webSocket.send("3");
        }
      }
      received.add(text);
    }

    @Override
    public void onMessage(WebSocket webSocket, ByteString bytes) {
      binary.add(bytes);
    }

    /** The next text frame that is not a ping. */
    String nextNonPing() throws InterruptedException {
      String frame;
      do {
        frame = nextFrame();
      } while (frame.equals("2") || frame.equals("3"));
      return frame;
    }

    ByteString nextBinary() throws InterruptedException {
      ByteString frame = binary.poll(10, TimeUnit.SECONDS);
      if (frame == null) {
        throw new AssertionError("the client sent no binary frame");
      }
      return frame;
    }

    void send(ByteString frame) {
      socket.send(frame);
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
      closeCodes.add(code);
      webSocket.close(1000, null);
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable t, Response response) {
      closeCodes.add(-1);
    }

    String nextFrame() throws InterruptedException {
      String frame = received.poll(10, TimeUnit.SECONDS);
      if (frame == null) {
        throw new AssertionError("the client sent nothing");
      }
      return frame;
    }

    void send(String frame) {
      socket.send(frame);
    }
  }
}
