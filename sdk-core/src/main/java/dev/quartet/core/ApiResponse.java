package dev.quartet.core;

/** A decoded result together with the status and headers it came with. */
public final class ApiResponse<T> {
  private final int status;
  private final Headers headers;
  private final T body;

  /**
   * A response.
   *
   * @param status the HTTP status
   * @param headers the response headers (null: none)
   * @param body the decoded body
   */
  public ApiResponse(int status, Headers headers, T body) {
    this.status = status;
    this.headers = headers == null ? Headers.empty() : headers;
    this.body = body;
  }

  /** {@return the HTTP status} */
  public int status() {
    return status;
  }

  /** {@return the response headers} */
  public Headers headers() {
    return headers;
  }

  /**
   * {@return the id the server gave this answer (from {@code X-Request-Id} or the like, see
   * {@link RequestIds#HEADERS}), or null when it sent none}
   */
  public String requestId() {
    return RequestIds.of(headers);
  }

  /** {@return the decoded body; null for operations without one and for a 304 Not Modified} */
  public T body() {
    return body;
  }

  /**
   * {@return the first value of header {@code name}, or null}
   *
   * @param name the header name
   */
  public String header(String name) {
    return headers.get(name);
  }

  /**
   * {@return the same answer with {@code fn} applied to its body (a null body stays null)}
   *
   * @param <U> the new body type
   * @param fn turns the body
   */
  public <U> ApiResponse<U> map(java.util.function.Function<? super T, ? extends U> fn) {
    return new ApiResponse<>(status, headers, body == null ? null : fn.apply(body));
  }

  @Override
  public String toString() {
    String id = requestId();
    return "ApiResponse{status=" + status + (id == null ? "" : ", requestId=" + id) + ", body=" + body + "}";
  }
}
