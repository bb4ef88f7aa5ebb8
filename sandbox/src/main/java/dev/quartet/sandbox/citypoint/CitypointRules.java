package dev.quartet.sandbox.citypoint;

import static dev.quartet.sandbox.citypoint.CitypointDocuments.badParameter;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Map;
import java.util.Set;

/**
 * Which query parameters one Citypoint endpoint accepts, and the 400 it answers to the others: the notes
 * refuse {@code include} (the vendor's page says so), spectator keys refuse {@code sort}, {@code filter}
 * and {@code include}, driver parameters sort only by {@code Driver} or {@code Id}. {@code include} is
 * taken only where the spec declares it (vehicles, notifications).
 *
 * @param include whether {@code include} is accepted
 * @param filter whether {@code filter[...]} is accepted
 * @param sortKeys the fields {@code sort} accepts; null for any, empty for none
 */
record CitypointRules(boolean include, boolean filter, Set<String> sortKeys) {
  static final CitypointRules ANY = new CitypointRules(true, true, null);
  static final CitypointRules NO_INCLUDE = new CitypointRules(false, true, null);
  static final CitypointRules PAGING_AND_FIELDS = new CitypointRules(false, false, Set.of());
  static final CitypointRules DRIVER_PARAMS = new CitypointRules(false, true, Set.of("Driver", "Id"));

  /** {@return the 400 for the first parameter of {@code query} this endpoint refuses, or null} */
  ResponseDefinition refusal(Map<String, String> query, String type) {
    if (!include && query.containsKey("include")) {
      return badParameter("include", "The include parameter is not supported.");
    }
    if (!filter && query.keySet().stream().anyMatch(k -> k.startsWith("filter"))) {
      return badParameter("filter[" + type + "]", "Filtering is not supported here.");
    }
    String sort = query.get("sort");
    if (sort != null && sortKeys != null) {
      if (sortKeys.isEmpty()) {
        return badParameter("sort", "Sorting is not supported here.");
      }
      for (String key : sort.split(",")) {
        if (!sortKeys.contains(key.startsWith("-") ? key.substring(1) : key)) {
          return badParameter("sort", "sort accepts only " + String.join(", ", sortKeys) + ", was " + key);
        }
      }
    }
    for (String paging : new String[] {"page[offset]", "page[limit]"}) {
      String value = query.get(paging);
      int min = paging.equals("page[offset]") ? 0 : 1;
      if (value != null && (!value.trim().matches("-?\\d{1,9}") || Integer.parseInt(value.trim()) < min)) {
        return badParameter(paging, paging + " must be an integer of at least " + min + ", was " + value);
      }
    }
    return null;
  }
}
