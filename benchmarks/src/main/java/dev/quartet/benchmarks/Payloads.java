package dev.quartet.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The answers the benchmark server sends, made from the seed samples ({@code payloads/*.json}: the
 * HomeStretch place from its docs, a OnePageCRM contact with the spec's example values, a platform
 * object entity, a Citypoint car) replicated to size with a distinct id per item. Items are written
 * from a template split around the id, so pages of any length cost the server almost nothing to make.
 */
public final class Payloads {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MARK = "@@ID@@";

  /** One item's bytes around its id. */
  public static final class Item {
    private final byte[] before;
    private final byte[] after;

    Item(String resource, String idField) {
      try (InputStream in = Payloads.class.getResourceAsStream("/payloads/" + resource)) {
        ObjectNode node = (ObjectNode) JSON.readTree(in);
        node.put(idField, MARK);
        String text = JSON.writeValueAsString(node);
        int at = text.indexOf(MARK);
        before = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        after = text.substring(at + MARK.length()).getBytes(StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Writes the item with id {@code id}. */
    public void write(OutputStream out, String id) throws IOException {
      out.write(before);
      out.write(id.getBytes(StandardCharsets.US_ASCII));
      out.write(after);
    }
  }

  public static final Item PLACE = new Item("place.json", "id");
  public static final Item CONTACT = new Item("contact.json", "id");
  public static final Item ENTITY = new Item("entity.json", "_id");
  public static final Item CAR = new Item("car.json", "id");

  private Payloads() {}

  /** {@return an ObjectId-shaped id: 24 lowercase hex digits of {@code n}} */
  public static String objectId(long n) {
    String hex = Long.toHexString(n);
    return "000000000000000000000000".substring(hex.length()) + hex;
  }

  /** {@return the number an {@link #objectId} encodes} */
  public static long objectIdNumber(String id) {
    return Long.parseLong(id, 16);
  }

  /** Writes {@code [a, b, ...]} of {@code count} items numbered from {@code first}. */
  public static void array(OutputStream out, Item item, long first, long count, String wrapStart, String wrapEnd)
      throws IOException {
    out.write('[');
    for (long i = 0; i < count; i++) {
      if (i > 0) {
        out.write(',');
      }
      if (wrapStart != null) {
        out.write(wrapStart.getBytes(StandardCharsets.US_ASCII));
      }
      item.write(out, objectId(first + i));
      if (wrapEnd != null) {
        out.write(wrapEnd.getBytes(StandardCharsets.US_ASCII));
      }
    }
    out.write(']');
  }

  /** {@return HomeStretch {@code {result: [...], total}}} */
  public static void placeList(OutputStream out, long skip, long count, long total) throws IOException {
    ascii(out, "{\"result\":");
    array(out, PLACE, skip, count, null, null);
    ascii(out, ",\"total\":" + total + "}");
  }

  /** OnePageCRM's envelope around {@code data}'s JSON text start; the caller closes it with {@link #envelopeEnd}. */
  public static void envelopeStart(OutputStream out) throws IOException {
    ascii(out, "{\"status\":0,\"message\":\"OK\",\"timestamp\":1526471529,\"data\":");
  }

  public static void envelopeEnd(OutputStream out) throws IOException {
    ascii(out, "}");
  }

  /** OnePageCRM {@code GET /contacts} page: {@code data: {contacts: [{contact}...], total_count, page, per_page, max_page}}. */
  public static void contactPage(OutputStream out, int page, int perPage, long total) throws IOException {
    long first = (long) (page - 1) * perPage;
    long count = Math.max(0, Math.min(perPage, total - first));
    long maxPage = (total + perPage - 1) / perPage;
    envelopeStart(out);
    ascii(out, "{\"contacts\":");
    array(out, CONTACT, first, count, "{\"contact\":", "}");
    ascii(out, ",\"total_count\":" + total + ",\"page\":" + page + ",\"per_page\":" + perPage + ",\"max_page\":" + maxPage + "}");
    envelopeEnd(out);
  }

  /** OnePageCRM cascade batch after contact number {@code after}: 100 items, {@code items_left}. */
  public static void contactBatch(OutputStream out, long after, long total) throws IOException {
    long first = after + 1;
    long count = Math.max(0, Math.min(100, total - first));
    envelopeStart(out);
    ascii(out, "{\"contacts\":");
    array(out, CONTACT, first, count, "{\"contact\":", "}");
    ascii(out, ",\"total_count\":" + total + ",\"items_left\":" + Math.max(0, total - first - count) + "}");
    envelopeEnd(out);
  }

  /** Citypoint JSON:API collection with {@code links.next} while items remain. */
  public static void carPage(OutputStream out, String selfBase, long offset, long limit, long total) throws IOException {
    long count = Math.max(0, Math.min(limit, total - offset));
    ascii(out, "{\"links\":{\"self\":\"" + selfBase + "?page%5Boffset%5D=" + offset + "&page%5Blimit%5D=" + limit + "\"");
    if (offset + count < total) {
      ascii(out, ",\"next\":\"" + selfBase + "?page%5Boffset%5D=" + (offset + count) + "&page%5Blimit%5D=" + limit + "\"");
    }
    ascii(out, "},\"meta\":{\"total_count\":" + total + "},\"data\":");
    array(out, CAR, offset, count, null, null);
    ascii(out, "}");
  }

  /** {@return what {@code writer} writes, as bytes} */
  public static byte[] bytes(Writer writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writer.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Something that writes a body. */
  @FunctionalInterface
  public interface Writer {
    void write(OutputStream out) throws IOException;
  }

  static void ascii(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }
}
