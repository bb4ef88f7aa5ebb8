package dev.quartet.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * Splits a buffered answer whose items sit in an array inside an envelope ({@code {"result": [...],
 * "total": 9}}, {@code {"data": {"contacts": [...]}}}) into the envelope with that array emptied,
 * small enough to decode at once, and the items as a {@link LazyJsonArray} over the same bytes. One
 * pass over the bytes finds the array, counts its items and checks the whole answer is well-formed.
 * Transport internals, used by {@code ApiInvoker}; not meant for applications.
 *
 * @param <T> the item type
 * @param envelope the answer with the items array replaced by {@code []}
 * @param items the items, decoded one by one as they are iterated
 */
public record EnvelopeSplit<T>(byte[] envelope, List<T> items) {
  private static final byte[] EMPTY_ARRAY = {'[', ']'};

  /**
   * {@return the split, or null when the answer is not an object holding an array at {@code path}
   * exactly once, or is not well-formed JSON (the caller then decodes it whole, for the usual value
   * or error); an array with a null item is decoded whole too, so lazily read items are never null}
   *
   * @param bytes the answer's body
   * @param path the field names leading to the items array
   * @param item a reader bound to the item type
   * @param failure makes the exception for an item that cannot be decoded
   */
  public static <T> EnvelopeSplit<T> of(byte[] bytes, String[] path, ObjectReader item,
      Function<JsonDecoder.DecodingException, RuntimeException> failure) {
    JsonFactory factory = item.getFactory();
    try (JsonParser p = factory.createParser(bytes)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      Found found = new Found();
      if (!scan(p, path, 0, found) || found.start < 0) {
        return null;
      }
      if (found.start > Integer.MAX_VALUE || found.end > bytes.length || found.end <= found.start) {
        return null;
      }
      int start = (int) found.start;
      int end = (int) found.end;
      byte[] envelope = new byte[start + EMPTY_ARRAY.length + bytes.length - end];
      System.arraycopy(bytes, 0, envelope, 0, start);
      System.arraycopy(EMPTY_ARRAY, 0, envelope, start, EMPTY_ARRAY.length);
      System.arraycopy(bytes, end, envelope, start + EMPTY_ARRAY.length, bytes.length - end);
      return new EnvelopeSplit<>(envelope, LazyJsonArray.at(factory, bytes, start, found.count, item, failure));
    } catch (IOException e) {
      return null;
    }
  }

  /** Where the items array is: byte offsets of its '[' and just past its ']', and its item count. */
  private static final class Found {
    long start = -1;
    long end = -1;
    int count;
  }

  /** Reads the object the parser is in; false when the answer cannot be split. */
  private static boolean scan(JsonParser p, String[] path, int level, Found found) throws IOException {
    boolean seen = false;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      if (t != JsonToken.FIELD_NAME) {
        return false;
      }
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if (value == null) {
        return false;
      }
      if (!name.equals(path[level])) {
        p.skipChildren();
        continue;
      }
      if (seen) {
        return false; // a repeated name: decoded whole, the last one wins as ever
      }
      seen = true;
      if (level < path.length - 1) {
        if (value == JsonToken.START_OBJECT) {
          if (!scan(p, path, level + 1, found)) {
            return false;
          }
        } else {
          p.skipChildren();
        }
        continue;
      }
      if (value != JsonToken.START_ARRAY) {
        return false; // null or another shape: decoded whole
      }
      found.start = p.currentTokenLocation().getByteOffset();
      int count = 0;
      for (JsonToken i = p.nextToken(); i != JsonToken.END_ARRAY; i = p.nextToken()) {
        if (i == null || i == JsonToken.VALUE_NULL) {
          return false; // a null item: decoded whole, the list keeps it as ever
        }
        p.skipChildren();
        count++;
      }
      found.end = p.currentLocation().getByteOffset();
      found.count = count;
    }
    return true;
  }
}
