package dev.quartet.citypoint;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Remembers the last {@code Last-Modified} per listing and query, so "fetch only what changed" is one
 * call: the first poll fetches normally, later polls send {@code If-Modified-Since} and come back as
 * {@link Conditional.NotModified} until the data changes. Thread-safe; one poller per consumer.
 *
 * <pre>{@code
 * ChangePoller poller = client.poller();
 * Query important = Query.create().filter(Filter.eq(Note.IMPORTANT, true));
 * poller.poll(client.carNotes().lastImportant(), important).changed().ifPresent(page -> show(page.items()));
 * }</pre>
 */
public final class ChangePoller {
  private final ConcurrentMap<String, String> lastModified = new ConcurrentHashMap<>();

  /**
   * The first page of {@code listing} for {@code query} if it changed since the last poll of the same pair.
   *
   * @param <T> the item type
   * @param <D> the document type
   * @param listing what to list
   * @param query the query
   * @return the page, or "not modified"
   */
  public <T, D> Conditional<JsonApiPage<T, D>> poll(Listing<T, D> listing, Query query) {
    String key = listing.key(query);
    Conditional<JsonApiPage<T, D>> answer = listing.page(query, lastModified.get(key));
    if (answer.isModified() && answer.lastModified() != null) {
      lastModified.put(key, answer.lastModified());
    }
    return answer;
  }

  /**
   * {@return the value the next poll of this pair will send, if any}
   *
   * @param listing the listing
   * @param query the query
   */
  public Optional<String> lastModified(Listing<?, ?> listing, Query query) {
    return Optional.ofNullable(lastModified.get(listing.key(query)));
  }

  /** Forgets everything: the next poll of each pair fetches unconditionally. */
  public void reset() {
    lastModified.clear();
  }

  @Override
  public String toString() {
    return "ChangePoller{queries=" + lastModified.size() + "}";
  }
}
