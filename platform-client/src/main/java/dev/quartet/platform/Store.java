package dev.quartet.platform;

import dev.quartet.core.Checks;
import dev.quartet.platform.model.Entity;
import dev.quartet.platform.model.Group;
import dev.quartet.platform.model.Model;
import dev.quartet.platform.model.PlatformObject;
import dev.quartet.platform.model.Role;
import dev.quartet.platform.model.User;
import java.util.Objects;

/**
 * A store name bound to the class its entities are read as: pass one to
 * {@link PlatformClient#store(Store)}. The stores users touch most come with a typed view (every
 * entity field plus the store's own, unknown fields kept); the newer stores are plain {@link Entity}s.
 * Any other store: {@link #of(String, Class)}.
 *
 * <pre>{@code
 * StoreClient<PlatformObject> objects = platform.store(Store.OBJECTS);
 * PlatformObject boiler = objects.get(id);
 * boiler.getDeviceId(); boiler.getState(); boiler.getAdditionalProperty("links");
 * }</pre>
 */
public final class Store<T> {
  /** Objects (devices): {@code id} (as {@code deviceId}), {@code model}, {@code status}, {@code state}, {@code config}. */
  public static final Store<PlatformObject> OBJECTS = new Store<>("objects", PlatformObject.class);
  /** Models: {@code base}, {@code data} (the node tree), {@code props}. */
  public static final Store<Model> MODELS = new Store<>("models", Model.class);
  /** The base models new models extend ({@code models/base}). */
  public static final Store<Model> BASE_MODELS = new Store<>("models/base", Model.class);
  /** Users: {@code role}, {@code email}, {@code login}, {@code password} (write-only), ... */
  public static final Store<User> USERS = new Store<>("users", User.class);
  /** Groups: {@code role}, {@code tagname}, {@code license}. */
  public static final Store<Group> GROUPS = new Store<>("groups", Group.class);
  /** Roles: {@code credentials}. */
  public static final Store<Role> ROLES = new Store<>("roles", Role.class);
  /** Stored events (the history itself is {@link PlatformClient#events()}). */
  public static final Store<Entity> EVENTS = new Store<>("events", Entity.class);
  /** Tables; their rows are {@link #tableRows(String)}. */
  public static final Store<Entity> TABLES = new Store<>("tables", Entity.class);
  /** Scheduled tasks. */
  public static final Store<Entity> TASKS = new Store<>("tasks", Entity.class);
  /** The kinds of task the platform offers ({@code tasks/kinds}). */
  public static final Store<Entity> TASK_KINDS = new Store<>("tasks/kinds", Entity.class);
  /** Report definitions; their runs are {@link #REPORT_BUILDS}. */
  public static final Store<Entity> REPORTS = new Store<>("reports", Entity.class);
  /** Builds (runs) of reports ({@code reports/builds}). */
  public static final Store<Entity> REPORT_BUILDS = new Store<>("reports/builds", Entity.class);

  private final String name;
  private final Class<T> type;

  private Store(String name, Class<T> type) {
    this.name = StoreNames.check(name);
    this.type = Checks.required("type", type);
  }

  /**
   * Any store, e.g. {@code Store.of("automatons", MyAutomaton.class)}; the name is checked now.
   *
   * @param <T> the Java type of the store's documents
   * @param name the store's path segment(s), e.g. {@code automatons}
   * @param type the class its documents are read as
   * @return the store
   */
  public static <T> Store<T> of(String name, Class<T> type) {
    return new Store<>(name, type);
  }

  /**
   * The rows of one table ({@code tables/<tableId>/rows}).
   *
   * @param tableId the table's id, which must be an ObjectId
   * @return the table's row store
   */
  public static Store<Entity> tableRows(String tableId) {
    return new Store<>("tables/" + ObjectIds.check("tableId", tableId) + "/rows", Entity.class);
  }

  /**
   * The same store read as another class (e.g. the caller's own row type).
   *
   * @param <U> the other document type
   * @param other the class to read documents as
   * @return a store with this name and the other type
   */
  public <U> Store<U> as(Class<U> other) {
    return new Store<>(name, other);
  }

  /** {@return the store's name, as it appears in the URL} */
  public String name() {
    return name;
  }

  /** {@return the class the store's documents are read as} */
  public Class<T> type() {
    return type;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Store<?> other && name.equals(other.name) && type.equals(other.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type);
  }

  @Override
  public String toString() {
    return "Store{" + name + " as " + type.getSimpleName() + "}";
  }
}
