package dev.quartet.citypoint;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.quartet.core.ApiInvoker;
import dev.quartet.core.ApiRequest;
import dev.quartet.core.ApiResponse;
import dev.quartet.core.errors.SdkException;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * GETs an absolute link from a document ({@code links.next}) exactly as given, through the client's
 * own pipeline (user agent, retry, token, logging) and with the same decoding and error typing as
 * generated calls. Links to another scheme, host or port are refused so the token never leaves the API.
 */
final class LinkFollower {
  static final String JSON_API = "application/vnd.api+json";

  private final ApiInvoker invoker;

  LinkFollower(ApiInvoker invoker) {
    this.invoker = invoker;
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
    return invoker.execute(request, type);
  }
}
