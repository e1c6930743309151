#!/usr/bin/env python3
"""Draw the 25-article sample for the war-figures gold set.

Usage (from the repo root):
    python3 Scripts/gold/make-war-sample.py ../shared/corpora/ukraine-war-news \
        > Scripts/gold/war-figures-sample.txt

Lists every .txt file under <corpus>/data (sorted by file name), drops a file
whose text equals an earlier file's text, drops files shorter than 1,500 or
longer than 8,000 characters (Unicode code points), then picks 25 with
random.Random(20261201).sample(...) and prints their names, sorted, one a line.
"""
import os
import random
import sys

SEED = 20261201
SIZE = 25
MIN_CHARS = 1500
MAX_CHARS = 8000


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make-war-sample.py CORPUS_DIR")
    data = os.path.join(sys.argv[1], "data")
    paths = {}
    for root, _dirs, files in os.walk(data):
        for name in files:
            if name.endswith(".txt"):
                paths[name] = os.path.join(root, name)
    seen = set()
    eligible = []
    for name in sorted(paths):
        with open(paths[name], encoding="utf-8", newline="") as f:
            text = f.read()
        if text in seen:
            continue  # exact duplicate of an earlier file
        seen.add(text)
        if MIN_CHARS <= len(text) <= MAX_CHARS:
            eligible.append(name)
    for name in sorted(random.Random(SEED).sample(eligible, SIZE)):
        print(name)


if __name__ == "__main__":
    main()
