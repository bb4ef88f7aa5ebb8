package dev.quartet.onepagecrm;

import dev.quartet.core.ApiInvoker;
import dev.quartet.core.Checks;
import dev.quartet.core.paging.Page;
import dev.quartet.core.paging.Pager;
import dev.quartet.onepagecrm.api.ContactsApi;
import dev.quartet.onepagecrm.model.ContactBatch;
import dev.quartet.onepagecrm.model.ContactBatchData;
import dev.quartet.onepagecrm.model.ContactRequest;
import dev.quartet.onepagecrm.model.ContactResponse;
import dev.quartet.onepagecrm.model.DeleteContactResponse;
import dev.quartet.onepagecrm.model.ListContactsResponse;
import dev.quartet.onepagecrm.model.ListContactsResponseData;
import dev.quartet.onepagecrm.model.ListContactsResponseItem;
import java.util.List;

/**
 * The contact operations plus lazy iteration over every contact, partial update and undo of a delete.
 */
public final class Contacts extends ContactsApi {
  /** The largest {@code per_page} the API accepts (the spec's bound on every list operation). */
  public static final int MAX_PER_PAGE = 100;
  /** Page-based listing stops here; the cascade endpoints serve the contacts beyond. */
  public static final int PAGED_LIMIT = 10_000;

  Contacts(ApiInvoker invoker) {
    super(invoker);
  }

  /** One page of the default listing (the caller's contacts, alphabetically); {@code page} counts from 1. */
  public ListContactsResponse listContacts(int page, int perPage) {
    return listContacts(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, page, perPage);
  }

  /** Every contact of the default listing, {@value #MAX_PER_PAGE} per request. */
  public Pager<ListContactsResponseItem> listAll() {
    return listAll(MAX_PER_PAGE);
  }

  /**
   * Every contact of the default listing, fetched lazily {@code perPage} (1..100) at a time. Past
   * {@value #PAGED_LIMIT} contacts it continues with {@code GET /contacts/cascade/{last_id}}.
   */
  public Pager<ListContactsResponseItem> listAll(int perPage) {
    Checks.range("per_page", perPage, 1, MAX_PER_PAGE);
    return Pager.of(() -> page(1, perPage));
  }

  private Page<ListContactsResponseItem> page(int page, int perPage) {
    ListContactsResponse answer = listContacts(page, perPage);
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
    return Page.of(items, total, morePages ? () -> page(page + 1, perPage) : null);
  }

  /**
   * Every contact through the cascade endpoints only ({@code GET /contacts/cascade}, then
   * {@code /contacts/cascade/{last_id}}), 100 per request, lazily.
   */
  public Pager<ListContactsResponseItem> cascadeAll() {
    return Pager.of(() -> batch(listContactsCascade(), null));
  }

  private Page<ListContactsResponseItem> cascade(String lastId, Long total) {
    return batch(listContactsCascadeAfter(lastId), total);
  }

  private Page<ListContactsResponseItem> batch(ContactBatch answer, Long total) {
    ContactBatchData data = answer.getData();
    List<ListContactsResponseItem> items = data == null || data.getContacts() == null ? List.of() : data.getContacts();
    if (items.isEmpty()) {
      return Page.last(items, total);
    }
    String next = lastId(items);
    boolean more = next != null && data.getItemsLeft() != null && data.getItemsLeft() > 0;
    return Page.of(items, total, more ? () -> cascade(next, total) : null);
  }

  private static String lastId(List<ListContactsResponseItem> items) {
    ListContactsResponseItem last = items.get(items.size() - 1);
    return last.getContact() == null ? null : last.getContact().getId();
  }

  /** Changes only the fields set in {@code body} ({@code PUT ...?partial=true}); others keep their values. */
  public ContactResponse updateContactPartially(String contactId, ContactRequest body) {
    return updateContact(contactId, body, true);
  }

  /** Restores a contact deleted earlier ({@code DELETE /contacts/{id}?undo=true}). */
  public DeleteContactResponse undoDeleteContact(String contactId) {
    return deleteContact(contactId, true);
  }
}
