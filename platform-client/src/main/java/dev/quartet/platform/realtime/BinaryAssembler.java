package dev.quartet.platform.realtime;

import java.util.ArrayList;
import java.util.List;
import okio.ByteString;

/**
 * Collects the binary frames that follow a {@code 45}/{@code 46} header and rebuilds the packet once all
 * of them are in. One packet at a time, as socket.io sends them; a text packet arriving midway drops the
 * unfinished one (reported by the caller).
 */
final class BinaryAssembler {
  private SocketIoPacket header;
  private final List<ByteString> frames = new ArrayList<>();

  /** Starts collecting for {@code header}; returns it rebuilt right away when it announces no frames. */
  SocketIoPacket begin(SocketIoPacket header) throws SocketIoException {
    reset();
    if (header.attachments() == 0) {
      return rebuild(header, List.of());
    }
    this.header = header;
    return null;
  }

  /** True while frames are awaited. */
  boolean collecting() {
    return header != null;
  }

  /** Adds one frame; the rebuilt packet once it was the last, else null. */
  SocketIoPacket add(ByteString frame) throws SocketIoException {
    if (header == null) {
      throw new SocketIoException("a binary frame (" + frame.size() + " bytes) arrived without a binary packet before it");
    }
    frames.add(frame);
    if (frames.size() < header.attachments()) {
      return null;
    }
    SocketIoPacket done = header;
    List<ByteString> all = List.copyOf(frames);
    reset();
    return rebuild(done, all);
  }

  /** Drops an unfinished packet; returns a description of it, or null when there was none. */
  String reset() {
    String dropped = header == null ? null
        : "binary packet " + Frames.preview(header.encode()) + " got " + frames.size() + " of " + header.attachments() + " attachments";
    header = null;
    frames.clear();
    return dropped;
  }

  private static SocketIoPacket rebuild(SocketIoPacket header, List<ByteString> frames) throws SocketIoException {
    return new SocketIoPacket(header.type(), header.namespace(), header.ackId(),
        Attachments.reconstruct(header.data(), frames), header.attachments());
  }
}
