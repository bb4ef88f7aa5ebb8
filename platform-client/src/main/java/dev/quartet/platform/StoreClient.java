package dev.quartet.platform;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quartet.core.ApiInvoker;
import dev.quartet.core.ApiRequest;
import dev.quartet.core.ApiResponse;
import dev.quartet.core.Checks;
import dev.quartet.core.Futures;
import dev.quartet.core.RequestOptions;
import dev.quartet.core.paging.AsyncPager;
import dev.quartet.core.paging.Listing;
import dev.quartet.core.paging.Pager;
import dev.quartet.core.paging.Slice;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Create, read, change, delete and list the entities of one store ({@code objects}, {@code models},
 * {@code tables/<id>/rows}, ...), bound to {@link dev.quartet.platform.model.Entity} or to the caller's
 * own class. Immutable and thread-safe. The store name and every id are checked before anything is sent.
 * Every call comes in three forms ({@code create}, {@code createWithResponse} with the status and
 * headers, {@code createAsync} whose cancellation cancels the HTTP call), each also with
 * {@link RequestOptions} last; {@link #listAll(ListQuery)} walks past the platform's cap, blocking or
 * ({@link #listAllAsync(ListQuery)}) not.
 */
public final class StoreClient<T> {
  /** Fields the platform sets itself and PATCH cannot change. */
  public static final Set<String> READ_ONLY_FIELDS = Set.of("_id", "access", "owner", "group", "branch");

  private static final TypeReference<JsonNode> TREE = new TypeReference<>() {};

  private final ApiInvoker invoker;
  private final String store;
  private final Class<T> type;
  private final TypeReference<T> one;
  private final TypeReference<List<T>> many;

  StoreClient(ApiInvoker invoker, String store, Class<T> type) {
    this.invoker = invoker;
    this.store = StoreNames.check(store);
    this.type = Checks.required("type", type);
    ObjectMapper mapper = invoker.mapper();
    this.one = typeRef(mapper.getTypeFactory().constructType(type));
    this.many = typeRef(mapper.getTypeFactory().constructCollectionType(List.class, type));
  }

  /** {@return the store name, e.g. {@code objects}} */
  public String name() {
    return store;
  }

  /**
   * Creates an entity from {@code entity}'s fields.
   *
   * @param entity the fields (an entity, the caller's class or a map)
   * @return the entity as stored (with its {@code _id})
   */
  public T create(Object entity) {
    return create(entity, RequestOptions.none());
  }

  /**
   * {@return {@link #create(Object)} with per-call options}
   *
   * @param entity the fields (an entity, the caller's class or a map)
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public T create(Object entity, RequestOptions options) {
    return createWithResponse(entity, options).body();
  }

  /**
   * {@return {@link #create(Object)} with the status and headers of the answer}
   *
   * @param entity the fields (an entity, the caller's class or a map)
   */
  public ApiResponse<T> createWithResponse(Object entity) {
    return createWithResponse(entity, RequestOptions.none());
  }

  /**
   * {@return {@link #create(Object)} with per-call options, and the status and headers of the answer}
   *
   * @param entity the fields (an entity, the caller's class or a map)
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public ApiResponse<T> createWithResponse(Object entity, RequestOptions options) {
    return send(createRequest(entity), one, options);
  }

  /**
   * {@return {@link #create(Object)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param entity the fields (an entity, the caller's class or a map)
   */
  public CompletableFuture<T> createAsync(Object entity) {
    return createAsync(entity, RequestOptions.none());
  }

  /**
   * {@return {@link #create(Object)} with per-call options, without blocking; cancelling the future cancels the HTTP call}
   *
   * @param entity the fields (an entity, the caller's class or a map)
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public CompletableFuture<T> createAsync(Object entity, RequestOptions options) {
    return sendAsync(createRequest(entity), one, options);
  }

  /**
   * {@return the request {@link #create(Object)} sends, to send elsewhere}
   *
   * @param entity the fields
   */
  public ApiRequest createRequest(Object entity) {
    return ApiRequest.builder("POST", "/api/v1/{store}").pathSegments("store", store)
        .body(toObject("entity", entity)).build();
  }

  /**
   * Reads the entity with id {@code id}.
   *
   * @param id the entity id
   * @return the entity
   */
  public T get(String id) {
    return get(id, RequestOptions.none());
  }

  /**
   * {@return {@link #get(String)} with per-call options}
   *
   * @param id the entity id
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public T get(String id, RequestOptions options) {
    return getWithResponse(id, options).body();
  }

  /**
   * {@return {@link #get(String)} with the status and headers of the answer}
   *
   * @param id the entity id
   */
  public ApiResponse<T> getWithResponse(String id) {
    return getWithResponse(id, RequestOptions.none());
  }

  /**
   * {@return {@link #get(String)} with per-call options, and the status and headers of the answer}
   *
   * @param id the entity id
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public ApiResponse<T> getWithResponse(String id, RequestOptions options) {
    return send(getRequest(id), one, options);
  }

  /**
   * {@return {@link #get(String)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param id the entity id
   */
  public CompletableFuture<T> getAsync(String id) {
    return getAsync(id, RequestOptions.none());
  }

  /**
   * {@return {@link #get(String)} with per-call options, without blocking; cancelling the future cancels the HTTP call}
   *
   * @param id the entity id
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public CompletableFuture<T> getAsync(String id, RequestOptions options) {
    return sendAsync(getRequest(id), one, options);
  }

  /**
   * {@return the request {@link #get(String)} sends, to send elsewhere}
   *
   * @param id the entity id
   */
  public ApiRequest getRequest(String id) {
    return ApiRequest.builder("GET", "/api/v1/{store}/{id}").pathSegments("store", store)
        .path("id", ObjectIds.check("id", id)).build();
  }

  /**
   * Changes the fields present in {@code changes} (an entity, the caller's class or a map) with PATCH.
   * Refuses {@link #READ_ONLY_FIELDS} before sending.
   *
   * @param id the entity id
   * @param changes the fields to change
   * @return the entity as stored
   */
  public T update(String id, Object changes) {
    return update(id, changes, RequestOptions.none());
  }

  /**
   * {@return {@link #update(String, Object)} with per-call options}
   *
   * @param id the entity id
   * @param changes the fields to change
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public T update(String id, Object changes, RequestOptions options) {
    return updateWithResponse(id, changes, options).body();
  }

  /**
   * {@return {@link #update(String, Object)} with the status and headers of the answer}
   *
   * @param id the entity id
   * @param changes the fields to change
   */
  public ApiResponse<T> updateWithResponse(String id, Object changes) {
    return updateWithResponse(id, changes, RequestOptions.none());
  }

  /**
   * {@return {@link #update(String, Object)} with per-call options, and the status and headers of the answer}
   *
   * @param id the entity id
   * @param changes the fields to change
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public ApiResponse<T> updateWithResponse(String id, Object changes, RequestOptions options) {
    return send(updateRequest(id, changes), one, options);
  }

  /**
   * {@return {@link #update(String, Object)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param id the entity id
   * @param changes the fields to change
   */
  public CompletableFuture<T> updateAsync(String id, Object changes) {
    return updateAsync(id, changes, RequestOptions.none());
  }

  /**
   * {@return {@link #update(String, Object)} with per-call options, without blocking; cancelling the future cancels the HTTP call}
   *
   * @param id the entity id
   * @param changes the fields to change
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public CompletableFuture<T> updateAsync(String id, Object changes, RequestOptions options) {
    return sendAsync(updateRequest(id, changes), one, options);
  }

  /**
   * {@return the request {@link #update(String, Object)} sends, to send elsewhere}
   *
   * @param id the entity id
   * @param changes the fields to change
   */
  public ApiRequest updateRequest(String id, Object changes) {
    ObjectIds.check("id", id);
    ObjectNode body = toObject("changes", changes);
    List<String> refused = new ArrayList<>();
    body.fieldNames().forEachRemaining(name -> {
      if (READ_ONLY_FIELDS.contains(name)) {
        refused.add(name);
      }
    });
    if (!refused.isEmpty()) {
      throw new IllegalArgumentException("PATCH cannot change " + refused + ": the platform sets "
          + READ_ONLY_FIELDS + " itself; leave them out of the changes");
    }
    return ApiRequest.builder("PATCH", "/api/v1/{store}/{id}").pathSegments("store", store)
        .path("id", id).body(body).build();
  }

  /**
   * Deletes the entity.
   *
   * @param id the entity id
   * @return the entity as it was
   */
  public T delete(String id) {
    return delete(id, RequestOptions.none());
  }

  /**
   * {@return {@link #delete(String)} with per-call options}
   *
   * @param id the entity id
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public T delete(String id, RequestOptions options) {
    return deleteWithResponse(id, options).body();
  }

  /**
   * {@return {@link #delete(String)} with the status and headers of the answer}
   *
   * @param id the entity id
   */
  public ApiResponse<T> deleteWithResponse(String id) {
    return deleteWithResponse(id, RequestOptions.none());
  }

  /**
   * {@return {@link #delete(String)} with per-call options, and the status and headers of the answer}
   *
   * @param id the entity id
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public ApiResponse<T> deleteWithResponse(String id, RequestOptions options) {
    return send(deleteRequest(id), one, options);
  }

  /**
   * {@return {@link #delete(String)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param id the entity id
   */
  public CompletableFuture<T> deleteAsync(String id) {
    return deleteAsync(id, RequestOptions.none());
  }

  /**
   * {@return {@link #delete(String)} with per-call options, without blocking; cancelling the future cancels the HTTP call}
   *
   * @param id the entity id
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public CompletableFuture<T> deleteAsync(String id, RequestOptions options) {
    return sendAsync(deleteRequest(id), one, options);
  }

  /**
   * {@return the request {@link #delete(String)} sends, to send elsewhere}
   *
   * @param id the entity id
   */
  public ApiRequest deleteRequest(String id) {
    return ApiRequest.builder("DELETE", "/api/v1/{store}/{id}").pathSegments("store", store)
        .path("id", ObjectIds.check("id", id)).build();
  }

  /**
   * Lists the entities matching {@code query} in one request; {@link #listAll(ListQuery)} walks past the cap.
   *
   * @param query the filters, sort and paging
   * @return the entities of one answer, at most {@value ListQuery#MAX_LIMIT}; empty when none match
   */
  public List<T> list(ListQuery query) {
    return list(query, RequestOptions.none());
  }

  /**
   * {@return {@link #list(ListQuery)} with per-call options}
   *
   * @param query the filters, sort and paging
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public List<T> list(ListQuery query, RequestOptions options) {
    return listWithResponse(query, options).body();
  }

  /**
   * {@return {@link #list(ListQuery)} with the status and headers of the answer}
   *
   * @param query the filters, sort and paging
   */
  public ApiResponse<List<T>> listWithResponse(ListQuery query) {
    return listWithResponse(query, RequestOptions.none());
  }

  /**
   * {@return {@link #list(ListQuery)} with per-call options, and the status and headers of the answer}
   *
   * @param query the filters, sort and paging
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public ApiResponse<List<T>> listWithResponse(ListQuery query, RequestOptions options) {
    return Answers.orEmpty(send(listRequest(query), many, options));
  }

  /**
   * {@return {@link #list(ListQuery)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param query the filters, sort and paging
   */
  public CompletableFuture<List<T>> listAsync(ListQuery query) {
    return listAsync(query, RequestOptions.none());
  }

  /**
   * {@return {@link #list(ListQuery)} with per-call options, without blocking; cancelling the future cancels the HTTP call}
   *
   * @param query the filters, sort and paging
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public CompletableFuture<List<T>> listAsync(ListQuery query, RequestOptions options) {
    return Futures.map(sendAsync(listRequest(query), many, options), Answers::orEmpty);
  }

  /**
   * Lists the store's entities in one request (the platform's cap applies).
   *
   * @return the entities of one answer, at most {@value ListQuery#MAX_LIMIT}
   */
  public List<T> list() {
    return list(RequestOptions.none());
  }

  /**
   * {@return {@link #list()} with per-call options}
   *
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public List<T> list(RequestOptions options) {
    return listWithResponse(options).body();
  }

  /**
   * {@return {@link #list()} with the status and headers of the answer}
   */
  public ApiResponse<List<T>> listWithResponse() {
    return listWithResponse(RequestOptions.none());
  }

  /**
   * {@return {@link #list()} with per-call options, and the status and headers of the answer}
   *
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public ApiResponse<List<T>> listWithResponse(RequestOptions options) {
    return Answers.orEmpty(send(listRequest(ListQuery.all()), many, options));
  }

  /**
   * {@return {@link #list()} without blocking; cancelling the future cancels the HTTP call}
   */
  public CompletableFuture<List<T>> listAsync() {
    return listAsync(RequestOptions.none());
  }

  /**
   * {@return {@link #list()} with per-call options, without blocking; cancelling the future cancels the HTTP call}
   *
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public CompletableFuture<List<T>> listAsync(RequestOptions options) {
    return Futures.map(sendAsync(listRequest(ListQuery.all()), many, options), Answers::orEmpty);
  }

  /**
   * Every entity matching {@code query}, fetched lazily one page at a time (the query's {@code limit},
   * or {@value ListQuery#WALK_PAGE_SIZE}) starting at its {@code offset}, until the first short page: past
   * the platform's cap of {@value ListQuery#MAX_LIMIT} per answer. Only the page being read is held, as
   * its bytes, its entities decoded one by one.
   *
   * @param query the filters, sort and page size
   * @return the lazy pager
   */
  public Pager<T> listAll(ListQuery query) {
    return listAll(query, RequestOptions.none());
  }

  /**
   * {@return {@link #listAll(ListQuery)} with per-call options on every page request}
   *
   * @param query the filters, sort and page size
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public Pager<T> listAll(ListQuery query, RequestOptions options) {
    return listing(query, options).pager();
  }

  /** {@return every entity of the store, fetched lazily page by page} */
  public Pager<T> listAll() {
    return listAll(ListQuery.all(), RequestOptions.none());
  }

  /**
   * {@return {@link #listAll()} with per-call options on every page request}
   *
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public Pager<T> listAll(RequestOptions options) {
    return listAll(ListQuery.all(), options);
  }

  /**
   * {@return {@link #listAll(ListQuery)} without blocking a thread between pages: the same pages,
   * items and limit; cancelling a walk's future cancels the request in flight}
   *
   * @param query the filters, sort and page size
   */
  public AsyncPager<T> listAllAsync(ListQuery query) {
    return listAllAsync(query, RequestOptions.none());
  }

  /**
   * {@return {@link #listAllAsync(ListQuery)} with per-call options on every page request}
   *
   * @param query the filters, sort and page size
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public AsyncPager<T> listAllAsync(ListQuery query, RequestOptions options) {
    return listing(query, options).async();
  }

  /** {@return every entity of the store without blocking a thread between pages} */
  public AsyncPager<T> listAllAsync() {
    return listAllAsync(ListQuery.all(), RequestOptions.none());
  }

  /**
   * {@return {@link #listAllAsync()} with per-call options on every page request}
   *
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public AsyncPager<T> listAllAsync(RequestOptions options) {
    return listAllAsync(ListQuery.all(), options);
  }

  /** One listing walked either way: the cursor is the offset, a short page is the last. */
  private Listing<Integer, List<T>, T> listing(ListQuery query, RequestOptions options) {
    ListQuery.checkNotMeta(query);
    Checks.required("options", options);
    int start = query.offset() == null ? 0 : query.offset();
    int size = query.limit() == null ? ListQuery.WALK_PAGE_SIZE : query.limit();
    return Listing.of(start,
        offset -> Answers.orEmpty(invoker.withOptions(options).executeItems(listRequest(query.page(offset, size)), many, one).body()),
        offset -> Futures.map(invoker.withOptions(options).executeItemsAsyncBody(listRequest(query.page(offset, size)), many, one),
            Answers::orEmpty),
        (offset, items) -> new Slice<>(items, null, items.size() >= size ? offset + items.size() : null));
  }

  private ApiRequest listRequest(ListQuery query) {
    ListQuery.checkNotMeta(query);
    return query.toRequest(store);
  }

  /**
   * The collection's {@code meta=true} answer (its total and first and last entity). Its shape is not
   * documented, so it comes back as a JSON tree; {@link StoreMeta} reads the usual fields leniently.
   *
   * @return the store's metadata
   */
  public StoreMeta meta() {
    return meta(RequestOptions.none());
  }

  /**
   * {@return {@link #meta()} with per-call options}
   *
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public StoreMeta meta(RequestOptions options) {
    return metaWithResponse(options).body();
  }

  /**
   * {@return {@link #meta()} with the status and headers of the answer}
   */
  public ApiResponse<StoreMeta> metaWithResponse() {
    return metaWithResponse(RequestOptions.none());
  }

  /**
   * {@return {@link #meta()} with per-call options, and the status and headers of the answer}
   *
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public ApiResponse<StoreMeta> metaWithResponse(RequestOptions options) {
    return Answers.map(send(metaRequest(ListQuery.all()), TREE, options), this::toMeta);
  }

  /**
   * {@return {@link #meta()} without blocking; cancelling the future cancels the HTTP call}
   */
  public CompletableFuture<StoreMeta> metaAsync() {
    return metaAsync(RequestOptions.none());
  }

  /**
   * {@return {@link #meta()} with per-call options, without blocking; cancelling the future cancels the HTTP call}
   *
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public CompletableFuture<StoreMeta> metaAsync(RequestOptions options) {
    return Futures.map(sendAsync(metaRequest(ListQuery.all()), TREE, options), this::toMeta);
  }

  /**
   * {@link #meta()} restricted by the filters of {@code query} (its offset and limit are dropped).
   *
   * @param query the filters, sort and paging
   * @return the metadata of the matching entities
   */
  public StoreMeta meta(ListQuery query) {
    return meta(query, RequestOptions.none());
  }

  /**
   * {@return {@link #meta(ListQuery)} with per-call options}
   *
   * @param query the filters, sort and paging
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public StoreMeta meta(ListQuery query, RequestOptions options) {
    return metaWithResponse(query, options).body();
  }

  /**
   * {@return {@link #meta(ListQuery)} with the status and headers of the answer}
   *
   * @param query the filters, sort and paging
   */
  public ApiResponse<StoreMeta> metaWithResponse(ListQuery query) {
    return metaWithResponse(query, RequestOptions.none());
  }

  /**
   * {@return {@link #meta(ListQuery)} with per-call options, and the status and headers of the answer}
   *
   * @param query the filters, sort and paging
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public ApiResponse<StoreMeta> metaWithResponse(ListQuery query, RequestOptions options) {
    return Answers.map(send(metaRequest(query), TREE, options), this::toMeta);
  }

  /**
   * {@return {@link #meta(ListQuery)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param query the filters, sort and paging
   */
  public CompletableFuture<StoreMeta> metaAsync(ListQuery query) {
    return metaAsync(query, RequestOptions.none());
  }

  /**
   * {@return {@link #meta(ListQuery)} with per-call options, without blocking; cancelling the future cancels the HTTP call}
   *
   * @param query the filters, sort and paging
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public CompletableFuture<StoreMeta> metaAsync(ListQuery query, RequestOptions options) {
    return Futures.map(sendAsync(metaRequest(query), TREE, options), this::toMeta);
  }

  private ApiRequest metaRequest(ListQuery query) {
    Checks.required("query", query);
    return query.asMeta().toRequest(store);
  }

  private StoreMeta toMeta(JsonNode answer) {
    return new StoreMeta(answer, invoker.mapper());
  }

  private <R> ApiResponse<R> send(ApiRequest request, TypeReference<R> type, RequestOptions options) {
    return invoker.withOptions(options).execute(request, type);
  }

  private <R> CompletableFuture<R> sendAsync(ApiRequest request, TypeReference<R> type, RequestOptions options) {
    return invoker.withOptions(options).executeAsyncBody(request, type);
  }

  /**
   * This store bound to another class.
   *
   * @param <U> the other class
   * @param other the other class
   * @return the store client
   */
  public <U> StoreClient<U> as(Class<U> other) {
    return new StoreClient<>(invoker, store, other);
  }

  private ObjectNode toObject(String what, Object value) {
    Checks.required(what, value);
    JsonNode tree = invoker.mapper().valueToTree(value);
    if (!(tree instanceof ObjectNode object)) {
      throw new IllegalArgumentException(what + " must serialize to a JSON object, was " + tree.getNodeType());
    }
    return object;
  }

  private static <X> TypeReference<X> typeRef(JavaType javaType) {
    return new TypeReference<X>() {
      @Override
      public Type getType() {
        return javaType;
      }
    };
  }

  @Override
  public String toString() {
    return "StoreClient{store=" + store + ", type=" + type.getSimpleName() + "}";
  }
}
