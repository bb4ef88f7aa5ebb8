#!/usr/bin/env bash
# Builds the benchmark jar, runs every JMH benchmark with -prof gc, then the paging walks (each in its
# own JVM with -Xmx64m, the SDK and a hand-written loop), and prints one Markdown table of ratios to raw. From the repository root:
#
#   benchmarks/run.sh                 # the full run (JMH's defaults: 5 forks x 5 x 10 s; long)
#   benchmarks/run.sh --smoke         # a quick look: -f 1 -wi 1 -i 1 -w 1s -r 1s (the walks stay at 1,000,000 items)
#   JMH_OPTS='-f 2 -wi 3 -i 5' benchmarks/run.sh    # your own JMH options
#   benchmarks/run.sh --no-build ...  # reuse benchmarks/target/benchmarks.jar
#   BENCH_FILTER='InMemoryBench' benchmarks/run.sh --smoke   # only the benchmarks matching a regex (one pass, no walks)
#   ROUNDS=3 benchmarks/run.sh        # paired rounds of the loopback and 32-thread cases (default 5; 1 with --smoke)
#   THREADS_WARMUP=12 benchmarks/run.sh   # warm-up iterations of the 32-thread case (default 10, replacing -wi)
#
# Set MVN_LOCK=/path/to/lockfile to take that lock (flock) around the Maven build.
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
smoke=0
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --smoke) smoke=1 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

rounds=${ROUNDS:-5}
if [[ $smoke == 1 ]]; then
  rounds=${ROUNDS:-1}
  jmh_opts=${JMH_OPTS:--f 1 -wi 1 -i 1 -w 1s -r 1s}
  walk_items=${WALK_ITEMS:-1000000}
else
  jmh_opts=${JMH_OPTS:-}
  walk_items=${WALK_ITEMS:-1000000}
fi

# 32 threads on two cores starve the JIT: a client reaches its steady state only after some 20 s of
# calls (the SDK, with more code to compile, later than raw), so the 32-thread case warms up for
# THREADS_WARMUP iterations (default 10) whatever -wi says.
threads_opts="$(sed -E 's/(^| )-wi [0-9]+//g' <<< "$jmh_opts") -wi ${THREADS_WARMUP:-10}"

if [[ $build == 1 ]]; then
  lock=()
  if [[ -n "${MVN_LOCK:-}" ]]; then lock=(flock "$MVN_LOCK"); fi
  "${lock[@]}" ./mvnw -B -q package -pl benchmarks -am -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip
fi

jar=benchmarks/target/benchmarks.jar
out=benchmarks/target/results
mkdir -p "$out"

rm -f "$out"/jmh*.json
results=()
if [[ -n "${BENCH_FILTER:-}" ]]; then
  # shellcheck disable=SC2086
  java -jar "$jar" $jmh_opts -prof gc -rf json -rff "$out/jmh.json" "$BENCH_FILTER" | tee "$out/jmh.txt"
  results=("$out/jmh.json")
else
  # The in-memory cases once; the loopback and 32-thread cases in paired rounds: each round runs every
  # variant back to back, so a slow phase of a shared machine (they last seconds to minutes here)
  # hits raw and the SDK alike, and the table reads the median of the per-round ratios.
  # shellcheck disable=SC2086
  java -jar "$jar" $jmh_opts -prof gc -rf json -rff "$out/jmh.json" InMemoryBench | tee "$out/jmh.txt"
  results=("$out/jmh.json")
  for ((round = 1; round <= rounds; round++)); do
    # shellcheck disable=SC2086
    java -jar "$jar" $jmh_opts -prof gc -rf json -rff "$out/jmh-round-$round.json" LoopbackBench | tee -a "$out/jmh.txt"
    # shellcheck disable=SC2086
    java -jar "$jar" $threads_opts -prof gc -rf json -rff "$out/jmh-threads-round-$round.json" ThreadsBench | tee -a "$out/jmh.txt"
    results+=("$out/jmh-round-$round.json" "$out/jmh-threads-round-$round.json")
  done
fi

: > "$out/walks.tsv"
if [[ -z "${BENCH_FILTER:-}" ]]; then
  for api in platform homestretch onepagecrm citypoint; do
    for variant in sdk raw; do   # raw: the hand-written page loop, the floor the SDK's walk is read against
      java -Xmx64m -cp "$jar" dev.quartet.benchmarks.PagingWalk "$api" "$walk_items" "$variant" | tee -a "$out/walks.tsv"
    done
  done
fi

{
  echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "JMH options: ${jmh_opts:-JMH defaults} -prof gc (32-thread case:${threads_opts} -prof gc)"
  echo
  echo "Loopback and 32-thread cases: $rounds paired rounds"
  java -cp "$jar" dev.quartet.benchmarks.Table "${results[@]}" "$out/walks.tsv"
} | tee "$out/table.md"
