package dev.quartet.sandbox.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * The platform's WebSocket side: socket.io (EIO=3) and {@code /events/stream}, on an OkHttp
 * MockWebServer (WireMock cannot serve WebSockets). Both take the session cookie or a bearer token, as
 * the REST calls do, and refuse the upgrade with the platform's 401 otherwise. Every event published
 * goes to every open channel.
 */
final class PlatformRealtime {
  private static final String UNAUTHORIZED =
      "{\"success\":false,\"name\":\"RicError\",\"code\":\"401\",\"message\":\"Unauthorized\",\"tags\":[\"error_unauthorized\"],\"codes\":[]}";

  private final List<WebSocket> socketIo = new CopyOnWriteArrayList<>();
  private final List<WebSocket> streams = new CopyOnWriteArrayList<>();
  private final ObjectMapper mapper = new ObjectMapper();
  private final String bindAddress;
  private final int port;
  private final PlatformLogins logins;
  private MockWebServer server;

  PlatformRealtime(String bindAddress, int port, PlatformLogins logins) {
    this.bindAddress = bindAddress;
    this.port = port;
    this.logins = logins;
  }

  synchronized void start() {
    if (server != null) {
      return;
    }
    server = new MockWebServer();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        boolean channel = path.endsWith("/socket.io/") || path.endsWith("/events/stream");
        if (channel && !logins.authenticated(request.getHeaders().get("Authorization"), request.getHeaders().get("Cookie"))) {
          // the platform's 401 before the upgrade: no session cookie or bearer token, or an expired one
          return new MockResponse.Builder().code(401).addHeader("Content-Type", "application/json")
              .body(UNAUTHORIZED).build();
        }
        if (path.endsWith("/socket.io/")) {
          return new MockResponse.Builder().webSocketUpgrade(new SocketIoPeer()).build();
        }
        if (path.endsWith("/events/stream")) {
          return new MockResponse.Builder().webSocketUpgrade(new StreamPeer()).build();
        }
        return new MockResponse.Builder().code(404).build();
      }
    });
    try {
      server.start(InetAddress.getByName(bindAddress), port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  synchronized String url() {
    start();
    return server.url("/").toString();
  }

  synchronized void stop() {
    if (server != null) {
      socketIo.forEach(ws -> ws.close(1001, "sandbox stopping"));
      streams.forEach(ws -> ws.close(1001, "sandbox stopping"));
      server.close();
      server = null;
    }
  }

  void broadcast(String type, ObjectNode event) {
    ArrayNode frame = mapper.createArrayNode().add(type).add(event);
    socketIo.forEach(ws -> ws.send("42" + frame));
    streams.forEach(ws -> ws.send(event.toString()));
  }

  private final class SocketIoPeer extends WebSocketListener {
    @Override
    public void onOpen(WebSocket ws, Response response) {
      ws.send("0{\"sid\":\"sandbox-" + System.nanoTime() + "\",\"upgrades\":[],\"pingInterval\":25000,\"pingTimeout\":60000}");
      ws.send("40");
      socketIo.add(ws);
    }

    @Override
    public void onMessage(WebSocket ws, String text) {
      if (text.equals("2")) {
        ws.send("3");
      }
    }

    @Override
    public void onClosing(WebSocket ws, int code, String reason) {
      socketIo.remove(ws);
      ws.close(1000, null);
    }

    @Override
    public void onFailure(WebSocket ws, Throwable t, Response response) {
      socketIo.remove(ws);
    }
  }

  private final class StreamPeer extends WebSocketListener {
    @Override
    public void onOpen(WebSocket ws, Response response) {
      streams.add(ws);
    }

    @Override
    public void onClosing(WebSocket ws, int code, String reason) {
      streams.remove(ws);
      ws.close(1000, null);
    }

    @Override
    public void onFailure(WebSocket ws, Throwable t, Response response) {
      streams.remove(ws);
    }
  }
}
