#!/usr/bin/env python3
"""Build Tests/Fixtures/redaction-corpus.json from the marked-up cases in redaction-corpus-src/.

    python3 Tests/Fixtures/build_corpus.py

Cases are written with inline marks: ⟦kind:value⟧ is a personal value that must be redacted, ⟪value⟫ a string
that must survive unchanged. The marks are removed from the text, and each mark becomes a span (with its
offset) or a keep string. Standard library only; the output is deterministic. Then run check_corpus.py.
"""
import sys

sys.dont_write_bytecode = True

import importlib  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "redaction-corpus-src"))
LANGUAGES = ["en", "fr", "de", "es"]
KINDS = ["name", "email", "phone", "card", "iban", "ip", "address", "order", "credential", "url-secret"]
MARK = re.compile(r"⟦([a-z-]+):(.*?)⟧|⟪(.*?)⟫", re.S)
VENDOR_DOMAINS = ["ledgerbird.example", "orbitdesk.example", "nimbusdrive.example"]


def parse(marked):
    text, spans, keep, pos = [], [], [], 0
    out_len = 0
    for m in MARK.finditer(marked):
        before = marked[pos:m.start()]
        if "⟦" in before or "⟧" in before or "⟪" in before or "⟫" in before:
            raise ValueError(f"unbalanced mark near: {before[-40:]!r}")
        text.append(before)
        out_len += len(before)
        if m.group(1) is not None:
            kind, value = m.group(1), m.group(2)
            if kind not in KINDS:
                raise ValueError(f"unknown kind {kind!r} in {marked[:60]!r}")
            spans.append({"kind": kind, "text": value, "start": out_len})
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        text.append(value)
        out_len += len(value)
        pos = m.end()
    rest = marked[pos:]
    if any(c in rest for c in "⟦⟧⟪⟫"):
        raise ValueError(f"unbalanced mark near: {rest[:40]!r}")
    text.append(rest)
    return "".join(text), spans, keep


def main():
    cases = []
    for lang in LANGUAGES:
        module = importlib.import_module(lang)
        for n, entry in enumerate(module.CASES, 1):
            marked, note = (entry, None) if isinstance(entry, str) else entry
            text, spans, keep = parse(marked)
            case = {"id": f"{lang}-{n:03d}", "language": lang, "text": text, "spans": spans, "keep": keep}
            if note:
                case["note"] = note
            cases.append(case)
    doc = {
        "schema": "casebook-redaction-corpus/1",
        "kinds": KINDS,
        "vendor_domains": VENDOR_DOMAINS,
        "offsets": "span start = index in Unicode scalars (code points) of text",
        "cases": cases,
    }
    with open(os.path.join(HERE, "redaction-corpus.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(cases)} cases")


if __name__ == "__main__":
    main()
