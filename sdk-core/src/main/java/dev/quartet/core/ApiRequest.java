package dev.quartet.core;

import dev.quartet.core.http.CredentialExchange;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import okhttp3.RequestBody;

/**
 * One API call described independently of the transport: method, path template with its
 * parameters, query, headers and body. Built by the generated API classes and by hand-written helpers;
 * {@link ApiInvoker} turns it into an HTTP request.
 */
public final class ApiRequest {
  private final String method;
  private final String path;
  private final Map<String, String> pathParams;
  private final Map<String, String> multiSegmentParams;
  private final List<Map.Entry<String, String>> query;
  private final List<Map.Entry<String, String>> headers;
  private final List<Map.Entry<String, String>> form;
  private final Object jsonBody;
  private final RequestBody rawBody;
  private final String contentType;
  private final boolean authenticated;
  private final CredentialExchange credentialExchange;

  private ApiRequest(Builder b) {
    this.method = b.method;
    this.path = b.path;
    this.pathParams = b.pathParams == null ? Map.of() : Map.copyOf(b.pathParams);
    this.multiSegmentParams = b.multiSegmentParams == null ? Map.of() : Map.copyOf(b.multiSegmentParams);
    this.query = b.query == null ? List.of() : List.copyOf(b.query);
    this.headers = b.headers == null ? List.of() : List.copyOf(b.headers);
    this.form = b.form == null ? List.of() : List.copyOf(b.form);
    this.jsonBody = b.jsonBody;
    this.rawBody = b.rawBody;
    this.contentType = b.contentType;
    this.authenticated = b.authenticated;
    this.credentialExchange = b.credentialExchange;
  }

  /**
   * {@return a builder for a request}
   *
   * @param method the HTTP method
   * @param path the path template, e.g. {@code /places/{id}}
   */
  public static Builder builder(String method, String path) {
    return new Builder(method, path);
  }

  /** {@return the HTTP method} */
  public String method() {
    return method;
  }

  /** {@return the path template, e.g. {@code /places/{id}}} */
  public String path() {
    return path;
  }

  /** {@return the path parameters, each one encoded segment} */
  public Map<String, String> pathParams() {
    return pathParams;
  }

  /** {@return path parameters whose value may span several segments (split on {@code /}, each encoded)} */
  public Map<String, String> multiSegmentParams() {
    return multiSegmentParams;
  }

  /** {@return the query parameters, in order} */
  public List<Map.Entry<String, String>> query() {
    return query;
  }

  /** {@return the headers, in order} */
  public List<Map.Entry<String, String>> headers() {
    return headers;
  }

  /** {@return the form fields, in order} */
  public List<Map.Entry<String, String>> form() {
    return form;
  }

  /** {@return the JSON body, or null} */
  public Object jsonBody() {
    return jsonBody;
  }

  /** {@return the ready-made body, or null} */
  public RequestBody rawBody() {
    return rawBody;
  }

  /** {@return the media type of the JSON body, or null for {@code application/json}} */
  public String contentType() {
    return contentType;
  }

  /** {@return whether the request carries the client's credentials} */
  public boolean authenticated() {
    return authenticated;
  }

  /** {@return how this token or login request may be repeated; null for an ordinary call} */
  public CredentialExchange credentialExchange() {
    return credentialExchange;
  }

  /**
   * This request as a single-use credential exchange (a refresh-token grant): retried only when it
   * never reached the server, so a rotated refresh token is never spent twice.
   *
   * @return a copy of this request marked single-use
   */
  public ApiRequest singleUse() {
    Builder b = toBuilder();
    b.credentialExchange = CredentialExchange.SINGLE_USE;
    b.authenticated = false;
    return b.build();
  }

  /** {@return a builder holding everything this request holds} */
  public Builder toBuilder() {
    Builder b = new Builder(method, path);
    // The request's own immutable collections: the builder copies one only when something is added.
    b.pathParams = pathParams.isEmpty() ? null : pathParams;
    b.multiSegmentParams = multiSegmentParams.isEmpty() ? null : multiSegmentParams;
    b.query = query.isEmpty() ? null : query;
    b.headers = headers.isEmpty() ? null : headers;
    b.form = form.isEmpty() ? null : form;
    b.jsonBody = jsonBody;
    b.rawBody = rawBody;
    b.contentType = contentType;
    b.authenticated = authenticated;
    b.credentialExchange = credentialExchange;
    return b;
  }

  /** Values are left out: they may carry credentials. */
  @Override
  public String toString() {
    return "ApiRequest{" + method + " " + path + "}";
  }

  /**
   * {@return the text form of a parameter value: ISO-8601 for dates, comma-joined for collections}
   *
   * @param value a value or a collection of values; null becomes {@code "null"}
   */
  public static String format(Object value) {
    if (value instanceof Collection<?> items) {
      StringJoiner joined = new StringJoiner(",");
      items.forEach(item -> joined.add(format(item)));
      return joined.toString();
    }
    if (value instanceof Instant || value instanceof OffsetDateTime) {
      return value.toString();
    }
    return String.valueOf(value);
  }

  /** Builds an {@link ApiRequest}. */
  public static final class Builder {
    private final String method;
    private final String path;
    // Null until first used: most calls fill two or three of them.
    private Map<String, String> pathParams;
    private Map<String, String> multiSegmentParams;
    private List<Map.Entry<String, String>> query;
    private List<Map.Entry<String, String>> headers;
    private List<Map.Entry<String, String>> form;
    private Object jsonBody;
    private RequestBody rawBody;
    private String contentType = "application/json";
    private boolean authenticated = true;
    private CredentialExchange credentialExchange;

    private Builder(String method, String path) {
      this.method = Checks.required("method", method);
      this.path = Checks.required("path", path);
    }

    // The first entry goes into an immutable one-entry collection, which the request then keeps as
    // it is (List.copyOf and Map.copyOf do not copy those); a second one switches to a growable copy.
    private static <E> List<E> plus(List<E> list, E item) {
      if (list == null) {
        return List.of(item);
      }
      List<E> growable = list instanceof ArrayList<E> a ? a : new ArrayList<>(list);
      growable.add(item);
      return growable;
    }

    private static Map<String, String> plus(Map<String, String> map, String name, String value) {
      if (map == null) {
        return Map.of(name, value);
      }
      Map<String, String> growable = map instanceof LinkedHashMap<String, String> m ? m : new LinkedHashMap<>(map);
      growable.put(name, value);
      return growable;
    }

    /**
     * A path parameter; its value becomes exactly one encoded segment.
     *
     * @param name the placeholder in the path template, without braces
     * @param value the value; required, and its text must not be empty
     * @return this builder
     */
    public Builder path(String name, Object value) {
      String text = format(Checks.required(name, value));
      if (text.isEmpty()) {
        throw new IllegalArgumentException(name + " must not be empty");
      }
      pathParams = plus(pathParams, name, text);
      return this;
    }

    /**
     * A path parameter that may span segments ({@code tables/abc/rows}); each segment is encoded.
     *
     * @param name the placeholder in the path template, without braces
     * @param value the value, with {@code /} between segments
     * @return this builder
     */
    public Builder pathSegments(String name, String value) {
      multiSegmentParams = plus(multiSegmentParams, name, Checks.notBlank(name, value));
      return this;
    }

    /**
     * A query parameter; null values are skipped, collections are comma-joined.
     *
     * @param name the query parameter name
     * @param value the value; null: the parameter is left out
     * @return this builder
     */
    public Builder query(String name, Object value) {
      if (value != null) {
        query = plus(query, Map.entry(name, format(value)));
      }
      return this;
    }

    /**
     * A query parameter repeated once per item ({@code a=1&a=2}).
     *
     * @param name the query parameter name
     * @param values the values, one parameter each; null: none
     * @return this builder
     */
    public Builder queryEach(String name, Collection<?> values) {
      if (values != null) {
        values.forEach(v -> query(name, v));
      }
      return this;
    }

    /**
     * A header; null values are skipped.
     *
     * @param name the header name
     * @param value its value
     * @return this builder
     */
    public Builder header(String name, Object value) {
      if (value != null) {
        headers = plus(headers, Map.entry(name, format(value)));
      }
      return this;
    }

    /**
     * A JSON body, serialized with the client's mapper.
     *
     * @param body the object to serialize
     * @return this builder
     */
    public Builder body(Object body) {
      this.jsonBody = body;
      return this;
    }

    /**
     * A ready-made body (multipart, binary).
     *
     * @param body the request body as OkHttp sends it
     * @return this builder
     */
    public Builder rawBody(RequestBody body) {
      this.rawBody = body;
      return this;
    }

    /**
     * A field of an {@code application/x-www-form-urlencoded} body; null values are skipped.
     *
     * @param name the form field name
     * @param value the value; null: the field is left out
     * @return this builder
     */
    public Builder form(String name, Object value) {
      if (value != null) {
        form = plus(form, Map.entry(name, format(value)));
      }
      return this;
    }

    /**
     * The media type of a JSON body (e.g. {@code application/vnd.api+json}).
     *
     * @param contentType the content type
     * @return this builder
     */
    public Builder contentType(String contentType) {
      this.contentType = Checks.required("contentType", contentType);
      return this;
    }

    /**
     * Sends the request without credentials (token and login requests).
     *
     * @return this builder
     */
    public Builder unauthenticated() {
      this.authenticated = false;
      return this;
    }

    /**
     * Marks a token or login request: sent without the client's credentials, its body carries its
     * own. It never follows a redirect, is never logged with its bodies, and is retried like an
     * idempotent call (see {@link ApiRequest#singleUse()} for a refresh grant).
     *
     * @return this builder
     */
    public Builder credentialExchange() {
      this.authenticated = false;
      this.credentialExchange = CredentialExchange.REPEATABLE;
      return this;
    }

    /** {@return the request} */
    public ApiRequest build() {
      return new ApiRequest(this);
    }
  }
}
