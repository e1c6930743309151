#!/usr/bin/env python3
"""Sanity-check Scripts/gold/war-figures.tsv against the corpus.

Usage (from the repo root):
    python3 Scripts/gold/war-figures-check.py ../shared/corpora/ukraine-war-news

Checks that every row's file is in the sample, that the raw file text at
`start` (0-based, Unicode code points) begins with `text`, that `value`
parses as a number, and that rows are sorted by file then start. Prints counts.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    corpus = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/ukraine-war-news"
    paths = {}
    for root, _dirs, files in os.walk(os.path.join(corpus, "data")):
        for name in files:
            paths[name] = os.path.join(root, name)
    with open(os.path.join(HERE, "war-figures-sample.txt"), encoding="utf-8") as f:
        sample = f.read().split()
    with open(os.path.join(HERE, "war-figures.tsv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    texts, errors, prev = {}, 0, None
    for n, r in enumerate(rows, 2):
        name, start = r["file"], int(r["start"])
        if name not in sample:
            print(f"line {n}: {name} not in sample"); errors += 1; continue
        if name not in texts:
            with open(paths[name], encoding="utf-8", newline="") as f:
                texts[name] = f.read()
        if not texts[name].startswith(r["text"], start):
            print(f"line {n}: text {r['text']!r} != {texts[name][start:start + len(r['text'])]!r}")
            errors += 1
        float(r["value"])
        if prev is not None and (name, start) <= prev:
            print(f"line {n}: not sorted"); errors += 1
        prev = (name, start)
    print(f"{len(rows)} figures in {len({r['file'] for r in rows})} of {len(sample)} articles; "
          f"{sum(1 for r in rows if r['claimant'])} with claimant, "
          f"{sum(1 for r in rows if r['category'])} with category; {errors} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
