package dev.quartet.onepagecrm;

import dev.quartet.core.ApiInvoker;
import dev.quartet.core.paging.Pager;
import dev.quartet.onepagecrm.api.CompaniesApi;
import dev.quartet.onepagecrm.model.Action;
import dev.quartet.onepagecrm.model.Call;
import dev.quartet.onepagecrm.model.Company;
import dev.quartet.onepagecrm.model.CompanyListItem;
import dev.quartet.onepagecrm.model.CompanyResponse;
import dev.quartet.onepagecrm.model.Deal;
import dev.quartet.onepagecrm.model.LinkedContact;
import dev.quartet.onepagecrm.model.Meeting;
import dev.quartet.onepagecrm.model.Note;
import dev.quartet.onepagecrm.model.UpdateCompanyRequest;

/**
 * The company operations. The short calls ({@link #get}, {@link #update}, ...) hand back the
 * {@link Company} itself; the generated ones ({@code getCompany...}) keep the whole envelope. Companies
 * are created and deleted through their contacts, so there is no create or delete here.
 */
public final class Companies extends CompaniesApi {
  Companies(ApiInvoker invoker) {
    super(invoker);
  }

  /**
   * {@return the company with this id}
   *
   * @param id the ID
   */
  public Company get(String id) {
    return entity(getCompany(id));
  }

  /**
   * Replaces the company's fields with {@code body}'s ({@code PUT}).
   *
   * @param id the company id
   * @param body the new fields
   * @return the company as stored
   */
  public Company update(String id, UpdateCompanyRequest body) {
    return entity(updateCompany(id, body, null));
  }

  /**
   * Changes only the fields set in {@code body} ({@code PUT ...?partial=true}); others keep their values.
   *
   * @param id the company id
   * @param body the fields to change
   * @return the company as stored
   */
  public Company updatePartially(String id, UpdateCompanyRequest body) {
    return entity(updateCompany(id, body, true));
  }

  /** {@return every company, {@value Contacts#MAX_PER_PAGE} per request} */
  public Pager<Company> listAll() {
    return listAll(Contacts.MAX_PER_PAGE);
  }

  /**
   * {@return every company, fetched lazily {@code perPage} (1..100) at a time; nothing is sent before iteration}
   *
   * @param perPage the per page
   */
  public Pager<Company> listAll(int perPage) {
    return Lists.companies(perPage, page -> listCompanies(null, null, null, null, null, page, perPage));
  }

  /**
   * {@return every deal of the company, {@value Contacts#MAX_PER_PAGE} per request, lazily}
   *
   * @param companyId the company ID
   */
  public Pager<Deal> listAllDeals(String companyId) {
    return Lists.deals(Contacts.MAX_PER_PAGE,
        page -> listCompanyDeals(companyId, null, null, null, null, null, null, null, null, null, null,
            null, null, page, Contacts.MAX_PER_PAGE));
  }

  /**
   * {@return every note of the company, {@value Contacts#MAX_PER_PAGE} per request, lazily}
   *
   * @param companyId the company ID
   */
  public Pager<Note> listAllNotes(String companyId) {
    return Lists.notes(Contacts.MAX_PER_PAGE,
        page -> listCompanyNotes(companyId, null, null, null, null, null, null, null,
            page, Contacts.MAX_PER_PAGE));
  }

  /**
   * {@return every action of the company, {@value Contacts#MAX_PER_PAGE} per request, lazily}
   *
   * @param companyId the company ID
   */
  public Pager<Action> listAllActions(String companyId) {
    return Lists.actions(Contacts.MAX_PER_PAGE,
        page -> listCompanyActions(companyId, null, null, null, null, null, null, null, null, null, null,
            page, Contacts.MAX_PER_PAGE));
  }

  /**
   * {@return every call of the company, {@value Contacts#MAX_PER_PAGE} per request, lazily}
   *
   * @param companyId the company ID
   */
  public Pager<Call> listAllCalls(String companyId) {
    return Lists.calls(Contacts.MAX_PER_PAGE,
        page -> listCompanyCalls(companyId, null, null, null, null, null, null, null,
            page, Contacts.MAX_PER_PAGE));
  }

  /**
   * {@return every meeting of the company, {@value Contacts#MAX_PER_PAGE} per request, lazily}
   *
   * @param companyId the company ID
   */
  public Pager<Meeting> listAllMeetings(String companyId) {
    return Lists.meetings(Contacts.MAX_PER_PAGE,
        page -> listCompanyMeetings(companyId, null, null, null, null, null, null, null,
            page, Contacts.MAX_PER_PAGE));
  }

  /**
   * {@return every contact linked to the company, {@value Contacts#MAX_PER_PAGE} per request, lazily}
   *
   * @param companyId the company ID
   */
  public Pager<LinkedContact> listAllLinkedContacts(String companyId) {
    return Lists.linkedContacts(Contacts.MAX_PER_PAGE,
        page -> listLinkedContacts(companyId, null, null, page, Contacts.MAX_PER_PAGE));
  }

  private static Company entity(CompanyResponse answer) {
    return Envelope.unwrap(answer, CompanyResponse::getData, CompanyListItem::getCompany);
  }
}
