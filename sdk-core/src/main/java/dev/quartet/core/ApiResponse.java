package dev.quartet.core;

import okhttp3.Headers;

/** A decoded result together with the status and headers it came with. */
public final class ApiResponse<T> {
  private final int status;
  private final Headers headers;
  private final T body;

  public ApiResponse(int status, Headers headers, T body) {
    this.status = status;
    this.headers = headers;
    this.body = body;
  }

  public int status() {
    return status;
  }

  public Headers headers() {
    return headers;
  }

  /** The decoded body; null for operations without one and for a 304 Not Modified. */
  public T body() {
    return body;
  }

  public String header(String name) {
    return headers.get(name);
  }

  @Override
  public String toString() {
    return "ApiResponse{status=" + status + ", body=" + body + "}";
  }
}
