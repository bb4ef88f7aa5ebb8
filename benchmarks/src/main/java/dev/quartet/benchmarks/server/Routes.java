package dev.quartet.benchmarks.server;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the benchmark server answers, by path: fixed bodies (served with a Content-Length) and pages
 * written on the fly (served chunked, never held whole). Shared by the loopback server and the
 * in-memory interceptor, so every variant of a case reads the same bytes.
 */
public final class Routes {
  /** Writes one answer's body. */
  @FunctionalInterface
  public interface BodyWriter {
    void write(OutputStream out) throws IOException;
  }

  /** One answer: its media type and either fixed bytes or a writer. */
  public record Answer(int status, String contentType, byte[] bytes, BodyWriter writer) {
    public static Answer json(byte[] bytes) {
      return new Answer(200, "application/json", bytes, null);
    }

    public static Answer of(String contentType, byte[] bytes) {
      return new Answer(200, contentType, bytes, null);
    }

    public static Answer streamed(String contentType, BodyWriter writer) {
      return new Answer(200, contentType, null, writer);
    }
  }

  /** Answers the requests under a path prefix, from the rest of the path and the query. */
  @FunctionalInterface
  public interface Dynamic {
    Answer answer(String rest, Map<String, String> query);
  }

  private static final Answer NOT_FOUND = new Answer(404, "application/json",
      "{\"message\":\"no route\"}".getBytes(StandardCharsets.UTF_8), null);

  private final Map<String, Answer> fixed = new ConcurrentHashMap<>();
  private final Map<String, Dynamic> prefixes = new LinkedHashMap<>();

  /** Answers {@code path} (exactly, any method and query) with {@code answer}. */
  public Routes fixed(String path, Answer answer) {
    fixed.put(path, answer);
    return this;
  }

  /** Answers every path starting with {@code prefix} through {@code dynamic}. */
  public synchronized Routes prefix(String prefix, Dynamic dynamic) {
    prefixes.put(prefix, dynamic);
    return this;
  }

  /** The answer for a request; {@code rawQuery} may be null. */
  public Answer answer(String path, String rawQuery) {
    Answer exact = fixed.get(path);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, Dynamic> e : prefixes.entrySet()) {
      if (path.startsWith(e.getKey())) {
        return e.getValue().answer(path.substring(e.getKey().length()), parse(rawQuery));
      }
    }
    return NOT_FOUND;
  }

  static Map<String, String> parse(String rawQuery) {
    Map<String, String> out = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
    }
    return out;
  }
}
