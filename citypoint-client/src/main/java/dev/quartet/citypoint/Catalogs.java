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
import dev.quartet.citypoint.params.GetCarModelParams;
import dev.quartet.citypoint.params.GetSpectatorKeyParams;
import dev.quartet.citypoint.params.ListCarModelsParams;
import dev.quartet.citypoint.params.ListSpectatorKeysParams;
import dev.quartet.core.ApiInvoker;
import java.util.function.Supplier;

/** The {@link Resources} of the plain list-and-get endpoints: vehicle models and spectator keys. */
final class Catalogs {
  private static final TypeReference<CarModelCollection> CAR_MODELS = new TypeReference<>() {};
  private static final TypeReference<SpectatorKeyCollection> SPECTATOR_KEYS = new TypeReference<>() {};
  private static final TypeReference<CarModelDocument> CAR_MODEL = new TypeReference<>() {};
  private static final TypeReference<SpectatorKeyDocument> SPECTATOR_KEY = new TypeReference<>() {};

  private Catalogs() {}

  /** {@code /cars/models}: no user prefix, so no user id is read. */
  static Resources<CarModelResource, CarModelCollection> carModels(ApiInvoker invoker, LinkFollower links) {
    CarModelsApi api = new CarModelsApi(invoker);
    Supplier<String> noUser = () -> null;
    Listing<CarModelResource, CarModelCollection> list = new Listing<>("cars/models", noUser,
        (user, q, since) -> api.listCarModelsRequest(ListCarModelsParams.builder().pageOffset(q.offset()).pageLimit(q.limit())
            .fieldsCarModel(q.fieldsParam()).filterCarModel(q.filterParam()).sort(q.sortParam()).ifModifiedSince(since).build()),
        Shapes.of(CarModelResource.class, CarModelCollection::getData, CarModelCollection::getLinks, CarModelCollection::getMeta),
        CAR_MODELS, invoker, links, QueryRules.NO_INCLUDE);
    return new Resources<>(list, noUser,
        (user, id, fields) -> api.getCarModelRequest(id, GetCarModelParams.builder().fieldsCarModel(fields).build()),
        Exchange.data(invoker, CAR_MODEL, CarModelDocument::getData, r -> r));
  }

  /** {@code /user/{user_id}/spectator}: paging and sparse fields only. */
  static Resources<SpectatorKeyResource, SpectatorKeyCollection> spectatorKeys(ApiInvoker invoker, Supplier<String> userId,
      LinkFollower links) {
    SpectatorKeysApi api = new SpectatorKeysApi(invoker);
    Listing<SpectatorKeyResource, SpectatorKeyCollection> list = new Listing<>("spectator", userId,
        (user, q, since) -> api.listSpectatorKeysRequest(user, ListSpectatorKeysParams.builder().pageOffset(q.offset())
            .pageLimit(q.limit()).fieldsSpectator(q.fieldsParam()).ifModifiedSince(since).build()),
        Shapes.of(SpectatorKeyResource.class, SpectatorKeyCollection::getData, SpectatorKeyCollection::getLinks, SpectatorKeyCollection::getMeta),
        SPECTATOR_KEYS, invoker, links, QueryRules.PAGING_AND_FIELDS);
    return new Resources<>(list, userId,
        (user, id, fields) -> api.getSpectatorKeyRequest(user, id, GetSpectatorKeyParams.builder().fieldsSpectator(fields).build()),
        Exchange.data(invoker, SPECTATOR_KEY, SpectatorKeyDocument::getData, r -> r));
  }
}
