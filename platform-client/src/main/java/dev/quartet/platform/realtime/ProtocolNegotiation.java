package dev.quartet.platform.realtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which Engine.IO version the next handshake asks for. Unpinned, it starts with v3 (what the platform
 * documents) and, when the server refuses that version, falls back once to v4; the version that worked is
 * kept for reconnects (a later refusal may fall back once more). Pinned, it never changes. Channel thread only.
 */
final class ProtocolNegotiation {
  private final EngineIoVersion pinned;
  private final List<EngineIoVersion> tried = new ArrayList<>();
  private EngineIoVersion current;

  /** {@code pinned} null: negotiate. */
  ProtocolNegotiation(EngineIoVersion pinned) {
    this.pinned = pinned;
    this.current = pinned != null ? pinned : EngineIoVersion.V3;
  }

  EngineIoVersion current() {
    return current;
  }

  /** Engine.IO's answer to a version it does not speak: HTTP 400 "Unsupported protocol version" (or its code 5). */
  static boolean isVersionRefusal(int httpCode, String body) {
    if (httpCode != 400 || body == null) {
      return false;
    }
    String text = body.toLowerCase(Locale.ROOT);
    return text.contains("unsupported protocol version") || text.replace(" ", "").contains("\"code\":5,");
  }

  /** The server refused {@link #current()}; returns the version to try next, or null when none is left. */
  EngineIoVersion refused() {
    tried.add(current);
    if (pinned != null || tried.contains(current.other())) {
      return null;
    }
    current = current.other();
    return current;
  }

  /** A handshake with {@link #current()} worked: reconnects keep it. */
  void accepted() {
    tried.clear();
  }

  /** Why the channel gives up, naming the versions tried and the server's last answer. */
  String failure(String answer) {
    String versions = tried.stream().map(EngineIoVersion::toString).collect(Collectors.joining(" and "));
    return pinned != null
        ? "the socket.io server refused the pinned protocol version " + versions + ": " + answer
        : "the socket.io server speaks none of the protocol versions tried (" + versions + "): " + answer;
  }

  /** An HTTP answer as {@link #failure(String)} quotes it. */
  static String httpAnswer(int httpCode, String body) {
    return "it answered HTTP " + httpCode + (body == null || body.isBlank() ? "" : " \"" + Frames.preview(body.strip()) + "\"");
  }

  /** The answer engine.io 4+ gives on an upgraded WebSocket, as {@link #failure(String)} quotes it. */
  static String inStreamAnswer(Throwable cause) {
    return "after the WebSocket upgrade it sent bytes that are not WebSocket frames (" + cause.getMessage()
        + "), which is how engine.io 4 and later answer HTTP 400 \"Unsupported protocol version\" on a WebSocket";
  }
}
