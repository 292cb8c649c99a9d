#!/usr/bin/env python3
"""Checks seed corpus files while they are being written.

Usage: python3 seeds/tools/check_seeds.py seeds/corpus/en-a.jsonl [more files...]

Prints per-file counts (articles, genres, labels per theme, multi-label and no-label shares,
headline share, word lengths) and every problem found: schema errors, unknown theme ids,
duplicate ids, and pairs of articles that share more than half of their word 5-grams.
The authoritative checks are the Java tests in core; this is a quick aid for authors.
"""
import collections
import json
import re
import sys

THEMES = [
    "decentralization", "local-finance", "metropolitan-integration", "balanced-development",
    "lagging-regions", "small-medium-cities", "intergovernmental-cooperation",
    "international-exchange", "citizen-participation", "regional-economy",
]
GENRES = {"news", "headline", "press-release", "announcement", "minutes", "op-ed", "abstract"}
FIELDS = {"id", "lang", "title", "text", "labels", "genre", "date"}
DATE = re.compile(r"^20(2[3-6])-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")


def words(lang, text):
    if lang == "en":
        return re.findall(r"[a-z0-9]+", text.lower())
    if lang == "ko":
        return re.findall(r"[\w]+", text)
    # Chinese has no spaces: use characters as words.
    return [c for c in text if not c.isspace() and c.isalnum()]


def grams(tokens, n=5):
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def main(paths):
    problems = []
    records = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for no, line in enumerate(f, 1):
                if not line.strip():
                    problems.append(f"{path}:{no}: blank line")
                    continue
                try:
                    r = json.loads(line)
                except json.JSONDecodeError as e:
                    problems.append(f"{path}:{no}: bad JSON: {e}")
                    continue
                where = f"{path}:{no}"
                if set(r) != FIELDS:
                    problems.append(f"{where}: fields {sorted(r)} != {sorted(FIELDS)}")
                    continue
                if r["lang"] not in ("en", "ko", "zh"):
                    problems.append(f"{where}: lang {r['lang']!r}")
                if r["genre"] not in GENRES:
                    problems.append(f"{where}: genre {r['genre']!r}")
                if not DATE.match(r["date"]):
                    problems.append(f"{where}: date {r['date']!r} (want 2023-01-01..2026-12-31)")
                if not isinstance(r["labels"], list) or any(l not in THEMES for l in r["labels"]):
                    problems.append(f"{where}: labels {r['labels']!r}")
                if len(set(r["labels"])) != len(r["labels"]):
                    problems.append(f"{where}: repeated label")
                if not r["text"].strip():
                    problems.append(f"{where}: empty text")
                if r["genre"] == "headline" and ("\n" in r["text"] or r["title"]):
                    problems.append(f"{where}: a headline has one line of text and an empty title")
                if r["genre"] != "headline" and not r["title"].strip():
                    problems.append(f"{where}: non-headline without title")
                records.append((where, r))
    ids = collections.Counter(r["id"] for _, r in records)
    for i, c in ids.items():
        if c > 1:
            problems.append(f"duplicate id {i} x{c}")
    by_lang = collections.defaultdict(list)
    for where, r in records:
        by_lang[r["lang"]].append((where, r))
    for lang, recs in sorted(by_lang.items()):
        n = len(recs)
        per_theme = collections.Counter(l for _, r in recs for l in r["labels"])
        multi = sum(1 for _, r in recs if len(r["labels"]) >= 2)
        none = sum(1 for _, r in recs if not r["labels"])
        heads = sum(1 for _, r in recs if r["genre"] == "headline")
        lengths = sorted(len(words("en" if lang != "zh" else "zh", r["title"] + " " + r["text"]))
                         for _, r in recs)
        print(f"[{lang}] articles={n} multi-label={multi} ({multi / n:.0%}) "
              f"no-label={none} ({none / n:.0%}) headlines={heads} ({heads / n:.0%})")
        print(f"[{lang}] genres: {dict(collections.Counter(r['genre'] for _, r in recs))}")
        print(f"[{lang}] length (words; chars for zh): min={lengths[0]} "
              f"median={lengths[n // 2]} max={lengths[-1]}")
        for t in THEMES:
            print(f"[{lang}]   {t:32s} {per_theme.get(t, 0)}")
        gs = [(w, r["id"], grams(words(lang, r["title"] + " " + r["text"]))) for w, r in recs]
        index = collections.defaultdict(set)
        for k, (_, _, g) in enumerate(gs):
            for x in g:
                index[x].add(k)
        for k, (w, i, g) in enumerate(gs):
            if not g:
                continue
            shared = collections.Counter()
            for x in g:
                for other in index[x]:
                    if other != k:
                        shared[other] += 1
            for other, c in shared.items():
                og = gs[other][2]
                if other > k and c > 0.5 * min(len(g), len(og)):
                    problems.append(f"{w} ({i}) and {gs[other][0]} ({gs[other][1]}) share {c} "
                                    f"word 5-grams, more than half")
    print(f"{len(problems)} problem(s)")
    for p in problems:
        print("  " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
