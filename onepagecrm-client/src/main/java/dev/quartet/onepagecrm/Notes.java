package dev.quartet.onepagecrm;

import dev.quartet.core.ApiInvoker;
import dev.quartet.onepagecrm.api.NotesApi;
import dev.quartet.onepagecrm.model.NoteResponse;
import dev.quartet.onepagecrm.model.CreateNoteRequest;

/** The note operations plus partial update and undo of a delete. */
public final class Notes extends NotesApi {
  Notes(ApiInvoker invoker) {
    super(invoker);
  }

  /** Changes only the fields set in {@code body} ({@code PUT /notes/{note_id}?partial=true}); others keep their values. */
  public NoteResponse updateNotePartially(String id, CreateNoteRequest body) {
    return updateNote(id, body, true);
  }

  /** Restores a note deleted earlier ({@code DELETE /notes/{note_id}?undo=true}). */
  public void undoDeleteNote(String id) {
    deleteNote(id, true);
  }
}
