package dev.quartet.onepagecrm;

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
import dev.quartet.onepagecrm.model.LinkedContactList;
import dev.quartet.onepagecrm.model.LinkedContactListData;
import dev.quartet.onepagecrm.model.LinkedContactListItem;
import dev.quartet.onepagecrm.model.ListDealsResponse;
import dev.quartet.onepagecrm.model.ListDealsResponseData;
import dev.quartet.onepagecrm.model.ListDealsResponseItem;
import dev.quartet.onepagecrm.model.Meeting;
import dev.quartet.onepagecrm.model.MeetingList;
import dev.quartet.onepagecrm.model.MeetingListData;
import dev.quartet.onepagecrm.model.MeetingListItem;
import dev.quartet.onepagecrm.model.Note;
import dev.quartet.onepagecrm.model.NoteList;
import dev.quartet.onepagecrm.model.NoteListData;
import dev.quartet.onepagecrm.model.NoteListItem;
import java.util.function.Function;

/**
 * How each kind of list answer reads, so a listing of deals walks the same way whether it is every
 * deal or one contact's. The contacts' own listing reads its pages in {@link ContactListing}, so a
 * walk over contacts loads none of these.
 */
final class Lists {
  static final PageReader<DealList, Deal> DEALS = PageReader.of(DealList::getData, DealListData::getDeals,
      DealListItem::getDeal, DealListData::getMaxPage, DealListData::getTotalCount);
  /** {@code GET /deals}: its items may carry related records (fields=), so it has a shape of its own. */
  static final PageReader<ListDealsResponse, ListDealsResponseItem> LISTED_DEALS = PageReader.of(
      ListDealsResponse::getData, ListDealsResponseData::getDeals, Function.identity(),
      ListDealsResponseData::getMaxPage, ListDealsResponseData::getTotalCount);
  static final PageReader<NoteList, Note> NOTES = PageReader.of(NoteList::getData, NoteListData::getNotes,
      NoteListItem::getNote, NoteListData::getMaxPage, NoteListData::getTotalCount);
  static final PageReader<ActionList, Action> ACTIONS = PageReader.of(ActionList::getData,
      ActionListData::getActions, ActionListItem::getAction, ActionListData::getMaxPage,
      ActionListData::getTotalCount);
  static final PageReader<CallList, Call> CALLS = PageReader.of(CallList::getData, CallListData::getCalls,
      CallListItem::getCall, CallListData::getMaxPage, CallListData::getTotalCount);
  static final PageReader<MeetingList, Meeting> MEETINGS = PageReader.of(MeetingList::getData,
      MeetingListData::getMeetings, MeetingListItem::getMeeting, MeetingListData::getMaxPage,
      MeetingListData::getTotalCount);
  static final PageReader<CompanyList, Company> COMPANIES = PageReader.of(CompanyList::getData,
      CompanyListData::getCompanies, CompanyListItem::getCompany, CompanyListData::getMaxPage,
      CompanyListData::getTotalCount);
  static final PageReader<LinkedContactList, LinkedContact> LINKED_CONTACTS = PageReader.of(
      LinkedContactList::getData, LinkedContactListData::getLinkedContacts, LinkedContactListItem::getLinkedContact,
      LinkedContactListData::getMaxPage, LinkedContactListData::getTotalCount);

  private Lists() {}
}
