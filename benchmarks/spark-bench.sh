#!/usr/bin/env bash
# Spark's overhead on one machine: ClassifyJob in local[2] against the CLI batch with 2 threads, on
# the same articles (the seed corpus repeated with new ids, under $WORK; nothing is written to the
# repository). Each configuration runs $REPS times; every run prints its wall time, the CPU time of
# the process (user + sys: what the job cost on a machine that other jobs share) and the summary
# line that the CLI or the job printed.
#
#   benchmarks/spark-bench.sh                  # 100000 articles, 2 runs each
#   SIZES="100000 300000" benchmarks/spark-bench.sh
#
# Spark runs as spark-submit runs it in local mode: org.apache.spark.deploy.SparkSubmit in one JVM,
# with Spark's jars from Maven (the spark module's provided dependencies) and the job jar.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
MVN=${MVN:-./mvnw}
SIZES=${SIZES:-100000}
REPS=${REPS:-2}
WORK=${WORK:-/tmp/policy-themes-spark-bench}
HEAP=${HEAP:-4g}
mkdir -p "$WORK"

jar=$(ls spark/target/policy-themes-spark-*-job.jar 2> /dev/null | head -1 || true)
if [[ ! -f cli/target/policy-themes.jar || -z "$jar" ]]; then
  $MVN -B -q package -DskipTests -Dspotless.check.skip=true -pl cli,spark -am
  jar=$(ls spark/target/policy-themes-spark-*-job.jar | head -1)
fi
if [[ ! -f "$WORK/spark.classpath" ]]; then
  # package with -am: on a machine whose ~/.m2 has never held this project's own artifacts, the
  # spark module's classpath resolves only inside the reactor.
  $MVN -B -q -pl spark -am package -DskipTests -Dspotless.check.skip=true \
    dependency:build-classpath -Dmdep.includeScope=compile \
    -DexcludeGroupIds=io.github.policythemes,org.apache.lucene,org.apache.opennlp,com.carrotsearch \
    -Dmdep.outputFile="$WORK/spark.classpath"
fi
opens=$(sed -n 's:.*<spark.test.jvm.options>\(.*\)</spark.test.jvm.options>.*:\1:p' spark/pom.xml)

# shellcheck disable=SC2206 # the options are words
spark=(java "-Xmx$HEAP" $opens -cp "$(cat "$WORK/spark.classpath")" org.apache.spark.deploy.SparkSubmit
  --master 'local[2]' --conf spark.ui.enabled=false --conf spark.sql.shuffle.partitions=2
  --class io.github.policythemes.spark.ClassifyJob "$jar" --overwrite)
cli=(java -jar cli/target/policy-themes.jar classify --threads 2 --quiet)

# $WORK/N/articles.jsonl, the same in 4 files, and as Parquet.
make_input() {
  local n=$1 dir=$WORK/$1
  [[ -f $dir/articles.jsonl ]] && return
  mkdir -p "$dir/split"
  local rounds=$((n / $(cat seeds/corpus/*.jsonl | wc -l) + 1))
  for ((r = 0; r < rounds; r++)); do
    sed "s/^{\"id\": \"\\([^\"]*\\)\"/{\"id\": \"\\1-r$r\"/" seeds/corpus/*.jsonl
  done > "$dir/repeated.jsonl"
  head -n "$n" "$dir/repeated.jsonl" > "$dir/articles.jsonl"
  rm "$dir/repeated.jsonl"
  split -n l/4 -d --additional-suffix=.jsonl "$dir/articles.jsonl" "$dir/split/part-"
  "${spark[@]}" --format parquet --keep-text --output "$dir/articles.parquet" "$dir/split" 2> /dev/null
}

# name, command...: wall s, CPU s (user + sys), and the summary line from stderr.
timed() {
  local name=$1
  shift
  /usr/bin/time -f '%e %U %S' -o "$WORK/time.txt" "$@" 2> "$WORK/run.log" || true
  read -r wall user sys < <(tail -1 "$WORK/time.txt")
  printf '%-26s wall %6.1f s  cpu %6.1f s  load %s  %s\n' "$name" "$wall" \
    "$(echo "$user + $sys" | bc)" "$(cut -d' ' -f1 /proc/loadavg)" \
    "$(grep -h 'classify: read' "$WORK/run.log" | sed 's/^policy-themes //')"
}

echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1)"
for n in $SIZES; do
  make_input "$n"
  d=$WORK/$n
  echo "== $n articles ($(du -h "$d/articles.jsonl" | cut -f1) JSONL)"
  for ((i = 1; i <= REPS; i++)); do
    timed cli-jsonl "${cli[@]}" --output "$d/cli.jsonl" "$d/articles.jsonl"
    timed spark-jsonl-1-file "${spark[@]}" --format jsonl --output "$d/out-jsonl" "$d/articles.jsonl"
    timed spark-jsonl-4-files "${spark[@]}" --output "$d/out-parquet" "$d/split"
    timed spark-parquet-in "${spark[@]}" --output "$d/out-from-parquet" "$d/articles.parquet"
  done
done
