package dev.quartet.onepagecrm;

import dev.quartet.core.paging.Pager;
import dev.quartet.onepagecrm.model.Action;
import dev.quartet.onepagecrm.model.ActionList;
import dev.quartet.onepagecrm.model.ActionListData;
import dev.quartet.onepagecrm.model.ActionListItem;
import dev.quartet.onepagecrm.model.Call;
import dev.quartet.onepagecrm.model.CallList;
import dev.quartet.onepagecrm.model.CallListData;
import dev.quartet.onepagecrm.model.CallListItem;
import dev.quartet.onepagecrm.model.Company;
import dev.quartet.onepagecrm.model.CompanyList;
import dev.quartet.onepagecrm.model.CompanyListData;
import dev.quartet.onepagecrm.model.CompanyListItem;
import dev.quartet.onepagecrm.model.Deal;
import dev.quartet.onepagecrm.model.DealList;
import dev.quartet.onepagecrm.model.DealListData;
import dev.quartet.onepagecrm.model.DealListItem;
import dev.quartet.onepagecrm.model.LinkedContact;
import dev.quartet.onepagecrm.model.ListDealsResponse;
import dev.quartet.onepagecrm.model.ListDealsResponseData;
import dev.quartet.onepagecrm.model.ListDealsResponseItem;
import dev.quartet.onepagecrm.model.LinkedContactList;
import dev.quartet.onepagecrm.model.LinkedContactListData;
import dev.quartet.onepagecrm.model.LinkedContactListItem;
import dev.quartet.onepagecrm.model.Meeting;
import dev.quartet.onepagecrm.model.MeetingList;
import dev.quartet.onepagecrm.model.MeetingListData;
import dev.quartet.onepagecrm.model.MeetingListItem;
import dev.quartet.onepagecrm.model.Note;
import dev.quartet.onepagecrm.model.NoteList;
import dev.quartet.onepagecrm.model.NoteListData;
import dev.quartet.onepagecrm.model.NoteListItem;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * How to read each kind of list answer, so a listing of deals walks the same way whether it is every
 * deal or one contact's. {@code fetch} gives page n (from 1) of {@code perPage} items.
 */
final class Lists {
  private Lists() {}

  static Pager<Deal> deals(int perPage, IntFunction<DealList> fetch) {
    return PageWalker.walk(perPage, n -> data(fetch.apply(n)), DealListData::getDeals, DealListItem::getDeal,
        d -> new PageWalker.PageData(d.getPage(), d.getMaxPage(), d.getTotalCount()));
  }

  /** {@code GET /deals}: its items may carry related records (fields=), so it has a shape of its own. */
  static <T> Pager<T> listedDeals(int perPage, IntFunction<ListDealsResponse> fetch,
      Function<ListDealsResponseItem, T> entity) {
    return PageWalker.walk(perPage, n -> {
      ListDealsResponse answer = fetch.apply(n);
      return answer == null ? null : answer.getData();
    }, ListDealsResponseData::getDeals, entity,
        d -> new PageWalker.PageData(d.getPage(), d.getMaxPage(), d.getTotalCount()));
  }

  static Pager<Note> notes(int perPage, IntFunction<NoteList> fetch) {
    return PageWalker.walk(perPage, n -> data(fetch.apply(n)), NoteListData::getNotes, NoteListItem::getNote,
        d -> new PageWalker.PageData(d.getPage(), d.getMaxPage(), d.getTotalCount()));
  }

  static Pager<Action> actions(int perPage, IntFunction<ActionList> fetch) {
    return PageWalker.walk(perPage, n -> data(fetch.apply(n)), ActionListData::getActions,
        ActionListItem::getAction, d -> new PageWalker.PageData(d.getPage(), d.getMaxPage(), d.getTotalCount()));
  }

  static Pager<Call> calls(int perPage, IntFunction<CallList> fetch) {
    return PageWalker.walk(perPage, n -> data(fetch.apply(n)), CallListData::getCalls, CallListItem::getCall,
        d -> new PageWalker.PageData(d.getPage(), d.getMaxPage(), d.getTotalCount()));
  }

  static Pager<Meeting> meetings(int perPage, IntFunction<MeetingList> fetch) {
    return PageWalker.walk(perPage, n -> data(fetch.apply(n)), MeetingListData::getMeetings,
        MeetingListItem::getMeeting, d -> new PageWalker.PageData(d.getPage(), d.getMaxPage(), d.getTotalCount()));
  }

  static Pager<Company> companies(int perPage, IntFunction<CompanyList> fetch) {
    return PageWalker.walk(perPage, n -> data(fetch.apply(n)), CompanyListData::getCompanies,
        CompanyListItem::getCompany, d -> new PageWalker.PageData(d.getPage(), d.getMaxPage(), d.getTotalCount()));
  }

  static Pager<LinkedContact> linkedContacts(int perPage, IntFunction<LinkedContactList> fetch) {
    return PageWalker.walk(perPage, n -> data(fetch.apply(n)), LinkedContactListData::getLinkedContacts,
        LinkedContactListItem::getLinkedContact,
        d -> new PageWalker.PageData(d.getPage(), d.getMaxPage(), d.getTotalCount()));
  }

  private static DealListData data(DealList answer) {
    return answer == null ? null : answer.getData();
  }

  private static NoteListData data(NoteList answer) {
    return answer == null ? null : answer.getData();
  }

  private static ActionListData data(ActionList answer) {
    return answer == null ? null : answer.getData();
  }

  private static CallListData data(CallList answer) {
    return answer == null ? null : answer.getData();
  }

  private static MeetingListData data(MeetingList answer) {
    return answer == null ? null : answer.getData();
  }

  private static CompanyListData data(CompanyList answer) {
    return answer == null ? null : answer.getData();
  }

  private static LinkedContactListData data(LinkedContactList answer) {
    return answer == null ? null : answer.getData();
  }
}
