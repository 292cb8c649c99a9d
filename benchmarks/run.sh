#!/usr/bin/env bash
# Runs the policy-themes benchmarks and prints a summary with ratios against the peers.
#
#   benchmarks/run.sh quick [JMH options...]   a smoke check in a few minutes: fewer and shorter
#                                              iterations, medium articles only, 3 forks of the
#                                              load benchmark
#   benchmarks/run.sh full  [JMH options...]   the real run (the classes' own settings, ~30 min)
#
# JMH options go to every JMH run, e.g. -p corpus=../shared/data/bbc.jsonl -p lang=EN.
# Environment: JAVA (default: java), JAVA_OPTS (options for the JMH launcher JVM, e.g.
# -Djmh.ignoreLock=true), POLICY_THEMES_DATA (the shared data folder for the accuracy part,
# default ../shared/data). Results: benchmarks/results/<mode>-*.json and <mode>-summary.md.
set -euo pipefail

mode="${1:-}"
if [[ "$mode" != "quick" && "$mode" != "full" ]]; then
  echo "usage: benchmarks/run.sh quick|full [JMH options...]" >&2
  exit 2
fi
shift

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
jar="benchmarks/target/benchmarks.jar"
results="benchmarks/results"
java_cmd="${JAVA:-java}"
data="${POLICY_THEMES_DATA:-../shared/data}"
read -r -a java_opts <<< "${JAVA_OPTS:-}"

if [[ ! -f "$jar" ]]; then
  echo "== building $jar"
  ./mvnw -B -q -DskipTests -pl benchmarks -am package
fi
mkdir -p "$results"

if [[ "$mode" == "quick" ]]; then
  short=(-wi 1 -i 2 -w 1s -r 1s -f 1)
  tokenize=("${short[@]}")
  classify=("${short[@]}" -p size=MEDIUM)
  load=(-f 3)
  accuracy=(--quick)
else
  tokenize=()
  classify=()
  load=()
  accuracy=()
fi

echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(uname -srm), $(nproc) cores," \
  "$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//')"
"$java_cmd" -version 2>&1 | head -1
echo "== load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

jmh() {
  local name="$1"
  shift
  echo "== $name"
  "$java_cmd" ${java_opts[@]+"${java_opts[@]}"} -jar "$jar" "$@" -rf json \
    -rff "$results/$mode-$name.json"
}

jmh tokenize TokenizeBenchmark ${tokenize[@]+"${tokenize[@]}"} "$@"
jmh classify ClassifyBenchmark -prof gc ${classify[@]+"${classify[@]}"} "$@"
jmh load LoadBenchmark ${load[@]+"${load[@]}"}

echo "== accuracy of the English chains"
"$java_cmd" -cp "$jar" io.github.policythemes.benchmarks.ChainAccuracy \
  --data "$data" --out "$results/$mode-accuracy.json" ${accuracy[@]+"${accuracy[@]}"}

echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
"$java_cmd" -cp "$jar" io.github.policythemes.benchmarks.ResultSummary \
  "$results/$mode-tokenize.json" "$results/$mode-classify.json" "$results/$mode-load.json" \
  "$results/$mode-accuracy.json" | tee "$results/$mode-summary.md"
