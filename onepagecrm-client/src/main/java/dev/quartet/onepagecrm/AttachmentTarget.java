package dev.quartet.onepagecrm;

import dev.quartet.core.Checks;

/** What an uploaded file is attached to: a contact, or one of its deals, notes, calls or meetings. */
public final class AttachmentTarget {
  private final String type;
  private final String id;

  private AttachmentTarget(String type, String id) {
    this.type = type;
    this.id = Checks.notBlank(type + "_id", id);
  }

  /**
   * The contact itself. The spec's {@code reference_type} lists only deal, note, call and meeting;
   * {@code contact} is sent through {@code POST /attachments} as the product does for contact files.
   */
  public static AttachmentTarget contact(String contactId) {
    return new AttachmentTarget("contact", contactId);
  }

  public static AttachmentTarget deal(String dealId) {
    return new AttachmentTarget("deal", dealId);
  }

  public static AttachmentTarget note(String noteId) {
    return new AttachmentTarget("note", noteId);
  }

  public static AttachmentTarget call(String callId) {
    return new AttachmentTarget("call", callId);
  }

  public static AttachmentTarget meeting(String meetingId) {
    return new AttachmentTarget("meeting", meetingId);
  }

  /** {@return {@code contact}, {@code deal}, {@code note}, {@code call} or {@code meeting}: the {@code reference_type}} */
  public String type() {
    return type;
  }

  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return type + ":" + id;
  }
}
