package dev.quartet.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * An immutable list over a JSON array held as the bytes of a buffered answer, its items decoded one
 * by one as an iterator reaches them. A walk over a long listing so keeps one page's bytes and the
 * item being read, never a whole page of decoded objects; an iterator lets go of the bytes as soon
 * as it has handed out the last item. Any other access ({@link #get(int)}, {@link #toArray()} and
 * the like) decodes the whole array once and keeps it. Its size is counted when it is made, in one
 * pass that also checks the array is well-formed, so a malformed page fails when it arrives.
 *
 * <p>Each iteration before a whole-list access decodes the items again (equal, not the same,
 * objects). A strict decoder's failure on one item surfaces from the iterator, as the exception
 * {@code failure} makes of it.
 *
 * @param <T> the item type
 */
public final class LazyJsonArray<T> extends AbstractList<T> {
  private final JsonFactory factory;
  private final byte[] bytes;
  private final int start;
  private final int size;
  private final ObjectReader item;
  private final Function<JsonDecoder.DecodingException, RuntimeException> failure;
  /** Turns each decoded item into what this list holds; null when it holds the decoded items. */
  private final Function<Object, ? extends T> after;
  private volatile List<T> decoded;

  private LazyJsonArray(JsonFactory factory, byte[] bytes, int start, int size, ObjectReader item,
      Function<JsonDecoder.DecodingException, RuntimeException> failure, Function<Object, ? extends T> after) {
    this.factory = factory;
    this.bytes = bytes;
    this.start = start;
    this.size = size;
    this.item = item;
    this.failure = failure;
    this.after = after;
  }

  /**
   * {@return this list with {@code f} applied to each item as it is decoded: as lazy as this one,
   * over the same bytes}
   *
   * @param <U> the new item type
   * @param f turns one item into the new one
   */
  @SuppressWarnings("unchecked") // the items after this list's own step are Ts
  public <U> LazyJsonArray<U> map(Function<? super T, ? extends U> f) {
    Function<Object, ? extends U> composed = after == null ? (Function<Object, ? extends U>) f : after.andThen(f);
    return new LazyJsonArray<>(factory, bytes, start, size, item, failure, composed);
  }

  /**
   * Reads the top level of {@code bytes} as an array of {@code item}'s type without decoding it.
   *
   * @param <T> the item type
   * @param bytes the answer's body
   * @param item a reader bound to the item type
   * @param failure makes the exception for an item that cannot be decoded
   * @return the lazy list; null when the body is not a well-formed JSON array (the caller decodes it
   *     the usual way, for the usual value or error)
   */
  static <T> LazyJsonArray<T> over(byte[] bytes, ObjectReader item, Function<JsonDecoder.DecodingException, RuntimeException> failure) {
    JsonFactory factory = item.getFactory();
    try (JsonParser p = factory.createParser(bytes)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        return null;
      }
      long offset = p.currentTokenLocation().getByteOffset();
      if (offset < 0 || offset > Integer.MAX_VALUE) {
        return null;
      }
      int count = 0;
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t == null) {
          return null;
        }
        p.skipChildren();
        count++;
      }
      return new LazyJsonArray<>(factory, bytes, (int) offset, count, item, failure, null);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * {@return a lazy list over an array already found and counted in {@code bytes}}
   *
   * @param <T> the item type
   * @param factory the factory that reads {@code bytes}
   * @param bytes the answer's body
   * @param start the byte offset of the array's '['
   * @param size how many items it holds
   * @param item a reader bound to the item type
   * @param failure makes the exception for an item that cannot be decoded
   */
  static <T> LazyJsonArray<T> at(JsonFactory factory, byte[] bytes, int start, int size, ObjectReader item,
      Function<JsonDecoder.DecodingException, RuntimeException> failure) {
    return new LazyJsonArray<>(factory, bytes, start, size, item, failure, null);
  }

  /**
   * {@return the last item of {@code items}; of a lazy list only that item is decoded (a paging
   * cursor often needs the last id before the caller has read the page)}
   *
   * @param <T> the item type
   * @param items a non-empty list
   */
  public static <T> T last(List<T> items) {
    if (!(items instanceof LazyJsonArray<T> lazy) || lazy.decoded != null) {
      return items.get(items.size() - 1);
    }
    Iterator<T> skipping = new Items<T>(lazy.open(), lazy.size, lazy.item, lazy.failure, lazy.after).skip(lazy.size - 1);
    return skipping.next();
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public T get(int index) {
    return all().get(index);
  }

  @Override
  public Iterator<T> iterator() {
    List<T> all = decoded;
    return all != null ? all.iterator() : new Items<>(open(), size, item, failure, after);
  }

  private List<T> all() {
    List<T> all = decoded;
    if (all == null) {
      List<T> items = new ArrayList<>(size);
      new Items<T>(open(), size, item, failure, after).forEachRemaining(items::add);
      all = Collections.unmodifiableList(items);
      decoded = all;
    }
    return all;
  }

  private JsonParser open() {
    try {
      JsonParser p = factory.createParser(bytes, start, bytes.length - start);
      p.nextToken(); // the array's start, checked when the list was made
      return p;
    } catch (IOException e) {
      throw new IllegalStateException("the buffered array could not be read again", e);
    }
  }

  /** Decodes the next item when asked; holds the bytes (through the parser) only until the last. */
  private static final class Items<T> implements Iterator<T> {
    private JsonParser parser;
    private ObjectReader item;
    private Function<JsonDecoder.DecodingException, RuntimeException> failure;
    private final Function<Object, ? extends T> after;
    private int left;

    Items(JsonParser parser, int size, ObjectReader item, Function<JsonDecoder.DecodingException, RuntimeException> failure,
        Function<Object, ? extends T> after) {
      this.parser = parser;
      this.left = size;
      this.item = item;
      this.failure = failure;
      this.after = after;
      if (size == 0) {
        release();
      }
    }

    /** Passes over {@code count} items without decoding them. */
    Items<T> skip(int count) {
      try {
        for (int i = 0; i < count && left > 1; i++) {
          parser.nextToken();
          parser.skipChildren();
          left--;
        }
      } catch (IOException e) {
        throw new IllegalStateException("the buffered array could not be read again", e); // checked well-formed when made
      }
      return this;
    }

    @Override
    public boolean hasNext() {
      return left > 0;
    }

    @Override
    public T next() {
      if (left <= 0) {
        throw new NoSuchElementException();
      }
      JsonParser p = parser;
      try {
        p.nextToken();
        Object decoded = item.readValue(p);
        left--;
        if (left == 0) {
          release();
        }
        @SuppressWarnings("unchecked") // without a step after decoding, the reader's type is T
        T value = after == null ? (T) decoded : after.apply(decoded);
        return value;
      } catch (JsonProcessingException e) {
        RuntimeException thrown = failure.apply(new JsonDecoder.DecodingException(DecodeFailure.describe(e, item.getValueType())));
        left = 0;
        release();
        throw thrown;
      } catch (IOException e) {
        RuntimeException thrown = failure.apply(new JsonDecoder.DecodingException("body could not be read (" + e.getClass().getSimpleName() + ")"));
        left = 0;
        release();
        throw thrown;
      }
    }

    private void release() {
      try {
        parser.close();
      } catch (IOException ignored) {
        // nothing to release: the input is an array in memory
      }
      parser = null;
      item = null;
      failure = null;
    }
  }
}
