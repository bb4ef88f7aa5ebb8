package dev.quartet.core.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * A success body decoded while it arrives, instead of buffered whole and decoded after. The invoker
 * tags a request with one; the retry layer reads the answer through it inside its loop, so a body
 * cut short is still retried like any other connection fault, and the decoder works while the rest
 * of the body is on its way. The body is read to its end after the value, as buffering it would.
 *
 * <p>A failure of the reader's own (Jackson's, for a body that is not the expected JSON) is kept for
 * the caller with the body's head to quote; a fault of the connection (any other {@link IOException})
 * propagates. One per call, used by one attempt at a
 * time; each read replaces the previous attempt's. Transport internals, not meant for applications.
 */
public final class StreamingRead {
  /** Decodes one value from a body stream. */
  @FunctionalInterface
  public interface Reader {
    /**
     * {@return the decoded value}
     *
     * @param in the body
     * @throws IOException a {@link JsonProcessingException} when the body is not what was expected;
     *     any other from the connection
     */
    Object read(InputStream in) throws IOException;
  }

  private final Reader reader;
  private final int headLimit;
  private final Buffer head = new Buffer();
  private boolean read;
  private Object value;
  private Exception failure;
  private long length;

  /**
   * @param reader decodes the body
   * @param headLimit how many of the body's first bytes to keep for quoting a failure
   */
  public StreamingRead(Reader reader, int headLimit) {
    this.reader = reader;
    this.headLimit = headLimit;
  }

  /**
   * {@return the read {@code request} asks for, or null}
   *
   * @param request a request the invoker may have tagged
   */
  public static StreamingRead of(Request request) {
    return request.tag(StreamingRead.class);
  }

  /**
   * Reads {@code response}'s body through the reader when it is a success with content (not 204):
   * decoded, then read to its end. Anything else is left alone.
   *
   * @param response the answer
   * @return whether the body was read here
   * @throws IOException a connection fault while reading; the response is closed then
   */
  public boolean readFrom(Response response) throws IOException {
    ResponseBody body = response.body();
    if (!response.isSuccessful() || response.code() == 204 || body == null) {
      return false;
    }
    reset();
    BufferedSource source = body.source();
    try {
      try {
        value = reader.read(new Stream(source));
      } catch (JsonProcessingException e) {
        failure = e; // Jackson lets the connection's own IOExceptions through unwrapped: those propagate
      } catch (RuntimeException e) {
        failure = e; // the decoder's own failure: the caller rethrows it, as it would have decoding a buffered body
      }
      while (!source.exhausted()) { // the rest, as buffering would read it: a body cut short after the value still fails
        long buffered = source.getBuffer().size();
        length += buffered;
        source.skip(buffered);
      }
      read = true;
      return true;
    } catch (IOException e) {
      reset();
      response.close();
      throw e;
    }
  }

  private void reset() {
    read = false;
    value = null;
    failure = null;
    length = 0;
    head.clear();
  }

  /** {@return whether a body was read, by the retry layer or by {@link #readFrom} since} */
  public boolean isRead() {
    return read;
  }

  /** {@return the decoded value; null when decoding failed or the body was JSON {@code null}} */
  public Object value() {
    return value;
  }

  /** {@return why the body could not be decoded (a {@link JsonProcessingException} or the decoder's RuntimeException), or null} */
  public Exception failure() {
    return failure;
  }

  /** {@return how many bytes the body had} */
  public long length() {
    return length;
  }

  /** {@return the body's first bytes (up to the head limit), consumed by this call; for quoting a failure} */
  public byte[] head() {
    return head.readByteArray();
  }

  /** Releases the kept head's segments to okio's pool. */
  public void release() {
    head.clear();
  }

  /** The body as an InputStream that keeps its head and leaves closing to the response. */
  private final class Stream extends InputStream {
    private final BufferedSource source;

    Stream(BufferedSource source) {
      this.source = source;
    }

    @Override
    public int read() throws IOException {
      if (source.exhausted()) {
        return -1;
      }
      byte b = source.readByte();
      keep(b);
      return b & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int count) throws IOException {
      int n = source.read(into, offset, count);
      if (n > 0) {
        keep(into, offset, n);
      }
      return n;
    }

    @Override
    public int available() throws IOException {
      return (int) Math.min(Integer.MAX_VALUE, source.getBuffer().size());
    }

    @Override
    public void close() {
      // the response closes the body; the rest is still to be read to its end
    }

    private void keep(byte b) {
      length++;
      if (head.size() < headLimit) {
        head.writeByte(b);
      }
    }

    private void keep(byte[] bytes, int offset, int n) {
      length += n;
      long room = headLimit - head.size();
      if (room > 0) {
        head.write(bytes, offset, (int) Math.min(room, n));
      }
    }
  }
}
