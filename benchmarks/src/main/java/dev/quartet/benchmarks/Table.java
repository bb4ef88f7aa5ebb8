package dev.quartet.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the results as Markdown: {@code java -cp benchmarks.jar dev.quartet.benchmarks.Table
 * jmh.json [jmh-round-1.json ...] [walks.tsv]}. A case found in several result files (paired rounds)
 * shows each variant's median, and the SDK's speed relative to raw as the median of the per-round
 * ratios with their range. One row per case (the benchmark method name before
 * {@code _}), one column per variant: its score and its speed relative to raw ({@code 0.80x} = 80 % of
 * raw's throughput, or raw's time / its time for the average-time benchmarks, so above 1 is always
 * faster), bytes allocated per call when the run had {@code -prof gc}, and for the in-memory
 * benchmarks the extra µs and bytes per call over raw.
 */
public final class Table {
  private static final String[] VARIANTS = {"raw", "sdk", "stock"};

  private Table() {}

  record Result(double score, String unit, String mode, Double bytesPerOp) {}

  public static void main(String[] args) throws IOException {
    List<Map<String, Map<String, Result>>> rounds = new ArrayList<>();
    String walks = null;
    for (String arg : args) {
      if (arg.endsWith(".tsv")) {
        walks = arg;
      } else {
        rounds.add(read(Path.of(arg)));
      }
    }
    Map<String, Map<String, Result>> cases = new LinkedHashMap<>();
    Map<String, String> spreads = new HashMap<>();
    for (String name : caseNames(rounds)) {
      List<Map<String, Result>> seen = rounds.stream().filter(r -> r.containsKey(name)).map(r -> r.get(name)).toList();
      cases.put(name, seen.size() == 1 ? seen.get(0) : medians(seen));
      if (seen.size() > 1) {
        spreads.put(name, spread(seen));
      }
    }
    System.out.println("| case | raw | SDK | SDK vs raw | stock okhttp-gson | stock vs raw | B/call raw / SDK / stock | client cost over raw (in memory) |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    for (Map.Entry<String, Map<String, Result>> c : cases.entrySet()) {
      Map<String, Result> v = c.getValue();
      Result raw = v.get("raw");
      StringBuilder row = new StringBuilder("| ").append(c.getKey()).append(" | ");
      row.append(score(raw)).append(" | ");
      for (String variant : new String[] {"sdk", "stock"}) {
        Result r = v.get(variant);
        String paired = variant.equals("sdk") ? spreads.get(c.getKey()) : null;
        row.append(score(r)).append(" | ").append(paired != null ? paired : ratio(raw, r)).append(" | ");
      }
      List<String> bytes = new ArrayList<>();
      for (String variant : VARIANTS) {
        Result r = v.get(variant);
        bytes.add(r == null ? "—" : r.bytesPerOp() == null ? "?" : kb(r.bytesPerOp()));
      }
      row.append(String.join(" / ", bytes)).append(" | ");
      String sdkCost = overhead(raw, v.get("sdk"), "SDK");
      String stockCost = overhead(raw, v.get("stock"), "stock");
      row.append(sdkCost).append(!sdkCost.isEmpty() && !stockCost.isEmpty() ? "; " : "").append(stockCost).append(" |");
      System.out.println(row);
    }
    if (walks != null && Files.exists(Path.of(walks))) {
      System.out.println();
      List<String> lines = Files.readAllLines(Path.of(walks));
      Map<String, String> rawPeaks = new HashMap<>();
      for (String line : lines) {
        String[] f = line.split("\t");
        if (f.length >= 9 && f[0].equals("rawwalk")) {
          rawPeaks.put(f[1], f[4]);
        }
      }
      System.out.println("| SDK paging walk (own JVM, -Xmx64m) | items | page | seconds | max live heap after forced GC | of it held by the walk | hand-written walk's max live heap | GCs | GC time | GC share of walk |");
      System.out.println("|---|---|---|---|---|---|---|---|---|---|");
      for (String line : lines) {
        String[] f = line.split("\t");
        if (f.length < 9 || !f[0].equals("walk")) {
          continue;
        }
        String rawPeak = rawPeaks.containsKey(f[1]) ? rawPeaks.get(f[1]) + " MB" : "—";
        System.out.printf(Locale.ROOT, "| %s | %,d | %s | %s | %s MB | %s | %s | %s | %s ms | %s %% |%n",
            f[1], Long.parseLong(f[2]), f[8], f[3], f[4], f.length > 9 ? f[9] + " MB" : "?", rawPeak, f[5], f[6], f[7]);
      }
    }
  }

  /** One JMH result file: case, then variant, then its result. */
  private static Map<String, Map<String, Result>> read(Path file) throws IOException {
    JsonNode runs = new ObjectMapper().readTree(file.toFile());
    Map<String, Map<String, Result>> cases = new LinkedHashMap<>();
    for (JsonNode run : runs) {
      String full = run.path("benchmark").asText();
      String method = full.substring(full.lastIndexOf('.') + 1);
      int cut = method.lastIndexOf('_');
      String name = method.substring(0, cut);
      String variant = method.substring(cut + 1);
      Double bytes = null;
      for (Map.Entry<String, JsonNode> m : run.path("secondaryMetrics").properties()) {
        if (m.getKey().replace("·", "").equals("gc.alloc.rate.norm")) {
          bytes = m.getValue().path("score").asDouble();
        }
      }
      JsonNode primary = run.path("primaryMetric");
      cases.computeIfAbsent(name, k -> new LinkedHashMap<>())
          .put(variant, new Result(primary.path("score").asDouble(), primary.path("scoreUnit").asText(), run.path("mode").asText(), bytes));
    }
    return cases;
  }

  private static List<String> caseNames(List<Map<String, Map<String, Result>>> rounds) {
    List<String> names = new ArrayList<>();
    for (Map<String, Map<String, Result>> r : rounds) {
      for (String name : r.keySet()) {
        if (!names.contains(name)) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /** Each variant's median score and allocation over the rounds that ran it. */
  private static Map<String, Result> medians(List<Map<String, Result>> rounds) {
    Map<String, Result> out = new LinkedHashMap<>();
    for (String variant : VARIANTS) {
      List<Result> rs = rounds.stream().map(r -> r.get(variant)).filter(r -> r != null).toList();
      if (rs.isEmpty()) {
        continue;
      }
      List<Double> bytes = rs.stream().map(Result::bytesPerOp).filter(b -> b != null).toList();
      out.put(variant, new Result(median(rs.stream().map(Result::score).toList()), rs.get(0).unit(), rs.get(0).mode(),
          bytes.isEmpty() ? null : median(bytes)));
    }
    return out;
  }

  /**
   * The SDK's speed relative to raw as the median of the per-round ratios, with their range: raw and
   * the SDK of one round ran back to back, so a slow phase of the machine hits both; comparing
   * medians of each variant alone would mix phases.
   */
  private static String spread(List<Map<String, Result>> rounds) {
    List<Double> ratios = new ArrayList<>();
    for (Map<String, Result> r : rounds) {
      if (r.get("raw") != null && r.get("sdk") != null) {
        ratios.add(speedup(r.get("raw"), r.get("sdk")));
      }
    }
    if (ratios.isEmpty()) {
      return null;
    }
    return String.format(Locale.ROOT, "%.2fx (%.2f-%.2f, %d rounds)", median(ratios),
        ratios.stream().mapToDouble(d -> d).min().orElse(0), ratios.stream().mapToDouble(d -> d).max().orElse(0), ratios.size());
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double speedup(Result raw, Result r) {
    return r.mode().equals("thrpt") ? r.score() / raw.score() : raw.score() / r.score();
  }

  private static String score(Result r) {
    if (r == null) {
      return "—";
    }
    return String.format(Locale.ROOT, r.score() >= 100 ? "%,.0f %s" : "%,.2f %s", r.score(), r.unit());
  }

  /** Speed relative to raw, above 1 faster: throughput over raw's, or raw's time over this one's. */
  private static String ratio(Result raw, Result r) {
    if (raw == null || r == null) {
      return "—";
    }
    return String.format(Locale.ROOT, "%.2fx", speedup(raw, r));
  }

  private static String overhead(Result raw, Result r, String label) {
    if (raw == null || r == null || r.mode().equals("thrpt") || !raw.unit().equals("us/op")) {
      return "";
    }
    String extra = String.format(Locale.ROOT, "%s %+.1f µs", label, r.score() - raw.score());
    if (raw.bytesPerOp() != null && r.bytesPerOp() != null) {
      extra += String.format(Locale.ROOT, ", %+.1f KB", (r.bytesPerOp() - raw.bytesPerOp()) / 1000);
    }
    return extra;
  }

  private static String kb(double bytes) {
    return bytes >= 100_000 ? String.format(Locale.ROOT, "%,.0f KB", bytes / 1000) : String.format(Locale.ROOT, "%.1f KB", bytes / 1000);
  }
}
