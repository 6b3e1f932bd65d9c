#!/usr/bin/env python3
"""Generate the second sample export of Casebook: Ledgerbird, a fictional invoicing, expenses and payroll tool.

Written independently of Samples/Generator/generate.swift and of Casebook's clustering, drafting and
redaction code, to evaluate them. Standard library only, fixed seed: every run writes byte-identical files.

    python3 Samples/second/generate.py

Writes, next to this script: zendesk-export.json, tickets.csv, personal-data.txt, README.md and
truth/{clusters.csv, drafts.json, labelled.csv}. See README.md for what they hold.
"""
import sys

sys.dont_write_bytecode = True

import csv  # noqa: E402
import html  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import unicodedata  # noqa: E402
from datetime import datetime, timedelta, timezone  # noqa: E402

from generator import oneoffs, people, problems_en, problems_fr, requests  # noqa: E402
from generator import wrappers as W  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20260514
START = datetime(2024, 5, 1, tzinfo=timezone.utc)
END = datetime(2025, 10, 31, 18, 0, tzinfo=timezone.utc)
CSV_SHARE = 0.25
VENDOR = {"support@ledgerbird.example", "no-reply@ledgerbird.example", "invoices@ledgerbird.example"}
SLOT = re.compile(r"\{([a-z_0-9]+)\}")
PERSONAL_KINDS = ["name", "email", "phone", "address", "order", "credential", "card", "iban", "ip", "url-secret"]

PROBLEMS = problems_en.PROBLEMS + problems_fr.PROBLEMS
REQUESTS = requests.REQUESTS
ONEOFFS = oneoffs.ONEOFFS
AGENTS = {a["id"]: a for a in people.AGENTS}


# ---------------------------------------------------------------- text helpers

def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def ascii_slug(s):
    return re.sub(r"[^a-z]", "", strip_accents(s).lower())


def typos(text, rng, rate):
    """Swap, drop or double a letter in some longer words; slots ({x}) are never touched."""
    out = []
    for tok in re.split(r"(\s+)", text):
        if len(tok) > 4 and tok.isalpha() and rng.random() < rate:
            i = rng.randrange(1, len(tok) - 1)
            op = rng.randrange(3)
            if op == 0:
                tok = tok[:i] + tok[i + 1] + tok[i] + tok[i + 2:]
            elif op == 1:
                tok = tok[:i] + tok[i + 1:]
            else:
                tok = tok[:i] + tok[i] + tok[i:]
        out.append(tok)
    return "".join(out)


def reword(text, swaps, rng, p=0.5):
    """Swap phrases for their alternatives, leaving {slots} alone."""
    parts = re.split(r"(\{[a-z_0-9]+\})", text)
    for pattern, alts in swaps:
        parts = [x if x.startswith("{") else
                 re.sub(pattern, lambda m: m.expand(rng.choice(alts)) if rng.random() < p else m.group(0), x)
                 for x in parts]
    return "".join(parts)


def luhn_ok(number):
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def make_iban(country, bban):
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(num) % 97:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_FR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MON_FR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def quote_header(lang, t):
    if lang == "fr":
        return (f"Le {DAYS_FR[t.weekday()]} {t.day} {MON_FR[t.month - 1]} {t.year} à {t:%H:%M}, "
                "Ledgerbird Support <support@ledgerbird.example> a écrit :")
    return (f"On {DAYS_EN[t.weekday()]}, {t.day} {MON_EN[t.month - 1]} {t.year} at {t:%H:%M}, "
            "Ledgerbird Support <support@ledgerbird.example> wrote:")


# ---------------------------------------------------------------- HTML rendering

MENU = re.compile(r"([A-Z\u00C0-\u00DD][\w'\u00C0-\u017F-]*(?: [A-Z(\u00C0-\u00DD][\w'()\u00C0-\u017F-]*)*(?: > [^.,;:>\n]*[^.,;:>\n ])+)")
URL = re.compile(r"(https?://[^\s)]+[^\s).,;:])")
CODE = re.compile(r"`([^`]+)`")


def inline_html(text, rich):
    """Escape a line; in rich mode, links, menu paths and `code` get their tags."""
    if not rich:
        return html.escape(text, quote=False)
    parts, pos = [], 0
    pattern = re.compile(f"{CODE.pattern}|{URL.pattern}")
    for m in pattern.finditer(text):
        parts.append(menu_html(text[pos:m.start()]))
        if m.group(1) is not None:
            parts.append(f"<code>{html.escape(m.group(1), quote=False)}</code>")
        else:
            u = html.escape(m.group(2))
            parts.append(f'<a href="{u}" target="_blank" rel="noopener">{u}</a>')
        pos = m.end()
    parts.append(menu_html(text[pos:]))
    return "".join(parts)


def menu_html(text):
    out, pos = [], 0
    for m in MENU.finditer(text):
        out.append(html.escape(text[pos:m.start()], quote=False))
        out.append(f"<strong>{html.escape(m.group(1), quote=False)}</strong>")
        pos = m.end()
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out)


def paragraphs_html(blocks, rich=False, gmail=False):
    """blocks: list of ("p", text) or ("ol"/"ul", [items]) or ("quote", text)."""
    out = []
    for kind, value in blocks:
        if kind in ("ol", "ul"):
            items = "".join(f"<li>{inline_html(v, rich)}</li>" for v in value)
            out.append(f"<{kind}>{items}</{kind}>")
        elif kind == "quote":
            inner = "<br>".join(html.escape(x, quote=False) for x in value.split("\n"))
            out.append(f'<div class="gmail_quote"><blockquote class="gmail_quote" '
                       f'style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{inner}</blockquote></div>')
        else:
            inner = "<br>".join(inline_html(x, rich) for x in value.split("\n"))
            if gmail:
                out.append(f'<div dir="ltr">{inner}</div><div><br></div>')
            else:
                out.append(f'<p dir="auto">{inner}</p>')
    return '<div class="zd-comment" dir="auto">' + "".join(out) + "</div>"


def blocks_text(blocks, list_style, lang):
    out = []
    for kind, value in blocks:
        if kind in ("ol", "ul"):
            lines = []
            for i, v in enumerate(value, 1):
                v = CODE.sub(r"\1", v) if list_style.startswith("html") else v
                if kind == "ul":
                    lines.append(f"- {v}")
                elif list_style == "paren":
                    lines.append(f"{i}) {v}")
                elif list_style == "steplabel":
                    lines.append(f"Étape {i} : {v}" if lang == "fr" else f"Step {i}: {v}")
                else:
                    lines.append(f"{i}. {v}")
            out.append("\n".join(lines))
        elif kind == "quote":
            out.append("\n".join("> " + x if x else ">" for x in value.split("\n")))
        else:
            out.append(CODE.sub(r"\1", value) if list_style.startswith("html") else value)
    return "\n\n".join(out)


# ---------------------------------------------------------------- people and values

class Person:
    def __init__(self, first, last, lang, country, company, domain, email, phone):
        self.first, self.last, self.lang, self.country = first, last, lang, country
        self.name = f"{first} {last}"
        self.company, self.domain, self.email, self.phone = company, domain, email, phone
        self.user_id = None


class World:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.used_names = set()
        self.used_emails = set(VENDOR)
        self.used_phones = set()
        self.used_refs = set()
        self.customers = {"en": [], "fr": []}
        self.canary = 0
        self.usage = {}

    # unique small numbers so every planted value is distinct
    def ref(self, fmt):
        while True:
            v = fmt(self.rng)
            if v not in self.used_refs:
                self.used_refs.add(v)
                return v

    def person(self, lang, with_phone=None):
        rng = self.rng
        first_pool, last_pool = (people.FIRST_FR, people.LAST_FR) if lang == "fr" else (people.FIRST_EN, people.LAST_EN)
        while True:
            first, last = rng.choice(first_pool), rng.choice(last_pool)
            if f"{first} {last}" not in self.used_names:
                break
        self.used_names.add(f"{first} {last}")
        country = "FR" if lang == "fr" else ("US" if rng.random() < 0.28 else "GB")
        if rng.random() < 0.72:
            company, domain = rng.choice(people.COMPANIES_FR if lang == "fr" else people.COMPANIES_EN)
        else:
            company, domain = "", rng.choice(people.FREEMAIL_FR if lang == "fr" else people.FREEMAIL_EN)
        f, l = ascii_slug(first), ascii_slug(last)
        forms = [f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{rng.randrange(10, 99)}", f"{f}+ledgerbird", f"{l}.{f}",
                 f"{f}_{l}", f"{f}"]
        local = forms[rng.randrange(len(forms))]
        email = f"{local}@{domain}"
        while email in self.used_emails:
            email = f"{f}.{l}{rng.randrange(100, 999)}@{domain}"
        self.used_emails.add(email)
        p = Person(first, last, lang, country, company or "", domain, email, None)
        if with_phone if with_phone is not None else rng.random() < 0.45:
            p.phone = self.phone(country)
        return p

    def phone(self, country):
        rng = self.rng
        while True:
            if country == "FR":
                a, b = rng.randrange(10, 99), rng.randrange(10, 99)
                forms = [f"01 99 00 {a} {b}", f"+33 1 99 00 {a} {b}", f"06 39 98 {a} {b}", f"+33 6 39 98 {a} {b}",
                         f"06.39.98.{a}.{b}", f"+33 (0)6 39 98 {a} {b}", f"0639 98 {a} {b}"]
            elif country == "US":
                d = rng.randrange(0, 100)
                forms = [f"+1 415 555 01{d:02d}", f"(312) 555-01{d:02d}", f"646-555-01{d:02d}", f"+1 (206) 555-01{d:02d}"]
            else:
                d = rng.randrange(0, 1000)
                forms = [f"020 7946 0{d:03d}", f"+44 20 7946 0{d:03d}", f"07700 900{d:03d}", f"+44 7700 900{d:03d}",
                         f"+44 (0)20 7946 0{d:03d}"]
            v = forms[rng.randrange(len(forms))]
            digits = re.sub(r"\D", "", v)[-8:]
            if digits not in self.used_phones:
                self.used_phones.add(digits)
                return v

    def address(self, country):
        rng = self.rng
        if country == "FR":
            street, city = rng.choice(people.STREETS_FR)
            n = rng.randrange(1, 140)
            return rng.choice([f"{n} {street}, {city}", f"{n} bis {street}, {city}", f"{n}, {street} - {city}"])
        if country == "US":
            street, city, z = rng.choice(people.STREETS_US)
            return f"{rng.randrange(100, 4999)} {street}, Suite {rng.randrange(100, 900)}, {city} {z}"
        street, city, pc = rng.choice(people.STREETS_UK)
        n = rng.randrange(1, 220)
        return rng.choice([f"{n} {street}, {city} {pc}", f"Flat {rng.randrange(1, 12)}, {n} {street}, {city} {pc}"])

    def customer(self, lang):
        pool = self.customers[lang]
        if pool and self.rng.random() < 0.07:
            return self.rng.choice(pool)
        p = self.person(lang)
        pool.append(p)
        return p

    def balanced(self, key, options):
        """A random option among the least used so far for this key: spreads phrasings over tickets."""
        used = self.usage.setdefault(key, [0] * len(options))
        low = min(used)
        i = self.rng.choice([k for k, u in enumerate(used) if u == low])
        used[i] += 1
        return options[i]

    def next_canary(self):
        self.canary += 1
        return f"INTCANARY-{self.canary:04d}"


# ---------------------------------------------------------------- one ticket

class Comment:
    def __init__(self, role, author, public, body, html_body, at, kind):
        self.role, self.author, self.public = role, author, public
        self.body, self.html_body, self.at, self.kind = body, html_body, at, kind
        self.id = None


class Ticket:
    def __init__(self, world, lang, kind, key, item):
        self.world, self.rng = world, world.rng
        self.lang, self.kind, self.key, self.item = lang, kind, key, item
        self.customer = world.customer(lang)
        self.values = {}
        self.personal = []
        self.must_not = []
        self.canaries = []
        self.comments = []
        self.cause_stated = False
        self.resolving = None
        self.status = None
        self.assignee = None
        self.note_personal(("name", self.customer.name), ("email", self.customer.email))

    def note_personal(self, *pairs):
        for kind, value in pairs:
            if (kind, value) not in self.personal:
                self.personal.append((kind, value))

    # slots -----------------------------------------------------------
    def get(self, slot):
        if slot in self.values:
            return self.values[slot]
        rng, w, c = self.rng, self.world, self.customer
        slots = self.item.get("slots", {}) if isinstance(self.item, dict) else {}
        fr = self.lang == "fr"
        year = rng.choice([2024, 2025])
        if slot in slots:
            v = rng.choice(slots[slot])
        elif slot == "err":
            v = rng.choice(self.item["errors"])
        elif slot == "first":
            v = c.first
            self.note_personal(("name", v))
        elif slot == "name":
            v = c.name
        elif slot == "last":
            v = c.last
        elif slot == "initial":
            v = c.first[0]
            self.note_personal(("name", f"{c.first[0]}. {c.last}"))
        elif slot == "company":
            v = c.company
        elif slot == "email":
            v = c.email
        elif slot == "phone":
            if c.phone is None:
                c.phone = w.phone(c.country)
            v = c.phone
            self.note_personal(("phone", v))
        elif slot in ("colleague", "colleague_email"):
            if "_colleague" not in self.values:
                self.values["_colleague"] = w.person(self.lang, with_phone=False)
            col = self.values["_colleague"]
            v = col.name if slot == "colleague" else col.email
            self.note_personal(("name" if slot == "colleague" else "email", v))
        elif slot == "invoice":
            v = w.ref(lambda r: f"FA-{year}-{r.randrange(1, 9999):04d}" if fr else f"INV-{year}-{r.randrange(1, 9999):04d}")
            self.note_personal(("order", v))
        elif slot == "order":
            v = w.ref(lambda r: f"{r.randrange(1000, 9999)}-{r.choice('ABCDEF')}" if fr else f"{r.randrange(10000, 99999)}")
            self.note_personal(("order", v))
            v = v if fr else "#" + v
        elif slot == "acct":
            v = w.ref(lambda r: f"C{r.randrange(10000, 99999)}" if fr else f"ACC-{r.randrange(100000, 999999)}")
            self.note_personal(("order", v))
        elif slot == "address":
            v = w.address(c.country)
            self.note_personal(("address", v))
        elif slot == "password":
            v = rng.choice(people.PASSWORDS)
            self.note_personal(("credential", v))
        elif slot == "ip":
            v = w.ref(lambda r: r.choice(["203.0.113.", "198.51.100.", "192.0.2."]) + str(r.randrange(2, 254)))
            self.note_personal(("ip", v))
        elif slot == "iban":
            bban = "".join(str(rng.randrange(10)) for _ in range(23))
            v = make_iban("FR", bban)
            self.note_personal(("iban", v))
        elif slot == "card":
            v = rng.choice(people.CARDS)
            self.note_personal(("card", v))
        elif slot in ("url_invite", "url_reset"):
            tok = "".join(rng.choice("0123456789abcdef") for _ in range(32))
            v = (f"https://app.ledgerbird.example/invite/{tok}" if slot == "url_invite"
                 else f"https://app.ledgerbird.example/reset?token={tok}")
            self.note_personal(("url-secret", tok))
        elif slot == "size":
            v = str(rng.choice([4, 6, 9, 12, 18, 25, 40]))
        elif slot == "biz":
            v = rng.choice(W.BIZ[self.lang])
        elif slot == "plan":
            v = rng.choice(W.PLANS)
        elif slot == "month":
            v = rng.choice(W.MONTHS)
        elif slot == "bug":
            v = str(rng.randrange(1000, 9999))
        elif slot == "amount":
            v = rng.choice(["£1,188.00", "£468.00", "£2,280.00"]) if c.country == "GB" else rng.choice(["$1,440.00", "$588.00", "$2,760.00"])
        elif slot == "amount_fr":
            v = rng.choice(["15 €", "30 €", "49 €", "20 €"])
        elif slot == "last4":
            v = str(rng.randrange(1000, 9999))
        elif slot == "date":
            d = END - timedelta(days=rng.randrange(20, 400))
            v = f"{d.day} {W.MONTHS[d.month - 1]} {d.year}"
        elif slot == "agent":
            v = self.assignee["first"] if self.assignee else ""
        else:
            raise KeyError(f"unknown slot {{{slot}}} in ticket {self.key}")
        self.values[slot] = v
        return v

    def fill(self, template):
        return SLOT.sub(lambda m: self.get(m.group(1)), template)

    # times -----------------------------------------------------------
    def later(self, t, lo_h, hi_h):
        t2 = t + timedelta(minutes=self.rng.randrange(int(lo_h * 60), int(hi_h * 60) + 1))
        return t2

    def add(self, role, author, public, body, html_body, at, kind):
        cm = Comment(role, author, public, body, html_body, at, kind)
        self.comments.append(cm)
        return cm

    # customer messages ---------------------------------------------------
    def customer_first(self, at, style=None):
        rng, lang, item = self.rng, self.lang, self.item
        has_short = bool(item.get("short"))
        if style is None:
            r = rng.random()
            style = ("short" if has_short and r < 0.10 else "rant" if r < 0.22 else "long" if r < 0.55 else "plain")
        noacc = lang == "fr" and rng.random() < 0.3
        rate = 0.12 if style == "rant" else 0.015

        swap = rng.random() < 0.6

        def t(tpl):
            if swap:
                tpl = reword(tpl, W.CUSTOMER_SWAPS[lang], rng)
            if style == "rant":
                tpl = tpl.lower()
            if noacc:
                tpl = strip_accents(tpl)
            return typos(tpl, rng, rate)

        w = self.world
        subject = w.balanced(self.key + ":subject", item["subjects"])
        opening_pick = w.balanced(self.key + ":opening", item["openings"])
        r = rng.random()
        if r < 0.08:
            subject = rng.choice(W.GENERIC_SUBJECTS[lang])
        elif r < 0.18 and self.kind != "oneoff":
            first_line = re.split(r"(?<=[.?!])\s|\n", opening_pick)[0]
            subject = first_line if len(first_line) <= 60 else first_line[:60].rsplit(" ", 1)[0] + "..."
        if style in ("rant", "short") and rng.random() < 0.6:
            subject = subject.lower()
        if rng.random() < 0.05:
            subject = ("URGENT - " if lang == "en" else "URGENT : ") + subject
        if noacc and rng.random() < 0.5:
            subject = strip_accents(subject)
        self.subject = self.fill(subject)

        if style == "short":
            body = self.fill(t(rng.choice(item["short"])))
            return self.add_customer(body, at, gmail=True)
        paras = []
        has_company = bool(self.customer.company)

        def pick(pool):
            return rng.choice([x for x in pool if has_company or "{company}" not in x])
        if style == "long" or (style == "plain" and rng.random() < 0.6) or (style == "rant" and rng.random() < 0.2):
            paras.append(t(rng.choice(W.GREET[lang])))
        if style == "long":
            ctx = rng.sample([x for x in W.CONTEXT[lang] if has_company or "{company}" not in x], rng.choice([1, 1, 2]))
            opening = " ".join(ctx) + ("\n\n" if rng.random() < 0.5 else " ") + opening_pick
        elif style == "plain" and rng.random() < 0.2:
            opening = pick(W.CONTEXT[lang]) + " " + opening_pick
        else:
            opening = opening_pick
        if style != "short" and rng.random() < 0.12:
            opening = rng.choice(W.FILLER_PRE[lang]) + " " + opening
        if style != "short" and rng.random() < 0.15:
            opening = opening + " " + rng.choice(W.FILLER_POST[lang])
        paras.append(t(opening))
        extra = []
        if item.get("details") and rng.random() < (0.8 if style == "long" else 0.35):
            extra.append(rng.choice(item["details"]))
        if rng.random() < (0.6 if style == "long" else 0.25):
            extra.append(rng.choice(W.PERSONAL[lang]))
        if extra:
            paras.append(t(" ".join(extra)))
        if style == "rant" and rng.random() < 0.5:
            paras.append(t(rng.choice(["this is ridiculous", "seriously??", "fix this please!!", "not impressed."] if lang == "en"
                                      else ["c'est pénible", "sérieusement ??", "merci de corriger vite !!"])))
        ask = rng.choice((W.ASK_REQUEST if self.kind == "request" else W.ASK)[lang])
        if ask and rng.random() < (0.85 if style == "long" else 0.45):
            paras.append(t(ask))
        if style == "long" or (style == "plain" and rng.random() < 0.8) or (style == "rant" and rng.random() < 0.3):
            paras.append(pick(W.SIGN[lang]))
        body = "\n\n".join(self.fill(p) for p in paras if p)
        return self.add_customer(body, at, gmail=rng.random() < 0.4)

    def add_customer(self, body, at, gmail=False, quote=None):
        blocks = [("p", b) for b in body.split("\n\n")]
        text = body
        if quote is not None:
            qt, qbody = quote
            header = quote_header(self.lang, qt)
            blocks += [("p", header), ("quote", qbody)]
            text = body + "\n\n" + header + "\n" + "\n".join("> " + x if x else ">" for x in qbody.split("\n"))
        return self.add("customer", self.customer, True, text, paragraphs_html(blocks, gmail=gmail), at, "customer")

    def customer_says(self, template, at, quote=None):
        rng = self.rng
        tpl = template
        if self.lang == "fr" and rng.random() < 0.25:
            tpl = strip_accents(tpl)
        body = self.fill(tpl)
        if rng.random() < 0.4:
            body += "\n\n" + self.fill(rng.choice([x for x in W.SIGN[self.lang] if self.customer.company or "{company}" not in x]))
        return self.add_customer(body, at, gmail=rng.random() < 0.5, quote=quote)

    # agents ----------------------------------------------------------
    def pick_agent(self, exclude=None):
        weights = people.AGENT_WEIGHTS[self.lang]
        ids = [i for i in weights if i != exclude]
        return AGENTS[self.rng.choices(ids, weights=[weights[i] for i in ids])[0]]

    def signoff(self, agent):
        if agent["id"] == 407 and self.lang == "en":
            return people.AMINA_EN_SIGNOFF
        return agent["signoff"]

    def agent_reply(self, agent, middle, at, cause=None, per_ticket=None, lead=True, brief=False):
        """middle: list of blocks for the substance. Wraps greeting, opener, cause, per-ticket line, sign-off."""
        rng, lang = self.rng, self.lang
        rich = agent["style"].startswith("html")
        if agent["style"] == "macro":
            head, foot = W.MACRO[lang]
            blocks = [("p", p) for p in head.split("\n\n")] + middle
            if per_ticket:
                blocks.append(("p", per_ticket))
            blocks += [("p", p) for p in foot.split("\n\n")]
            style = "numbered"
        else:
            blocks = [("p", self.fill(rng.choice(W.HI[lang])))]
            opener = "" if brief else rng.choice(W.OPENER[lang])
            after_cause = cause is not None and rng.random() < 0.3
            first = " ".join(x for x in [opener, cause if cause and not after_cause else ""] if x)
            if first:
                blocks.append(("p", first))
            if lead and middle and middle[0][0] in ("ol", "ul"):
                blocks.append(("p", rng.choice(W.LEADIN[lang])))
            blocks += middle
            if after_cause:
                blocks.append(("p", W.CAUSE_AFTER[lang] + cause))
            if per_ticket:
                blocks.append(("p", per_ticket))
            if not brief:
                blocks.append(("p", rng.choice(W.AFTER[lang])))
            blocks.append(("p", self.signoff(agent)))
            style = agent["style"]
        text = blocks_text(blocks, style, lang)
        return self.add("agent", agent, True, text, paragraphs_html(blocks, rich=rich), at, "agent")

    def fix_blocks(self, agent, variant=None):
        item = self.item
        if agent["style"] == "macro":
            return [("ol", item["fixes"]["A"])], "A"
        if variant is None:
            variant = agent["variant"] if self.rng.random() < 0.8 else self.rng.choice([v for v in "ABC" if v != agent["variant"]])
        fix = item["fixes"][variant]
        if variant == "B":
            return [("p", fix)], variant
        kind = "ul" if agent["style"] == "html-ul" else "ol"
        return [(kind, list(fix))], variant

    def reword_fix(self, agent, middle):
        """Agents retell the same fix in their own words; the key facts must survive the rewording."""
        if agent["style"] == "macro" or self.rng.random() < 0.4:
            return middle
        swaps = W.AGENT_SWAPS[self.lang]
        out = [(k, reword(v, swaps, self.rng) if isinstance(v, str) else [reword(x, swaps, self.rng) for x in v])
               for k, v in middle]
        text = " ".join(v if isinstance(v, str) else " ".join(v) for _, v in out).lower()
        if all(any(a.lower() in text for a in alts) for alts in self.item["facts"]):
            return out
        return middle

    def per_ticket_line(self, force=False):
        options = self.item.get("per_ticket") or []
        if not options:
            return None
        if not (force or self.item.get("per_ticket_always") or self.rng.random() < 0.35):
            return None
        sentence, phrase = self.rng.choice(options)
        if phrase not in self.must_not:
            self.must_not.append(phrase)
        return self.fill(sentence)

    def note(self, at, agent=None):
        agent = agent or (AGENTS[400] if self.rng.random() < 0.3 else self.pick_agent())
        canary = self.world.next_canary()
        pool = [x for x in W.NOTES[self.lang] if self.customer.company or "{company}" not in x]
        line = self.fill(self.rng.choice(pool).replace("{canary}", canary))
        self.canaries.append(canary)
        self.note_personal(("name", self.customer.name))
        self.personal.append(("internal", line))
        return self.add("agent", agent, False, line, f'<div class="zd-comment" dir="auto"><p dir="auto">{html.escape(line, quote=False)}</p></div>', at, "note")

    def thanks(self, at, quoted=None):
        tpl = self.rng.choice(W.THANKS[self.lang])
        quote = (quoted.at, quoted.body) if quoted is not None and self.rng.random() < 0.25 else None
        return self.customer_says(tpl, at, quote=quote)


# ---------------------------------------------------------------- flows

def when(world, item, unresolved=False):
    rng = world.rng
    if unresolved:
        return END - timedelta(days=rng.randrange(1, 12), minutes=rng.randrange(0, 600))
    lo, hi = item.get("window", (0.0, 1.0)) if isinstance(item, dict) else (0.0, 1.0)
    span = (END - timedelta(days=14) - START).total_seconds()
    t = START + timedelta(seconds=span * (lo + (hi - lo) * rng.random()))
    return t.replace(hour=rng.choice([7, 8, 9, 9, 10, 10, 11, 13, 14, 15, 16, 17, 19, 22]), minute=rng.randrange(60), second=0)


def finish(tk, resolved):
    last = tk.comments[-1].at
    if not resolved:
        tk.updated = last
        return
    tk.updated = tk.later(last, 6, 90)
    tk.status = "closed" if (END - tk.updated).days > 28 else "solved"


def start(world, kind, item, unresolved, styles, delay, note_p):
    """The customer's first message, the assigned agent and perhaps an internal note."""
    tk = Ticket(world, item["lang"], kind, item["key"], item)
    rng = tk.rng
    t = when(world, item, unresolved)
    tk.created = t
    tk.customer_first(t, style=rng.choice(styles) if styles else None)
    if kind == "oneoff" and rng.random() < 0.7:
        tk.subject = item["subjects"][0]
    tk.assignee = tk.pick_agent()
    t = tk.later(t, *delay)
    if rng.random() < note_p:
        tk.note(t)
        t = tk.later(t, 0.1, 2)
    return tk, rng, tk.assignee, t


def problem_ticket(world, item, unresolved=False):
    tk, rng, agent, t = start(world, "problem", item, unresolved, None, (0.3, 6), 0.45)
    asked = rng.random() < 0.3
    if asked:
        ask = rng.choice(item["ask"] or W.ASK_GENERIC[tk.lang])
        tk.agent_reply(agent if agent["style"] != "macro" else tk.pick_agent(exclude=404), [("p", ask)], t, lead=False, brief=True)
        if unresolved and rng.random() < 0.6:
            tk.status = "pending"
            finish(tk, False)
            return tk
        t = tk.later(t, 1, 30)
        tk.customer_says(rng.choice(item["replies"] or W.REPLY_GENERIC[tk.lang]), t)
        t = tk.later(t, 0.5, 20)
        if rng.random() < 0.35:
            agent = tk.pick_agent(exclude=agent["id"])
            tk.assignee = agent
    if unresolved:
        tk.status = rng.choice(["open", "open", "pending"])
        if tk.status == "pending" and not asked:
            tk.agent_reply(agent if agent["style"] != "macro" else AGENTS[400], [("p", rng.choice(W.ASK_GENERIC[tk.lang]))], t, lead=False, brief=True)
        finish(tk, False)
        return tk
    cause = None
    if item["cause"] and rng.random() < agent["cause_p"]:
        cause = rng.choice(item["cause"])
    middle, _ = tk.fix_blocks(agent)
    fix = tk.agent_reply(agent, tk.reword_fix(agent, middle), t, cause=cause, per_ticket=tk.per_ticket_line())
    tk.cause_stated = cause is not None
    tk.resolving = fix
    if rng.random() < 0.06:
        t = tk.later(t, 2, 30)
        tk.customer_says(rng.choice(W.STILL_BROKEN[tk.lang]), t)
        t = tk.later(t, 1, 20)
        agent2 = tk.pick_agent(exclude=agent["id"])
        cause2 = rng.choice(item["cause"]) if item["cause"] and rng.random() < agent2["cause_p"] else None
        used = {"A", "B", "C"} - {agent["variant"]}
        middle, _ = tk.fix_blocks(agent2, variant=None if agent2["style"] == "macro" else sorted(used)[rng.randrange(len(used))])
        fix = tk.agent_reply(agent2, tk.reword_fix(agent2, middle), t, cause=cause2)
        tk.cause_stated = tk.cause_stated or cause2 is not None
        tk.resolving = fix
        tk.assignee = agent2
    t = tk.later(t, 0.5, 40)
    if rng.random() < 0.7:
        tk.thanks(t, quoted=fix)
        t = tk.later(t, 0.2, 8)
        if rng.random() < 0.12:
            tk.agent_reply(tk.assignee if tk.assignee["style"] != "macro" else AGENTS[400],
                           [("p", rng.choice(W.CLOSING_AGENT[tk.lang]))], t, lead=False, brief=True)
            t = tk.later(t, 0.1, 2)
    if rng.random() < 0.12:
        tk.note(t)
    finish(tk, True)
    return tk


def request_ticket(world, item, unresolved=False):
    tk, rng, agent, t = start(world, "request", item, unresolved, ["plain", "plain", "long", "rant"], (0.5, 10), 0.35)
    if unresolved:
        tk.status = "open"
        finish(tk, False)
        return tk
    answer = item["answers"][0] if agent["style"] == "macro" else rng.choice(item["answers"])
    tk.resolving = tk.agent_reply(agent, [("p", answer)], t, per_ticket=tk.per_ticket_line())
    t = tk.later(t, 0.5, 30)
    if rng.random() < 0.6:
        tk.thanks(t)
    finish(tk, True)
    return tk


def oneoff_ticket(world, n, entry):
    lang, tags, subject, body, answer = entry
    item = dict(key=f"oneoff-{n}", lang=lang, tags=tags, subjects=[subject], openings=[body], details=[], short=[])
    tk, rng, agent, t = start(world, "oneoff", item, False, ["plain", "plain", "long"], (0.5, 12), 0.3)
    if isinstance(answer, list):
        middle = [("ul" if agent["style"] == "html-ul" else "ol", answer)]
    else:
        middle = [("p", answer)]
    tk.resolving = tk.agent_reply(agent, middle, t)
    t = tk.later(t, 0.5, 30)
    if rng.random() < 0.6:
        tk.thanks(t, quoted=tk.resolving)
    finish(tk, True)
    return tk


# ---------------------------------------------------------------- checks on the tables

def check_tables():
    problems = []
    keys = set()
    for p in PROBLEMS + REQUESTS:
        if p["key"] in keys:
            problems.append(f"duplicate key {p['key']}")
        keys.add(p["key"])
    for p in PROBLEMS:
        for v in "ABC":
            fix = p["fixes"][v]
            text = (fix if isinstance(fix, str) else " ".join(fix)).lower()
            for alts in p["facts"]:
                if not any(a.lower() in text for a in alts):
                    problems.append(f"{p['key']}: fix {v} lacks fact {alts}")
        for c in p["cause"]:
            if not any(k.lower() in c.lower() for k in p["cause_key"]):
                problems.append(f"{p['key']}: cause lacks key phrase: {c[:50]}")
        if not 3 <= len(p["facts"]) <= 6:
            problems.append(f"{p['key']}: {len(p['facts'])} facts")
        for field in ("subjects", "openings"):
            for s in p[field]:
                for slot in SLOT.findall(s):
                    if slot == "err" and not p["errors"]:
                        problems.append(f"{p['key']}: {{err}} without errors")
    for c in people.CARDS:
        if not luhn_ok(c):
            problems.append(f"card {c} fails Luhn")
    if problems:
        sys.exit("generate.py: tables are inconsistent:\n  " + "\n  ".join(problems))


# ---------------------------------------------------------------- output

def build():
    check_tables()
    world = World()
    tickets = []
    for item in PROBLEMS:
        for _ in range(item["n"]):
            tickets.append(problem_ticket(world, item))
        for _ in range(round(item["n"] / 16)):
            tickets.append(problem_ticket(world, item, unresolved=True))
    for item in REQUESTS:
        for _ in range(item["n"]):
            tickets.append(request_ticket(world, item))
        if item["n"] >= 9:
            tickets.append(request_ticket(world, item, unresolved=True))
    for n, entry in enumerate(ONEOFFS, 1):
        tickets.append(oneoff_ticket(world, n, entry))
    for tk in tickets:
        tk.source = "csv" if world.rng.random() < CSV_SHARE else "zendesk"
        channel = world.rng.choice(["email", "email", "web_form", "mobile_app" if "mobile" in tk.item["tags"] else "web_form"])
        tk.tags = list(tk.item["tags"]) + [channel] + (["vip"] if world.rng.random() < 0.04 else [])
    tickets.sort(key=lambda x: (x.created, x.key))
    zid, cid, zc, cc = 52001, 30001, 9100001, 7700001
    for tk in tickets:
        if tk.source == "zendesk":
            tk.id, zid = zid, zid + 1
            for cm in tk.comments:
                cm.id, zc = zc, zc + 1
        else:
            tk.id, cid = f"LB-{cid}", cid + 1
            for cm in tk.comments:
                cm.id, cc = cc, cc + 1
    return world, tickets


def write_zendesk(tickets):
    users, next_uid = {}, 81001
    out = []
    for tk in tickets:
        if tk.source != "zendesk":
            continue
        for cm in [None] + tk.comments:
            person = tk.customer if cm is None else (cm.author if cm.role == "customer" else None)
            if person is not None and person.email not in users:
                users[person.email] = next_uid
                person.user_id = next_uid
                next_uid += 1
        comments = [dict(id=cm.id, type="Comment",
                         author_id=tk.customer.user_id if cm.role == "customer" else cm.author["id"],
                         public=cm.public, body=cm.body, html_body=cm.html_body, created_at=iso(cm.at))
                    for cm in tk.comments]
        out.append(dict(
            id=tk.id, url=f"https://ledgerbird.zendesk.example/api/v2/tickets/{tk.id}.json",
            subject=tk.subject, description=tk.comments[0].body, status=tk.status,
            priority=("urgent" if "URGENT" in tk.subject else "normal") if tk.rng.random() < 0.9 else None,
            tags=tk.tags, requester_id=tk.customer.user_id, submitter_id=tk.customer.user_id,
            assignee_id=tk.assignee["id"] if tk.status != "open" or tk.rng.random() < 0.5 else None,
            via={"channel": "email" if "email" in tk.tags else "web"},
            created_at=iso(tk.created), updated_at=iso(tk.updated), comments=comments))
    people_by_id = {}
    for tk in tickets:
        if tk.source == "zendesk":
            people_by_id[tk.customer.user_id] = tk.customer
    user_list = [dict(id=a["id"], name=a["name"], email=a["email"], role=a["role"], locale="fr-FR" if a["langs"][0] == "fr" else "en-GB",
                      time_zone="Europe/Paris" if a["langs"][0] == "fr" else "Europe/London") for a in people.AGENTS]
    for uid in sorted(people_by_id):
        p = people_by_id[uid]
        user_list.append(dict(id=uid, name=p.name, email=p.email, role="end-user", phone=p.phone,
                              locale={"FR": "fr-FR", "US": "en-US"}.get(p.country, "en-GB"),
                              time_zone={"FR": "Europe/Paris", "US": "America/Chicago"}.get(p.country, "Europe/London"),
                              organization=p.company or None))
    doc = {"tickets": out, "users": user_list, "count": len(out), "next_page": None}
    with open(os.path.join(HERE, "zendesk-export.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return len(out)


CSV_COLUMNS = ["ticket_id", "subject", "status", "tags", "requester_name", "requester_email", "created_at", "updated_at",
               "comment_id", "author_role", "author_name", "public", "body", "comment_created_at"]


def write_csv(tickets):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    rows, system_id = 0, 7900001
    for tk in tickets:
        if tk.source != "csv":
            continue
        base = [tk.id, tk.subject, tk.status, "|".join(tk.tags), tk.customer.name, tk.customer.email,
                iso(tk.created), iso(tk.updated)]
        lines = []
        for cm in tk.comments:
            if cm.role == "customer":
                lines.append([cm.id, "customer", tk.customer.name, "true", cm.body, iso(cm.at)])
            else:
                body = cm.html_body if cm.author["style"].startswith("html") and cm.public else cm.body
                lines.append([cm.id, "admin" if cm.author["role"] == "admin" else "agent", cm.author["name"],
                              "true" if cm.public else "false", body, iso(cm.at)])
        if tk.status in ("solved", "closed") and tk.rng.random() < 0.35:
            system_id += 1
            lines.append([system_id, "system", "Ledgerbird Automation", "false",
                          "Satisfaction survey sent to the requester." if tk.lang == "en"
                          else "Enquête de satisfaction envoyée au demandeur.", iso(tk.updated)])
        for ln in lines:
            w.writerow(base + ln)
            rows += 1
    with open(os.path.join(HERE, "tickets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    return rows


def write_truth(world, tickets):
    os.makedirs(os.path.join(HERE, "truth"), exist_ok=True)
    ordered = sorted(tickets, key=lambda x: (x.source, str(x.id)))
    with open(os.path.join(HERE, "truth", "clusters.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "ticket_id", "problem_key", "kind", "language", "status"])
        for tk in ordered:
            w.writerow([tk.source, tk.id, tk.key, tk.kind, tk.lang, tk.status])
    with open(os.path.join(HERE, "truth", "labelled.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["text", "answer", "label"])
        for tk in ordered:
            if tk.status in ("solved", "closed"):
                w.writerow([tk.subject + "\n\n" + tk.comments[0].body, tk.resolving.body, tk.key])
    agents_personal = sorted({a["name"] for a in people.AGENTS} | {a["email"] for a in people.AGENTS})
    problems = []
    for item in PROBLEMS:
        mine = [tk for tk in tickets if tk.key == item["key"]]
        resolved = [tk for tk in mine if tk.status in ("solved", "closed")]
        must = set(agents_personal)
        for tk in mine:
            must.update(tk.must_not)
            must.update(tk.canaries)
            must.update(v for k, v in tk.personal if k != "internal")
        cause_n = sum(1 for tk in resolved if tk.cause_stated)
        problems.append(dict(
            key=item["key"], language=item["lang"], title=item["title"],
            resolved_tickets=len(resolved),
            tickets_by_source={s: sum(1 for tk in resolved if tk.source == s) for s in ("zendesk", "csv")},
            key_facts=item["facts"],
            cause=dict(stated=cause_n > 0, tickets_stating=cause_n, key_phrase=item["cause_key"]) if item["cause"] else
            dict(stated=False, tickets_stating=0, key_phrase=[]),
            per_ticket_phrases=sorted({p for tk in mine for p in tk.must_not}),
            must_not=sorted(must)))
    reqs = []
    for item in REQUESTS:
        resolved = [tk for tk in tickets if tk.key == item["key"] and tk.status in ("solved", "closed")]
        reqs.append(dict(key=item["key"], language=item["lang"], title=item["title"], resolved_tickets=len(resolved),
                         draft=False, per_ticket_phrases=sorted({p for tk in resolved for p in tk.must_not})))
    doc = dict(
        schema="ledgerbird-draft-truth/1",
        product="Ledgerbird",
        matching="A fact or phrase matches when any one of its alternatives occurs in the text, case-insensitively, "
                 "after collapsing white space. key_facts are looked for in the article's solution (steps), "
                 "cause.key_phrase in its cause section. must_not strings are looked for anywhere in the article "
                 "(title and body), case-insensitively, on word boundaries (so the name 'Enzo' does not match 'Enzon').",
        problems=problems, requests=reqs,
        oneoffs=dict(count=len(ONEOFFS), draft=False),
        global_must_not_file="personal-data.txt")
    with open(os.path.join(HERE, "truth", "drafts.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")


def write_manifest(tickets):
    values = set()
    for a in people.AGENTS:
        values.update({("name", a["name"]), ("name", a["first"]), ("email", a["email"])})
    for tk in tickets:
        values.update(tk.personal)
        values.update(("canary", c) for c in tk.canaries)
    lines = sorted(f"{k}\t{v}" for k, v in values)
    for ln in lines:
        assert "\n" not in ln, ln
    with open(os.path.join(HERE, "personal-data.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    return values


def verify(tickets, values):
    """Every canary once, every planted value present, nothing planted in the shared fix texts."""
    with open(os.path.join(HERE, "zendesk-export.json"), encoding="utf-8") as f:
        zj = f.read()
    with open(os.path.join(HERE, "tickets.csv"), encoding="utf-8") as f:
        cv = f.read()
    zdoc = json.loads(zj)
    records = [cm["body"] + "\n" + cm["html_body"] for t in zdoc["tickets"] for cm in t["comments"]]
    records += [row["body"] for row in csv.DictReader(io.StringIO(cv, newline=""))]
    errors = []
    for kind, v in sorted(values):
        if kind == "canary":
            n = sum(1 for r in records if v in r)
            if n != 1:
                errors.append(f"canary {v} occurs in {n} comments")
        elif v not in zj and v not in cv:
            errors.append(f"{kind} value not found in the exports: {v}")
    for tk in tickets:
        if tk.kind == "problem" and tk.resolving is not None:
            low = re.sub(r"\s+", " ", tk.resolving.body).lower()
            for alts in tk.item["facts"]:
                if not any(a.lower() in low for a in alts):
                    errors.append(f"{tk.source} {tk.id}: resolving reply lacks fact {alts}")
    shared = []
    for p in PROBLEMS:
        for v in "ABC":
            fx = p["fixes"][v]
            shared.append(fx if isinstance(fx, str) else "\n".join(fx))
        shared.extend(p["cause"])
    for r in REQUESTS:
        shared.extend(r["answers"])
    shared_text = "\n".join(shared)
    for kind, v in values:
        if kind in ("name", "email", "phone") and re.search(r"\b" + re.escape(v) + r"\b", shared_text):
            errors.append(f"personal {kind} '{v}' occurs in a shared fix or answer text")
    if errors:
        sys.exit("generate.py: verification failed:\n  " + "\n  ".join(errors[:40]))


def counts(tickets, values):
    c = {}
    res = [tk for tk in tickets if tk.status in ("solved", "closed")]
    c["total"] = len(tickets)
    c["zendesk"] = sum(1 for tk in tickets if tk.source == "zendesk")
    c["csv"] = sum(1 for tk in tickets if tk.source == "csv")
    c["resolved"] = {s: sum(1 for tk in res if tk.source == s) for s in ("zendesk", "csv")}
    c["unresolved"] = {s: sum(1 for tk in tickets if tk.source == s and tk not in res) for s in ("zendesk", "csv")}
    c["lang"] = {(s, l): sum(1 for tk in tickets if tk.source == s and tk.lang == l) for s in ("zendesk", "csv") for l in ("en", "fr")}
    c["kind"] = {(s, k): sum(1 for tk in res if tk.source == s and tk.kind == k) for s in ("zendesk", "csv") for k in ("problem", "request", "oneoff")}
    c["comments"] = {s: sum(len(tk.comments) for tk in tickets if tk.source == s) for s in ("zendesk", "csv")}
    c["notes"] = {s: sum(1 for tk in tickets if tk.source == s for cm in tk.comments if cm.kind == "note") for s in ("zendesk", "csv")}
    c["asks"] = sum(1 for tk in res if sum(1 for cm in tk.comments if cm.role == "agent" and cm.public) >= 2)
    c["cause"] = sum(1 for tk in res if tk.cause_stated)
    c["macro"] = sum(1 for tk in res if tk.resolving is not None and tk.resolving.author["style"] == "macro")
    c["per_ticket"] = sum(1 for tk in res if tk.must_not)
    c["values"] = {k: sum(1 for kk, _ in values if kk == k) for k in PERSONAL_KINDS + ["canary", "internal"]}
    rows = []
    for item in PROBLEMS + REQUESTS:
        r = [tk for tk in res if tk.key == item["key"]]
        rows.append((item, sum(1 for tk in r if tk.source == "zendesk"), sum(1 for tk in r if tk.source == "csv"),
                     sum(1 for tk in tickets if tk.key == item["key"] and tk not in res)))
    c["rows"] = rows
    c["oneoff_lang"] = {l: sum(1 for e in ONEOFFS if e[0] == l) for l in ("en", "fr")}
    return c


README = """# Second sample export: Ledgerbird

A second synthetic support history, written to **evaluate** Casebook's clustering, drafting and redaction on
tickets they were not tuned on (issues 8 and 10). It was written without reading Casebook's clustering, drafting
or redaction code and shares no phrase tables with `Samples/Generator/generate.swift`. The product is different
too: **Ledgerbird**, a fictional invoicing, expenses and payroll service for small businesses (web app, iOS and
Android apps, SSO and SCIM, bank feeds, QuickBooks and Slack integrations, a public API and webhooks, billing).
Everything is invented: people, companies at `.example` domains, phone numbers in the ranges reserved for fiction
(UK 020 7946 0xxx and 07700 900xxx, US 555-01xx, France 01 99 00 and 06 39 98), public test card numbers, IBANs
with valid check digits but invented banks, IP addresses from the documentation ranges.

Regenerate from the repository root (Python 3 standard library only, fixed seed, byte-identical on every run):

    python3 Samples/second/generate.py

Do not edit the generated files by hand: change the tables under `generator/` and run it again. The generator
refuses to write when its tables disagree with themselves (a fix variant missing a key fact, a cause without its
key phrase) and checks its output (every canary exactly once, every manifest value present in the exports).

| File | What it is |
|---|---|
| `zendesk-export.json` | Zendesk API-style export: `tickets` (with `comments`: `id`, `author_id`, `public`, `body`, `html_body`, `created_at`) and `users` (`role` `end-user`, `agent` or `admin`) |
| `tickets.csv` | The generic CSV of docs/FORMATS.md (RFC 4180, CRLF), one row per comment, ticket columns repeated |
| `personal-data.txt` | Every personal value and canary in the two exports, `kind<TAB>value`, sorted |
| `truth/clusters.csv` | `source,ticket_id,problem_key,kind,language,status` for every ticket |
| `truth/drafts.json` | Per problem: title, key facts, cause, strings that must never appear (schema below) |
| `truth/labelled.csv` | `text,answer,label` for `casebook eval clusters --answer-column answer` |
| `generate.py`, `generator/` | The generator and its tables (problems, requests, one-offs, people, wrappers) |

## Counts

| | Zendesk | CSV | Total |
|---|---:|---:|---:|
| Tickets | {z} | {c} | {t} |
| Resolved (`solved`, `closed`) | {zr} | {cr} | {tr} |
| Not resolved (`open`, `pending`; skipped by default) | {zu} | {cu} | {tu} |
| English tickets | {zen} | {cen} | {ten} |
| French tickets | {zfr} | {cfr} | {tfr} |
| Resolved tickets of recurring problems | {zp} | {cp} | {tp} |
| Resolved tickets of request clusters | {zq} | {cq} | {tq} |
| Resolved one-off tickets | {zo} | {co} | {to} |
| Comments | {zcm} | {ccm} | {tcm} |
| Internal notes (private agent comments, each with a canary) | {zn} | {cn} | {tn} |

Of the resolved tickets, {asks} have more than one public agent reply (a first reply asking for details, a
"didn't work" round, or a closing pleasantry after the fix), {cause} have an agent reply that states the cause,
{macro} were answered with a macro (identical text on every ticket of the problem) and {per_ticket} carry a
sentence about that one customer ("I've refunded", "I have escalated your ticket") that must stay out of articles.

## What the importers, the clusterer and the drafter will meet

- Customer messages with and without greetings, context about the business, volunteered personal details
  (phone numbers, invoice and account references, addresses, a colleague in copy, now and then a password or a
  card number), signatures (`Thanks,\nPriya`, `Cordialement,\nMaëlle Giraud`, `P. Okonkwo`, a title and a phone
  line), `Sent from my iPhone`, and in follow-ups Gmail-style quoted history (`On … wrote:` / `Le … a écrit :`
  then `> ` lines; a `<blockquote class="gmail_quote">` in HTML).
- No two customers given the same opening write it the same way: openings are spread evenly over a problem's
  tickets and lightly reworded (contractions, synonyms, informal French without `ne`), some subjects are generic
  ("Help", "(sans objet)") or the first words of the message, and filler sentences come and go.
- Agent replies: `Hi {{first name}},` / `Bonjour {{prénom}},`, sometimes the cause (before or after the steps), the
  fix, sometimes a sentence about this one customer, a sign-off. Non-macro agents reword their fix a little
  (the key facts always survive, the generator checks it on every resolving reply).
- Internal notes (`public: false`, or `public` `false` with role `agent`/`admin` in the CSV) each hold one canary
  and name the customer. The CSV also has `system` rows (satisfaction surveys).

## Recurring problems

{n_problems} problems, {n_en} in English and {n_fr} in French. Counts are resolved tickets; the open and pending
tickets belong to these problems too. Each problem is asked in many unrelated ways (symptoms instead of names,
error messages quoted verbatim or paraphrased, lowercase rants with typos, one-line notes, long emails with
context, French without accents) and answered by several agents with the same fix in different words: numbered
steps, `Step 1:` labels, `1)` lists, prose, HTML `<ol>`/`<ul>` lists with `<strong>` menu paths, and one macro.

| Key | Lang | Problem | Zendesk | CSV | Open | Total resolved |
|---|---|---|---:|---:|---:|---:|
{problem_rows}

## Request clusters (not to be drafted)

Recurring asks whose answers hold no fix a reader could follow: feature requests acknowledged ("I've passed this
on to our product team") and favours granted one customer at a time (refunds, credits, trial extensions).

| Key | Lang | Request | Zendesk | CSV | Open | Total resolved |
|---|---|---|---:|---:|---:|---:|
{request_rows}

Plus {n_oneoff} one-off tickets ({oneoff_en} English, {oneoff_fr} French), each a question nobody else asks,
with its own answer: they should stay unclustered and never become articles.

## Personal data and canaries

`personal-data.txt` lists {n_values} values, one `kind<TAB>value` per line:

| Kind | Values | What |
|---|---:|---|
| `name` | {v_name} | customers' full and first names, initial-and-surname signatures ("P. Okonkwo"), colleagues they mention, agents' full and first names |
| `email` | {v_email} | customers', colleagues' and agents' addresses (plus-addressing included) |
| `phone` | {v_phone} | every number as it is written (national and international formats) |
| `address` | {v_address} | postal addresses customers write (UK, US, French formats) |
| `order` | {v_order} | invoice, order and account references: `INV-2025-0412`, `#48213` (listed without `#`), `FA-2024-0193`, `4821-A`, `ACC-…`, `C…` |
| `credential` | {v_credential} | passwords pasted by customers |
| `card` | {v_card} | card numbers pasted by customers (public test numbers) |
| `iban` | {v_iban} | IBANs pasted by customers |
| `ip` | {v_ip} | IP addresses customers give |
| `url-secret` | {v_url} | the token of invitation and reset links (`/invite/<token>`, `?token=<token>`) |
| `canary` | {v_canary} | `INTCANARY-nnnn`: one per internal note, each occurring exactly once in the exports |
| `internal` | {v_internal} | the full text of every internal note (one line each, naming the customer) |

Not personal, and not listed: Ledgerbird's own addresses (`support@`, `no-reply@`, `invoices@ledgerbird.example`),
company names, product and plan names, the last four digits of a card in refund sentences.

## `truth/clusters.csv`

`source` is `zendesk` or `csv` (ids are unique within a source: numbers in Zendesk, `LB-nnnnn` in the CSV),
`problem_key` the problem, request (`request-…`) or one-off (`oneoff-N`) key, `kind` one of `problem`, `request`,
`oneoff`, `language` `en` or `fr`, `status` the ticket's status (only `solved` and `closed` are ingested by default).

## `truth/labelled.csv`

One row per resolved ticket: `text` is the subject, a blank line and the first customer message as written
(greeting and signature included); `answer` is the public agent reply that resolved it (the reply with the fix;
for requests, the acknowledgement; a later "glad it worked" is not it); `label` is the key as in `clusters.csv`.

## `truth/drafts.json`

```json
{{
  "schema": "ledgerbird-draft-truth/1",
  "product": "Ledgerbird",
  "matching": "…how strings are compared…",
  "problems": [
    {{
      "key": "sso-certificate-rotated",
      "language": "en",
      "title": "Fix SSO sign-in after your identity provider's signing certificate changes",
      "resolved_tickets": 38,
      "tickets_by_source": {{"zendesk": 29, "csv": 9}},
      "key_facts": [["Settings > Security > Single sign-on"], ["login?local=1"], ["Refresh metadata"]],
      "cause": {{"stated": true, "tickets_stating": 17, "key_phrase": ["rotated", "rotation", "renewed"]}},
      "per_ticket_phrases": ["I have escalated your ticket"],
      "must_not": ["INTCANARY-0007", "Priya Okonkwo", "priya.okonkwo@harbourcraft.example", "…"]
    }}
  ],
  "requests": [{{"key": "request-dark-mode", "language": "en", "title": "Dark mode", "resolved_tickets": 10,
                 "draft": false, "per_ticket_phrases": []}}],
  "oneoffs": {{"count": {n_oneoff}, "draft": false}},
  "global_must_not_file": "personal-data.txt"
}}
```

- `title`: a short reference title (the intent, not a required wording).
- `key_facts`: 3 to 6 facts; each is a list of acceptable alternatives, and a fact is present when any one
  alternative occurs in the article's solution, case-insensitively after collapsing white space. Every fact
  occurs in every one of the problem's fix wordings (the generator checks it), so a correct article has them
  whichever tickets it was drafted from.
- `cause`: `stated` is true when at least one resolved ticket of the problem has a public agent reply stating
  the cause (`tickets_stating` counts them); then the article should have a cause section containing one of
  `key_phrase`. When `stated` is false there is no cause to find.
- `per_ticket_phrases`: how the sentences about one customer begin; they must not appear in the article.
- `must_not`: strings that must never appear in the article (case-insensitive, on word boundaries): those phrases, the canaries of the problem's
  internal notes, every personal value planted in the problem's tickets, and the agents' names and addresses.
  `personal-data.txt` is the same rule for every page of the site.
- `requests` and `oneoffs` must not be drafted at all.
"""


def write_readme(c):
    def row(item, z, cv, o):
        return f"| `{item['key']}` | {item['lang']} | {item['title']} | {z} | {cv} | {o} | {z + cv} |"
    prow = "\n".join(row(*r) for r in c["rows"] if r[0] in PROBLEMS)
    rrow = "\n".join(row(*r) for r in c["rows"] if r[0] in REQUESTS)
    k, v = c["kind"], c["values"]
    text = README.format(
        z=c["zendesk"], c=c["csv"], t=c["total"],
        zr=c["resolved"]["zendesk"], cr=c["resolved"]["csv"], tr=sum(c["resolved"].values()),
        zu=c["unresolved"]["zendesk"], cu=c["unresolved"]["csv"], tu=sum(c["unresolved"].values()),
        zen=c["lang"][("zendesk", "en")], cen=c["lang"][("csv", "en")], ten=c["lang"][("zendesk", "en")] + c["lang"][("csv", "en")],
        zfr=c["lang"][("zendesk", "fr")], cfr=c["lang"][("csv", "fr")], tfr=c["lang"][("zendesk", "fr")] + c["lang"][("csv", "fr")],
        zp=k[("zendesk", "problem")], cp=k[("csv", "problem")], tp=k[("zendesk", "problem")] + k[("csv", "problem")],
        zq=k[("zendesk", "request")], cq=k[("csv", "request")], tq=k[("zendesk", "request")] + k[("csv", "request")],
        zo=k[("zendesk", "oneoff")], co=k[("csv", "oneoff")], to=k[("zendesk", "oneoff")] + k[("csv", "oneoff")],
        zcm=c["comments"]["zendesk"], ccm=c["comments"]["csv"], tcm=sum(c["comments"].values()),
        zn=c["notes"]["zendesk"], cn=c["notes"]["csv"], tn=sum(c["notes"].values()),
        asks=c["asks"], cause=c["cause"], macro=c["macro"], per_ticket=c["per_ticket"],
        n_problems=len(PROBLEMS), n_en=sum(1 for p in PROBLEMS if p["lang"] == "en"),
        n_fr=sum(1 for p in PROBLEMS if p["lang"] == "fr"), problem_rows=prow, request_rows=rrow,
        n_oneoff=len(ONEOFFS), oneoff_en=c["oneoff_lang"]["en"], oneoff_fr=c["oneoff_lang"]["fr"],
        n_values=sum(v.values()), v_name=v["name"], v_email=v["email"], v_phone=v["phone"], v_address=v["address"],
        v_order=v["order"], v_credential=v["credential"], v_card=v["card"], v_iban=v["iban"], v_ip=v["ip"],
        v_url=v["url-secret"], v_canary=v["canary"], v_internal=v["internal"])
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    world, tickets = build()
    write_zendesk(tickets)
    write_csv(tickets)
    write_truth(world, tickets)
    values = write_manifest(tickets)
    verify(tickets, values)
    c = counts(tickets, values)
    write_readme(c)
    print(f"wrote {c['total']} tickets ({c['zendesk']} Zendesk, {c['csv']} CSV), "
          f"{sum(c['resolved'].values())} resolved, {sum(c['values'].values())} manifest values")


if __name__ == "__main__":
    main()
