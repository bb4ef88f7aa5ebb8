package dev.quartet.onepagecrm;

import dev.quartet.core.RequestOptions;
import dev.quartet.core.paging.AsyncPager;
import dev.quartet.core.paging.Pager;
import dev.quartet.onepagecrm.model.Action;
import dev.quartet.onepagecrm.model.Call;
import dev.quartet.onepagecrm.model.Deal;
import dev.quartet.onepagecrm.model.Meeting;
import dev.quartet.onepagecrm.model.Note;

/**
 * The records of one contact or one company ({@code crm.contacts().related(id)},
 * {@code crm.companies().related(id)}): its deals, notes, actions, calls and meetings, each walked
 * lazily {@value Contacts#MAX_PER_PAGE} per request, blocking ({@code listAllDeals()}) or not
 * ({@code listAllDealsAsync()}), with {@link RequestOptions} applied to every page request.
 */
public final class RelatedLists {
  private final ListingSource<Deal> deals;
  private final ListingSource<Note> notes;
  private final ListingSource<Action> actions;
  private final ListingSource<Call> calls;
  private final ListingSource<Meeting> meetings;

  RelatedLists(ListingSource<Deal> deals, ListingSource<Note> notes, ListingSource<Action> actions,
      ListingSource<Call> calls, ListingSource<Meeting> meetings) {
    this.deals = deals;
    this.notes = notes;
    this.actions = actions;
    this.calls = calls;
    this.meetings = meetings;
  }

  /** {@return every deal, lazily; nothing is sent before iteration} */
  public Pager<Deal> listAllDeals() {
    return listAllDeals(RequestOptions.none());
  }

  /**
   * {@return every deal, lazily; nothing is sent before iteration}
   *
   * @param options applied to every page request
   */
  public Pager<Deal> listAllDeals(RequestOptions options) {
    return deals.listing(Contacts.MAX_PER_PAGE, options).pager();
  }

  /** {@return every deal, walked without blocking a thread between pages} */
  public AsyncPager<Deal> listAllDealsAsync() {
    return listAllDealsAsync(RequestOptions.none());
  }

  /**
   * {@return every deal, walked without blocking a thread between pages}
   *
   * @param options applied to every page request
   */
  public AsyncPager<Deal> listAllDealsAsync(RequestOptions options) {
    return deals.listing(Contacts.MAX_PER_PAGE, options).async();
  }

  /** {@return every note, lazily; nothing is sent before iteration} */
  public Pager<Note> listAllNotes() {
    return listAllNotes(RequestOptions.none());
  }

  /**
   * {@return every note, lazily; nothing is sent before iteration}
   *
   * @param options applied to every page request
   */
  public Pager<Note> listAllNotes(RequestOptions options) {
    return notes.listing(Contacts.MAX_PER_PAGE, options).pager();
  }

  /** {@return every note, walked without blocking a thread between pages} */
  public AsyncPager<Note> listAllNotesAsync() {
    return listAllNotesAsync(RequestOptions.none());
  }

  /**
   * {@return every note, walked without blocking a thread between pages}
   *
   * @param options applied to every page request
   */
  public AsyncPager<Note> listAllNotesAsync(RequestOptions options) {
    return notes.listing(Contacts.MAX_PER_PAGE, options).async();
  }

  /** {@return every action, lazily; nothing is sent before iteration} */
  public Pager<Action> listAllActions() {
    return listAllActions(RequestOptions.none());
  }

  /**
   * {@return every action, lazily; nothing is sent before iteration}
   *
   * @param options applied to every page request
   */
  public Pager<Action> listAllActions(RequestOptions options) {
    return actions.listing(Contacts.MAX_PER_PAGE, options).pager();
  }

  /** {@return every action, walked without blocking a thread between pages} */
  public AsyncPager<Action> listAllActionsAsync() {
    return listAllActionsAsync(RequestOptions.none());
  }

  /**
   * {@return every action, walked without blocking a thread between pages}
   *
   * @param options applied to every page request
   */
  public AsyncPager<Action> listAllActionsAsync(RequestOptions options) {
    return actions.listing(Contacts.MAX_PER_PAGE, options).async();
  }

  /** {@return every call, lazily; nothing is sent before iteration} */
  public Pager<Call> listAllCalls() {
    return listAllCalls(RequestOptions.none());
  }

  /**
   * {@return every call, lazily; nothing is sent before iteration}
   *
   * @param options applied to every page request
   */
  public Pager<Call> listAllCalls(RequestOptions options) {
    return calls.listing(Contacts.MAX_PER_PAGE, options).pager();
  }

  /** {@return every call, walked without blocking a thread between pages} */
  public AsyncPager<Call> listAllCallsAsync() {
    return listAllCallsAsync(RequestOptions.none());
  }

  /**
   * {@return every call, walked without blocking a thread between pages}
   *
   * @param options applied to every page request
   */
  public AsyncPager<Call> listAllCallsAsync(RequestOptions options) {
    return calls.listing(Contacts.MAX_PER_PAGE, options).async();
  }

  /** {@return every meeting, lazily; nothing is sent before iteration} */
  public Pager<Meeting> listAllMeetings() {
    return listAllMeetings(RequestOptions.none());
  }

  /**
   * {@return every meeting, lazily; nothing is sent before iteration}
   *
   * @param options applied to every page request
   */
  public Pager<Meeting> listAllMeetings(RequestOptions options) {
    return meetings.listing(Contacts.MAX_PER_PAGE, options).pager();
  }

  /** {@return every meeting, walked without blocking a thread between pages} */
  public AsyncPager<Meeting> listAllMeetingsAsync() {
    return listAllMeetingsAsync(RequestOptions.none());
  }

  /**
   * {@return every meeting, walked without blocking a thread between pages}
   *
   * @param options applied to every page request
   */
  public AsyncPager<Meeting> listAllMeetingsAsync(RequestOptions options) {
    return meetings.listing(Contacts.MAX_PER_PAGE, options).async();
  }
}
