package dev.quartet.citypoint;

import dev.quartet.citypoint.api.DriverNotesApi;
import dev.quartet.citypoint.model.NoteCollection;
import dev.quartet.citypoint.params.GetDriverNoteParams;
import dev.quartet.citypoint.params.ListDriverNotesParams;
import dev.quartet.core.ApiInvoker;
import java.util.function.Supplier;

/** Driver notes: the listing ({@link #list()}) and one by id ({@link #get}). */
public final class DriverNotes extends Resources<Note, NoteCollection> {
  private final DriverNotesApi api;

  DriverNotes(ApiInvoker invoker, Supplier<String> userId, LinkFollower links) {
    this(new DriverNotesApi(invoker), invoker, userId, links);
  }

  private DriverNotes(DriverNotesApi api, ApiInvoker invoker, Supplier<String> userId, LinkFollower links) {
    super(new Listing<>("drivers/notes", userId,
            (user, q, since) -> api.listDriverNotesRequest(user, ListDriverNotesParams.builder().pageOffset(q.offset())
                .pageLimit(q.limit()).fieldsNote(q.fieldsParam()).filterNote(q.filterParam()).sort(q.sortParam())
                .ifModifiedSince(since).build()),
            Shapes.NOTES, Shapes.NOTE_COLLECTION, invoker, links, QueryRules.NO_INCLUDE),
        userId,
        (user, id, fields) -> api.getDriverNoteRequest(user, id, GetDriverNoteParams.builder().fieldsNote(fields).build()),
        Shapes.note(invoker));
    this.api = api;
  }

  /** {@return the generated operations (pass {@code user_id} yourself)} */
  public DriverNotesApi api() {
    return api;
  }
}
