package dev.quartet.onepagecrm;

import dev.quartet.core.Checks;
import dev.quartet.core.Futures;
import dev.quartet.core.Json;
import dev.quartet.core.RequestOptions;
import dev.quartet.core.paging.Listing;
import dev.quartet.core.paging.Slice;
import dev.quartet.onepagecrm.api.ContactsApi;
import dev.quartet.onepagecrm.model.ContactBatch;
import dev.quartet.onepagecrm.model.ContactBatchData;
import dev.quartet.onepagecrm.model.ContactResponseData;
import dev.quartet.onepagecrm.model.ListContactsResponse;
import dev.quartet.onepagecrm.model.ListContactsResponseItem;
import dev.quartet.onepagecrm.params.ListContactsParams;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The contact listing: pages of {@code GET /contacts} up to {@value Contacts#PAGED_LIMIT} contacts, then
 * the cascade ({@code GET /contacts/cascade/{last_id}}) after the last contact seen, since page numbers do
 * not reach further. Both walks ({@link Listing#pager()}, {@link Listing#async()}) read pages here.
 */
final class ContactListing {
  /**
   * Where a walk stands: page {@code page} of the listing, or (cascade) the batch after contact
   * {@code after} (null: the first batch). {@code total} is what the listing reported, kept for the cascade.
   */
  record Cursor(int page, boolean cascade, String after, Long total) {
    static Cursor page(int page) {
      return new Cursor(page, false, null, null);
    }

    static Cursor cascade(String after, Long total) {
      return new Cursor(0, true, after, total);
    }
  }

  /** One answer: a listing page or a cascade batch. */
  record Answer(ListContactsResponse page, ContactBatch batch) {}

  private final ContactsApi api;

  ContactListing(ContactsApi api) {
    this.api = api;
  }

  /**
   * {@return every contact of the default listing, switching to the cascade past the cap}
   *
   * @param perPage the page size, 1 to 100 (checked now)
   * @param fields the {@code fields} query (null: none); the cascade takes none
   * @param options applied to every request
   */
  Listing<Cursor, Answer, ListContactsResponseItem> all(int perPage, String fields, RequestOptions options) {
    Checks.range("per_page", perPage, 1, Contacts.MAX_PER_PAGE);
    return listing(Cursor.page(1), perPage, fields, options);
  }

  /**
   * {@return every contact through the cascade endpoints only}
   *
   * @param options applied to every request
   */
  Listing<Cursor, Answer, ListContactsResponseItem> cascade(RequestOptions options) {
    return listing(Cursor.cascade(null, null), Contacts.MAX_PER_PAGE, null, options);
  }

  static ListContactsParams params(int page, int perPage, String fields) {
    return ListContactsParams.builder().page(page).perPage(perPage).fields(fields).build();
  }

  private Listing<Cursor, Answer, ListContactsResponseItem> listing(Cursor first, int perPage, String fields,
      RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return Listing.of(first, cursor -> fetch(cursor, perPage, fields, options),
        cursor -> fetchAsync(cursor, perPage, fields, options), (cursor, answer) -> read(cursor, perPage, answer));
  }

  private Answer fetch(Cursor at, int perPage, String fields, RequestOptions options) {
    if (!at.cascade()) {
      return new Answer(api.listContacts(params(at.page(), perPage, fields), options), null);
    }
    return new Answer(null, at.after() == null ? api.listContactsCascade(options)
        : api.listContactsCascadeAfter(at.after(), options));
  }

  private CompletableFuture<Answer> fetchAsync(Cursor at, int perPage, String fields, RequestOptions options) {
    if (!at.cascade()) {
      return Futures.map(api.listContactsAsync(params(at.page(), perPage, fields), options),
          page -> new Answer(page, null));
    }
    return Futures.map(at.after() == null ? api.listContactsCascadeAsync(options)
        : api.listContactsCascadeAfterAsync(at.after(), options), batch -> new Answer(null, batch));
  }

  private static Slice<Cursor, ListContactsResponseItem> read(Cursor at, int perPage, Answer answer) {
    return at.cascade() ? batch(at, answer.batch()) : page(at, perPage, answer.page());
  }

  private static Slice<Cursor, ListContactsResponseItem> page(Cursor at, int perPage, ListContactsResponse answer) {
    PageReader.Content<ListContactsResponseItem> c = Lists.CONTACTS.content(answer);
    Long total = c.total();
    if (c.size() == 0) {
      return new Slice<>(List.of(), total, null);
    }
    long reached = (long) (at.page() - 1) * perPage + c.size();
    boolean morePages = c.maxPage() != null ? at.page() < c.maxPage() : c.size() >= perPage;
    if (reached < Contacts.PAGED_LIMIT) {
      return new Slice<>(c.items(), total, morePages ? Cursor.page(at.page() + 1) : null);
    }
    // page numbers do not go past 10,000 contacts: continue after the last id we saw
    boolean more = total == null ? morePages : reached < total;
    String lastId = lastId(c.items());
    return new Slice<>(c.items(), total, more && lastId != null ? Cursor.cascade(lastId, total) : null);
  }

  private static Slice<Cursor, ListContactsResponseItem> batch(Cursor at, ContactBatch answer) {
    ContactBatchData data = answer == null ? null : answer.getData();
    List<ListContactsResponseItem> items = data == null || data.getContacts() == null ? List.of()
        : data.getContacts().stream().map(ContactListing::asListItem).filter(Objects::nonNull).toList();
    if (items.isEmpty()) {
      return new Slice<>(List.of(), at.total(), null);
    }
    String next = lastId(items);
    boolean more = next != null && data.getItemsLeft() != null && data.getItemsLeft() > 0;
    return new Slice<>(items, at.total(), more ? Cursor.cascade(next, at.total()) : null);
  }

  // A cascade item is a listing item without the related lists that fields= adds.
  private static ListContactsResponseItem asListItem(ContactResponseData item) {
    return item == null ? null : Json.mapper().convertValue(item, ListContactsResponseItem.class);
  }

  private static String lastId(List<ListContactsResponseItem> items) {
    ListContactsResponseItem last = items.get(items.size() - 1);
    return last.getContact() == null ? null : last.getContact().getId();
  }
}
