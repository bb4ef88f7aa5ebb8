package dev.quartet.onepagecrm;

import java.util.Set;

/**
 * Related records that {@code GET /deals} can send with each deal ({@code fields=<name>(all)}).
 *
 * <pre>{@code
 * crm.deals().listAll(100, EnumSet.of(DealListField.CONTACTS))
 * }</pre>
 */
public enum DealListField {
  /** {@code contacts(all)}: the deal's contacts, the primary one and the linked ones, as full contacts. */
  CONTACTS("contacts");

  private final String resource;

  DealListField(String resource) {
    this.resource = resource;
  }

  /** {@return the resource name the API uses in {@code fields}} */
  public String resource() {
    return resource;
  }

  /** The {@code fields} query value for {@code fields}, or null when it asks for none. */
  static String query(Set<DealListField> fields) {
    return FieldsQuery.of(fields, DealListField::resource);
  }
}
