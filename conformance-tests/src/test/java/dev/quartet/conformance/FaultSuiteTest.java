package dev.quartet.conformance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.requestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit.Stubbing;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.quartet.conformance.ApiCase.Op;
import dev.quartet.conformance.ApiCase.Session;
import dev.quartet.core.errors.ApiConnectionException;
import dev.quartet.core.errors.ApiTimeoutException;
import dev.quartet.core.errors.AuthenticationException;
import dev.quartet.core.errors.InternalServerException;
import dev.quartet.core.errors.RateLimitException;
import dev.quartet.core.errors.RedirectRefusedException;
import dev.quartet.core.errors.SdkException;
import dev.quartet.core.errors.UnreadableResponseException;
import dev.quartet.core.retry.RetryPolicy;
import dev.quartet.core.testing.LogCapture;
import dev.quartet.core.testing.RecordingSleeper;
import dev.quartet.platform.AuthMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same faults, sloppy answers and hostile redirects against all four clients. Every cell checks
 * the outcome, the attempts the server saw, that no POST ran twice, that no credential reached the
 * other host, the log or the exception, and that no connection is left in use.
 */
class FaultSuiteTest {
  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /** Where hostile redirects point. */
  @RegisterExtension
  static WireMockExtension other = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final List<ApiCase> APIS = List.of(
      new HomeStretchCase(), new PlatformCase(AuthMode.TOKEN), new CitypointCase(), new OnePageCrmCase());
  static final int MAX_RETRIES = 2;
  static final Duration TIMEOUT = Duration.ofSeconds(10);
  static final Duration SHORT_TIMEOUT = Duration.ofMillis(600);
  static final String HTML_500 = "<html><head><title>500 Internal Server Error</title></head><body>nginx</body></html>";

  private static int cellsRun;

  /** One cell of the matrix: an API, a call, a way the server misbehaves and what must follow. */
  record Cell(ApiCase api, Op op, String fault, Consumer<Context> arrange, Expect expect) {
    @Override
    public String toString() {
      return api.name() + " " + op + ": " + fault;
    }
  }

  /** What a cell must end with. {@code type} null means success. */
  record Expect(Class<? extends Throwable> type, String messagePart, int attempts, int otherHostRequests,
      Duration slept, Duration timeout) {
    static Expect success(int attempts) {
      return new Expect(null, null, attempts, 0, null, TIMEOUT);
    }

    static Expect failure(Class<? extends Throwable> type, String messagePart, int attempts) {
      return new Expect(type, messagePart, attempts, 0, null, TIMEOUT);
    }

    Expect otherHost(int requests) {
      return new Expect(type, messagePart, attempts, requests, slept, timeout);
    }

    Expect slept(Duration wait) {
      return new Expect(type, messagePart, attempts, otherHostRequests, wait, timeout);
    }

    Expect timeout(Duration callTimeout) {
      return new Expect(type, messagePart, attempts, otherHostRequests, slept, callTimeout);
    }
  }

  /** What a cell's arrangement works on. */
  record Context(Stubbing api, WireMockExtension other, Op op) {
    void answer(ResponseDefinitionBuilder answer) {
      api.stubFor(request(op.method(), urlPathEqualTo(op.path())).willReturn(answer));
    }

    /** {@code failures} bad answers, then the documented one. */
    void failThenSucceed(int failures, ResponseDefinitionBuilder failure) {
      String state = Scenario.STARTED;
      for (int i = 1; i <= failures; i++) {
        api.stubFor(request(op.method(), urlPathEqualTo(op.path())).inScenario("faults").whenScenarioStateIs(state)
            .willReturn(failure).willSetStateTo("after-" + i));
        state = "after-" + i;
      }
      api.stubFor(request(op.method(), urlPathEqualTo(op.path())).inScenario("faults").whenScenarioStateIs(state)
          .willReturn(ok(op)));
    }

    String otherUrl() {
      return other.baseUrl() + op.path();
    }
  }

  static ResponseDefinitionBuilder ok(Op op) {
    return aResponse().withStatus(op.okStatus()).withHeader("Content-Type", "application/json").withBody(op.okBody());
  }

  static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  static Stream<Cell> cells() {
    List<Cell> cells = new ArrayList<>();
    for (ApiCase api : APIS) {
      List<Op> ops = new ArrayList<>(List.of(api.get()));
      api.post().ifPresent(ops::add);
      for (Op op : ops) {
        boolean get = !op.isPost();
        for (Fault fault : List.of(Fault.CONNECTION_RESET_BY_PEER, Fault.EMPTY_RESPONSE,
            Fault.MALFORMED_RESPONSE_CHUNK, Fault.RANDOM_DATA_THEN_CLOSE)) {
          cells.add(new Cell(api, op, fault.name() + " once", c -> c.failThenSucceed(1, aResponse().withFault(fault)),
              get ? Expect.success(2) : Expect.failure(ApiConnectionException.class, op.method() + " ", 1)));
        }
        cells.add(new Cell(api, op, "answer slower than the call timeout", c -> c.answer(ok(op).withFixedDelay(3000)),
            Expect.failure(ApiTimeoutException.class, "timed out", 1).timeout(SHORT_TIMEOUT)));
        cells.add(new Cell(api, op, "429 Retry-After in seconds",
            c -> c.failThenSucceed(1, json(429, "{}").withHeader("Retry-After", "2")),
            get ? Expect.success(2).slept(Duration.ofSeconds(2)) : Expect.failure(RateLimitException.class, "429", 1)));
        cells.add(new Cell(api, op, "429 Retry-After as an HTTP-date",
            c -> c.failThenSucceed(1, json(429, "{}").withHeader("Retry-After", httpDate(Instant.now().plusSeconds(4)))),
            get ? Expect.success(2) : Expect.failure(RateLimitException.class, "429", 1)));
        cells.add(new Cell(api, op, "429 Retry-After a day away",
            c -> c.answer(json(429, "{}").withHeader("Retry-After", "86400")),
            Expect.failure(RateLimitException.class, "429", 1)));
        cells.add(new Cell(api, op, "503 twice, then 200", c -> c.failThenSucceed(2, json(503, "{}")),
            get ? Expect.success(3) : Expect.failure(InternalServerException.class, "503", 1)));
        cells.add(new Cell(api, op, "500 with an HTML page",
            c -> c.answer(aResponse().withStatus(500).withHeader("Content-Type", "text/html").withBody(HTML_500)),
            Expect.failure(InternalServerException.class, "500", 1)));
        cells.add(new Cell(api, op, "2xx with an empty body", c -> c.answer(aResponse().withStatus(op.okStatus())),
            Expect.failure(UnreadableResponseException.class, "empty body", 1)));
        cells.add(new Cell(api, op, "2xx with an HTML body",
            c -> c.answer(aResponse().withStatus(op.okStatus()).withHeader("Content-Type", "text/html").withBody(HTML_500)),
            Expect.failure(UnreadableResponseException.class, "not JSON", 1)));
        cells.add(new Cell(api, op, "2xx with a truncated body",
            c -> c.answer(json(op.okStatus(), op.okBody().substring(0, op.okBody().length() / 2))),
            Expect.failure(UnreadableResponseException.class, "not the expected", 1)));
        cells.add(new Cell(api, op, "2xx with an array instead of an object",
            c -> c.answer(json(op.okStatus(), "[" + op.okBody() + "]")),
            Expect.failure(UnreadableResponseException.class, "not the expected", 1)));
        for (int status : List.of(301, 302, 307)) {
          cells.add(new Cell(api, op, status + " to another host", c -> {
            c.answer(aResponse().withStatus(status).withHeader("Location", c.otherUrl()));
            c.other().stubFor(any(anyUrl()).willReturn(ok(op)));
          }, get ? Expect.success(1).otherHost(1) : Expect.failure(RedirectRefusedException.class, status + " redirect to", 1)));
        }
        cells.add(new Cell(api, op, "401 on every call", c -> c.answer(json(401, "{\"message\":\"unauthorized\"}")),
            Expect.failure(AuthenticationException.class, "401", 1)));
      }
      api.credentialEndpoint().ifPresent(endpoint -> {
        for (int status : List.of(301, 302, 307)) {
          cells.add(new Cell(api, api.get(), status + " to another host on " + endpoint.path(), c -> {
            c.api().stubFor(request(endpoint.method(), urlPathEqualTo(endpoint.path()))
                .willReturn(aResponse().withStatus(status).withHeader("Location", c.other().baseUrl() + endpoint.path())));
            c.other().stubFor(any(anyUrl()).willReturn(ok(api.get())));
          }, Expect.failure(RedirectRefusedException.class, "requests that carry credentials never follow redirects", 0)));
        }
        String secretLooking = api.secrets().get(1); // an issued token: it must not be quoted anywhere
        cells.add(new Cell(api, api.get(), "a bare JSON string from " + endpoint.path(),
            c -> c.api().stubFor(request(endpoint.method(), urlPathEqualTo(endpoint.path()))
                .willReturn(json(200, "\"" + secretLooking + "\""))),
            Expect.failure(UnreadableResponseException.class, "not the expected", 0)));
        cells.add(new Cell(api, api.get(), "an object without the token from " + endpoint.path(),
            c -> c.api().stubFor(request(endpoint.method(), urlPathEqualTo(endpoint.path()))
                .willReturn(json(200, "{\"note\":\"" + secretLooking + "\"}"))),
            Expect.failure(SdkException.class, "answered without", 0)));
      });
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cells")
  void cell(Cell cell) {
    ApiCase api = cell.api();
    api.stubCredentials(server);
    Context context = new Context(server, other, cell.op());
    cell.arrange().accept(context);

    RecordingSleeper sleeper = new RecordingSleeper();
    RetryPolicy retries = RetryPolicy.builder().maxRetries(MAX_RETRIES).initialBackoff(Duration.ofMillis(100))
        .maxBackoff(Duration.ofSeconds(10)).totalBudget(Duration.ofSeconds(60)).sleeper(sleeper).jitter(() -> 1.0).build();
    OkHttpClient http = new OkHttpClient();
    Object result = null;
    Throwable thrown;
    String log;
    try (LogCapture logs = new LogCapture(); Session session = api.open(server.baseUrl(), http, retries, cell.expect().timeout())) {
      thrown = catchThrowable(() -> session.call(cell.op()));
      log = logs.all();
      Secrets.assertAbsent("toString()", session.describe(), api);
    }

    Expect expect = cell.expect();
    if (expect.type() == null) {
      assertThat(thrown).as("outcome").isNull();
    } else {
      assertThat(thrown).as("outcome").isInstanceOf(expect.type()).hasMessageContaining(expect.messagePart());
    }
    int attempts = server.countRequestsMatching(
        requestedFor(cell.op().method(), urlPathEqualTo(cell.op().path())).build()).getCount();
    assertThat(attempts).as("attempts the server saw").isEqualTo(expect.attempts());
    if (cell.op().isPost()) {
      assertThat(attempts).as("a POST runs at most once").isLessThanOrEqualTo(1);
    }
    if (expect.slept() != null) {
      assertThat(sleeper.sleeps()).as("waits").containsExactly(expect.slept());
    }
    List<LoggedRequest> elsewhere = other.findAll(anyRequestedFor(anyUrl()));
    assertThat(elsewhere).as("requests on the other host").hasSize(expect.otherHostRequests());
    for (LoggedRequest r : elsewhere) {
      assertThat(r.getMethod().getName()).isIn("GET", "HEAD");
      assertThat(r.containsHeader("Authorization")).as("Authorization on the other host").isFalse();
      assertThat(r.containsHeader("Cookie")).as("Cookie on the other host").isFalse();
      assertThat(r.containsHeader(ApiCase.CALLER_HEADER)).as("caller header on the other host").isFalse();
      Secrets.assertAbsent("the other host's request", r.getHeaders().toString() + r.getBodyAsString(), api);
    }
    Secrets.assertAbsent("the log", log, api);
    Secrets.assertAbsent("the exception", Secrets.describe(thrown), api);
    assertNoConnectionInUse(http.connectionPool());
    http.dispatcher().executorService().shutdown();
    cellsRun++;
  }

  static void assertNoConnectionInUse(ConnectionPool pool) {
    long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
    while (pool.connectionCount() - pool.idleConnectionCount() > 0 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(pool.connectionCount() - pool.idleConnectionCount()).as("connections in use").isZero();
    pool.evictAll();
  }

  private static String httpDate(Instant at) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atZone(ZoneOffset.UTC));
  }

  @AfterAll
  static void report() {
    System.out.println("[fault suite] " + cellsRun + " cells passed over " + APIS.size() + " clients");
  }
}
