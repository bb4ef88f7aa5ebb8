package dev.quartet.core;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Expands a path template against a base URL. Each parameter value is percent-encoded as data, so
 * {@code /}, {@code ?}, {@code #} and spaces inside an id cannot change the path. A value that is
 * exactly {@code .} or {@code ..} is refused: URL rules turn such a segment into a directory step
 * however it is encoded.
 */
final class PathEncoder {
  private static final Pattern PARAM = Pattern.compile("\\{([^}/]+)}");

  private PathEncoder() {}

  static HttpUrl.Builder expand(HttpUrl base, ApiRequest request) {
    HttpUrl.Builder url = base.newBuilder();
    int last = base.pathSize() - 1;
    if (last >= 0 && base.pathSegments().get(last).isEmpty()) {
      url.removePathSegment(last);
    }
    String path = request.path();
    int at = 0;
    int length = path.length();
    while (at < length) {
      int slash = path.indexOf('/', at);
      int end = slash < 0 ? length : slash;
      if (end > at) {
        addSegment(url, path.substring(at, end), request);
      }
      at = end + 1;
    }
    return url;
  }

  private static void addSegment(HttpUrl.Builder url, String segment, ApiRequest request) {
    if (segment.indexOf('{') < 0) {
      url.addEncodedPathSegment(encodeLiteral(segment));
      return;
    }
    String whole = wholeParam(segment);
    if (whole != null && request.multiSegmentParams().containsKey(whole)) {
      for (String part : request.multiSegmentParams().get(whole).split("/", -1)) {
        url.addEncodedPathSegment(encode(whole, part));
      }
      return;
    }
    url.addEncodedPathSegment(fill(segment, request.pathParams()));
  }

  private static String wholeParam(String segment) {
    Matcher m = PARAM.matcher(segment);
    return m.matches() ? m.group(1) : null;
  }

  private static String fill(String segment, Map<String, String> params) {
    Matcher m = PARAM.matcher(segment);
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (m.find()) {
      out.append(encodeLiteral(segment.substring(at, m.start())));
      String name = m.group(1);
      String value = params.get(name);
      if (value == null) {
        throw new IllegalArgumentException(name + " is required");
      }
      out.append(encode(name, value));
      at = m.end();
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
