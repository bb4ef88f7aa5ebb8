package dev.quartet.onepagecrm;

import dev.quartet.core.ApiInvoker;
import dev.quartet.onepagecrm.api.PredefinedActionGroupsApi;
import dev.quartet.onepagecrm.model.CreatePredefinedActionGroupRequest;
import dev.quartet.onepagecrm.model.PredefinedActionGroup;
import dev.quartet.onepagecrm.model.PredefinedActionGroupList;
import dev.quartet.onepagecrm.model.PredefinedActionGroupListData;
import dev.quartet.onepagecrm.model.PredefinedActionGroupListItem;
import dev.quartet.onepagecrm.model.PredefinedActionGroupResponse;
import java.util.List;
import java.util.Objects;

/**
 * Predefined action groups: named, ordered sets of predefined (saved) actions. The short calls
 * ({@link #list}, {@link #get}, {@link #create}, ...) hand back the {@link PredefinedActionGroup} itself;
 * the generated ones ({@code listPredefinedActionGroups...}) keep the whole envelope.
 */
public final class PredefinedActionGroups extends PredefinedActionGroupsApi {
  PredefinedActionGroups(ApiInvoker invoker) {
    super(invoker);
  }

  /** {@return every group of the account (the API does not page this list); empty when there are none} */
  public List<PredefinedActionGroup> list() {
    PredefinedActionGroupList answer = listPredefinedActionGroups();
    PredefinedActionGroupListData data = answer == null ? null : answer.getData();
    if (data == null || data.getPredefinedActionGroups() == null) {
      return List.of();
    }
    return data.getPredefinedActionGroups().stream().filter(Objects::nonNull)
        .map(PredefinedActionGroupListItem::getPredefinedActionGroup).filter(Objects::nonNull).toList();
  }

  /**
   * Fetches one group.
   *
   * @param id the group's id
   * @return the group with this id
   */
  public PredefinedActionGroup get(String id) {
    return entity(getPredefinedActionGroup(id));
  }

  /**
   * Creates a group.
   *
   * @param body the group's name, position and actions
   * @return the group as stored, with its id and position
   */
  public PredefinedActionGroup create(CreatePredefinedActionGroupRequest body) {
    return entity(createPredefinedActionGroup(body));
  }

  /**
   * Replaces the group's name, position and actions with {@code body}'s.
   *
   * @param id the group's id
   * @param body the new name, position and actions
   * @return the group as stored after the update
   */
  public PredefinedActionGroup update(String id, CreatePredefinedActionGroupRequest body) {
    return entity(updatePredefinedActionGroup(id, body));
  }

  /**
   * Deletes the group (the predefined actions in it stay).
   *
   * @param id the group's id
   */
  public void delete(String id) {
    deletePredefinedActionGroup(id);
  }

  private static PredefinedActionGroup entity(PredefinedActionGroupResponse answer) {
    return Envelope.unwrap(answer, PredefinedActionGroupResponse::getData,
        PredefinedActionGroupListItem::getPredefinedActionGroup);
  }
}
