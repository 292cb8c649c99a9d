#!/usr/bin/env bash
# How each change behind the default model moved its accuracy on real news-desk items: trains the
# variants with the command line, on the seed corpus, and evaluates each on the development set
# in ../shared/data (themes-dev.jsonl) and the seed article. The rows of benchmarks/README.md.
#   benchmarks/ablation.sh [DATA_DIR]          (default: ../shared/data)
# Needs the command-line jar (./mvnw -B -DskipTests package) and python3.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-$here/../shared/data}"
jar="$here/cli/target/policy-themes.jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
[[ -f "$jar" ]] || (cd "$here" && ./mvnw -q -B -DskipTests -pl cli -am package)
corpus="$here/seeds/corpus"
first=()
for f in en-a en-b ko-a ko-b zh; do first+=(--data "$corpus/$f.jsonl"); done
three=("${first[@]}")
for f in en-c en-d ko-c ko-d zh-b en-f ko-f zh-d; do three+=(--data "$corpus/$f.jsonl"); done
four=("${three[@]}")
for f in en-g ko-g zh-e; do four+=(--data "$corpus/$f.jsonl"); done

variant() { # name, train options...
  local name="$1"; shift
  java -jar "$jar" train --quiet --taxonomy regional-governance "$@" --output "$work/m.ptm" > /dev/null
  local dev seed
  dev=$(java -jar "$jar" evaluate --model "$work/m.ptm" --data "$data/themes-dev.jsonl" --format json)
  seed=$(java -jar "$jar" classify --quiet --format jsonl --model "$work/m.ptm" "$data/seed-article.jsonl")
  python3 - "$name" "$dev" "$seed" "$data/seed-article.jsonl" <<'PY'
import json, sys
name, dev, seed, gold_file = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3]), sys.argv[4]
gold = set(json.loads(open(gold_file).readline())['labels'])
got = set(seed['assigned'])
print(f"| {name} | {dev['microF1']:.3f} | {dev['macroF1']:.3f} | {100 * dev['noneFalsePositiveRate']:.1f}% "
      f"| {len(gold & got)} of {len(gold)}, {len(got - gold)} wrong |")
PY
}

echo "| model | micro-F1 | macro-F1 | no-theme items given a theme | seed article |"
echo "|---|---:|---:|---:|---|"
variant "first wave (1,190 seeds), no relevance column" "${first[@]}" --no-relevance
variant "first wave + keyword features 0.2" "${first[@]}" --no-relevance --keyword-scale 0.2
variant "three waves (5,786 seeds), no relevance column" "${three[@]}" --no-relevance
variant "three waves + relevance column" "${three[@]}"
variant "three waves + relevance + keyword features 0.2" "${three[@]}" --keyword-scale 0.2
variant "... + calibrated for 75% no-theme" "${three[@]}" --keyword-scale 0.2 --no-theme-share 0.75
variant "four waves (6,459 seeds), the same options" "${four[@]}" --keyword-scale 0.2 --no-theme-share 0.75
variant "five waves (6,609 seeds), the same options (the default model)" --data "$corpus" --keyword-scale 0.2 --no-theme-share 0.75
