package dev.quartet.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.quartet.core.auth.FixedAuthorization;
import dev.quartet.core.errors.ApiConnectionException;
import dev.quartet.core.errors.ApiException;
import dev.quartet.core.errors.ApiTimeoutException;
import dev.quartet.core.errors.ErrorBodies;
import dev.quartet.core.errors.ErrorParser;
import dev.quartet.core.errors.SdkException;
import dev.quartet.core.errors.UnreadableResponseException;
import dev.quartet.core.http.CallDeadlines;
import dev.quartet.core.http.CarriedSdkException;
import dev.quartet.core.http.CredentialExchange;
import dev.quartet.core.http.OkHttpHeaders;
import dev.quartet.core.http.Pipeline;
import dev.quartet.core.http.ResponseBodies;
import dev.quartet.core.http.RetryOverride;
import dev.quartet.core.http.StreamingRead;
import dev.quartet.core.http.Unauthenticated;
import dev.quartet.core.http.UserAgentInterceptor;
import dev.quartet.core.json.JsonDecoder;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Executes {@link ApiRequest}s: builds the HTTP request against the base URL, sends it through the
 * client's OkHttp pipeline, decodes success bodies with the SDK's mapper and turns everything else
 * into the typed exceptions of {@code dev.quartet.core.errors}. Immutable and thread-safe;
 * {@link #withOptions(RequestOptions)} derives an invoker that shares the connection pool.
 */
public final class ApiInvoker {
  private final OkHttpClient http;
  private final HttpUrl baseUrl;
  private final JsonDecoder decoder;
  private final ErrorParser errorParser;
  private final RequestOptions options;
  /**
   * The user agent the client's first interceptor would set, or null: requests this invoker builds
   * carry it from the start, so that interceptor has no request to copy.
   */
  private final String userAgent;
  /** The {@code Authorization} of a fixed credential in the client's pipeline ({@link FixedAuthorization}), or null; set the same way. */
  private final String authorization;

  private ApiInvoker(OkHttpClient http, HttpUrl baseUrl, JsonDecoder decoder, ErrorParser errorParser, RequestOptions options) {
    this.http = Checks.required("http", http);
    this.baseUrl = Checks.required("baseUrl", baseUrl);
    this.decoder = Checks.required("decoder", decoder);
    this.errorParser = Checks.required("errorParser", errorParser);
    this.options = Checks.required("options", options);
    List<Interceptor> interceptors = http.interceptors();
    List<? extends Interceptor> first = !interceptors.isEmpty() && interceptors.get(0) instanceof Pipeline p ? p.stages() : interceptors;
    this.userAgent = !first.isEmpty() && first.get(0) instanceof UserAgentInterceptor ua ? ua.userAgent() : null;
    this.authorization = fixedAuthorization(interceptors);
  }

  /** The fixed header of the first authentication interceptor in the pipeline, or null (none, or not fixed). */
  private static String fixedAuthorization(List<? extends Interceptor> interceptors) {
    CarriedSdkException.Carrying auth = firstAuth(interceptors);
    return auth != null && auth.wrapped() instanceof FixedAuthorization fixed ? fixed.fixedHeader() : null;
  }

  private static CarriedSdkException.Carrying firstAuth(List<? extends Interceptor> interceptors) {
    for (Interceptor i : interceptors) {
      if (i instanceof CarriedSdkException.Carrying carrying) {
        return carrying;
      }
      CarriedSdkException.Carrying inside = i instanceof Pipeline p ? firstAuth(p.stages()) : null;
      if (inside != null) {
        return inside;
      }
    }
    return null;
  }

  /**
   * {@return an invoker for one API, decoding tolerantly (see {@link JsonDecoder})}
   *
   * @param http the client calls go through
   * @param baseUrl the API base URL, path included
   * @param mapper the JSON mapper for bodies
   * @param errorParser reads error answers
   */
  public static ApiInvoker create(OkHttpClient http, HttpUrl baseUrl, ObjectMapper mapper, ErrorParser errorParser) {
    return new ApiInvoker(http, baseUrl, JsonDecoder.lenient(mapper), errorParser, RequestOptions.none());
  }

  /**
   * {@return an invoker whose calls also carry {@code extra}; shares this one's HTTP client}
   *
   * @param extra options added to this invoker's for every call
   */
  public ApiInvoker withOptions(RequestOptions extra) {
    if (extra == RequestOptions.none()) {
      return this;
    }
    return new ApiInvoker(http, baseUrl, decoder, errorParser, options.merge(extra));
  }

  /**
   * {@return this invoker failing on any property that does not fit its type, or tolerating it}
   *
   * @param strict true to fail the whole answer on one misfit property
   */
  public ApiInvoker withStrictDecoding(boolean strict) {
    if (strict == decoder.isStrict()) {
      return this;
    }
    JsonDecoder other = strict ? JsonDecoder.strict(decoder.mapper()) : JsonDecoder.lenient(decoder.mapper());
    return new ApiInvoker(http, baseUrl, other, errorParser, options);
  }

  /** {@return the API base URL} */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /** {@return the JSON mapper for bodies} */
  public ObjectMapper mapper() {
    return decoder.mapper();
  }

  /** {@return the OkHttp client calls go through} */
  public OkHttpClient httpClient() {
    return http;
  }

  /**
   * Sends the request and decodes the body as {@code type} (null: no body expected).
   *
   * @param <T> the body type
   * @param request the operation's method, path, parameters and body
   * @param type the body type, or null
   * @return the status, headers and decoded body
   */
  public <T> ApiResponse<T> execute(ApiRequest request, TypeReference<T> type) {
    StreamingRead streaming = streaming(type);
    return execute(build(request, userAgent, authorization, streaming), type, null, streaming);
  }

  /**
   * Sends a prepared request (e.g. a server-given link, built from {@link #toHttpRequest}) through
   * this invoker's pipeline, with the same decoding and error typing as every other call.
   *
   * @param <T> the decoded type
   * @param httpRequest the request to send
   * @param type the body's type (null: no body expected)
   * @return the decoded answer with its status and headers
   */
  public <T> ApiResponse<T> execute(Request httpRequest, TypeReference<T> type) {
    StreamingRead streaming = streaming(type);
    Request tagged = streaming == null ? httpRequest : httpRequest.newBuilder().tag(StreamingRead.class, streaming).build();
    return execute(tagged, type, null, streaming);
  }

  /**
   * How a body of {@code type} is decoded while it arrives (null: no body expected). The retry layer
   * reads through it; a call it does not reach (not idempotent) reads through it in {@link #decode}.
   */
  private StreamingRead streaming(TypeReference<?> type) {
    if (type == null) {
      return null;
    }
    ObjectReader reader = decoder.readerFor(type);
    return new StreamingRead(in -> reader.readValue(in), ErrorBodies.MAX_CHARS);
  }

  /**
   * Sends a listing request whose answer is a JSON array and returns its items as a list decoded
   * item by item while it is iterated, from the buffered body (the connection is released before
   * this returns). Size, well-formedness and every error are as with {@link #execute(ApiRequest,
   * TypeReference)} of {@code listType}; a strict decoder's failure on one item surfaces from the
   * iteration as the same {@link UnreadableResponseException}.
   *
   * @param <T> the item type
   * @param request the listing request
   * @param listType the answer's type, a list of {@code itemType}
   * @param itemType the item type
   * @return the status, headers and lazily decoded items (null for a {@code null} body, as before)
   */
  public <T> ApiResponse<List<T>> executeItems(ApiRequest request, TypeReference<List<T>> listType, TypeReference<T> itemType) {
    return execute(sendable(request), listType, new Lazy(Checks.required("itemType", itemType), null, null), null);
  }

  /**
   * Sends a listing request whose items sit in an array inside an envelope (at {@code where}'s path,
   * e.g. {@code "result"} or {@code "data", "contacts"}) and returns the envelope decoded without
   * them and the items decoded one by one as they are iterated, from the buffered body (the
   * connection is released before this returns). Errors are those of {@link #execute(ApiRequest,
   * TypeReference)} of {@code envelopeType}; a body of another shape is decoded whole, its items
   * then taken with {@code where}'s {@code itemsOf}. A strict decoder's failure on one item surfaces from the
   * iteration as the same {@link UnreadableResponseException}.
   *
   * @param <E> the envelope type
   * @param <T> the item type
   * @param request the listing request
   * @param envelopeType the answer's type
   * @param where the item type, the path to the items and how to take them from a whole envelope
   * @return the status, headers, envelope and lazily decoded items (a null envelope for a {@code null} body)
   */
  public <E, T> ApiResponse<EnvelopedItems<E, T>> executeEnveloped(ApiRequest request, TypeReference<E> envelopeType,
      EnvelopedItems.At<E, T> where) {
    Checks.required("where", where);
    Object answer = execute(sendable(request), envelopeType,
        new Lazy(where.itemType(), where.path().toArray(new String[0]), where.itemsOf()), null);
    @SuppressWarnings("unchecked") // decode() answers the envelope and its items for a path
    ApiResponse<EnvelopedItems<E, T>> enveloped = (ApiResponse<EnvelopedItems<E, T>>) answer;
    return enveloped;
  }

  /**
   * {@link #executeItems} without blocking; cancelling the future cancels the HTTP call.
   *
   * @param <T> the item type
   * @param request the listing request
   * @param listType the answer's type, a list of {@code itemType}
   * @param itemType the item type
   * @return the future items, decoded item by item as they are iterated
   */
  public <T> CompletableFuture<List<T>> executeItemsAsyncBody(ApiRequest request, TypeReference<List<T>> listType, TypeReference<T> itemType) {
    return Futures.map(executeAsync(request, listType, new Lazy(Checks.required("itemType", itemType), null, null)), ApiResponse::body);
  }

  /** How a listing's items are read lazily: a top-level array (no path), or the array at a path in an envelope. */
  private record Lazy(TypeReference<?> itemType, String[] path, java.util.function.Function<?, ?> itemsOf) {}

  private <T> ApiResponse<T> execute(Request httpRequest, TypeReference<T> type, Lazy itemType, StreamingRead streaming) {
    Call call = http.newCall(httpRequest);
    long timeoutMillis = options.timeout() != null ? options.timeout().toMillis() : http.callTimeoutMillis();
    CallDeadlines.Armed deadline = null;
    if (timeoutMillis > 0) {
      // The same whole-call timeout, retries included, without waking okio's watchdog on every call.
      call.timeout().clearTimeout();
      deadline = CallDeadlines.arm(call, timeoutMillis);
    }
    try (Response response = call.execute()) {
      return decode(httpRequest, response, type, itemType, streaming);
    } catch (IOException e) {
      if (deadline != null && deadline.timedOut()) {
        throw timedOut(httpRequest, e);
      }
      throw failure(httpRequest, e);
    } finally {
      if (deadline != null) {
        deadline.close();
      }
    }
  }

  /**
   * Sends the request without blocking; cancelling the future cancels the HTTP call.
   *
   * @param <T> the body type
   * @param request the operation's method, path, parameters and body
   * @param type the body type, or null
   * @return the future response
   */
  public <T> CompletableFuture<ApiResponse<T>> executeAsync(ApiRequest request, TypeReference<T> type) {
    return executeAsync(request, type, null);
  }

  private <T> CompletableFuture<ApiResponse<T>> executeAsync(ApiRequest request, TypeReference<T> type, Lazy itemType) {
    Request httpRequest;
    StreamingRead streaming;
    try {
      streaming = itemType == null ? streaming(type) : null;
      httpRequest = build(request, userAgent, authorization, streaming);
    } catch (RuntimeException invalid) {
      return CompletableFuture.failedFuture(invalid);
    }
    Call call = newCall(httpRequest);
    CompletableFuture<ApiResponse<T>> future = new CancellingFuture<>(call);
    call.enqueue(new Callback() {
      @Override
      public void onResponse(Call c, Response response) {
        try (response) {
          future.complete(decode(httpRequest, response, type, itemType, streaming));
        } catch (IOException e) {
          future.completeExceptionally(failure(httpRequest, e));
        } catch (RuntimeException e) {
          future.completeExceptionally(e);
        }
      }

      @Override
      public void onFailure(Call c, IOException e) {
        future.completeExceptionally(failure(httpRequest, e));
      }
    });
    return future;
  }

  /**
   * Like {@link #executeAsync} but completes with the body only; cancelling still cancels the call.
   *
   * @param <T> the body type
   * @param request the operation's method, path, parameters and body
   * @param type the body type, or null
   * @return the future body
   */
  public <T> CompletableFuture<T> executeAsyncBody(ApiRequest request, TypeReference<T> type) {
    return Futures.map(executeAsync(request, type), ApiResponse::body);
  }

  /**
   * {@return the full URL the request goes to}
   *
   * @param request the operation's method, path and parameters
   */
  public HttpUrl url(ApiRequest request) {
    HttpUrl.Builder url = PathEncoder.expand(baseUrl, request);
    addQuery(url, request.query());
    addQuery(url, options.query());
    return url.build();
  }

  // Indexed loops here and below: the lists are short and random-access, and an iterator per list
  // per call is garbage the JIT does not always remove.
  private static void addQuery(HttpUrl.Builder url, List<Map.Entry<String, String>> query) {
    for (int i = 0; i < query.size(); i++) {
      url.addQueryParameter(query.get(i).getKey(), query.get(i).getValue());
    }
  }

  /**
   * {@return the OkHttp request for {@code request}; public so helpers can send it on other clients}
   *
   * @param request the operation to translate
   */
  public Request toHttpRequest(ApiRequest request) {
    return build(request, null, null, null);
  }

  /** The request this invoker sends: {@link #toHttpRequest} with the client's user agent set in the same build. */
  private Request sendable(ApiRequest request) {
    return build(request, userAgent, authorization, null);
  }

  private Request build(ApiRequest request, String userAgent, String authorization, StreamingRead streaming) {
    Request.Builder b = new Request.Builder().url(url(request));
    boolean accept = false;
    List<Map.Entry<String, String>> own = request.headers();
    for (int i = 0; i < own.size(); i++) {
      b.addHeader(own.get(i).getKey(), own.get(i).getValue());
      accept |= own.get(i).getKey().equalsIgnoreCase("Accept");
    }
    List<Map.Entry<String, String>> extra = options.headers();
    for (int i = 0; i < extra.size(); i++) {
      b.header(extra.get(i).getKey(), extra.get(i).getValue());
    }
    if (!accept) {
      b.header("Accept", "application/json");
    }
    if (userAgent != null && !hasUserAgent(request)) {
      b.header("User-Agent", userAgent); // what UserAgentInterceptor would set: it leaves a set one alone
    }
    if (!request.authenticated()) {
      b.tag(Unauthenticated.class, Unauthenticated.TAG);
    } else if (authorization != null) {
      b.header("Authorization", authorization); // what the fixed credential's interceptor sets: it then leaves the request as it is
    }
    if (request.credentialExchange() != null) {
      b.tag(CredentialExchange.class, request.credentialExchange());
    }
    RetryOverride retry = RetryOverride.of(options.retryPolicy(), options.maxRetries());
    if (retry != null) {
      b.tag(RetryOverride.class, retry);
    }
    if (streaming != null) {
      b.tag(StreamingRead.class, streaming);
    }
    b.method(request.method(), body(request));
    return b.build();
  }

  private boolean hasUserAgent(ApiRequest request) {
    return names(request.headers(), "User-Agent") || names(options.headers(), "User-Agent");
  }

  private static boolean names(List<Map.Entry<String, String>> headers, String name) {
    for (int i = 0; i < headers.size(); i++) {
      if (headers.get(i).getKey().equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  private RequestBody body(ApiRequest request) {
    if (request.rawBody() != null) {
      return request.rawBody();
    }
    if (!request.form().isEmpty()) {
      FormBody.Builder form = new FormBody.Builder(StandardCharsets.UTF_8);
      request.form().forEach(f -> form.add(f.getKey(), f.getValue()));
      return form.build();
    }
    if (request.jsonBody() != null) {
      try {
        return RequestBody.create(decoder.mapper().writeValueAsBytes(request.jsonBody()), MediaType.get(request.contentType()));
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("request body cannot be written as JSON: " + e.getOriginalMessage(), e);
      }
    }
    boolean needsBody = request.method().equals("POST") || request.method().equals("PUT") || request.method().equals("PATCH");
    return needsBody ? RequestBody.create(new byte[0], null) : null;
  }

  private Call newCall(Request request) {
    Call call = http.newCall(request);
    if (options.timeout() != null) {
      call.timeout().timeout(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
    }
    return call;
  }

  @SuppressWarnings("unchecked")
  private <T> ApiResponse<T> decode(Request request, Response response, TypeReference<T> type, Lazy itemType,
      StreamingRead streaming) throws IOException {
    int status = response.code();
    Headers headers = OkHttpHeaders.of(response.headers());
    if (status == 304) {
      return new ApiResponse<>(status, headers, null);
    }
    if (!response.isSuccessful()) {
      String text = ResponseBodies.read(response.body());
      throw ApiException.of(status, headers, text, errorParser.parse(status, headers, text));
    }
    if (type == null || status == 204) {
      return new ApiResponse<>(status, headers, null);
    }
    ResponseBody body = response.body();
    ObjectReader reader = decoder.readerFor(type);
    JavaType javaType = reader.getValueType();
    if (itemType != null) {
      byte[] bytes = body == null ? new byte[0] : body.bytes();
      if (bytes.length == 0) {
        throw emptyBody(request, status, headers, javaType);
      }
      java.util.function.Function<JsonDecoder.DecodingException, RuntimeException> failure =
          e -> unreadable(request, status, headers, bytes, javaType, e);
      if (itemType.path() != null) {
        return new ApiResponse<>(status, headers, (T) enveloped(request, status, headers, bytes, reader, itemType, failure));
      }
      List<?> items = decoder.lazyArray(bytes, itemType.itemType(), failure);
      if (items != null) {
        return new ApiResponse<>(status, headers, (T) items);
      }
      // not a well-formed array: decoded as a whole below, for the same value or error as ever
      try {
        return new ApiResponse<>(status, headers, decoder.decode(bytes, reader));
      } catch (JsonDecoder.DecodingException e) {
        throw unreadable(request, status, headers, bytes, javaType, e);
      }
    }
    if (streaming == null) {
      throw new IllegalStateException("no decoding for " + javaType); // every typed call but a lazy one streams
    }
    try {
      if (!streaming.isRead() && !streaming.readFrom(response)) {
        throw emptyBody(request, status, headers, javaType); // no body at all
      }
      Exception failure = streaming.failure();
      if (failure == null) {
        return new ApiResponse<>(status, headers, (T) streaming.value());
      }
      if (failure instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (streaming.length() == 0) {
        throw emptyBody(request, status, headers, javaType);
      }
      throw unreadable(request, status, headers, streaming.head(), javaType,
          JsonDecoder.failure((JsonProcessingException) failure, javaType));
    } finally {
      streaming.release(); // hands the kept head's segments back to okio's pool
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private EnvelopedItems<?, ?> enveloped(Request request, int status, Headers headers, byte[] bytes, ObjectReader reader,
      Lazy lazy, java.util.function.Function<JsonDecoder.DecodingException, RuntimeException> failure) {
    JavaType javaType = reader.getValueType();
    dev.quartet.core.json.EnvelopeSplit<?> split = decoder.splitEnvelope(bytes, lazy.path(), lazy.itemType(), failure);
    try {
      if (split != null) {
        return new EnvelopedItems<>(decoder.decode(split.envelope(), reader), split.items());
      }
      // another shape: decoded as a whole, for the same value or error as ever
      Object envelope = decoder.decode(bytes, reader);
      return new EnvelopedItems<>(envelope, envelope == null ? null : (List) ((java.util.function.Function) lazy.itemsOf()).apply(envelope));
    } catch (JsonDecoder.DecodingException e) {
      throw unreadable(request, status, headers, bytes, javaType, e);
    }
  }

  private static UnreadableResponseException emptyBody(Request request, int status, Headers headers, JavaType javaType) {
    String what = request.method() + " " + request.url().encodedPath();
    return new UnreadableResponseException(status, headers, "",
        what + " answered an empty body, expected " + typeName(javaType));
  }

  private static UnreadableResponseException unreadable(Request request, int status, Headers headers, byte[] bytes,
      JavaType javaType, JsonDecoder.DecodingException e) {
    String what = request.method() + " " + request.url().encodedPath();
    String text = CredentialExchange.isMarked(request)
        ? "" // the answer to a token or login request may hold a credential
        : new String(bytes, 0, Math.min(bytes.length, ErrorBodies.MAX_CHARS), StandardCharsets.UTF_8);
    return new UnreadableResponseException(status, headers, text,
        what + " answered a body that is not the expected " + typeName(javaType) + ": " + e.getMessage());
  }

  private static String typeName(JavaType type) {
    return type.getRawClass().getSimpleName();
  }

  private static SdkException timedOut(Request request, IOException e) {
    InterruptedIOException timeout = new InterruptedIOException("timeout"); // what OkHttp's call timeout throws
    timeout.initCause(e);
    return new ApiTimeoutException(request.method() + " " + request.url().encodedPath() + " timed out", timeout);
  }

  private static SdkException failure(Request request, IOException e) {
    if (e instanceof CarriedSdkException carried) {
      return carried.carried();
    }
    String what = request.method() + " " + request.url().encodedPath();
    if (e instanceof SocketTimeoutException || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()))) {
      return new ApiTimeoutException(what + " timed out", e);
    }
    return new ApiConnectionException(what + " failed: " + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), e);
  }

  @Override
  public String toString() {
    return "ApiInvoker{baseUrl=" + baseUrl + ", options=" + options + "}";
  }

  /** A future whose cancellation cancels the underlying HTTP call. */
  private static final class CancellingFuture<T> extends CompletableFuture<T> {
    private final Call call;

    CancellingFuture(Call call) {
      this.call = call;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      // Cancel the future first: the call's failure callback must find it already cancelled.
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      call.cancel();
      return cancelled;
    }
  }

}
