package dev.quartet.core.http;

import dev.quartet.core.errors.ErrorBodies;
import java.io.IOException;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Transport internals: reads an OkHttp response body as the capped text an exception keeps. Lives
 * here rather than beside the exceptions so the public error API names no OkHttp type. Used by the
 * core and the clients' handwritten code; not meant for applications.
 */
public final class ResponseBodies {
  private ResponseBodies() {}

  /**
   * Reads at most {@link ErrorBodies#MAX_CHARS} characters of the body and closes it; never throws.
   *
   * @param body the response body, possibly null
   * @return the text read, possibly empty
   */
  public static String read(ResponseBody body) {
    if (body == null) {
      return "";
    }
    try (body) {
      BufferedSource source = body.source();
      source.request(ErrorBodies.MAX_CHARS * 4L);
      long available = Math.min(source.getBuffer().size(), ErrorBodies.MAX_CHARS * 4L);
      String text = source.getBuffer().readUtf8(available);
      return text.length() > ErrorBodies.MAX_CHARS ? text.substring(0, ErrorBodies.MAX_CHARS) : text;
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }
}
