package dev.quartet.core;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;

/**
 * Expands a path template against a base URL. Each parameter value is percent-encoded as data, so
 * {@code /}, {@code ?}, {@code #} and spaces inside an id cannot change the path. A value that is
 * exactly {@code .} or {@code ..} is refused: URL rules turn such a segment into a directory step
 * however it is encoded.
 */
final class PathEncoder {
  // Placeholders are {name}: a name of one or more characters other than '}' and '/'. Scanned by
  // hand rather than with a regex, which allocated a matcher and its groups on every call.

  private PathEncoder() {}

  /** Parsed templates by template text: the generated code has a few hundred, each parsed once. */
  private static final ConcurrentHashMap<String, Segment[]> TEMPLATES = new ConcurrentHashMap<>();
  private static final int MAX_TEMPLATES = 4096;

  static HttpUrl.Builder expand(HttpUrl base, ApiRequest request) {
    HttpUrl.Builder url = base.newBuilder();
    int last = base.pathSize() - 1;
    if (last >= 0 && base.pathSegments().get(last).isEmpty()) {
      url.removePathSegment(last);
    }
    for (Segment segment : template(request.path())) {
      segment.addTo(url, request);
    }
    return url;
  }

  private static Segment[] template(String path) {
    Segment[] parsed = TEMPLATES.get(path);
    if (parsed == null) {
      parsed = parse(path);
      if (TEMPLATES.size() < MAX_TEMPLATES) {
        TEMPLATES.putIfAbsent(path, parsed);
      }
    }
    return parsed;
  }

  private static Segment[] parse(String path) {
    List<Segment> segments = new ArrayList<>();
    int at = 0;
    int length = path.length();
    while (at < length) {
      int slash = path.indexOf('/', at);
      int end = slash < 0 ? length : slash;
      if (end > at) {
        String segment = path.substring(at, end);
        if (segment.indexOf('{') < 0) {
          segments.add(new Segment(encodeLiteral(segment), null, null));
        } else {
          segments.add(new Segment(null, wholeParam(segment), segment));
        }
      }
      at = end + 1;
    }
    return segments.toArray(new Segment[0]);
  }

  /** One segment of a template: a literal (encoded once), one whole placeholder, or a mix of both. */
  private static final class Segment {
    private final String literal;
    private final String whole;
    private final String mixed;

    Segment(String literal, String whole, String mixed) {
      this.literal = literal;
      this.whole = whole;
      this.mixed = mixed;
    }

    void addTo(HttpUrl.Builder url, ApiRequest request) {
      if (literal != null) {
        url.addEncodedPathSegment(literal);
        return;
      }
      if (whole != null) {
        String spanning = request.multiSegmentParams().isEmpty() ? null : request.multiSegmentParams().get(whole);
        if (spanning != null) {
          for (String part : spanning.split("/", -1)) {
            url.addEncodedPathSegment(encode(whole, part));
          }
          return;
        }
        String value = request.pathParams().get(whole);
        if (value == null) {
          throw new IllegalArgumentException(whole + " is required");
        }
        url.addEncodedPathSegment(encode(whole, value));
        return;
      }
      url.addEncodedPathSegment(fill(mixed, request.pathParams()));
    }
  }

  /** The name when the whole segment is one placeholder, else null. */
  private static String wholeParam(String segment) {
    int length = segment.length();
    if (length < 3 || segment.charAt(0) != '{' || segment.charAt(length - 1) != '}') {
      return null;
    }
    int close = placeholderEnd(segment, 0);
    return close == length - 1 ? segment.substring(1, close) : null;
  }

  /**
   * The index of the '}' closing the placeholder opened at {@code open}, or -1 when no placeholder
   * starts there (an empty name, a '/' or no '}' before the end).
   */
  private static int placeholderEnd(String segment, int open) {
    for (int i = open + 1; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '}') {
        return i > open + 1 ? i : -1;
      }
      if (c == '/') {
        return -1;
      }
    }
    return -1;
  }

  private static String fill(String segment, Map<String, String> params) {
    StringBuilder out = new StringBuilder(segment.length() + 16);
    int at = 0;
    for (int open = segment.indexOf('{'); open >= 0; open = segment.indexOf('{', open + 1)) {
      int close = placeholderEnd(segment, open);
      if (close < 0) {
        continue;
      }
      out.append(encodeLiteral(segment.substring(at, open)));
      String name = segment.substring(open + 1, close);
      String value = params.get(name);
      if (value == null) {
        throw new IllegalArgumentException(name + " is required");
      }
      out.append(encode(name, value));
      at = close + 1;
      open = close;
    }
    out.append(encodeLiteral(segment.substring(at)));
    return out.toString();
  }

  private static String encode(String name, String value) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    if (value.equals(".") || value.equals("..")) {
      throw new IllegalArgumentException(name + " must not be \".\" or \"..\"");
    }
    return encodeLiteral(value);
  }

  /** RFC 3986 percent-encoding of everything but the unreserved characters. */
  static String encodeLiteral(String text) {
    if (isUnreserved(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  private static boolean isUnreserved(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~')) {
        return false;
      }
    }
    return true;
  }
}
