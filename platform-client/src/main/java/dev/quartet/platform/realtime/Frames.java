package dev.quartet.platform.realtime;

/** Helpers for quoting frames in logs and messages. */
final class Frames {
  private static final int PREVIEW = 200;

  private Frames() {}

  /** At most 200 characters of {@code text}, marked when cut. */
  static String preview(String text) {
    if (text == null) {
      return "";
    }
    return text.length() <= PREVIEW ? text : text.substring(0, PREVIEW) + "...(" + text.length() + " chars)";
  }
}
