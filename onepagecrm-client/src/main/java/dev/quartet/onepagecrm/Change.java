package dev.quartet.onepagecrm;

/**
 * What an update call asks for: the record, its new fields, and whether only the fields set in
 * {@code body} change ({@code ?partial=true}) or all of them.
 */
record Change<B>(String id, B body, boolean partial) {
  /** {@return the {@code partial} query value: true, or null (not sent) for a whole update} */
  Boolean partialFlag() {
    return partial ? Boolean.TRUE : null;
  }
}
