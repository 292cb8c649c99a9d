#!/usr/bin/env bash
# Trains policy-themes with train's defaults on the fixed splits of the public data sets in
# ../shared/data (US bill titles, BBC news 5 folds, Korean YNAT headlines) and prints accuracy and
# macro-F1 on the held-out part, the numbers compared with established tools in README.md.
#   benchmarks/accuracy.sh [DATA_DIR] [ALGORITHM]     (defaults: ../shared/data, svm)
# Needs the command-line jar (./mvnw -B -DskipTests package) and python3 (to split the files).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-$here/../shared/data}"
algorithm="${2:-svm}"
jar="$here/cli/target/policy-themes.jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
[[ -f "$jar" ]] || (cd "$here" && ./mvnw -q -B -DskipTests -pl cli -am package)

split() { # file field value-for-train output-prefix
  python3 - "$@" <<'PY'
import json, sys
source, field, prefix = sys.argv[1], sys.argv[2], sys.argv[3]
groups = {}
for line in open(source, encoding="utf-8"):
    row = json.loads(line)
    groups.setdefault(str(row[field]), []).append(
        json.dumps({"id": row["id"], "text": row["text"], "label": row["label"]}, ensure_ascii=False))
for key, rows in groups.items():
    with open(f"{prefix}-{key}.jsonl", "w", encoding="utf-8") as out:
        out.write("\n".join(rows) + "\n")
PY
}

run() { # name train-files test-file
  local name="$1" test="$3"; shift
  local model="$work/$name.ptm" start end
  start=$(date +%s)
  java -jar "$jar" train --quiet --algorithm "$algorithm" $(for f in $1; do printf -- '--data %s ' "$f"; done) --output "$model" > /dev/null
  end=$(date +%s)
  java -jar "$jar" evaluate --model "$model" --data "$test" --format json |
    python3 -c "import json,sys; r=json.load(sys.stdin); print(f\"$name accuracy {r['accuracy']:.4f} macroF1 {r['macroF1']:.4f} train $((end - start)) s\")"
}

split "$data/uscongress.jsonl" split "$work/us"
run uscongress "$work/us-train.jsonl" "$work/us-test.jsonl"
split "$data/ynat.jsonl" split "$work/ynat"
run ynat "$work/ynat-train.jsonl" "$work/ynat-test.jsonl"
split "$data/bbc.jsonl" fold "$work/bbc"
for fold in 1 2 3 4 5; do
  train=""
  for other in 1 2 3 4 5; do [[ $other == "$fold" ]] || train="$train $work/bbc-$other.jsonl"; done
  run "bbc-fold$fold" "$train" "$work/bbc-$fold.jsonl"
done
