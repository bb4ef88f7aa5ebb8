package dev.quartet.platform.realtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quartet.core.Checks;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * How a real-time channel reaches the platform: the client its WebSocket opens on, the channel URL,
 * the mapper for payloads and the delays between reconnect attempts. {@code PlatformClient} builds it
 * from its own configuration; the channels' constructors take it whole.
 *
 * @param http the client the WebSocket is opened with
 * @param url the channel URL, e.g. from {@link SocketIoChannel#url(HttpUrl)} or {@link EventStreamChannel#url(HttpUrl)}
 * @param mapper reads and writes the JSON payloads
 * @param backoff the delays between reconnect attempts
 */
public record ChannelTransport(OkHttpClient http, HttpUrl url, ObjectMapper mapper, Backoff backoff) {
  /**
   * A transport; every part is required.
   *
   * @param http the client the WebSocket is opened with
   * @param url the channel URL
   * @param mapper reads and writes the JSON payloads
   * @param backoff the delays between reconnect attempts
   */
  public ChannelTransport {
    Checks.required("http", http);
    Checks.required("url", url);
    Checks.required("mapper", mapper);
    Checks.required("backoff", backoff);
  }
}
