package dev.quartet.homestretch;

import dev.quartet.core.ApiInvoker;
import dev.quartet.core.Checks;
import dev.quartet.core.paging.Page;
import dev.quartet.core.paging.Pager;
import dev.quartet.homestretch.api.PlacesApi;
import dev.quartet.homestretch.model.Place;
import dev.quartet.homestretch.model.PlaceList;
import java.util.List;

/** The place operations plus lazy iteration over the whole listing. */
public final class Places extends PlacesApi {
  /** The largest page the API serves. */
  public static final int MAX_PAGE_SIZE = 150;

  Places(ApiInvoker invoker) {
    super(invoker);
  }

  /**
   * {@return one page: {@code limit} places after skipping {@code skip}, in {@code sort} order}
   *
   * @param sort the field and direction to order by
   * @param skip how many places to pass over first (0 or more)
   * @param limit the page size
   */
  public Page<Place> page(PlaceSort sort, int skip, int limit) {
    Checks.required("sort", sort);
    PlaceList answer = listPlaces(sort.field(), sort.direction(), skip, limit);
    List<Place> items = answer.getResult() == null ? List.of() : answer.getResult();
    Long total = answer.getTotal();
    long reached = (long) skip + items.size();
    boolean more = !items.isEmpty() && (total == null ? items.size() == limit : reached < total);
    return Page.of(items, total, more ? () -> page(sort, skip + items.size(), limit) : null);
  }

  /**
   * {@return every place, fetched lazily {@value #MAX_PAGE_SIZE} at a time until {@code total} is reached}
   *
   * @param sort the field and direction to order by
   */
  public Pager<Place> listAll(PlaceSort sort) {
    return listAll(sort, MAX_PAGE_SIZE);
  }

  /**
   * {@return every place, fetched lazily {@code pageSize} (1..150) at a time until {@code total} is reached}
   *
   * @param sort the field and direction to order by
   * @param pageSize the page size, 1 to 150
   */
  public Pager<Place> listAll(PlaceSort sort, int pageSize) {
    Checks.required("sort", sort);
    Checks.range("limit", pageSize, 1, MAX_PAGE_SIZE);
    return Pager.of(() -> page(sort, 0, pageSize));
  }
}
