package dev.quartet.core;

import java.io.InputStream;
import java.io.OutputStream;
import okio.Buffer;

/**
 * Reads an okio {@link Buffer} without consuming it, so the decoder streams a buffered body with no
 * copy into one array and the bytes are still there to quote when decoding fails. Copies out of the
 * buffer's segments rather than sharing them ({@code Buffer.peek()} would): a shared segment never
 * goes back to okio's pool, so every call would allocate a fresh 8 KiB segment.
 */
final class BufferStream extends InputStream {
  private final Buffer buffer;
  private final Target target = new Target();
  private long position;

  BufferStream(Buffer buffer) {
    this.buffer = buffer;
  }

  @Override
  public int read() {
    return position < buffer.size() ? buffer.getByte(position++) & 0xff : -1;
  }

  @Override
  public int read(byte[] into, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    long left = buffer.size() - position;
    if (left <= 0) {
      return -1;
    }
    int n = (int) Math.min(length, left);
    target.array = into;
    target.at = offset;
    try {
      buffer.copyTo(target, position, n);
    } catch (java.io.IOException impossible) {
      throw new IllegalStateException(impossible); // Target writes into an array
    } finally {
      target.array = null;
    }
    position += n;
    return n;
  }

  @Override
  public long skip(long n) {
    long skipped = Math.max(0, Math.min(n, buffer.size() - position));
    position += skipped;
    return skipped;
  }

  @Override
  public int available() {
    return (int) Math.min(Integer.MAX_VALUE, buffer.size() - position);
  }

  /** Writes the copied bytes into the caller's array. */
  private static final class Target extends OutputStream {
    private byte[] array;
    private int at;

    @Override
    public void write(int b) {
      array[at++] = (byte) b;
    }

    @Override
    public void write(byte[] from, int offset, int length) {
      System.arraycopy(from, offset, array, at, length);
      at += length;
    }
  }
}
