package dev.quartet.core.errors;

import dev.quartet.core.Headers;
import dev.quartet.core.RequestIds;
import java.util.Optional;

/**
 * The server answered with a status the operation does not treat as success. Carries the status,
 * the response headers, the body (capped in size), the API's parsed error model when there is one and
 * the server's request id when it sent one; the message then ends with {@code [request id: ...]}.
 */
public class ApiException extends SdkException {
  private final int status;
  private final Headers headers;
  private final String body;
  private final Object error;

  /**
   * An exception for an answer with an error status.
   *
   * @param status the HTTP status
   * @param headers the response headers
   * @param body the response body, capped
   * @param details the parsed error body
   */
  public ApiException(int status, Headers headers, String body, ErrorDetails details) {
    this(describe(status, details), status, headers, body, details);
  }

  /**
   * For the subtypes of this package that say more than the status and the server's message.
   *
   * @param message the exception message, which must not quote credentials; the request id is appended
   * @param status the HTTP status
   * @param headers the response headers
   * @param body the response body, capped
   * @param details the parsed error body
   */
  ApiException(String message, int status, Headers headers, String body, ErrorDetails details) {
    super(RequestIds.suffixed(message, headers));
    this.status = status;
    this.headers = headers == null ? Headers.empty() : headers;
    this.body = body;
    this.error = details.model().orElse(null);
  }

  /**
   * Builds the subtype that matches {@code status}.
   *
   * @param status the HTTP status
   * @param headers the response headers
   * @param body the response body, capped
   * @param details the parsed error body
   * @return the exception to throw
   */
  public static ApiException of(int status, Headers headers, String body, ErrorDetails details) {
    switch (status) {
      case 400: return new BadRequestException(status, headers, body, details);
      case 401: return new AuthenticationException(status, headers, body, details);
      case 403: return new PermissionDeniedException(status, headers, body, details);
      case 404: return new NotFoundException(status, headers, body, details);
      case 409: return new ConflictException(status, headers, body, details);
      case 422: return new UnprocessableEntityException(status, headers, body, details);
      case 429: return new RateLimitException(status, headers, body, details);
      default:
        return status >= 500
            ? new InternalServerException(status, headers, body, details)
            : new UnexpectedStatusException(status, headers, body, details);
    }
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

  /** {@return the response body as text, cut at {@link ErrorBodies#MAX_CHARS} characters; empty when there was none} */
  public String body() {
    return body;
  }

  /** {@return the API's parsed error model, when the body had one} */
  public Optional<Object> error() {
    return Optional.ofNullable(error);
  }

  /**
   * {@return the parsed error body as {@code type}, if it is one}
   *
   * @param <T> the error model type
   * @param type the error model class
   */
  public <T> Optional<T> error(Class<T> type) {
    return type.isInstance(error) ? Optional.of(type.cast(error)) : Optional.empty();
  }

  private static String describe(int status, ErrorDetails details) {
    return "HTTP " + status + details.message().map(m -> ": " + m).orElse("");
  }
}
