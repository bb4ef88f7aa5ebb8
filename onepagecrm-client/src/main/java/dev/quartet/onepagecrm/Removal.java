package dev.quartet.onepagecrm;

/** What a delete call asks for: the record, and whether it is the undo of an earlier delete ({@code ?undo=true}). */
record Removal(String id, boolean undo) {
  /** {@return the {@code undo} query value: true, or null (not sent) for a delete} */
  Boolean undoFlag() {
    return undo ? Boolean.TRUE : null;
  }
}
