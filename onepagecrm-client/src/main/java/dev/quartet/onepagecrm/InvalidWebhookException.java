package dev.quartet.onepagecrm;

import dev.quartet.core.errors.SdkException;

/** A webhook delivery that was refused: wrong or missing secret, or a body that is not an event. */
public final class InvalidWebhookException extends SdkException {
  InvalidWebhookException(String message) {
    super(message);
  }

  InvalidWebhookException(String message, Throwable cause) {
    super(message, cause);
  }
}
