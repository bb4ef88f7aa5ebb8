package dev.quartet.conformance;

import com.github.tomakehurst.wiremock.junit.Stubbing;
import dev.quartet.core.ClientBuilder;
import dev.quartet.core.RequestOptions;
import dev.quartet.core.SdkClient;
import dev.quartet.core.retry.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.OkHttpClient;

/** One API's client as the conformance suite drives it: how it authenticates and two representative calls. */
interface ApiCase {
  /** A header the caller adds through {@link RequestOptions}; it must never reach another host. */
  String CALLER_HEADER = "X-Caller-Secret";
  String CALLER_SECRET = "caller-header-secret-5tq8";

  String name();

  /** Stubs a working credential endpoint, if the API has one. */
  void stubCredentials(Stubbing server);

  /** The token or login endpoint, when the API has one. */
  Optional<Endpoint> credentialEndpoint();

  /** A representative read. */
  Op get();

  /** A representative create, when the API has one. */
  Optional<Op> post();

  /** A client on {@code baseUrl} sharing {@code http}'s pool, with the caller header set through per-call options. */
  default Session open(String baseUrl, OkHttpClient http, RetryPolicy retries, Duration timeout) {
    return open(baseUrl, http, retries, timeout, false);
  }

  /** {@link #open(String, OkHttpClient, RetryPolicy, Duration)} with the builder's {@code strictDecoding} set. */
  Session open(String baseUrl, OkHttpClient http, RetryPolicy retries, Duration timeout, boolean strict);

  /** {@link #get()}'s answer with one declared property holding a value of the wrong JSON type. */
  String getBodyWithMisfit();

  /** Every credential in play: the configured secret first, then the token or cookie the stubs issue, then the rest. */
  List<String> secrets();

  /** The variables {@code fromEnv} reads for a client of the server at {@code serverUrl}, with this case's credentials. */
  Map<String, String> env(String serverUrl);

  /** The header the credentials of {@link #env} put on an API call, once {@link #stubCredentials} answers. */
  Header envCredential();

  /** The client's {@code builder()}, as the builder type all four share. */
  ClientBuilder<?> builder();

  /** The client's static {@code fromEnv(env)}. */
  SdkClient fromEnv(Map<String, String> env);

  /** A session over the client {@code builder} (one of {@link #builder()}'s) builds. */
  Session session(ClientBuilder<?> builder);


  /** Per-call options every session uses. */
  static RequestOptions callerOptions() {
    return RequestOptions.builder().header(CALLER_HEADER, CALLER_SECRET).build();
  }

  /** A header name and its exact value. */
  record Header(String name, String value) {}

  /** A method and path the suite stubs, and the credential endpoint's root (for another host's redirect). */
  record Endpoint(String method, String path) {}

  /** A built client and the calls the suite makes on it. */
  interface Session extends AutoCloseable {
    Object call(Op op);

    /** The client that owns the transport. */
    SdkClient client();

    /** The client's and its builder's {@code toString()}. */
    String describe();

    @Override
    void close();
  }

  /** One call: what the server sees, a body that satisfies it, and how to make it. */
  record Op(String method, String path, String okBody, int okStatus) {
    boolean isPost() {
      return method.equals("POST");
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }
}
