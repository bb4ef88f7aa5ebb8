package dev.quartet.onepagecrm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quartet.onepagecrm.model.Action;
import dev.quartet.onepagecrm.model.Contact;
import dev.quartet.onepagecrm.model.Deal;
import dev.quartet.onepagecrm.model.Note;
import java.time.Instant;
import java.util.Optional;

/**
 * One verified webhook delivery: what changed ({@link #type()}), why ({@link #reason()}), when, and the
 * object as the API would return it. The shared secret is not kept.
 */
public final class WebhookEvent {
  private final String type;
  private final String reason;
  private final Instant timestamp;
  private final JsonNode data;
  private final ObjectMapper mapper;

  WebhookEvent(String type, String reason, Instant timestamp, JsonNode data, ObjectMapper mapper) {
    this.type = type;
    this.reason = reason;
    this.timestamp = timestamp;
    this.data = data;
    this.mapper = mapper;
  }

  /** {@return the kind of object: {@code contact}, {@code action}, {@code deal}, {@code note}, ..} */
  public String type() {
    return type;
  }

  /** {@return what happened: {@code created}, {@code updated}, {@code deleted}, {@code undeleted}, {@code completed}, ..} */
  public String reason() {
    return reason;
  }

  /** {@return when it happened, or null when the delivery carried no timestamp} */
  public Instant timestamp() {
    return timestamp;
  }

  /** {@return the object as sent, for types without a typed accessor} */
  public JsonNode data() {
    return data;
  }

  /** {@return the contact, when {@code type} is {@code contact} (sent wrapped as {@code data.contact})} */
  public Optional<Contact> contact() {
    return typed("contact", Contact.class);
  }

  /** {@return the deal, when the event is about one} */
  public Optional<Deal> deal() {
    return typed("deal", Deal.class);
  }

  /** {@return the action, when the event is about one} */
  public Optional<Action> action() {
    return typed("action", Action.class);
  }

  /** {@return the note, when the event is about one} */
  public Optional<Note> note() {
    return typed("note", Note.class);
  }

  // The object may come wrapped under its type name ({"contact": {...}}) or bare; accept both.
  private <T> Optional<T> typed(String name, Class<T> cls) {
    if (!name.equals(type) || data == null || !data.isObject()) {
      return Optional.empty();
    }
    JsonNode node = data.has(name) && data.get(name).isObject() ? data.get(name) : data;
    try {
      return Optional.of(mapper.treeToValue(node, cls));
    } catch (Exception e) {
      throw new InvalidWebhookException("webhook data is not a readable " + name + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "WebhookEvent{type=" + type + ", reason=" + reason + ", timestamp=" + timestamp + "}";
  }
}
