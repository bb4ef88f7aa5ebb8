package dev.quartet.benchmarks;

import dev.quartet.benchmarks.server.BenchServer;
import dev.quartet.benchmarks.server.Routes;
import dev.quartet.citypoint.CitypointClient;
import dev.quartet.homestretch.HomeStretchClient;
import dev.quartet.homestretch.PlaceSort;
import dev.quartet.onepagecrm.OnePageCrmClient;
import dev.quartet.platform.ListQuery;
import dev.quartet.platform.PlatformClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A lazy walk over a long listing through the SDK's pager, meant for its own JVM with a small heap
 * ({@code java -Xmx64m -cp benchmarks.jar dev.quartet.benchmarks.PagingWalk platform 1000000}). The
 * server (in the same JVM) makes every page on the fly and streams it, so it holds no page itself.
 * About every {@code items / 20} items the walk forces a GC and reads the heap still in use: the
 * largest such reading is what the pager keeps alive (one page of bytes, decoded items, the previous
 * page...). The sampling points fall at random places inside pages (fixed seed), not only at page
 * boundaries, where a pager may just have let go of a page and the figure would look better than it is.
 * GC time is the collectors' own count, less the forced collections; its share is of the walk's
 * wall time. Prints one tab-separated line:
 * {@code walk <api> <items> <seconds> <maxLiveMB> <gcCount> <gcMillis> <gcShare%> <pageSize>}.
 */
public final class PagingWalk {
  private static final int HOMESTRETCH_PAGE = 150;
  private static final int ONEPAGECRM_PAGE = 100;
  private static final int CITYPOINT_PAGE = 1000;

  private PagingWalk() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("serve")) {
      serve(args[1], Long.parseLong(args[2]));
      return;
    }
    String api = args.length > 0 ? args[0] : "platform";
    long items = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
    int pageSize = pageSize(api);
    boolean raw = args.length > 2 && args[2].equals("raw");
    Process server = startServer(api, items);
    try {
      String url = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8)).readLine();
      if (url == null || !url.startsWith("http://")) {
        throw new IllegalStateException("the server did not start (said " + url + ")");
      }
      if (raw) {
        walk("rawwalk", api, items, pageSize, RawWalk.items(api, url, pageSize));
        return;
      }
      switch (api) {
        case "platform" -> {
          try (PlatformClient c = PlatformClient.builder().baseUrl(url).token("bench-token").build()) {
            walk("walk", api, items, pageSize, c.store("objects").listAll().iterator());
          }
        }
        case "homestretch" -> {
          try (HomeStretchClient c = HomeStretchClient.builder().baseUrl(url + HomeStretchCase.PREFIX).token("bench-token").build()) {
            walk("walk", api, items, pageSize, c.places().listAll(PlaceSort.TITLE_ASC).iterator());
          }
        }
        case "onepagecrm" -> {
          try (OnePageCrmClient c = OnePageCrmClient.builder().baseUrl(url + OnePageCrmCase.PREFIX)
              .userId(OnePageCrmCase.USER).apiKey(OnePageCrmCase.KEY).build()) {
            walk("walk", api, items, pageSize, c.contacts().listAll().iterator());
          }
        }
        default -> {
          try (CitypointClient c = CitypointCase.client(url, null)) {
            walk("walk", api, items, pageSize, c.cars().list().all().iterator());
          }
        }
      }
    } finally {
      server.getOutputStream().close(); // the server's cue to stop
      server.waitFor();
    }
  }

  /**
   * The server in a JVM of its own (the same jar), so the walk's heap holds the client alone: the
   * JDK server's classes, threads and date formatting are not the client's to carry.
   */
  private static Process startServer(String api, long items) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        PagingWalk.class.getName(), "serve", api, Long.toString(items))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  /** Serves {@code api}'s pages of {@code items} items, prints the base URL, and stops when its input ends. */
  private static void serve(String api, long items) throws IOException {
    Routes routes = new Routes();
    switch (api) {
      case "platform" -> platformRoutes(routes, items);
      case "homestretch" -> homeStretchRoutes(routes, items);
      case "onepagecrm" -> oneCrmRoutes(routes, items);
      case "citypoint" -> citypointRoutes(routes, items);
      default -> throw new IllegalArgumentException("api: platform, homestretch, onepagecrm or citypoint, was " + api);
    }
    try (BenchServer server = BenchServer.start(routes, 2)) {
      selfBase.set(server.url());
      System.out.println(server.url());
      System.out.flush();
      System.in.transferTo(OutputStream.nullOutputStream());
    }
  }

  private static int pageSize(String api) {
    return switch (api) {
      case "platform" -> ListQuery.WALK_PAGE_SIZE;
      case "homestretch" -> HOMESTRETCH_PAGE;
      case "onepagecrm" -> ONEPAGECRM_PAGE;
      case "citypoint" -> CITYPOINT_PAGE;
      default -> throw new IllegalArgumentException("api: platform, homestretch, onepagecrm or citypoint, was " + api);
    };
  }

  private static void walk(String kind, String api, long expected, int pageSize, Iterator<?> it) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    List<GarbageCollectorMXBean> gcs = ManagementFactory.getGarbageCollectorMXBeans();
    long sampleEvery = Math.max(1, expected / 20);
    Random random = new Random(14);
    long nextSample = samplePoint(random, 0, sampleEvery, pageSize);
    long forcedCount = 0;
    long forcedMillis = 0;
    long maxLive = 0;
    long startCount = gcCount(gcs);
    long startMillis = gcMillis(gcs);
    long start = System.nanoTime();
    long seen = 0;
    while (it.hasNext()) {
      Object item = it.next();
      if (item == null) {
        throw new IllegalStateException("null item at " + seen);
      }
      seen++;
      if (seen == nextSample) {
        nextSample = samplePoint(random, seen - seen % sampleEvery + sampleEvery, sampleEvery, pageSize);
        long c0 = gcCount(gcs);
        long m0 = gcMillis(gcs);
        System.gc();
        System.gc();
        maxLive = Math.max(maxLive, memory.getHeapMemoryUsage().getUsed());
        forcedCount += gcCount(gcs) - c0;
        forcedMillis += gcMillis(gcs) - m0;
      }
    }
    double seconds = ((System.nanoTime() - start) / 1e6 - forcedMillis) / 1000; // the forced GCs left out
    if (seen != expected) {
      throw new IllegalStateException(api + ": walked " + seen + " items, expected " + expected);
    }
    long count = gcCount(gcs) - startCount - forcedCount;
    long millis = gcMillis(gcs) - startMillis - forcedMillis;
    double share = 100.0 * millis / (seconds * 1000);
    // What stays once the walk is over, with the client still open and warm (JVM, OkHttp's trust
    // store, Jackson's deserializers for the API's models): the part of the peak no page explains.
    it = null; // the finished iterator would otherwise keep the last page reachable
    System.gc();
    System.gc();
    long settled = memory.getHeapMemoryUsage().getUsed();
    System.out.printf(Locale.ROOT, "%s\t%s\t%d\t%.2f\t%.2f\t%d\t%d\t%.1f\t%d\t%.2f%n",
        kind, api, seen, seconds, maxLive / 1048576.0, count, millis, share, pageSize, (maxLive - settled) / 1048576.0);
  }

  /** A point in the window of {@code sampleEvery} items starting at {@code from}, anywhere within a page. */
  private static long samplePoint(Random random, long from, long sampleEvery, int pageSize) {
    int spread = (int) Math.min(sampleEvery, Math.max(1, pageSize));
    return from + 1 + random.nextInt(spread);
  }

  private static long gcCount(List<GarbageCollectorMXBean> gcs) {
    return gcs.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
  }

  private static long gcMillis(List<GarbageCollectorMXBean> gcs) {
    return gcs.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
  }

  private static long number(Map<String, String> query, String name, long otherwise) {
    String v = query.get(name);
    return v == null || v.isEmpty() ? otherwise : Long.parseLong(v);
  }

  private static void platformRoutes(Routes routes, long total) {
    routes.prefix("/api/v1/objects", (rest, q) -> {
      long offset = number(q, "offset", 0);
      long limit = number(q, "limit", 10_000);
      long count = Math.max(0, Math.min(limit, total - offset));
      return Routes.Answer.streamed("application/json", out -> Payloads.array(out, Payloads.ENTITY, offset, count, null, null));
    });
  }

  private static void homeStretchRoutes(Routes routes, long total) {
    routes.prefix(HomeStretchCase.PREFIX + "/places", (rest, q) -> {
      long skip = number(q, "skip", 0);
      long limit = number(q, "limit", 25);
      long count = Math.max(0, Math.min(limit, total - skip));
      return Routes.Answer.streamed("application/json", out -> Payloads.placeList(out, skip, count, total));
    });
  }

  private static void oneCrmRoutes(Routes routes, long total) {
    routes.prefix(OnePageCrmCase.PREFIX + "/contacts", (rest, q) -> {
      if (rest.startsWith("/cascade/")) {
        long after = Payloads.objectIdNumber(rest.substring("/cascade/".length()));
        return Routes.Answer.streamed("application/json", out -> Payloads.contactBatch(out, after, total));
      }
      int page = (int) number(q, "page", 1);
      int perPage = (int) number(q, "per_page", 10);
      return Routes.Answer.streamed("application/json", out -> Payloads.contactPage(out, page, perPage, total));
    });
  }

  private static void citypointRoutes(Routes routes, long total) {
    CitypointCase.tokenRoute(routes);
    int limit = CITYPOINT_PAGE;
    routes.prefix(CitypointCase.PREFIX + "/user/", (rest, q) -> {
      long offset = number(q, "page[offset]", 0);
      long size = number(q, "page[limit]", limit);
      String self = selfBase.get() + CitypointCase.PREFIX + "/user/" + rest;
      return Routes.Answer.streamed(CitypointCase.JSON_API, out -> Payloads.carPage(out, self, offset, size, total));
    });
  }

  /** The server's own URL, for the absolute {@code links.next} Citypoint pages carry. */
  private static final AtomicReference<String> selfBase = new AtomicReference<>();
}
