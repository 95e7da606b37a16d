#!/usr/bin/env python3
"""Derives the NER gazetteer's derived-*.txt lists from Parley's own data files.

Reads data/actors (leaders, ministers, organisations, non-state actors), data/gazetteer (countries, cities)
and data/outlets, and writes src/Parley.Nlp/Ner/Gazetteer/derived-{first-names,surnames,places,organisations}.txt
(sorted, deduplicated, tokenized as UD tokenizes: "'s" and commas split, hyphens split in a second variant).
Run from the repository root: python3 tools/derive-ner-gazetteer.py. Retrain models/en-ner afterwards.
"""
import re
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "src/Parley.Nlp/Ner/Gazetteer"
CONNECTORS = {"of", "and", "for", "the", "de", "du", "la", "von", "van", "der", "on", "al", "el", "bin", "&"}
SUFFIXES = {"Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"}


def tokenize(name):
    name = re.sub(r"(\w)'s\b", r"\1 's", name)
    name = re.sub(r"\s*,\s*", " , ", name)
    return name.split()


def variants(name):
    tokens = tokenize(name)
    out = {" ".join(tokens)}
    split = []
    for t in tokens:
        if "-" in t.strip("-") and not t.startswith("-"):
            parts = t.split("-")
            for k, p in enumerate(parts):
                if k:
                    split.append("-")
                if p:
                    split.append(p)
        else:
            split.append(t)
    out.add(" ".join(split))
    return out


def is_name(phrase):
    """A proper name: every word capitalised, a digit/acronym, or a connector."""
    tokens = tokenize(phrase)
    if not tokens or tokens[0][0].islower() and tokens[0] not in ("al-Qaeda", "al-Qaida"):
        return False
    return all(t[0].isupper() or t[0].isdigit() or t in CONNECTORS or t in ("'s", ",", "-") or t.startswith("al-") for t in tokens)


def person_parts(name):
    tokens = [t for t in name.replace(",", " ").split() if t not in SUFFIXES]
    words = [t for t in tokens if re.fullmatch(r"[^\W\d_][\w'’.-]*", t) and not re.fullmatch(r"[A-Z]\.?", t) and not re.fullmatch(r"([A-Z]\.)+", t)]
    if len(words) < 2:
        return None, None
    first, last = words[0], words[-1]
    return first, last


def split_aliases(s, sep):
    return [a.strip() for a in s.split(sep) if a.strip() and a.strip() != "-"]


first_names, surnames, places, organisations = set(), set(), set(), set()

for file in ("leaders.txt", "ministers.txt"):
    for line in (ROOT / "data/actors" / file).read_text(encoding="utf-8").splitlines():
        if "|" not in line or line.startswith("#") or line.startswith("office"):
            continue
        parts = [p.strip() for p in line.split("|")]
        names = [parts[1]] + (split_aliases(parts[2], ";") if len(parts) > 2 else [])
        for n in names:
            n = n.lstrip("~").strip()
            if not n:
                continue
            first, last = person_parts(n)
            if first:
                for v in variants(first):
                    first_names.add(v)
                for v in variants(last):
                    surnames.add(v)

for file in ("organisations.txt", "nonstate.txt"):
    for line in (ROOT / "data/actors" / file).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if "|" not in line:
            continue
        parts = [p.strip() for p in line.split("|")]
        for n in [parts[1]] + (split_aliases(parts[2], ";") if len(parts) > 2 else []):
            if n.startswith("the "):
                n = n[4:]
            if is_name(n):
                organisations.update(variants(n))

for line in (ROOT / "data/outlets/outlets.tsv").read_text(encoding="utf-8").splitlines():
    if line.startswith("#") or not line.strip():
        continue
    cols = line.split("\t")
    if len(cols) > 3 and cols[3].strip() == "generic":
        continue
    for n in [cols[0]] + (split_aliases(cols[1], "|") if len(cols) > 1 else []):
        if n.startswith("The "):
            n = n[4:]
        if is_name(n):
            organisations.update(variants(n))

for line in (ROOT / "data/gazetteer/cities.tsv").read_text(encoding="utf-8").splitlines():
    if line.startswith("#") or not line.strip():
        continue
    cols = line.split("\t")
    for n in [cols[0]] + (split_aliases(cols[4], ";") if len(cols) > 4 else []):
        if is_name(n):
            places.update(variants(n))

for line in (ROOT / "data/gazetteer/countries.tsv").read_text(encoding="utf-8").splitlines():
    if line.startswith("#") or not line.strip():
        continue
    cols = line.split("\t")
    if len(cols) > 5 and is_name(cols[5]):
        places.update(variants(cols[5]))

HEADER = "# Derived by tools/derive-ner-gazetteer.py from Parley's own data ({}); do not edit by hand.\n"
for name, entries, source in (
    ("first-names", first_names, "given names of data/actors leaders and ministers"),
    ("surnames", surnames, "family names of data/actors leaders and ministers"),
    ("places", places, "data/gazetteer cities and capitals"),
    ("organisations", organisations, "data/actors organisations and non-state actors, data/outlets"),
):
    text = HEADER.format(source) + "".join(e + "\n" for e in sorted(entries))
    (OUT / f"derived-{name}.txt").write_text(text, encoding="utf-8")
    print(name, len(entries))
