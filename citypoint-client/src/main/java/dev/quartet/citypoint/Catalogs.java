package dev.quartet.citypoint;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.quartet.citypoint.api.CarModelsApi;
import dev.quartet.citypoint.api.SpectatorKeysApi;
import dev.quartet.citypoint.model.CarModelCollection;
import dev.quartet.citypoint.model.CarModelDocument;
import dev.quartet.citypoint.model.CarModelResource;
import dev.quartet.citypoint.model.SpectatorKeyCollection;
import dev.quartet.citypoint.model.SpectatorKeyDocument;
import dev.quartet.citypoint.model.SpectatorKeyResource;
import dev.quartet.core.ApiInvoker;
import java.util.function.Supplier;

/** The {@link Resources} of the plain list-and-get endpoints: vehicle models and spectator keys. */
final class Catalogs {
  private static final TypeReference<CarModelCollection> CAR_MODELS = new TypeReference<>() {};
  private static final TypeReference<SpectatorKeyCollection> SPECTATOR_KEYS = new TypeReference<>() {};

  private Catalogs() {}

  /** {@code /cars/models}: no user prefix, so no user id is read. */
  static Resources<CarModelResource, CarModelCollection> carModels(ApiInvoker invoker, LinkFollower links) {
    CarModelsApi api = new CarModelsApi(invoker);
    Supplier<String> noUser = () -> null;
    Listing<CarModelResource, CarModelCollection> list = new Listing<>("cars/models", noUser,
        (user, q, since) -> api.listCarModelsWithResponse(q.offset(), q.limit(), q.fieldsParam(), q.filterParam(),
            q.sortParam(), since),
        Shapes.of(CarModelCollection::getData, CarModelCollection::getLinks, CarModelCollection::getMeta),
        CAR_MODELS, links, QueryRules.NO_INCLUDE);
    return new Resources<>(list, noUser, (user, id, fields) -> Resources.data(api.getCarModel(id, fields), CarModelDocument::getData));
  }

  /** {@code /user/{user_id}/spectator}: paging and sparse fields only. */
  static Resources<SpectatorKeyResource, SpectatorKeyCollection> spectatorKeys(ApiInvoker invoker, Supplier<String> userId,
      LinkFollower links) {
    SpectatorKeysApi api = new SpectatorKeysApi(invoker);
    Listing<SpectatorKeyResource, SpectatorKeyCollection> list = new Listing<>("spectator", userId,
        (user, q, since) -> api.listSpectatorKeysWithResponse(user, q.offset(), q.limit(), q.fieldsParam(), since),
        Shapes.of(SpectatorKeyCollection::getData, SpectatorKeyCollection::getLinks, SpectatorKeyCollection::getMeta),
        SPECTATOR_KEYS, links, QueryRules.PAGING_AND_FIELDS);
    return new Resources<>(list, userId,
        (user, id, fields) -> Resources.data(api.getSpectatorKey(user, id, fields), SpectatorKeyDocument::getData));
  }
}
