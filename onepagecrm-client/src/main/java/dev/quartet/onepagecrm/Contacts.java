package dev.quartet.onepagecrm;

import dev.quartet.core.ApiInvoker;
import dev.quartet.core.Checks;
import dev.quartet.core.Json;
import dev.quartet.core.paging.Page;
import dev.quartet.core.paging.Pager;
import dev.quartet.onepagecrm.api.ContactsApi;
import dev.quartet.onepagecrm.model.Action;
import dev.quartet.onepagecrm.model.Call;
import dev.quartet.onepagecrm.model.Contact;
import dev.quartet.onepagecrm.model.ContactBatch;
import dev.quartet.onepagecrm.model.ContactBatchData;
import dev.quartet.onepagecrm.model.ContactRequest;
import dev.quartet.onepagecrm.model.ContactResponse;
import dev.quartet.onepagecrm.model.ContactResponseData;
import dev.quartet.onepagecrm.model.Deal;
import dev.quartet.onepagecrm.model.GetContactResponse;
import dev.quartet.onepagecrm.model.ListContactsResponse;
import dev.quartet.onepagecrm.model.ListContactsResponseData;
import dev.quartet.onepagecrm.model.ListContactsResponseItem;
import dev.quartet.onepagecrm.model.Meeting;
import dev.quartet.onepagecrm.model.Note;
import java.util.List;
import java.util.Set;

/**
 * The contact operations plus lazy iteration over every contact, partial update and undo of a delete.
 * The short calls ({@link #get}, {@link #create}, {@link #update}, ...) hand back the {@link Contact}
 * itself; the generated ones ({@code getContact...}) keep the whole envelope.
 */
public final class Contacts extends ContactsApi {
  /** The largest {@code per_page} the API accepts (the spec's bound on every list operation). */
  public static final int MAX_PER_PAGE = 100;
  /** Page-based listing stops here; the cascade endpoints serve the contacts beyond. */
  public static final int PAGED_LIMIT = 10_000;

  Contacts(ApiInvoker invoker) {
    super(invoker);
  }

  /**
   * {@return one page of the default listing (the caller's contacts, alphabetically); {@code page} counts from 1}
   *
   * @param page the page number, from 1
   * @param perPage the page size, 1 to 100
   */
  public ListContactsResponse listContacts(int page, int perPage) {
    return listContacts(page, perPage, (String) null);
  }

  /**
   * One page of the default listing with the related records {@code fields} asks for (none when empty or
   * null): each item then carries e.g. {@code getDeals()} and {@code getNotes()} beside the contact.
   *
   * @param page the page number, from 1
   * @param perPage the page size, 1 to 100
   * @param fields the related lists to include; null or empty for none
   * @return the page as the API sent it
   */
  public ListContactsResponse listContacts(int page, int perPage, Set<ContactListField> fields) {
    return listContacts(page, perPage, ContactListField.query(fields));
  }

  private ListContactsResponse listContacts(int page, int perPage, String fields) {
    return listContacts(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, page, perPage,
        fields);
  }

  /** {@return every contact of the default listing, {@value #MAX_PER_PAGE} per request} */
  public Pager<ListContactsResponseItem> listAll() {
    return listAll(MAX_PER_PAGE);
  }

  /**
   * Every contact of the default listing, fetched lazily {@code perPage} (1..100) at a time. Past
   * {@value #PAGED_LIMIT} contacts it continues with {@code GET /contacts/cascade/{last_id}}.
   *
   * @param perPage the page size, 1 to 100
   * @return the lazy pager
   */
  public Pager<ListContactsResponseItem> listAll(int perPage) {
    return listAll(perPage, null);
  }

  /**
   * {@link #listAll(int)} with the related records {@code fields} asks for in every item. The cascade
   * endpoints that serve contacts past {@value #PAGED_LIMIT} take no {@code fields}: items from there carry
   * no related lists.
   *
   * @param perPage the page size, 1 to 100
   * @param fields the related lists to include; null or empty for none
   * @return the lazy pager; nothing is sent before iteration
   * @throws IllegalArgumentException if {@code perPage} is out of range or {@code fields} holds a null
   */
  public Pager<ListContactsResponseItem> listAll(int perPage, Set<ContactListField> fields) {
    Checks.range("per_page", perPage, 1, MAX_PER_PAGE);
    String query = ContactListField.query(fields); // refuses a null element before anything is sent
    return Pager.of(() -> page(1, perPage, query));
  }

  private Page<ListContactsResponseItem> page(int page, int perPage, String fields) {
    ListContactsResponse answer = listContacts(page, perPage, fields);
    ListContactsResponseData data = answer.getData();
    List<ListContactsResponseItem> items = data == null || data.getContacts() == null ? List.of() : data.getContacts();
    Long total = data == null || data.getTotalCount() == null ? null : data.getTotalCount().longValue();
    if (items.isEmpty()) {
      return Page.last(items, total);
    }
    long reached = (long) (page - 1) * perPage + items.size();
    Integer maxPage = data.getMaxPage();
    boolean morePages = maxPage != null ? page < maxPage : items.size() == perPage;
    if (reached >= PAGED_LIMIT) {
      // page numbers do not go past 10,000 contacts: continue after the last id we saw
      boolean more = total == null ? morePages : reached < total;
      String lastId = lastId(items);
      return Page.of(items, total, more && lastId != null ? () -> cascade(lastId, total) : null);
    }
    return Page.of(items, total, morePages ? () -> page(page + 1, perPage, fields) : null);
  }

  /**
   * {@return every deal of the contact, {@value #MAX_PER_PAGE} per request, lazily}
   *
   * @param contactId the contact ID
   */
  public Pager<Deal> listAllDeals(String contactId) {
    return Lists.deals(MAX_PER_PAGE,
        page -> listContactDeals(contactId, null, null, null, null, null, null, null, null, null, null,
            null, null, page, MAX_PER_PAGE));
  }

  /**
   * {@return every note of the contact, {@value #MAX_PER_PAGE} per request, lazily}
   *
   * @param contactId the contact ID
   */
  public Pager<Note> listAllNotes(String contactId) {
    return Lists.notes(MAX_PER_PAGE,
        page -> listContactNotes(contactId, null, null, null, null, null, null, null, page, MAX_PER_PAGE));
  }

  /**
   * {@return every action of the contact, {@value #MAX_PER_PAGE} per request, lazily}
   *
   * @param contactId the contact ID
   */
  public Pager<Action> listAllActions(String contactId) {
    return Lists.actions(MAX_PER_PAGE,
        page -> listContactActions(contactId, null, null, null, null, null, null, null, null, null, null,
            page, MAX_PER_PAGE));
  }

  /**
   * {@return every call of the contact, {@value #MAX_PER_PAGE} per request, lazily}
   *
   * @param contactId the contact ID
   */
  public Pager<Call> listAllCalls(String contactId) {
    return Lists.calls(MAX_PER_PAGE,
        page -> listContactCalls(contactId, null, null, null, null, null, null, null, page, MAX_PER_PAGE));
  }

  /**
   * {@return every meeting of the contact, {@value #MAX_PER_PAGE} per request, lazily}
   *
   * @param contactId the contact ID
   */
  public Pager<Meeting> listAllMeetings(String contactId) {
    return Lists.meetings(MAX_PER_PAGE,
        page -> listContactMeetings(contactId, null, null, null, null, null, null, null, page, MAX_PER_PAGE));
  }

  /**
   * Every contact through the cascade endpoints only ({@code GET /contacts/cascade}, then
   * {@code /contacts/cascade/{last_id}}), 100 per request, lazily.
   *
   * @return the lazy pager
   */
  public Pager<ListContactsResponseItem> cascadeAll() {
    return Pager.of(() -> batch(listContactsCascade(), null));
  }

  private Page<ListContactsResponseItem> cascade(String lastId, Long total) {
    return batch(listContactsCascadeAfter(lastId), total);
  }

  private Page<ListContactsResponseItem> batch(ContactBatch answer, Long total) {
    ContactBatchData data = answer.getData();
    List<ListContactsResponseItem> items = data == null || data.getContacts() == null ? List.of()
        : data.getContacts().stream().map(Contacts::asListItem).toList();
    if (items.isEmpty()) {
      return Page.last(items, total);
    }
    String next = lastId(items);
    boolean more = next != null && data.getItemsLeft() != null && data.getItemsLeft() > 0;
    return Page.of(items, total, more ? () -> cascade(next, total) : null);
  }

  // A cascade item is a listing item without the related lists that fields= adds.
  private static ListContactsResponseItem asListItem(ContactResponseData item) {
    return item == null ? null : Json.mapper().convertValue(item, ListContactsResponseItem.class);
  }

  private static String lastId(List<ListContactsResponseItem> items) {
    ListContactsResponseItem last = items.get(items.size() - 1);
    return last == null || last.getContact() == null ? null : last.getContact().getId();
  }

  /**
   * {@return the contact with this id}
   *
   * @param id the ID
   */
  public Contact get(String id) {
    return Envelope.unwrap(getContact(id), GetContactResponse::getData, ContactResponseData::getContact);
  }

  /**
   * Creates a contact; the answer is the contact as stored.
   *
   * @param body the body
   * @return the contact as stored
   */
  public Contact create(ContactRequest body) {
    return entity(createContact(body));
  }

  /**
   * Replaces the contact's fields with {@code body}'s ({@code PUT}).
   *
   * @param id the contact id
   * @param body the new fields
   * @return the contact as stored
   */
  public Contact update(String id, ContactRequest body) {
    return entity(updateContact(id, body, null));
  }

  /**
   * Changes only the fields set in {@code body} ({@code PUT ...?partial=true}); others keep their values.
   *
   * @param id the contact id
   * @param body the fields to change
   * @return the contact as stored
   */
  public Contact updatePartially(String id, ContactRequest body) {
    return entity(updateContact(id, body, true));
  }

  /**
   * Same as {@link #updatePartially}.
   *
   * @param contactId the contact ID
   * @param body the body
   * @return what {@link #updatePartially} returns
   */
  public Contact updateContactPartially(String contactId, ContactRequest body) {
    return updatePartially(contactId, body);
  }

  /**
   * Deletes the contact; {@link #undoDelete} brings it back.
   *
   * @param id the ID
   */
  public void delete(String id) {
    deleteContact(id, null);
  }

  /**
   * Restores a contact deleted earlier ({@code DELETE /contacts/{id}?undo=true}).
   *
   * @param id the ID
   */
  public void undoDelete(String id) {
    deleteContact(id, true);
  }

  /**
   * Same as {@link #undoDelete}.
   *
   * @param contactId the contact ID
   */
  public void undoDeleteContact(String contactId) {
    undoDelete(contactId);
  }

  private static Contact entity(ContactResponse answer) {
    return Envelope.unwrap(answer, ContactResponse::getData, ContactResponseData::getContact);
  }
}
