package dev.quartet.sandbox;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * The sandbox as its own process, on fixed ports, so an application in any language can be pointed at
 * it: {@code java -jar quartet-sandbox-<version>-standalone.jar [--port 8484] [--realtime-port 8485]
 * [--host 127.0.0.1] [--fault RULE]...}, or {@code ./mvnw -pl sandbox exec:java -Dexec.args="--port 8484"}. It prints
 * each API's base URL and credentials and runs until stopped (Ctrl-C).
 */
public final class SandboxMain {
  /** The HTTP port when {@code --port} is not given. */
  public static final int DEFAULT_PORT = 8484;
  /** The real-time port when {@code --realtime-port} is not given. */
  public static final int DEFAULT_REALTIME_PORT = 8485;

  private static final String USAGE = "usage: SandboxMain [--port N] [--realtime-port N] [--host ADDRESS] [--fault RULE]...\n"
      + "  --port           the HTTP APIs' port (default " + DEFAULT_PORT + "; 0 takes a free one)\n"
      + "  --realtime-port  the platform's real-time channels' port (default " + DEFAULT_REALTIME_PORT + "; 0 takes a free one)\n"
      + "  --host           the address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)\n"
      + "  --citypoint-token-lifetime  how long Citypoint access tokens last, e.g. 30s (default 12h)\n"
      + "  --platform-session-lifetime how long platform logins last, e.g. 10m (default 24h)\n"
      + "  --fault          trouble on purpose, repeatable: api=NAME[,method=GET][,path=REGEX][,latency=200ms]\n"
      + "                   [,429=SHARE][,retry-after=1s][,503=LENGTH/PERIOD][,reset=SHARE]\n"
      + "                   e.g. --fault api=citypoint,429=0.25,retry-after=2s";

  private SandboxMain() {}

  /**
   * Starts the sandbox and runs until the process is stopped.
   *
   * @param args {@code --port N}, {@code --realtime-port N}, {@code --host ADDRESS}, {@code --help}
   * @throws InterruptedException if the main thread is interrupted while the sandbox runs
   */
  public static void main(String[] args) throws InterruptedException {
    if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
      System.out.println(USAGE);
      return;
    }
    // The runnable jar logs through slf4j-simple: WireMock's and Jetty's start-up chatter stays out
    // unless asked for (-Dorg.slf4j.simpleLogger.defaultLogLevel=info).
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    Sandbox sandbox;
    try {
      sandbox = start(args, System.out);
    } catch (IllegalArgumentException bad) {
      System.err.println(bad.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sandbox.close();
      stopped.countDown();
    }, "sandbox-shutdown"));
    stopped.await();
  }

  /**
   * Starts the sandbox as {@link #main} does and prints its base URLs and credentials to {@code out},
   * without waiting; the caller closes it.
   *
   * @param args {@code --port N}, {@code --realtime-port N}, {@code --host ADDRESS}
   * @param out where the addresses and credentials are printed
   * @return the running sandbox
   * @throws IllegalArgumentException for an unknown flag or a flag without a valid value
   */
  public static Sandbox start(String[] args, PrintStream out) {
    Sandbox.Builder builder = Sandbox.builder().port(DEFAULT_PORT).realtimePort(DEFAULT_REALTIME_PORT);
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(flag + " needs a value");
      }
      String value = args[++i];
      switch (flag) {
        case "--port" -> builder.port(port(flag, value));
        case "--realtime-port" -> builder.realtimePort(port(flag, value));
        case "--host" -> builder.bindAddress(value);
        case "--fault" -> builder.fault(FaultRule.parse(value));
        case "--citypoint-token-lifetime" -> builder.citypointTokenLifetime(Durations.parse(flag, value));
        case "--platform-session-lifetime" -> builder.platformSessionLifetime(Durations.parse(flag, value));
        default -> throw new IllegalArgumentException("unknown flag " + flag);
      }
    }
    Sandbox sandbox = builder.start();
    out.println("Quartet sandbox on " + sandbox.baseUrl() + " (Ctrl-C stops it)");
    out.println("  " + sandbox.homeStretch());
    out.println("  " + sandbox.platform());
    out.println("  " + sandbox.citypoint());
    out.println("  " + sandbox.onePageCrm());
    for (FaultRule rule : sandbox.faultRules()) {
      out.println("  fault on: " + rule);
    }
    out.flush();
    return sandbox;
  }

  private static int port(String flag, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " needs a port number, not " + value);
    }
  }
}
