package dev.quartet.onepagecrm;

import dev.quartet.core.ApiInvoker;
import dev.quartet.core.paging.Pager;
import dev.quartet.onepagecrm.api.NotesApi;
import dev.quartet.onepagecrm.model.CreateNoteRequest;
import dev.quartet.onepagecrm.model.Note;
import dev.quartet.onepagecrm.model.NoteListItem;
import dev.quartet.onepagecrm.model.NoteResponse;

/**
 * The note operations. The short calls ({@link #get}, {@link #create}, {@link #update}, ...) hand back the
 * {@link Note} itself; the generated ones ({@code createNote...}) keep the whole envelope.
 */
public final class Notes extends NotesApi {
  Notes(ApiInvoker invoker) {
    super(invoker);
  }

  /**
   * {@return the note with this id}
   *
   * @param id the ID
   */
  public Note get(String id) {
    return entity(getNote(id));
  }

  /**
   * Creates a note; the answer is the note as stored.
   *
   * @param body the body
   * @return the note as stored
   */
  public Note create(CreateNoteRequest body) {
    return entity(createNote(body));
  }

  /**
   * Replaces the note's fields with {@code body}'s ({@code PUT}).
   *
   * @param id the note id
   * @param body the new fields
   * @return the note as stored
   */
  public Note update(String id, CreateNoteRequest body) {
    return entity(updateNote(id, body, null));
  }

  /**
   * Changes only the fields set in {@code body} ({@code PUT ...?partial=true}); others keep their values.
   *
   * @param id the note id
   * @param body the fields to change
   * @return the note as stored
   */
  public Note updatePartially(String id, CreateNoteRequest body) {
    return entity(updateNote(id, body, true));
  }

  /**
   * Same as {@link #updatePartially}.
   *
   * @param id the ID
   * @param body the body
   * @return what {@link #updatePartially} returns
   */
  public Note updateNotePartially(String id, CreateNoteRequest body) {
    return updatePartially(id, body);
  }

  /**
   * Deletes the note; {@link #undoDelete} brings it back.
   *
   * @param id the ID
   */
  public void delete(String id) {
    deleteNote(id, null);
  }

  /**
   * Restores a note deleted earlier ({@code DELETE ...?undo=true}).
   *
   * @param id the ID
   */
  public void undoDelete(String id) {
    deleteNote(id, true);
  }

  /**
   * Same as {@link #undoDelete}.
   *
   * @param id the ID
   */
  public void undoDeleteNote(String id) {
    undoDelete(id);
  }

  /** {@return every note, {@value Contacts#MAX_PER_PAGE} per request} */
  public Pager<Note> listAll() {
    return listAll(Contacts.MAX_PER_PAGE);
  }

  /**
   * {@return every note, fetched lazily {@code perPage} (1..100) at a time; nothing is sent before iteration}
   *
   * @param perPage the per page
   */
  public Pager<Note> listAll(int perPage) {
    return Lists.notes(perPage,
        page -> listNotes(null, null, null, null, null, null, null, null, null, page, perPage));
  }

  private static Note entity(NoteResponse answer) {
    return Envelope.unwrap(answer, NoteResponse::getData, NoteListItem::getNote);
  }
}
