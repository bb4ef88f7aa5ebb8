package dev.quartet.onepagecrm;

import dev.quartet.core.ApiInvoker;
import dev.quartet.core.paging.Pager;
import dev.quartet.onepagecrm.api.DealsApi;
import dev.quartet.onepagecrm.model.CreateDealRequest;
import dev.quartet.onepagecrm.model.Deal;
import dev.quartet.onepagecrm.model.DealListItem;
import dev.quartet.onepagecrm.model.DealResponse;
import dev.quartet.onepagecrm.model.ListDealsResponse;
import dev.quartet.onepagecrm.model.ListDealsResponseItem;
import java.util.Set;

/**
 * The deal operations. The short calls ({@link #get}, {@link #create}, {@link #update}, ...) hand back the
 * {@link Deal} itself; the generated ones ({@code createDeal...}) keep the whole envelope.
 */
public final class Deals extends DealsApi {
  Deals(ApiInvoker invoker) {
    super(invoker);
  }

  /**
   * {@return the deal with this id}
   *
   * @param id the ID
   */
  public Deal get(String id) {
    return entity(getDeal(id, null));
  }

  /**
   * Creates a deal; the answer is the deal as stored.
   *
   * @param body the body
   * @return the deal as stored
   */
  public Deal create(CreateDealRequest body) {
    return entity(createDeal(body));
  }

  /**
   * Replaces the deal's fields with {@code body}'s ({@code PUT}).
   *
   * @param id the deal id
   * @param body the new fields
   * @return the deal as stored
   */
  public Deal update(String id, CreateDealRequest body) {
    return entity(updateDeal(id, body, null));
  }

  /**
   * Changes only the fields set in {@code body} ({@code PUT ...?partial=true}); others keep their values.
   *
   * @param id the deal id
   * @param body the fields to change
   * @return the deal as stored
   */
  public Deal updatePartially(String id, CreateDealRequest body) {
    return entity(updateDeal(id, body, true));
  }

  /**
   * Same as {@link #updatePartially}.
   *
   * @param id the ID
   * @param body the body
   * @return what {@link #updatePartially} returns
   */
  public Deal updateDealPartially(String id, CreateDealRequest body) {
    return updatePartially(id, body);
  }

  /**
   * Deletes the deal; {@link #undoDelete} brings it back.
   *
   * @param id the ID
   */
  public void delete(String id) {
    deleteDeal(id, null);
  }

  /**
   * Restores a deal deleted earlier ({@code DELETE ...?undo=true}).
   *
   * @param id the ID
   */
  public void undoDelete(String id) {
    deleteDeal(id, true);
  }

  /**
   * Same as {@link #undoDelete}.
   *
   * @param id the ID
   */
  public void undoDeleteDeal(String id) {
    undoDelete(id);
  }

  /** {@return every deal, {@value Contacts#MAX_PER_PAGE} per request} */
  public Pager<Deal> listAll() {
    return listAll(Contacts.MAX_PER_PAGE);
  }

  /**
   * {@return every deal, fetched lazily {@code perPage} (1..100) at a time; nothing is sent before iteration}
   *
   * @param perPage the page size, 1 to 100
   */
  public Pager<Deal> listAll(int perPage) {
    return Lists.listedDeals(perPage, page -> listDeals(page, perPage, (String) null), ListDealsResponseItem::getDeal);
  }

  /**
   * Every deal as its listing item, with the related records {@code fields} asks for: with
   * {@link DealListField#CONTACTS}, {@code getContacts()} holds the deal's contacts as full contacts.
   *
   * @param perPage the page size, 1 to 100
   * @param fields the related lists to include; null or empty for none
   * @return the lazy pager; nothing is sent before iteration
   */
  public Pager<ListDealsResponseItem> listAll(int perPage, Set<DealListField> fields) {
    String query = DealListField.query(fields); // refuses a null element before anything is sent
    return Lists.listedDeals(perPage, page -> listDeals(page, perPage, query), item -> item);
  }

  /**
   * One page of {@code GET /deals} with the related records {@code fields} asks for.
   *
   * @param page the page number, from 1
   * @param perPage the page size, 1 to 100
   * @param fields the related lists to include; null or empty for none
   * @return the page as the API sent it
   */
  public ListDealsResponse listDeals(int page, int perPage, Set<DealListField> fields) {
    return listDeals(page, perPage, DealListField.query(fields));
  }

  private ListDealsResponse listDeals(int page, int perPage, String fields) {
    return listDeals(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, page, perPage, fields);
  }

  private static Deal entity(DealResponse answer) {
    return Envelope.unwrap(answer, DealResponse::getData, DealListItem::getDeal);
  }
}
