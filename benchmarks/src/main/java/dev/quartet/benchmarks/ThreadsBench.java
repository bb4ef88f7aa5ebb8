package dev.quartet.benchmarks;

import dev.quartet.benchmarks.server.BenchServer;
import dev.quartet.benchmarks.server.Routes;
import dev.quartet.benchmarks.stock.homestretch.invoker.ApiException;
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
import org.openjdk.jmh.annotations.Threads;

/** HomeStretch get-one-place from 32 threads sharing one client per variant (throughput summed over threads). */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(32)
public class ThreadsBench {
  /** One server and one client of each variant, shared by all 32 threads. */
  @State(Scope.Benchmark)
  public static class Env {
    BenchServer server;
    HomeStretchCase hs;

    @Setup(Level.Trial)
    public void start() throws Exception {
      server = BenchServer.start(HomeStretchCase.routes(new Routes()), 8);
      hs = new HomeStretchCase(server.url(), null);
      hs.check();
    }

    @TearDown(Level.Trial)
    public void stop() {
      hs.close();
      server.close();
    }
  }

  @Benchmark
  public Object getPlace32t_raw(Env env) {
    return env.hs.rawGet();
  }

  @Benchmark
  public Object getPlace32t_sdk(Env env) {
    return env.hs.sdkGet();
  }

  @Benchmark
  public Object getPlace32t_stock(Env env) throws ApiException {
    return env.hs.stockGet();
  }
}
