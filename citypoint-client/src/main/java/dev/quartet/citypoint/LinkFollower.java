package dev.quartet.citypoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.quartet.core.ApiInvoker;
import dev.quartet.core.ApiRequest;
import dev.quartet.core.ApiResponse;
import dev.quartet.core.errors.ApiConnectionException;
import dev.quartet.core.errors.ApiException;
import dev.quartet.core.errors.ApiTimeoutException;
import dev.quartet.core.errors.ErrorBodies;
import dev.quartet.core.errors.ErrorParser;
import dev.quartet.core.errors.SdkException;
import dev.quartet.core.errors.UnreadableResponseException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * GETs an absolute link from a document ({@code links.next}) exactly as given, through the client's
 * own pipeline (user agent, retry, token, logging) and with the same decoding and error typing as
 * generated calls. Links to another scheme, host or port are refused so the token never leaves the API.
 */
final class LinkFollower {
  static final String JSON_API = "application/vnd.api+json";

  private final ApiInvoker invoker;
  private final ErrorParser errors;

  LinkFollower(ApiInvoker invoker, ErrorParser errors) {
    this.invoker = invoker;
    this.errors = errors;
  }

  <D> ApiResponse<D> get(String link, TypeReference<D> type) {
    HttpUrl url = link == null ? null : HttpUrl.parse(link);
    if (url == null) {
      throw new SdkException("the server's link is not an absolute http(s) URL: " + link);
    }
    HttpUrl base = invoker.baseUrl();
    if (!url.scheme().equals(base.scheme()) || !url.host().equalsIgnoreCase(base.host()) || url.port() != base.port()) {
      throw new SdkException("refusing to follow a link to " + url.scheme() + "://" + url.host() + ":" + url.port()
          + ": the client only sends its token to " + base.scheme() + "://" + base.host() + ":" + base.port());
    }
    // Start from an ordinary request so per-client headers (withOptions) come along; then swap the URL.
    Request template = invoker.toHttpRequest(ApiRequest.builder("GET", "/").header("Accept", JSON_API).build());
    Request request = template.newBuilder().url(url).build();
    try (Response response = invoker.httpClient().newCall(request).execute()) {
      return decode(response, type);
    } catch (IOException e) {
      String what = "GET " + url.encodedPath();
      if (e instanceof SocketTimeoutException || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()))) {
        throw new ApiTimeoutException(what + " timed out", e);
      }
      throw new ApiConnectionException(what + " failed: " + e.getClass().getSimpleName(), e);
    }
  }

  private <D> ApiResponse<D> decode(Response response, TypeReference<D> type) throws IOException {
    int status = response.code();
    if (status == 304) {
      return new ApiResponse<>(status, response.headers(), null);
    }
    if (!response.isSuccessful()) {
      String text = ErrorBodies.read(response.body());
      throw ApiException.of(status, response.headers(), text, errors.parse(status, response.headers(), text));
    }
    ResponseBody body = response.body();
    byte[] bytes = body == null ? new byte[0] : body.bytes();
    if (bytes.length == 0) {
      return new ApiResponse<>(status, response.headers(), null);
    }
    try {
      D value = invoker.mapper().readValue(bytes, invoker.mapper().getTypeFactory().constructType(type));
      return new ApiResponse<>(status, response.headers(), value);
    } catch (JsonProcessingException e) {
      String text = new String(bytes, 0, Math.min(bytes.length, ErrorBodies.MAX_CHARS), StandardCharsets.UTF_8);
      throw new UnreadableResponseException(status, response.headers(), text, e);
    }
  }
}
