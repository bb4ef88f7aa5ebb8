package dev.quartet.onepagecrm;

import dev.quartet.core.ApiInvoker;
import dev.quartet.core.ApiResponse;
import dev.quartet.core.RequestOptions;
import dev.quartet.core.paging.AsyncPager;
import dev.quartet.core.paging.Pager;
import dev.quartet.onepagecrm.api.DealsApi;
import dev.quartet.onepagecrm.model.CreateDealRequest;
import dev.quartet.onepagecrm.model.Deal;
import dev.quartet.onepagecrm.model.DealListItem;
import dev.quartet.onepagecrm.model.DealResponse;
import dev.quartet.onepagecrm.model.ListDealsResponse;
import dev.quartet.onepagecrm.model.ListDealsResponseItem;
import dev.quartet.onepagecrm.params.DeleteDealParams;
import dev.quartet.onepagecrm.params.ListDealsParams;
import dev.quartet.onepagecrm.params.UpdateDealParams;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The deal operations of {@link CrmEntities}, handing back the {@link Deal} itself, plus the listing with
 * related records ({@link #listAll(int, Set)}, {@link #page}); {@link #api()} has every generated deal
 * operation, returning the whole envelope.
 */
public final class Deals extends CrmEntities<Deal, CreateDealRequest, Deal, ListDealsParams, ListDealsResponse> {
  private static final PageParams<ListDealsParams> PARAMS = new PageParams<>(ListDealsParams.none(),
      ListDealsParams::page, ListDealsParams::perPage, (f, p) -> f.toBuilder().page(p.page()).perPage(p.perPage()).build());

  private final DealsApi api;
  private final Operation<ListDealsParams, ListDealsResponse> list;
  private final EntityListing.Walk<ListDealsParams, ListDealsResponseItem> listed;

  Deals(ApiInvoker invoker) {
    this(new DealsApi(invoker));
  }

  private Deals(DealsApi api) {
    this(api, Operation.of(api::listDealsWithResponse, api::listDealsAsync));
  }

  private Deals(DealsApi api, Operation<ListDealsParams, ListDealsResponse> list) {
    super(Operation.of(api::getDealWithResponse, api::getDealAsync, Deals::entity),
        Operation.of(api::createDealWithResponse, api::createDealAsync, Deals::entity),
        Operation.of((c, o) -> api.updateDealWithResponse(c.id(), c.body(), update(c), o),
            (c, o) -> api.updateDealAsync(c.id(), c.body(), update(c), o), Deals::entity),
        Operation.ignoringBody((r, o) -> api.deleteDealWithResponse(r.id(), delete(r), o),
            (r, o) -> api.deleteDealAsync(r.id(), delete(r), o)),
        EntityListing.paged(PARAMS, list, Lists.LISTED_DEALS.map(ListDealsResponseItem::getDeal)));
    this.api = api;
    this.list = list;
    this.listed = PagedListing.of(PARAMS, list, Lists.LISTED_DEALS);
  }

  /** {@return every generated deal operation ({@code getDeal}, {@code createDealAttachmentWithResponse}, ...), returning the envelope} */
  public DealsApi api() {
    return api;
  }

  /**
   * Every deal as its listing item, with the related records {@code fields} asks for: with
   * {@link DealListField#CONTACTS}, {@code getContacts()} holds the deal's contacts as full contacts.
   *
   * @param perPage the page size, 1 to 100
   * @param fields the related lists to include; null or empty for none
   * @return the lazy pager; nothing is sent before iteration
   * @throws IllegalArgumentException if {@code perPage} is out of range or {@code fields} holds a null
   */
  public Pager<ListDealsResponseItem> listAll(int perPage, Set<DealListField> fields) {
    return listAll(perPage, fields, RequestOptions.none());
  }

  /**
   * {@link #listAll(int, Set)} with {@code options} applied to every page request.
   *
   * @param perPage the page size, 1 to 100
   * @param fields the related lists to include; null or empty for none
   * @param options applied to every page request
   * @return the lazy pager; nothing is sent before iteration
   */
  public Pager<ListDealsResponseItem> listAll(int perPage, Set<DealListField> fields, RequestOptions options) {
    return listed.listing(params(1, perPage, DealListField.query(fields)), options).pager();
  }

  /**
   * {@return {@link #listAll(int, Set)} walked without blocking a thread between pages}
   *
   * @param perPage the page size, 1 to 100
   * @param fields the related lists to include; null or empty for none
   */
  public AsyncPager<ListDealsResponseItem> listAllAsync(int perPage, Set<DealListField> fields) {
    return listAllAsync(perPage, fields, RequestOptions.none());
  }

  /**
   * {@return {@link #listAll(int, Set, RequestOptions)} walked without blocking a thread between pages}
   *
   * @param perPage the page size, 1 to 100
   * @param fields the related lists to include; null or empty for none
   * @param options applied to every page request
   */
  public AsyncPager<ListDealsResponseItem> listAllAsync(int perPage, Set<DealListField> fields,
      RequestOptions options) {
    return listed.listing(params(1, perPage, DealListField.query(fields)), options).async();
  }

  /**
   * One page of {@code GET /deals} with the related records {@code fields} asks for.
   *
   * @param page the page number, from 1
   * @param perPage the page size, 1 to 100
   * @param fields the related lists to include; null or empty for none
   * @return the page as the API sent it
   */
  public ListDealsResponse page(int page, int perPage, Set<DealListField> fields) {
    return page(page, perPage, fields, RequestOptions.none());
  }

  /**
   * One page of {@code GET /deals} with the related records {@code fields} asks for.
   *
   * @param page the page number, from 1
   * @param perPage the page size, 1 to 100
   * @param fields the related lists to include; null or empty for none
   * @param options per-call options over the client's
   * @return the page as the API sent it
   */
  public ListDealsResponse page(int page, int perPage, Set<DealListField> fields, RequestOptions options) {
    return list.call(params(page, perPage, DealListField.query(fields)), options);
  }

  /**
   * {@return {@link #page(int, int, Set)} with the answer's status and headers}
   *
   * @param page the page number, from 1
   * @param perPage the page size, 1 to 100
   * @param fields the related lists to include; null or empty for none
   */
  public ApiResponse<ListDealsResponse> pageWithResponse(int page, int perPage, Set<DealListField> fields) {
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
  public ApiResponse<ListDealsResponse> pageWithResponse(int page, int perPage, Set<DealListField> fields,
      RequestOptions options) {
    return list.withResponse(params(page, perPage, DealListField.query(fields)), options);
  }

  /**
   * {@return {@link #page(int, int, Set)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param page the page number, from 1
   * @param perPage the page size, 1 to 100
   * @param fields the related lists to include; null or empty for none
   */
  public CompletableFuture<ListDealsResponse> pageAsync(int page, int perPage, Set<DealListField> fields) {
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
  public CompletableFuture<ListDealsResponse> pageAsync(int page, int perPage, Set<DealListField> fields,
      RequestOptions options) {
    return list.async(params(page, perPage, DealListField.query(fields)), options);
  }

  private static ListDealsParams params(int page, int perPage, String fields) {
    return ListDealsParams.builder().page(page).perPage(perPage).fields(fields).build();
  }

  private static Deal entity(DealResponse answer) {
    return Envelope.unwrap(answer, DealResponse::getData, DealListItem::getDeal);
  }

  private static UpdateDealParams update(Change<?> change) {
    return UpdateDealParams.builder().partial(change.partialFlag()).build();
  }

  private static DeleteDealParams delete(Removal removal) {
    return DeleteDealParams.builder().undo(removal.undoFlag()).build();
  }
}
