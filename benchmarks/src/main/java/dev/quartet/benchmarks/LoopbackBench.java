package dev.quartet.benchmarks;

import dev.quartet.benchmarks.server.BenchServer;
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
 * Every case over loopback HTTP against one {@link BenchServer}, one caller thread. Method names are
 * {@code <case>_<variant>}; the table printer groups on that.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LoopbackBench {
  /** The server and every case's clients, built once per fork with each variant's default settings. */
  @State(Scope.Benchmark)
  public static class Env {
    BenchServer server;
    HomeStretchCase hs;
    OnePageCrmCase crm;
    PlatformCase platform;
    CitypointCase cp;

    @Setup(Level.Trial)
    public void start() throws Exception {
      Routes routes = new Routes();
      HomeStretchCase.routes(routes);
      OnePageCrmCase.routes(routes);
      PlatformCase.routes(routes);
      CitypointCase.routes(routes);
      server = BenchServer.start(routes, 8);
      hs = new HomeStretchCase(server.url(), null);
      crm = new OnePageCrmCase(server.url(), null);
      platform = new PlatformCase(server.url(), null);
      cp = new CitypointCase(server.url(), null);
      hs.check();
      crm.check();
      platform.check();
      cp.check();
    }

    @TearDown(Level.Trial)
    public void stop() {
      hs.close();
      crm.close();
      platform.close();
      cp.close();
      server.close();
    }
  }

  @Benchmark
  public Object getPlace_raw(Env env) {
    return env.hs.rawGet();
  }

  @Benchmark
  public Object getPlace_sdk(Env env) {
    return env.hs.sdkGet();
  }

  @Benchmark
  public Object getPlace_stock(Env env) throws ApiException {
    return env.hs.stockGet();
  }

  @Benchmark
  public List<?> listPlaces150_raw(Env env) {
    return env.hs.rawList();
  }

  @Benchmark
  public List<?> listPlaces150_sdk(Env env) {
    return env.hs.sdkList();
  }

  @Benchmark
  public List<?> listPlaces150_stock(Env env) throws ApiException {
    return env.hs.stockList();
  }

  @Benchmark
  public Object getContact_raw(Env env) {
    return env.crm.rawGet();
  }

  @Benchmark
  public Object getContact_sdk(Env env) {
    return env.crm.sdkGet();
  }

  @Benchmark
  public List<?> listContacts100_raw(Env env) {
    return env.crm.rawList();
  }

  @Benchmark
  public List<?> listContacts100_sdk(Env env) {
    return env.crm.sdkList();
  }

  @Benchmark
  public List<?> platformList10k_raw(Env env) {
    return env.platform.rawList();
  }

  @Benchmark
  public List<?> platformList10k_sdk(Env env) {
    return env.platform.sdkList();
  }

  @Benchmark
  public List<?> citypointPage100_raw(Env env) {
    return env.cp.rawPage();
  }

  @Benchmark
  public List<?> citypointPage100_sdk(Env env) {
    return env.cp.sdkPage();
  }
}
