package dev.quartet.platform;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quartet.core.ApiInvoker;
import dev.quartet.core.ApiRequest;
import dev.quartet.core.Checks;
import dev.quartet.core.paging.Page;
import dev.quartet.core.paging.Pager;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Create, read, change, delete and list the entities of one store ({@code objects}, {@code models},
 * {@code tables/<id>/rows}, ...), bound to {@link dev.quartet.platform.model.Entity} or to the caller's
 * own class. Immutable and thread-safe. The store name and every id are checked before anything is sent.
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
   * Creates an entity from {@code entity}'s fields and returns it as stored (with its {@code _id}).
   *
   * @param entity the fields
   * @return the entity as stored
   */
  public T create(Object entity) {
    return invoker.execute(createRequest(entity), one).body();
  }

  /**
   * {@return the request {@link #create} sends, to send elsewhere}
   *
   * @param entity the fields
   */
  public ApiRequest createRequest(Object entity) {
    return ApiRequest.builder("POST", "/api/v1/{store}").pathSegments("store", store)
        .body(toObject("entity", entity)).build();
  }

  /**
   * {@return the entity with id {@code id}}
   *
   * @param id the entity id
   */
  public T get(String id) {
    return invoker.execute(getRequest(id), one).body();
  }

  /**
   * {@return the request {@link #get} sends, to send elsewhere}
   *
   * @param id the entity id
   */
  public ApiRequest getRequest(String id) {
    return ApiRequest.builder("GET", "/api/v1/{store}/{id}").pathSegments("store", store)
        .path("id", ObjectIds.check("id", id)).build();
  }

  /**
   * Changes the fields present in {@code changes} (an entity, the caller's class or a map) with PATCH
   * and returns the updated entity. Refuses {@link #READ_ONLY_FIELDS} before sending.
   *
   * @param id the entity id
   * @param changes the fields to change
   * @return the entity as stored
   */
  public T update(String id, Object changes) {
    return invoker.execute(updateRequest(id, changes), one).body();
  }

  /**
   * {@return the request {@link #update} sends, to send elsewhere}
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
   * Deletes the entity and returns it as it was.
   *
   * @param id the entity id
   * @return the entity as it was
   */
  public T delete(String id) {
    return invoker.execute(deleteRequest(id), one).body();
  }

  /**
   * {@return the request {@link #delete} sends, to send elsewhere}
   *
   * @param id the entity id
   */
  public ApiRequest deleteRequest(String id) {
    return ApiRequest.builder("DELETE", "/api/v1/{store}/{id}").pathSegments("store", store)
        .path("id", ObjectIds.check("id", id)).build();
  }

  /**
   * {@return one answer of the listing: at most {@value ListQuery#MAX_LIMIT} entities}
   *
   * @param query the query
   */
  public List<T> list(ListQuery query) {
    ListQuery.checkNotMeta(query);
    List<T> items = invoker.execute(query.toRequest(store), many).body();
    return items == null ? List.of() : items;
  }

  /** {@return every entity of the store, in one request} */
  public List<T> list() {
    return list(ListQuery.all());
  }

  /**
   * Every entity matching {@code query}, fetched lazily one page at a time (the query's {@code limit},
   * or {@value ListQuery#MAX_LIMIT}) starting at its {@code offset}, until the first short page.
   *
   * @param query the filters, sort and page size
   * @return the lazy pager
   */
  public Pager<T> listAll(ListQuery query) {
    ListQuery.checkNotMeta(query);
    int start = query.offset() == null ? 0 : query.offset();
    int size = query.limit() == null ? ListQuery.MAX_LIMIT : query.limit();
    return Pager.of(() -> page(query, start, size));
  }

  /** {@return every entity of the store, fetched lazily page by page} */
  public Pager<T> listAll() {
    return listAll(ListQuery.all());
  }

  private Page<T> page(ListQuery query, int offset, int size) {
    List<T> items = list(query.page(offset, size));
    boolean full = items.size() >= size;
    return Page.of(items, null, full ? () -> page(query, offset + items.size(), size) : null);
  }

  /**
   * The collection's {@code meta=true} answer (its total and first and last entity). Its shape is not
   * documented, so it comes back as a JSON tree; {@link StoreMeta} reads the usual fields leniently.
   *
   * @return the store's metadata
   */
  public StoreMeta meta() {
    return meta(ListQuery.all());
  }

  /**
   * {@return {@link #meta()} restricted by the filters of {@code query} (offset/limit are dropped)}
   *
   * @param query the query
   */
  public StoreMeta meta(ListQuery query) {
    Checks.required("query", query);
    JsonNode answer = invoker.execute(query.asMeta().toRequest(store), TREE).body();
    return new StoreMeta(answer, invoker.mapper());
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
