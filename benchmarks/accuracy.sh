#!/usr/bin/env bash
# Measures accuracy on real data in ../shared/data, the numbers in README.md:
#  1. the bundled default model on the development set of real news-desk items (themes-dev.jsonl)
#     and on the seed article: micro/macro-F1, the share of no-theme items given a theme, per theme;
#  2. train with its defaults on the fixed splits of the public data sets (US bill titles, BBC news
#     5 folds, Korean YNAT headlines, and small 1,600-item training subsets of the bills and YNAT):
#     accuracy and macro-F1 on the held-out part, compared with established tools in README.md.
#   benchmarks/accuracy.sh [DATA_DIR] [ALGORITHM] [PART]   (defaults: ../shared/data, auto, all;
#                                                            PART: default-model, train or all)
# Needs the command-line jar (./mvnw -B -DskipTests package) and python3 (to split the files).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-$here/../shared/data}"
algorithm="${2:-auto}"
part="${3:-all}"
jar="$here/cli/target/policy-themes.jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
[[ -f "$jar" ]] || (cd "$here" && ./mvnw -q -B -DskipTests -pl cli -am package)

if [[ $part == all || $part == default-model ]]; then
  echo "== default model on the development set ($data/themes-dev.jsonl)"
  java -jar "$jar" evaluate --data "$data/themes-dev.jsonl" --errors "$work/dev-errors.jsonl"
  echo "== default model on the seed article ($data/seed-article.jsonl)"
  java -jar "$jar" evaluate --data "$data/seed-article.jsonl" --format json |
    python3 -c "import json,sys; r=json.load(sys.stdin); print('seed article: micro-F1 %.3f' % r['microF1'])"
  java -jar "$jar" classify --quiet --format jsonl "$data/seed-article.jsonl" |
    python3 -c "
import json, sys
gold = set(json.loads(open('$data/seed-article.jsonl').readline())['labels'])
got = set(json.loads(sys.stdin.readline())['assigned'])
print(f'seed article: {len(gold & got)} of its {len(gold)} themes, {len(got - gold)} it does not have: {sorted(got - gold)}')"
fi
[[ $part == all || $part == train ]] || exit 0

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
awk 'NR % 5 == 1 || NR % 5 == 3' "$work/us-train.jsonl" > "$work/us-small.jsonl"   # 1,600 of 4,000, spread
run uscongress-1600 "$work/us-small.jsonl" "$work/us-test.jsonl"
split "$data/ynat.jsonl" split "$work/ynat"
run ynat "$work/ynat-train.jsonl" "$work/ynat-test.jsonl"
awk 'NR % 23 == 1' "$work/ynat-train.jsonl" > "$work/ynat-small.jsonl"   # 1,588 of 36,523, spread
run ynat-1600 "$work/ynat-small.jsonl" "$work/ynat-test.jsonl"
split "$data/bbc.jsonl" fold "$work/bbc"
for fold in 1 2 3 4 5; do
  train=""
  for other in 1 2 3 4 5; do [[ $other == "$fold" ]] || train="$train $work/bbc-$other.jsonl"; done
  run "bbc-fold$fold" "$train" "$work/bbc-$fold.jsonl"
done
