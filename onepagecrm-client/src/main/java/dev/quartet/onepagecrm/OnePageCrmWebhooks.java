package dev.quartet.onepagecrm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quartet.core.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads webhook deliveries. OnePageCRM signs nothing: authenticity is the shared {@code secretkey}
 * inside the JSON body, so it is checked (in constant time) before anything else is read.
 *
 * <pre>{@code
 * WebhookEvent event = new OnePageCrmWebhooks(secret).parse(requestBody);
 * event.contact().ifPresent(c -> ...);
 * }</pre>
 */
public final class OnePageCrmWebhooks {
  private final byte[] secret;
  private final ObjectMapper mapper;

  /**
   * A parser for webhooks signed with {@code secret}.
   *
   * @param secret the webhook secret set in OnePageCRM
   */
  public OnePageCrmWebhooks(String secret) {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("secret must not be empty: it is what proves a delivery is genuine");
    }
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.mapper = Json.mapper();
  }

  /**
   * The event in {@code body}.
   *
   * @throws InvalidWebhookException if the body is not JSON, or its {@code secretkey} is missing or wrong
   *
   * @param body the request body as received
   * @return the event
   */
  public WebhookEvent parse(String body) {
    JsonNode tree;
    try {
      tree = body == null ? null : mapper.readTree(body);
    } catch (IOException e) {
      throw new InvalidWebhookException("webhook body is not JSON");
    }
    if (tree == null || !tree.isObject()) {
      throw new InvalidWebhookException("webhook body is not a JSON object");
    }
    JsonNode key = tree.get("secretkey");
    if (key == null || !key.isValueNode() || key.isNull()) {
      throw new InvalidWebhookException("webhook body has no secretkey; refusing it");
    }
    if (!MessageDigest.isEqual(secret, key.asText().getBytes(StandardCharsets.UTF_8))) {
      throw new InvalidWebhookException("webhook secretkey does not match; refusing it");
    }
    return new WebhookEvent(text(tree.get("type")), text(tree.get("reason")), timestamp(tree.get("timestamp")),
        tree.get("data"), mapper);
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  // Sent as a number or a string of digits (unix seconds), occasionally as an ISO date-time.
  static Instant timestamp(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    String text = node.asText().trim();
    if (text.isEmpty()) {
      return null;
    }
    try {
      BigDecimal seconds = new BigDecimal(text);
      long whole = seconds.longValue();
      int nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).intValue();
      return Instant.ofEpochSecond(whole, nanos);
    } catch (NumberFormatException | ArithmeticException e) {
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException e2) {
        throw new InvalidWebhookException("webhook timestamp is neither unix seconds nor ISO-8601: " + text);
      }
    }
  }

  @Override
  public String toString() {
    return "OnePageCrmWebhooks{secret=***}";
  }
}
