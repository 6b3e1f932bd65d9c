#!/usr/bin/env python3
"""Check Tests/Fixtures/redaction-corpus.json and print what it holds.

    python3 Tests/Fixtures/check_corpus.py [path]

Checks: ids unique and shaped `<language>-NNN`, languages and kinds known, every span's text at its offset
(and so a substring of the text), spans not overlapping, every keep string present outside every span,
card numbers Luhn-valid, IBANs with valid check digits, enough cases per language. Exits 1 on any problem.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LANGUAGES = ["en", "fr", "de", "es"]
KINDS = ["name", "email", "phone", "card", "iban", "ip", "address", "order", "credential", "url-secret"]
MINIMUM = {"en": 150, "fr": 150, "de": 40, "es": 40, "all": 450}


def luhn(number):
    digits = [int(c) for c in number if c.isdigit()]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(reversed(digits)))
    return 13 <= len(digits) <= 19 and total % 10 == 0


def iban_ok(value):
    raw = re.sub(r"\s", "", value).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", raw):
        return False
    return int("".join(str(int(c, 36)) for c in raw[4:] + raw[:4])) % 97 == 1


def occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "redaction-corpus.json")
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    problems = []
    if doc.get("kinds") != KINDS:
        problems.append(f"top-level kinds differ from {KINDS}")
    seen = set()
    per = {lang: {k: 0 for k in KINDS} for lang in LANGUAGES}
    cases_per = {lang: 0 for lang in LANGUAGES}
    clean_per = {lang: 0 for lang in LANGUAGES}
    keep_per = {lang: 0 for lang in LANGUAGES}
    for case in doc["cases"]:
        cid, lang, text = case.get("id"), case.get("language"), case.get("text", "")
        where = f"{cid}:"
        if cid in seen:
            problems.append(f"{where} duplicate id")
        seen.add(cid)
        if lang not in LANGUAGES:
            problems.append(f"{where} unknown language {lang!r}")
            continue
        if not re.fullmatch(re.escape(lang) + r"-\d{3}", cid or ""):
            problems.append(f"{where} id should be {lang}-NNN")
        if not text.strip():
            problems.append(f"{where} empty text")
        cases_per[lang] += 1
        ranges = []
        for span in case.get("spans", []):
            kind, value, start = span.get("kind"), span.get("text", ""), span.get("start")
            if kind not in KINDS:
                problems.append(f"{where} unknown kind {kind!r}")
                continue
            if not value or value != value.strip():
                problems.append(f"{where} {kind} span {value!r} is empty or has outer white space")
            if value not in text:
                problems.append(f"{where} {kind} span {value!r} is not in the text")
            elif start is None or text[start:start + len(value)] != value:
                problems.append(f"{where} {kind} span {value!r} is not at offset {start}")
            else:
                ranges.append((start, start + len(value)))
            if kind == "card" and not luhn(value):
                problems.append(f"{where} card {value!r} fails the Luhn check")
            if kind == "iban" and not iban_ok(value):
                problems.append(f"{where} IBAN {value!r} has bad check digits")
            per[lang][kind] += 1
        ranges.sort()
        for (a, b), (c, d) in zip(ranges, ranges[1:]):
            if c < b:
                problems.append(f"{where} spans overlap at {c}")
        for keep in case.get("keep", []):
            if not keep:
                problems.append(f"{where} empty keep string")
                continue
            free = [i for i in occurrences(text, keep)
                    if not any(i < b and i + len(keep) > a for a, b in ranges)]
            if not free:
                problems.append(f"{where} keep {keep!r} does not occur outside the spans")
        if not case.get("spans"):
            clean_per[lang] += 1
        if case.get("keep"):
            keep_per[lang] += 1
    total = sum(cases_per.values())
    for lang in LANGUAGES:
        if cases_per[lang] < MINIMUM[lang]:
            problems.append(f"{lang}: {cases_per[lang]} cases, at least {MINIMUM[lang]} wanted")
    if total < MINIMUM["all"]:
        problems.append(f"{total} cases, at least {MINIMUM['all']} wanted")

    width = max(len(k) for k in KINDS + ["no personal data"]) + 2
    print("spans per kind".ljust(width) + "".join(lang.rjust(7) for lang in LANGUAGES) + "total".rjust(8))
    for kind in KINDS:
        row = [per[lang][kind] for lang in LANGUAGES]
        print(kind.ljust(width) + "".join(str(n).rjust(7) for n in row) + str(sum(row)).rjust(8))
    print("-" * (width + 7 * len(LANGUAGES) + 8))
    for label, table in (("cases", cases_per), ("no personal data", clean_per), ("with keep strings", keep_per)):
        row = [table[lang] for lang in LANGUAGES]
        print(label.ljust(width) + "".join(str(n).rjust(7) for n in row) + str(sum(row)).rjust(8))
    kept = sum(len(c.get("keep", [])) for c in doc["cases"])
    print(f"\n{total} cases, {sum(sum(v.values()) for v in per.values())} spans, {kept} keep strings, "
          f"{sum(clean_per.values()) * 100 // max(total, 1)}% of cases without personal data")
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        sys.exit(1)
    print("corpus OK")


if __name__ == "__main__":
    main()
