package dev.quartet.onepagecrm;

import dev.quartet.core.Checks;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How one generated list parameter type (e.g. {@code ListNotesParams}) carries its page: where a walk over
 * the filters starts, and the same filters set to another page. The generated types share no interface,
 * so each facade binds its own with four method references.
 *
 * @param <P> the generated list parameter type
 * @param none the parameters with nothing set
 * @param page reads {@code page} (null: not set)
 * @param perPage reads {@code per_page} (null: not set)
 * @param at a copy of the filters set to one page, every other value unchanged (via {@code toBuilder()})
 */
record PageParams<P>(P none, Function<P, Integer> page, Function<P, Integer> perPage,
    BiFunction<P, PageRequest, P> at) {
  /**
   * {@return where a walk over {@code filters} starts: their page (default 1) with their per_page (default
   * {@value Contacts#MAX_PER_PAGE}), both checked now}
   *
   * @param filters the caller's filters
   */
  PageRequest first(P filters) {
    Checks.required("filters", filters);
    Integer from = page.apply(filters);
    Integer size = perPage.apply(filters);
    PageRequest first = new PageRequest(from == null ? 1 : from, size == null ? Contacts.MAX_PER_PAGE : size);
    Checks.atLeast("page", first.page(), 1);
    Checks.range("per_page", first.perPage(), 1, Contacts.MAX_PER_PAGE);
    return first;
  }

  /**
   * {@return {@code filters} set to {@code request}'s page and size}
   *
   * @param filters the caller's filters
   * @param request the page to ask for
   */
  P at(P filters, PageRequest request) {
    return at.apply(filters, request);
  }

  /**
   * {@return no filter, {@code perPage} per page from page 1}
   *
   * @param perPage the page size, 1 to 100 (checked now)
   */
  P sized(int perPage) {
    Checks.range("per_page", perPage, 1, Contacts.MAX_PER_PAGE);
    return at(none, new PageRequest(1, perPage));
  }
}
