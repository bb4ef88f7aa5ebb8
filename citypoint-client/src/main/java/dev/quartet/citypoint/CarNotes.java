package dev.quartet.citypoint;

import dev.quartet.citypoint.api.CarNotesApi;
import dev.quartet.citypoint.model.NoteCollection;
import dev.quartet.citypoint.params.GetCarNoteParams;
import dev.quartet.citypoint.params.ListCarNotesParams;
import dev.quartet.citypoint.params.ListLastImportantCarNotesParams;
import dev.quartet.core.ApiInvoker;
import java.util.function.Supplier;

/** Vehicle notes: all of them ({@link #list()}), the last important one per vehicle, and one by id ({@link #get}). */
public final class CarNotes extends Resources<Note, NoteCollection> {
  private final CarNotesApi api;
  private final Listing<Note, NoteCollection> lastImportant;

  CarNotes(ApiInvoker invoker, Supplier<String> userId, LinkFollower links) {
    this(new CarNotesApi(invoker), invoker, userId, links);
  }

  private CarNotes(CarNotesApi api, ApiInvoker invoker, Supplier<String> userId, LinkFollower links) {
    super(new Listing<>("cars/notes", userId,
            (user, q, since) -> api.listCarNotesRequest(user, ListCarNotesParams.builder().pageOffset(q.offset())
                .pageLimit(q.limit()).fieldsNote(q.fieldsParam()).filterNote(q.filterParam()).sort(q.sortParam())
                .ifModifiedSince(since).build()),
            Shapes.NOTES, Shapes.NOTE_COLLECTION, invoker, links, QueryRules.NO_INCLUDE),
        userId,
        (user, id, fields) -> api.getCarNoteRequest(user, id, GetCarNoteParams.builder().fieldsNote(fields).build()),
        Shapes.note(invoker));
    this.api = api;
    this.lastImportant = new Listing<>("cars/notes/last", userId,
        (user, q, since) -> api.listLastImportantCarNotesRequest(user, ListLastImportantCarNotesParams.builder()
            .pageOffset(q.offset()).pageLimit(q.limit()).fieldsNote(q.fieldsParam()).filterNote(q.filterParam())
            .sort(q.sortParam()).ifModifiedSince(since).build()),
        Shapes.NOTES, Shapes.NOTE_COLLECTION, invoker, links, QueryRules.NO_INCLUDE);
  }

  /** {@return {@code GET /user/{user_id}/cars/notes/last}: the latest important note of each vehicle} */
  public Listing<Note, NoteCollection> lastImportant() {
    return lastImportant;
  }

  /** {@return the generated operations, for anything the facade leaves out (pass {@code user_id} yourself)} */
  public CarNotesApi api() {
    return api;
  }
}
