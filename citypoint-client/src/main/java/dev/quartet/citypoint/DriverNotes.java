package dev.quartet.citypoint;

import dev.quartet.citypoint.api.DriverNotesApi;
import dev.quartet.citypoint.model.NoteCollection;
import dev.quartet.citypoint.model.NoteDocument;
import dev.quartet.core.ApiInvoker;
import java.util.Optional;
import java.util.function.Supplier;

/** Driver notes: the listing and one by id. */
public final class DriverNotes {
  private final DriverNotesApi api;
  private final Supplier<String> userId;
  private final Listing<Note, NoteCollection> list;

  DriverNotes(ApiInvoker invoker, Supplier<String> userId, LinkFollower links) {
    this.api = new DriverNotesApi(invoker);
    this.userId = userId;
    this.list = new Listing<>("drivers/notes", userId,
        (user, q, since) -> api.listDriverNotesWithResponse(user, q.offset(), q.limit(), q.fieldsParam(), q.filterParam(), q.sortParam(), since),
        Shapes.NOTES, Shapes.NOTE_COLLECTION, links, QueryRules.NO_INCLUDE);
  }

  /** {@return {@code GET /user/{user_id}/drivers/notes}} */
  public Listing<Note, NoteCollection> list() {
    return list;
  }

  /**
   * {@return one note, empty when the answer's {@code data} is null; {@code fields} limits the attributes returned}
   *
   * @param noteId the note ID
   * @param fields the fields
   */
  public Optional<Note> get(String noteId, String... fields) {
    String wanted = Query.create().fields(fields).fieldsParam();
    return Optional.ofNullable(Resources.data(api.getDriverNote(userId.get(), noteId, wanted), NoteDocument::getData)).map(Note::of);
  }

  /** {@return the generated operations (pass {@code user_id} yourself)} */
  public DriverNotesApi api() {
    return api;
  }
}
