package dev.quartet.onepagecrm;

import dev.quartet.core.ApiInvoker;
import dev.quartet.core.RequestOptions;
import dev.quartet.core.paging.AsyncPager;
import dev.quartet.core.paging.Pager;
import dev.quartet.onepagecrm.api.CompaniesApi;
import dev.quartet.onepagecrm.model.Company;
import dev.quartet.onepagecrm.model.CompanyList;
import dev.quartet.onepagecrm.model.CompanyListItem;
import dev.quartet.onepagecrm.model.CompanyResponse;
import dev.quartet.onepagecrm.model.LinkedContact;
import dev.quartet.onepagecrm.model.UpdateCompanyRequest;
import dev.quartet.onepagecrm.params.ListCompaniesParams;
import dev.quartet.onepagecrm.params.ListCompanyActionsParams;
import dev.quartet.onepagecrm.params.ListCompanyCallsParams;
import dev.quartet.onepagecrm.params.ListCompanyDealsParams;
import dev.quartet.onepagecrm.params.ListCompanyMeetingsParams;
import dev.quartet.onepagecrm.params.ListCompanyNotesParams;
import dev.quartet.onepagecrm.params.ListLinkedContactsParams;
import dev.quartet.onepagecrm.params.UpdateCompanyParams;

/**
 * The company operations of {@link EditableEntities}, handing back the {@link Company} itself, plus a
 * company's own records ({@link #related}) and linked contacts; {@link #api()} has every generated company
 * operation, returning the whole envelope. Companies are created and deleted through their contacts, so
 * there is no create or delete here.
 */
public final class Companies extends EditableEntities<Company, UpdateCompanyRequest, Company, ListCompaniesParams,
    CompanyList> {
  private final CompaniesApi api;

  Companies(ApiInvoker invoker) {
    this(new CompaniesApi(invoker));
  }

  private Companies(CompaniesApi api) {
    super(Operation.of(api::getCompanyWithResponse, api::getCompanyAsync, Companies::entity),
        Operation.of((c, o) -> api.updateCompanyWithResponse(c.id(), c.body(), update(c), o),
            (c, o) -> api.updateCompanyAsync(c.id(), c.body(), update(c), o), Companies::entity),
        EntityListing.paged(new PageParams<>(ListCompaniesParams.none(), ListCompaniesParams::page,
                ListCompaniesParams::perPage, (f, p) -> f.toBuilder().page(p.page()).perPage(p.perPage()).build()),
            Operation.of(api::listCompaniesWithResponse, api::listCompaniesAsync), Lists.COMPANIES));
    this.api = api;
  }

  /** {@return every generated company operation ({@code getCompany}, {@code linkContactWithResponse}, ...), returning the envelope} */
  public CompaniesApi api() {
    return api;
  }

  /**
   * {@return the company's deals, notes, actions, calls and meetings, each walked lazily}
   *
   * @param companyId the company's id
   */
  public RelatedLists related(String companyId) {
    return new RelatedLists(
        PagedListing.of(Operation.prepared(
            p -> ListCompanyDealsParams.builder().page(p.page()).perPage(p.perPage()).build(),
            (q, o) -> api.listCompanyDealsWithResponse(companyId, q, o),
            (q, o) -> api.listCompanyDealsAsync(companyId, q, o)), Lists.DEALS),
        PagedListing.of(Operation.prepared(
            p -> ListCompanyNotesParams.builder().page(p.page()).perPage(p.perPage()).build(),
            (q, o) -> api.listCompanyNotesWithResponse(companyId, q, o),
            (q, o) -> api.listCompanyNotesAsync(companyId, q, o)), Lists.NOTES),
        PagedListing.of(Operation.prepared(
            p -> ListCompanyActionsParams.builder().page(p.page()).perPage(p.perPage()).build(),
            (q, o) -> api.listCompanyActionsWithResponse(companyId, q, o),
            (q, o) -> api.listCompanyActionsAsync(companyId, q, o)), Lists.ACTIONS),
        PagedListing.of(Operation.prepared(
            p -> ListCompanyCallsParams.builder().page(p.page()).perPage(p.perPage()).build(),
            (q, o) -> api.listCompanyCallsWithResponse(companyId, q, o),
            (q, o) -> api.listCompanyCallsAsync(companyId, q, o)), Lists.CALLS),
        PagedListing.of(Operation.prepared(
            p -> ListCompanyMeetingsParams.builder().page(p.page()).perPage(p.perPage()).build(),
            (q, o) -> api.listCompanyMeetingsWithResponse(companyId, q, o),
            (q, o) -> api.listCompanyMeetingsAsync(companyId, q, o)), Lists.MEETINGS));
  }

  /**
   * {@return every contact linked to the company, {@value Contacts#MAX_PER_PAGE} per request, lazily}
   *
   * @param companyId the company's id
   */
  public Pager<LinkedContact> listAllLinkedContacts(String companyId) {
    return listAllLinkedContacts(companyId, RequestOptions.none());
  }

  /**
   * {@return every contact linked to the company, {@value Contacts#MAX_PER_PAGE} per request, lazily}
   *
   * @param companyId the company's id
   * @param options applied to every page request
   */
  public Pager<LinkedContact> listAllLinkedContacts(String companyId, RequestOptions options) {
    return linkedContacts(companyId).listing(Contacts.MAX_PER_PAGE, options).pager();
  }

  /**
   * {@return {@link #listAllLinkedContacts(String)} walked without blocking a thread between pages}
   *
   * @param companyId the company's id
   */
  public AsyncPager<LinkedContact> listAllLinkedContactsAsync(String companyId) {
    return listAllLinkedContactsAsync(companyId, RequestOptions.none());
  }

  /**
   * {@return {@link #listAllLinkedContacts(String, RequestOptions)} walked without blocking a thread between pages}
   *
   * @param companyId the company's id
   * @param options applied to every page request
   */
  public AsyncPager<LinkedContact> listAllLinkedContactsAsync(String companyId, RequestOptions options) {
    return linkedContacts(companyId).listing(Contacts.MAX_PER_PAGE, options).async();
  }

  private ListingSource<LinkedContact> linkedContacts(String companyId) {
    return PagedListing.of(Operation.prepared(
        p -> ListLinkedContactsParams.builder().page(p.page()).perPage(p.perPage()).build(),
        (q, o) -> api.listLinkedContactsWithResponse(companyId, q, o),
        (q, o) -> api.listLinkedContactsAsync(companyId, q, o)), Lists.LINKED_CONTACTS);
  }

  private static Company entity(CompanyResponse answer) {
    return Envelope.unwrap(answer, CompanyResponse::getData, CompanyListItem::getCompany);
  }

  private static UpdateCompanyParams update(Change<?> change) {
    return UpdateCompanyParams.builder().partial(change.partialFlag()).build();
  }
}
