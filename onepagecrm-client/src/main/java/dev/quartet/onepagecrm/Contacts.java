package dev.quartet.onepagecrm;

import dev.quartet.core.ApiInvoker;
import dev.quartet.core.ApiResponse;
import dev.quartet.core.RequestOptions;
import dev.quartet.core.paging.AsyncPager;
import dev.quartet.core.paging.Pager;
import dev.quartet.onepagecrm.api.ContactsApi;
import dev.quartet.onepagecrm.model.Contact;
import dev.quartet.onepagecrm.model.ContactRequest;
import dev.quartet.onepagecrm.model.ContactResponse;
import dev.quartet.onepagecrm.model.ContactResponseData;
import dev.quartet.onepagecrm.model.GetContactResponse;
import dev.quartet.onepagecrm.model.ListContactsResponse;
import dev.quartet.onepagecrm.model.ListContactsResponseItem;
import dev.quartet.onepagecrm.params.DeleteContactParams;
import dev.quartet.onepagecrm.params.ListContactActionsParams;
import dev.quartet.onepagecrm.params.ListContactCallsParams;
import dev.quartet.onepagecrm.params.ListContactDealsParams;
import dev.quartet.onepagecrm.params.ListContactMeetingsParams;
import dev.quartet.onepagecrm.params.ListContactNotesParams;
import dev.quartet.onepagecrm.params.ListContactsParams;
import dev.quartet.onepagecrm.params.UpdateContactParams;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The contact operations of {@link CrmEntities}, handing back the {@link Contact} itself; {@link #listAll()}
 * walks the listing items (the contact with its related lists) and continues past
 * {@value #PAGED_LIMIT} contacts with the cascade. Also: one page of the listing ({@link #page}), a
 * contact's own records ({@link #related}) and the cascade alone ({@link #cascadeAll()}).
 *
 * <p>Past {@value #PAGED_LIMIT} contacts: page numbers reach no further, and the cascade endpoints take no
 * parameter at all (they serve the default listing: the caller's contacts, alphabetically). So
 * {@link #listAll(Object) listAll(filters)} continues through the cascade only when the filters set
 * nothing but {@code page}, {@code per_page} and {@code fields} (items from the cascade then carry no related
 * lists, as with {@link #listAll(int, Set)}). With any other filter ({@code search}, {@code sort_by},
 * {@code owner_id}, ...) the walk ends after the page that reaches the {@value #PAGED_LIMIT}th contact
 * rather than drop the filters: compare {@code total_count} ({@code list(filters)}) with what you walked, and
 * narrow the filters (e.g. by date) to reach the rest.
 * {@link #api()} has every generated contact operation (photo, split, close sales cycle, ...), returning
 * the whole envelope.
 */
public final class Contacts extends CrmEntities<Contact, ContactRequest, ListContactsResponseItem, ListContactsParams,
    ListContactsResponse> {
  /** The largest {@code per_page} the API accepts (the spec's bound on every list operation). */
  public static final int MAX_PER_PAGE = 100;
  /** Page-based listing stops here; the cascade endpoints serve the contacts beyond. */
  public static final int PAGED_LIMIT = 10_000;

  private final ContactsApi api;
  private final ContactListing listing;
  private final Operation<ListContactsParams, ListContactsResponse> list;

  Contacts(ApiInvoker invoker) {
    this(new ContactsApi(invoker), invoker);
  }

  private Contacts(ContactsApi api, ApiInvoker invoker) {
    this(api, new ContactListing(api, invoker));
  }

  private Contacts(ContactsApi api, ContactListing listing) {
    this(api, listing, Operation.of(api::listContactsWithResponse, api::listContactsAsync));
  }

  private Contacts(ContactsApi api, ContactListing listing, Operation<ListContactsParams, ListContactsResponse> list) {
    super(Operation.of(api::getContactWithResponse, api::getContactAsync,
            answer -> Envelope.unwrap(answer, GetContactResponse::getData, ContactResponseData::getContact)),
        Operation.of(api::createContactWithResponse, api::createContactAsync, Contacts::entity),
        Operation.of((c, o) -> api.updateContactWithResponse(c.id(), c.body(), update(c), o),
            (c, o) -> api.updateContactAsync(c.id(), c.body(), update(c), o), Contacts::entity),
        Operation.ignoringBody((r, o) -> api.deleteContactWithResponse(r.id(), delete(r), o),
            (r, o) -> api.deleteContactAsync(r.id(), delete(r), o)),
        new EntityListing<>(ContactListing.PARAMS, list, listing::all));
    this.api = api;
    this.listing = listing;
    this.list = list;
  }

  /** {@return every generated contact operation ({@code getContact}, {@code splitContactWithResponse}, ...), returning the envelope} */
  public ContactsApi api() {
    return api;
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
    return listAll(perPage, fields, RequestOptions.none());
  }

  /**
   * {@link #listAll(int, Set)} with {@code options} applied to every request.
   *
   * @param perPage the page size, 1 to 100
   * @param fields the related lists to include; null or empty for none
   * @param options applied to every request, the cascade's included
   * @return the lazy pager; nothing is sent before iteration
   */
  public Pager<ListContactsResponseItem> listAll(int perPage, Set<ContactListField> fields, RequestOptions options) {
    return listing.all(ContactListing.params(1, perPage, ContactListField.query(fields)), options).pager();
  }

  /**
   * {@return {@link #listAll(int, Set)} walked without blocking a thread between pages}
   *
   * @param perPage the page size, 1 to 100
   * @param fields the related lists to include; null or empty for none
   */
  public AsyncPager<ListContactsResponseItem> listAllAsync(int perPage, Set<ContactListField> fields) {
    return listAllAsync(perPage, fields, RequestOptions.none());
  }

  /**
   * {@return {@link #listAll(int, Set, RequestOptions)} walked without blocking a thread between pages}
   *
   * @param perPage the page size, 1 to 100
   * @param fields the related lists to include; null or empty for none
   * @param options applied to every request, the cascade's included
   */
  public AsyncPager<ListContactsResponseItem> listAllAsync(int perPage, Set<ContactListField> fields,
      RequestOptions options) {
    return listing.all(ContactListing.params(1, perPage, ContactListField.query(fields)), options).async();
  }

  /** {@return every contact through the cascade endpoints only ({@code /contacts/cascade}, then {@code /cascade/{last_id}}), lazily} */
  public Pager<ListContactsResponseItem> cascadeAll() {
    return cascadeAll(RequestOptions.none());
  }

  /**
   * {@return every contact through the cascade endpoints only, lazily}
   *
   * @param options applied to every request
   */
  public Pager<ListContactsResponseItem> cascadeAll(RequestOptions options) {
    return listing.cascade(options).pager();
  }

  /** {@return {@link #cascadeAll()} walked without blocking a thread between batches} */
  public AsyncPager<ListContactsResponseItem> cascadeAllAsync() {
    return cascadeAllAsync(RequestOptions.none());
  }

  /**
   * {@return {@link #cascadeAll(RequestOptions)} walked without blocking a thread between batches}
   *
   * @param options applied to every request
   */
  public AsyncPager<ListContactsResponseItem> cascadeAllAsync(RequestOptions options) {
    return listing.cascade(options).async();
  }

  /**
   * One page of the default listing with the related records {@code fields} asks for: each item then
   * carries e.g. {@code getDeals()} and {@code getNotes()} beside the contact.
   *
   * @param page the page number, from 1
   * @param perPage the page size, 1 to 100
   * @param fields the related lists to include; null or empty for none
   * @return the page as the API sent it
   */
  public ListContactsResponse page(int page, int perPage, Set<ContactListField> fields) {
    return page(page, perPage, fields, RequestOptions.none());
  }

  /**
   * {@link #page(int, int, Set)} with per-call options.
   *
   * @param page the page number, from 1
   * @param perPage the page size, 1 to 100
   * @param fields the related lists to include; null or empty for none
   * @param options per-call options over the client's
   * @return the page as the API sent it
   */
  public ListContactsResponse page(int page, int perPage, Set<ContactListField> fields, RequestOptions options) {
    return list.call(ContactListing.params(page, perPage, ContactListField.query(fields)), options);
  }

  /**
   * {@return {@link #page(int, int, Set)} with the answer's status and headers}
   *
   * @param page the page number, from 1
   * @param perPage the page size, 1 to 100
   * @param fields the related lists to include; null or empty for none
   */
  public ApiResponse<ListContactsResponse> pageWithResponse(int page, int perPage, Set<ContactListField> fields) {
    return pageWithResponse(page, perPage, fields, RequestOptions.none());
  }

  /**
   * {@return {@link #page(int, int, Set, RequestOptions)} with the answer's status and headers}
   *
   * @param page the page number, from 1
   * @param perPage the page size, 1 to 100
   * @param fields the related lists to include; null or empty for none
   * @param options per-call options over the client's
   */
  public ApiResponse<ListContactsResponse> pageWithResponse(int page, int perPage, Set<ContactListField> fields,
      RequestOptions options) {
    return list.withResponse(ContactListing.params(page, perPage, ContactListField.query(fields)), options);
  }

  /**
   * {@return {@link #page(int, int, Set)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param page the page number, from 1
   * @param perPage the page size, 1 to 100
   * @param fields the related lists to include; null or empty for none
   */
  public CompletableFuture<ListContactsResponse> pageAsync(int page, int perPage, Set<ContactListField> fields) {
    return pageAsync(page, perPage, fields, RequestOptions.none());
  }

  /**
   * {@return {@link #page(int, int, Set, RequestOptions)} without blocking; cancelling cancels the HTTP call}
   *
   * @param page the page number, from 1
   * @param perPage the page size, 1 to 100
   * @param fields the related lists to include; null or empty for none
   * @param options per-call options over the client's
   */
  public CompletableFuture<ListContactsResponse> pageAsync(int page, int perPage, Set<ContactListField> fields,
      RequestOptions options) {
    return list.async(ContactListing.params(page, perPage, ContactListField.query(fields)), options);
  }

  /**
   * {@return the contact's deals, notes, actions, calls and meetings, each walked lazily}
   *
   * @param contactId the contact's id
   */
  public RelatedLists related(String contactId) {
    return new RelatedLists(
        PagedListing.of(Operation.prepared(
            p -> ListContactDealsParams.builder().page(p.page()).perPage(p.perPage()).build(),
            (q, o) -> api.listContactDealsWithResponse(contactId, q, o),
            (q, o) -> api.listContactDealsAsync(contactId, q, o)), Lists.DEALS),
        PagedListing.of(Operation.prepared(
            p -> ListContactNotesParams.builder().page(p.page()).perPage(p.perPage()).build(),
            (q, o) -> api.listContactNotesWithResponse(contactId, q, o),
            (q, o) -> api.listContactNotesAsync(contactId, q, o)), Lists.NOTES),
        PagedListing.of(Operation.prepared(
            p -> ListContactActionsParams.builder().page(p.page()).perPage(p.perPage()).build(),
            (q, o) -> api.listContactActionsWithResponse(contactId, q, o),
            (q, o) -> api.listContactActionsAsync(contactId, q, o)), Lists.ACTIONS),
        PagedListing.of(Operation.prepared(
            p -> ListContactCallsParams.builder().page(p.page()).perPage(p.perPage()).build(),
            (q, o) -> api.listContactCallsWithResponse(contactId, q, o),
            (q, o) -> api.listContactCallsAsync(contactId, q, o)), Lists.CALLS),
        PagedListing.of(Operation.prepared(
            p -> ListContactMeetingsParams.builder().page(p.page()).perPage(p.perPage()).build(),
            (q, o) -> api.listContactMeetingsWithResponse(contactId, q, o),
            (q, o) -> api.listContactMeetingsAsync(contactId, q, o)), Lists.MEETINGS));
  }

  private static Contact entity(ContactResponse answer) {
    return Envelope.unwrap(answer, ContactResponse::getData, ContactResponseData::getContact);
  }

  private static UpdateContactParams update(Change<?> change) {
    return UpdateContactParams.builder().partial(change.partialFlag()).build();
  }

  private static DeleteContactParams delete(Removal removal) {
    return DeleteContactParams.builder().undo(removal.undoFlag()).build();
  }
}
