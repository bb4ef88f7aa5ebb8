package dev.quartet.benchmarks;

import dev.quartet.benchmarks.server.InMemory;
import dev.quartet.benchmarks.server.Routes;
import dev.quartet.benchmarks.stock.homestretch.invoker.ApiException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The client side alone: OkHttp answered by an application interceptor ({@link InMemory}) with the
 * same bytes the loopback server sends. Average time per call, so the difference to raw is the
 * variant's own cost per call in µs (and {@code -prof gc}'s bytes per call, its allocation).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class InMemoryBench {
  /** Every variant on its own OkHttp client whose last interceptor answers from memory. */
  @State(Scope.Benchmark)
  public static class Env {
    HomeStretchCase hs;
    OnePageCrmCase crm;
    CitypointCase cp;

    @Setup(Level.Trial)
    public void start() throws Exception {
      Routes routes = new Routes();
      HomeStretchCase.routes(routes);
      OnePageCrmCase.routes(routes);
      CitypointCase.routes(routes);
      String url = "http://127.0.0.1:9"; // never connected to
      hs = new HomeStretchCase(url, InMemory.client(routes));
      crm = new OnePageCrmCase(url, InMemory.client(routes));
      cp = new CitypointCase(url, InMemory.client(routes));
      hs.check();
      crm.check();
      cp.check();
    }

    @TearDown(Level.Trial)
    public void stop() {
      hs.close();
      crm.close();
      cp.close();
    }
  }

  @Benchmark
  public Object memGetPlace_raw(Env env) {
    return env.hs.rawGet();
  }

  @Benchmark
  public Object memGetPlace_sdk(Env env) {
    return env.hs.sdkGet();
  }

  @Benchmark
  public Object memGetPlace_stock(Env env) throws ApiException {
    return env.hs.stockGet();
  }

  @Benchmark
  public List<?> memListPlaces150_raw(Env env) {
    return env.hs.rawList();
  }

  @Benchmark
  public List<?> memListPlaces150_sdk(Env env) {
    return env.hs.sdkList();
  }

  @Benchmark
  public List<?> memListPlaces150_stock(Env env) throws ApiException {
    return env.hs.stockList();
  }

  @Benchmark
  public Object memGetContact_raw(Env env) {
    return env.crm.rawGet();
  }

  @Benchmark
  public Object memGetContact_sdk(Env env) {
    return env.crm.sdkGet();
  }

  @Benchmark
  public List<?> memCitypointPage100_raw(Env env) {
    return env.cp.rawPage();
  }

  @Benchmark
  public List<?> memCitypointPage100_sdk(Env env) {
    return env.cp.sdkPage();
  }
}
