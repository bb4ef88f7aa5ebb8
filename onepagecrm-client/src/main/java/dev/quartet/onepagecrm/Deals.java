package dev.quartet.onepagecrm;

import dev.quartet.core.ApiInvoker;
import dev.quartet.onepagecrm.api.DealsApi;
import dev.quartet.onepagecrm.model.DealResponse;
import dev.quartet.onepagecrm.model.CreateDealRequest;

/** The deal operations plus partial update and undo of a delete. */
public final class Deals extends DealsApi {
  Deals(ApiInvoker invoker) {
    super(invoker);
  }

  /** Changes only the fields set in {@code body} ({@code PUT /deals/{deal_id}?partial=true}); others keep their values. */
  public DealResponse updateDealPartially(String id, CreateDealRequest body) {
    return updateDeal(id, body, true);
  }

  /** Restores a deal deleted earlier ({@code DELETE /deals/{deal_id}?undo=true}). */
  public void undoDeleteDeal(String id) {
    deleteDeal(id, true);
  }
}
