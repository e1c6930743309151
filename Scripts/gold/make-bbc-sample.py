#!/usr/bin/env python3
"""Draw a reproducible random sample of 150 double-quoted spans from BBC
politics and business articles, for hand annotation (see README.md).

Usage (from the repo root):
    python3 Scripts/gold/make-bbc-sample.py ../shared/corpora/bbc > Scripts/gold/bbc-sample.tsv

Rules:
  * files: <root>/{politics,business}/*.txt, read as UTF-8 with newlines kept
    verbatim; processed in sorted order of the relative path
    ("business/001.txt" ... "politics/417.txt"); a file whose bytes equal an
    earlier file's is skipped.
  * line 1 is the headline and is ignored; the body is split into paragraphs
    at blank lines.
  * within each paragraph straight quote marks (") are paired left to right;
    an opening mark left unclosed at the paragraph's end closes there.
  * spans whose text has no letters are dropped.
  * 150 spans are drawn with random.Random(20261201).sample() from the list
    sorted by (file, offset).
Output TSV columns: file, start (0-based code-point offset of the opening
mark in the whole raw file text, headline included), quote (span text,
tabs/newlines -> spaces, stripped, cut to 80 characters).
"""
import os
import re
import sys
import random

SEED = 20261201
N = 150
FOLDERS = ("politics", "business")


def paragraphs(text):
    """Yield (start, end) offsets of the body paragraphs of a raw file text."""
    nl = text.find("\n")
    if nl < 0:
        return
    pos = nl + 1
    # a paragraph is a maximal run of non-blank lines
    for m in re.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|$))+", text[pos:]):
        s, e = pos + m.start(), pos + m.end()
        while e > s and text[e - 1] in "\r\n":
            e -= 1
        yield s, e


def spans(text):
    """Yield (open_offset, quoted_text) for each quote span in the body."""
    for ps, pe in paragraphs(text):
        marks = [i for i in range(ps, pe) if text[i] == '"']
        for k in range(0, len(marks), 2):
            o = marks[k]
            c = marks[k + 1] if k + 1 < len(marks) else pe
            inner = text[o + 1:c]
            if any(ch.isalpha() for ch in inner):
                yield o, inner


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/bbc"
    rels = []
    for folder in FOLDERS:
        for name in os.listdir(os.path.join(root, folder)):
            if name.endswith(".txt"):
                rels.append(folder + "/" + name)
    rels.sort()
    seen = set()
    items = []
    for rel in rels:
        with open(os.path.join(root, rel), "rb") as fh:
            raw = fh.read()
        if raw in seen:
            continue
        seen.add(raw)
        text = raw.decode("utf-8")
        for off, inner in spans(text):
            items.append((rel, off, inner))
    items.sort(key=lambda t: (t[0], t[1]))
    sample = random.Random(SEED).sample(items, N)
    out = sys.stdout
    out.write("file\tstart\tquote\n")
    for rel, off, inner in sample:
        q = re.sub(r"[\t\r\n]", " ", inner).strip()[:80].rstrip()
        out.write(f"{rel}\t{off}\t{q}\n")
    print(f"{len(rels)} files, {len(seen)} distinct, {len(items)} spans, "
          f"{N} sampled", file=sys.stderr)


if __name__ == "__main__":
    main()
