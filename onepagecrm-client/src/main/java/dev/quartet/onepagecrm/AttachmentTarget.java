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
   *
   * @param contactId the contact id
   * @return the target
   */
  public static AttachmentTarget contact(String contactId) {
    return new AttachmentTarget("contact", contactId);
  }

  /**
   * {@return a deal as the attachment's target}
   *
   * @param dealId the deal id
   */
  public static AttachmentTarget deal(String dealId) {
    return new AttachmentTarget("deal", dealId);
  }

  /**
   * {@return a note as the attachment's target}
   *
   * @param noteId the note id
   */
  public static AttachmentTarget note(String noteId) {
    return new AttachmentTarget("note", noteId);
  }

  /**
   * {@return a call as the attachment's target}
   *
   * @param callId the call id
   */
  public static AttachmentTarget call(String callId) {
    return new AttachmentTarget("call", callId);
  }

  /**
   * {@return a meeting as the attachment's target}
   *
   * @param meetingId the meeting id
   */
  public static AttachmentTarget meeting(String meetingId) {
    return new AttachmentTarget("meeting", meetingId);
  }

  /** {@return {@code contact}, {@code deal}, {@code note}, {@code call} or {@code meeting}: the {@code reference_type}} */
  public String type() {
    return type;
  }

  /** {@return the target's id} */
  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return type + ":" + id;
  }
}
