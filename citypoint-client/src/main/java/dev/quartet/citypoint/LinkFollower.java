package dev.quartet.citypoint;

import dev.quartet.core.ApiInvoker;
import dev.quartet.core.ApiRequest;
import dev.quartet.core.errors.SdkException;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * Turns an absolute link from a document ({@code links.next}) into an {@link ApiRequest} for the
 * client's own invoker, so a followed link goes through the same pipeline (user agent, retry, token,
 * logging), decoding and error typing as generated calls, blocking or not, with the call's
 * {@code RequestOptions}. Links to another scheme, host or port, or outside the API's base path, are
 * refused so the token never leaves the API.
 *
 * <p>The link's path segments and query parameters are sent as the server wrote them (decoded, then
 * encoded again the way every request is); the core's {@code ApiInvoker} has no non-blocking way to
 * send a prepared OkHttp request, which would allow sending the link byte for byte.
 */
final class LinkFollower {
  static final String JSON_API = "application/vnd.api+json";

  private final ApiInvoker invoker;

  LinkFollower(ApiInvoker invoker) {
    this.invoker = invoker;
  }

  ApiRequest request(String link) {
    HttpUrl url = link == null ? null : HttpUrl.parse(link);
    if (url == null) {
      throw new SdkException("the server's link is not an absolute http(s) URL: " + link);
    }
    HttpUrl base = invoker.baseUrl();
    if (!url.scheme().equals(base.scheme()) || !url.host().equalsIgnoreCase(base.host()) || url.port() != base.port()) {
      throw new SdkException("refusing to follow a link to " + url.scheme() + "://" + url.host() + ":" + url.port()
          + ": the client only sends its token to " + base.scheme() + "://" + base.host() + ":" + base.port());
    }
    List<String> prefix = base.pathSegments().stream().filter(s -> !s.isEmpty()).toList();
    List<String> path = url.pathSegments();
    if (path.size() < prefix.size() || !path.subList(0, prefix.size()).equals(prefix)) {
      throw new SdkException("refusing to follow a link outside the API's base path " + base.encodedPath() + ": "
          + url.encodedPath());
    }
    StringBuilder template = new StringBuilder();
    List<String> rest = path.subList(prefix.size(), path.size()).stream().filter(s -> !s.isEmpty()).toList();
    for (int i = 0; i < rest.size(); i++) {
      template.append("/{s").append(i).append('}');
    }
    ApiRequest.Builder request = ApiRequest.builder("GET", template.length() == 0 ? "/" : template.toString());
    for (int i = 0; i < rest.size(); i++) {
      request.path("s" + i, rest.get(i));
    }
    for (int i = 0; i < url.querySize(); i++) {
      request.query(url.queryParameterName(i), url.queryParameterValue(i));
    }
    return request.header("Accept", JSON_API).build();
  }
}
