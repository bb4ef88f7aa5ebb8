package dev.quartet.platform;

import dev.quartet.core.errors.ApiException;
import dev.quartet.platform.model.ErrorBody;
import java.util.List;
import java.util.Optional;

/** Shortcuts to the platform's error body carried by an {@link ApiException}. */
public final class PlatformErrors {
  private PlatformErrors() {}

  /**
   * {@return the parsed platform error body, when the answer had one}
   *
   * @param e the exception
   */
  public static Optional<ErrorBody> body(ApiException e) {
    return e.error(ErrorBody.class);
  }

  /**
   * {@return the error's tags (e.g. {@code error_not_found}); empty when there were none}
   *
   * @param e the exception
   */
  public static List<String> tags(ApiException e) {
    return body(e).map(ErrorBody::getTags).orElse(List.of());
  }

  /**
   * {@return whether the platform's error answer carries {@code tag}}
   *
   * @param e the exception
   * @param tag the error tag
   */
  public static boolean hasTag(ApiException e, String tag) {
    return tags(e).contains(tag);
  }

  /**
   * {@return true when a proxy answered with an HTML page instead of the platform}
   *
   * @param e the exception
   */
  public static boolean fromProxy(ApiException e) {
    return e.error(HtmlErrorPage.class).isPresent();
  }
}
