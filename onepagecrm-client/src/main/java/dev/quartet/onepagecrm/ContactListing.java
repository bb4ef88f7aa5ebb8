package dev.quartet.onepagecrm;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.quartet.core.ApiInvoker;
import dev.quartet.core.ApiRequest;
import dev.quartet.core.EnvelopedItems;
import dev.quartet.core.Futures;
import dev.quartet.core.Json;
import dev.quartet.core.RequestOptions;
import dev.quartet.core.json.LazyJsonArray;
import dev.quartet.core.paging.Listing;
import dev.quartet.core.paging.Slice;
import dev.quartet.onepagecrm.api.ContactsApi;
import dev.quartet.onepagecrm.model.ContactBatch;
import dev.quartet.onepagecrm.model.ContactBatchData;
import dev.quartet.onepagecrm.model.ContactResponseData;
import dev.quartet.onepagecrm.model.ListContactsResponse;
import dev.quartet.onepagecrm.model.ListContactsResponseData;
import dev.quartet.onepagecrm.model.ListContactsResponseItem;
import dev.quartet.onepagecrm.params.ListContactsParams;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The contact listing: pages of {@code GET /contacts} up to {@value Contacts#PAGED_LIMIT} contacts, then
 * the cascade ({@code GET /contacts/cascade/{last_id}}) after the last contact seen, since page numbers do
 * not reach further; a filtered walk the cascade cannot carry ends at the cap instead. Both walks
 * ({@link Listing#pager()}, {@link Listing#async()}) read pages here.
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

  /**
   * One answer: a listing page or a cascade batch, and its contacts apart (the blocking walk reads
   * them one by one from the buffered answer, so the page or batch comes without them).
   */
  record Answer(ListContactsResponse page, ContactBatch batch, List<ListContactsResponseItem> items) {}

  private static final TypeReference<ListContactsResponse> PAGE = new TypeReference<>() {};
  private static final TypeReference<ContactBatch> BATCH = new TypeReference<>() {};
  static final PageReader<ListContactsResponse, ListContactsResponseItem> CONTACTS = PageReader.of(
      ListContactsResponse::getData, ListContactsResponseData::getContacts, Function.identity(),
      ListContactsResponseData::getMaxPage, ListContactsResponseData::getTotalCount);
  // A cascade item has a listing item's shape without the related lists fields= adds: read as one directly.
  private static final EnvelopedItems.At<ListContactsResponse, ListContactsResponseItem> PAGE_CONTACTS =
      EnvelopedItems.at(ListContactsResponseItem.class, page -> CONTACTS.content(page).items(), "data", "contacts");
  private static final EnvelopedItems.At<ContactBatch, ListContactsResponseItem> BATCH_CONTACTS =
      EnvelopedItems.at(ListContactsResponseItem.class, ContactListing::batchItems, "data", "contacts");

  /** How {@link ListContactsParams} carries its page. */
  static final PageParams<ListContactsParams> PARAMS = new PageParams<>(ListContactsParams.none(),
      ListContactsParams::page, ListContactsParams::perPage,
      (f, p) -> f.toBuilder().page(p.page()).perPage(p.perPage()).build());

  private final ContactsApi api;
  private final ApiInvoker invoker;

  ContactListing(ContactsApi api, ApiInvoker invoker) {
    this.api = api;
    this.invoker = invoker;
  }

  /**
   * {@return every contact {@code filters} select, from their page, their per_page at a time, every other
   * filter sent unchanged with each page; past the cap the cascade continues only where it lists the same
   * contacts (see {@link #reachesPastTheCap})}
   *
   * @param filters the listing's parameters; page and per_page are checked now
   * @param options applied to every request
   */
  Listing<Cursor, Answer, ListContactsResponseItem> all(ListContactsParams filters, RequestOptions options) {
    PageRequest first = PARAMS.first(filters);
    return listing(Cursor.page(first.page()), first.perPage(), filters, reachesPastTheCap(filters), options);
  }

  /**
   * {@return every contact through the cascade endpoints only}
   *
   * @param options applied to every request
   */
  Listing<Cursor, Answer, ListContactsResponseItem> cascade(RequestOptions options) {
    return listing(Cursor.cascade(null, null), Contacts.MAX_PER_PAGE, PARAMS.none(), true, options);
  }

  /**
   * Whether a walk over {@code filters} may go on through the cascade past {@value Contacts#PAGED_LIMIT}: the
   * cascade takes no parameter at all and serves the default listing, so only when nothing but page,
   * per_page and fields is set (fields does not change which contacts come, only what each item carries,
   * and cascade items carry no related lists). With any other filter, carrying on would drop it.
   */
  static boolean reachesPastTheCap(ListContactsParams filters) {
    return filters.toBuilder().page(null).perPage(null).fields(null).build().equals(ListContactsParams.none());
  }

  static ListContactsParams params(int page, int perPage, String fields) {
    return ListContactsParams.builder().page(page).perPage(perPage).fields(fields).build();
  }

  private Listing<Cursor, Answer, ListContactsResponseItem> listing(Cursor first, int perPage,
      ListContactsParams filters, boolean pastTheCap, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return Listing.of(first, cursor -> fetch(cursor, perPage, filters, options),
        cursor -> fetchAsync(cursor, perPage, filters, options),
        (cursor, answer) -> read(cursor, perPage, pastTheCap, answer));
  }

  private Answer fetch(Cursor at, int perPage, ListContactsParams filters, RequestOptions options) {
    ApiInvoker calls = invoker.withOptions(options);
    if (!at.cascade()) {
      EnvelopedItems<ListContactsResponse, ListContactsResponseItem> page = calls.executeEnveloped(
          api.listContactsRequest(PARAMS.at(filters, new PageRequest(at.page(), perPage))), PAGE, PAGE_CONTACTS).body();
      return page == null ? new Answer(null, null, List.of()) // a 204 or 304: no page
          : new Answer(page.envelope(), null, page.mapItems(Function.identity()));
    }
    ApiRequest request = at.after() == null ? api.listContactsCascadeRequest() : api.listContactsCascadeAfterRequest(at.after());
    EnvelopedItems<ContactBatch, ListContactsResponseItem> batch = calls.executeEnveloped(request, BATCH, BATCH_CONTACTS).body();
    return batch == null ? new Answer(null, null, List.of())
        : new Answer(null, batch.envelope(), batch.mapItems(Function.identity()));
  }

  private CompletableFuture<Answer> fetchAsync(Cursor at, int perPage, ListContactsParams filters,
      RequestOptions options) {
    if (!at.cascade()) {
      return Futures.map(api.listContactsAsync(PARAMS.at(filters, new PageRequest(at.page(), perPage)), options),
          page -> new Answer(page, null, CONTACTS.content(page).items()));
    }
    return Futures.map(at.after() == null ? api.listContactsCascadeAsync(options)
        : api.listContactsCascadeAfterAsync(at.after(), options), batch -> new Answer(null, batch, batchItems(batch)));
  }

  private static Slice<Cursor, ListContactsResponseItem> read(Cursor at, int perPage, boolean pastTheCap,
      Answer answer) {
    return at.cascade() ? batch(at, answer.batch(), answer.items()) : page(at, perPage, pastTheCap, answer.page(), answer.items());
  }

  private static Slice<Cursor, ListContactsResponseItem> page(Cursor at, int perPage, boolean pastTheCap,
      ListContactsResponse answer, List<ListContactsResponseItem> items) {
    PageReader.Content<ListContactsResponseItem> c = CONTACTS.content(answer); // total and max_page
    Long total = c.total();
    // What the page held, null elements counted: a page read whole (async, or an array with a null)
    // still has its contacts in the answer; a page read item by item has them apart and none null.
    int size = Math.max(c.size(), items.size());
    if (size == 0) {
      return new Slice<>(List.of(), total, null);
    }
    long reached = (long) (at.page() - 1) * perPage + size;
    boolean morePages = c.maxPage() != null ? at.page() < c.maxPage() : size >= perPage;
    if (reached < Contacts.PAGED_LIMIT) {
      return new Slice<>(items, total, morePages ? Cursor.page(at.page() + 1) : null);
    }
    // page numbers do not go past 10,000 contacts: continue after the last id we saw, unless the walk has
    // filters the cascade cannot carry; then it ends here rather than list contacts the filters exclude
    boolean more = pastTheCap && (total == null ? morePages : reached < total);
    String lastId = lastId(items);
    return new Slice<>(items, total, more && lastId != null ? Cursor.cascade(lastId, total) : null);
  }

  /** The contacts of a wholly decoded batch, as listing items. */
  private static List<ListContactsResponseItem> batchItems(ContactBatch answer) {
    ContactBatchData data = answer == null ? null : answer.getData();
    return data == null || data.getContacts() == null ? List.of()
        : data.getContacts().stream().map(ContactListing::asListItem).filter(Objects::nonNull).toList();
  }

  private static Slice<Cursor, ListContactsResponseItem> batch(Cursor at, ContactBatch answer, List<ListContactsResponseItem> items) {
    ContactBatchData data = answer == null ? null : answer.getData();
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
    ListContactsResponseItem last = LazyJsonArray.last(items); // decodes that one item only
    return last.getContact() == null ? null : last.getContact().getId();
  }
}
