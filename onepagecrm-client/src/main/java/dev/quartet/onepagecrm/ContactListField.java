package dev.quartet.onepagecrm;

import java.util.Set;

/**
 * Related records that {@code GET /contacts} can send with each contact ({@code fields=<name>(all)}):
 * each one asked for fills the list of that name beside the contact in every item.
 *
 * <pre>{@code
 * crm.contacts().listAll(100, EnumSet.of(ContactListField.DEALS, ContactListField.NOTES))
 * }</pre>
 */
public enum ContactListField {
  /** {@code deals(all)}: the contact's deals. */
  DEALS("deals"),
  /** {@code notes(all)}: the contact's notes. */
  NOTES("notes"),
  /** {@code calls(all)}: the contact's calls. */
  CALLS("calls"),
  /** {@code meetings(all)}: the contact's meetings. */
  MEETINGS("meetings"),
  /** {@code pinned_attachments(all)}: the attachments pinned to the contact. */
  PINNED_ATTACHMENTS("pinned_attachments");

  private final String resource;

  ContactListField(String resource) {
    this.resource = resource;
  }

  /** {@return the resource name the API uses, e.g. {@code pinned_attachments}} */
  public String resource() {
    return resource;
  }

  /** The {@code fields} query value for {@code fields} (in declaration order), or null when it asks for none. */
  static String query(Set<ContactListField> fields) {
    return FieldsQuery.of(fields, ContactListField::resource);
  }
}
