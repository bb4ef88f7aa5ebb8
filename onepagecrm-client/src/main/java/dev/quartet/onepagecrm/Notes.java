package dev.quartet.onepagecrm;

import dev.quartet.core.ApiInvoker;
import dev.quartet.onepagecrm.api.NotesApi;
import dev.quartet.onepagecrm.model.CreateNoteRequest;
import dev.quartet.onepagecrm.model.Note;
import dev.quartet.onepagecrm.model.NoteList;
import dev.quartet.onepagecrm.model.NoteListItem;
import dev.quartet.onepagecrm.model.NoteResponse;
import dev.quartet.onepagecrm.params.DeleteNoteParams;
import dev.quartet.onepagecrm.params.ListNotesParams;
import dev.quartet.onepagecrm.params.UpdateNoteParams;

/**
 * The note operations of {@link CrmEntities}, handing back the {@link Note} itself; {@link #api()} has every
 * generated note operation, returning the whole envelope.
 */
public final class Notes extends CrmEntities<Note, CreateNoteRequest, Note, ListNotesParams, NoteList> {
  private final NotesApi api;

  Notes(ApiInvoker invoker) {
    this(new NotesApi(invoker));
  }

  private Notes(NotesApi api) {
    super(Operation.of(api::getNoteWithResponse, api::getNoteAsync, Notes::entity),
        Operation.of(api::createNoteWithResponse, api::createNoteAsync, Notes::entity),
        Operation.of((c, o) -> api.updateNoteWithResponse(c.id(), c.body(), update(c), o),
            (c, o) -> api.updateNoteAsync(c.id(), c.body(), update(c), o), Notes::entity),
        Operation.ignoringBody((r, o) -> api.deleteNoteWithResponse(r.id(), delete(r), o),
            (r, o) -> api.deleteNoteAsync(r.id(), delete(r), o)),
        EntityListing.paged(new PageParams<>(ListNotesParams.none(), ListNotesParams::page, ListNotesParams::perPage,
                (f, p) -> f.toBuilder().page(p.page()).perPage(p.perPage()).build()),
            Operation.of(api::listNotesWithResponse, api::listNotesAsync), Lists.NOTES));
    this.api = api;
  }

  /** {@return every generated note operation ({@code getNote}, {@code listNotesWithResponse}, ...), returning the envelope} */
  public NotesApi api() {
    return api;
  }

  private static Note entity(NoteResponse answer) {
    return Envelope.unwrap(answer, NoteResponse::getData, NoteListItem::getNote);
  }

  private static UpdateNoteParams update(Change<?> change) {
    return UpdateNoteParams.builder().partial(change.partialFlag()).build();
  }

  private static DeleteNoteParams delete(Removal removal) {
    return DeleteNoteParams.builder().undo(removal.undoFlag()).build();
  }
}
