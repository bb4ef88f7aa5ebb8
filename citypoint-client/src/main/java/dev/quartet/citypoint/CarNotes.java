package dev.quartet.citypoint;

import dev.quartet.citypoint.api.CarNotesApi;
import dev.quartet.citypoint.model.NoteCollection;
import dev.quartet.citypoint.model.NoteDocument;
import dev.quartet.core.ApiInvoker;
import java.util.Optional;
import java.util.function.Supplier;

/** Vehicle notes: all of them, the last important one per vehicle, and one by id. */
public final class CarNotes {
  private final CarNotesApi api;
  private final Supplier<String> userId;
  private final Listing<Note, NoteCollection> list;
  private final Listing<Note, NoteCollection> lastImportant;

  CarNotes(ApiInvoker invoker, Supplier<String> userId, LinkFollower links) {
    this.api = new CarNotesApi(invoker);
    this.userId = userId;
    this.list = new Listing<>("cars/notes", userId,
        (user, q, since) -> api.listCarNotesWithResponse(user, q.offset(), q.limit(), q.fieldsParam(), q.filterParam(), q.sortParam(), since),
        Shapes.NOTES, Shapes.NOTE_COLLECTION, links, QueryRules.NO_INCLUDE);
    this.lastImportant = new Listing<>("cars/notes/last", userId,
        (user, q, since) -> api.listLastImportantCarNotesWithResponse(user, q.offset(), q.limit(), q.fieldsParam(), q.filterParam(), q.sortParam(), since),
        Shapes.NOTES, Shapes.NOTE_COLLECTION, links, QueryRules.NO_INCLUDE);
  }

  /** {@return {@code GET /user/{user_id}/cars/notes}: every vehicle note} */
  public Listing<Note, NoteCollection> list() {
    return list;
  }

  /** {@return {@code GET /user/{user_id}/cars/notes/last}: the latest important note of each vehicle} */
  public Listing<Note, NoteCollection> lastImportant() {
    return lastImportant;
  }

  /**
   * {@return one note, empty when the answer's {@code data} is null; {@code fields} limits the attributes returned}
   *
   * @param noteId the note ID
   * @param fields the fields
   */
  public Optional<Note> get(String noteId, String... fields) {
    String wanted = Query.create().fields(fields).fieldsParam();
    return Optional.ofNullable(Resources.data(api.getCarNote(userId.get(), noteId, wanted), NoteDocument::getData)).map(Note::of);
  }

  /** {@return the generated operations, for anything the facade leaves out (pass {@code user_id} yourself)} */
  public CarNotesApi api() {
    return api;
  }
}
