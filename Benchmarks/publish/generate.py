"""Writes N generated articles twice: as a Casebook exported folder (kb/en/*.md, approved) and as Hugo content
(hugo/content/<category>/*.md) with a layout comparable to Casebook's theme (one base, home, section and
single templates, a related list and a breadcrumb).  python3 generate.py N OUT"""
import os
import random
import sys

WORDS = ("account password invoice billing card payment sync folder share link device phone email login "
         "reset update download upload storage quota plan team member invite permission error restart cache "
         "network offline backup restore delete archive export import settings profile security code verify").split()

HUGO_BASE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title>
<meta name="description" content="{{ .Summary | plainify | truncate 160 }}"><link rel="stylesheet" href="/style.css"></head>
<body><header><a href="/">{{ .Site.Title }}</a><form action="/search/"><input name="q"></form></header>
<main id="main">{{ block "main" . }}{{ end }}</main><footer>{{ .Site.Title }}</footer></body></html>
"""
HUGO_SINGLE = """{{ define "main" }}<nav><a href="/">Home</a> › <a href="{{ .CurrentSection.RelPermalink }}">{{ .CurrentSection.Title }}</a></nav>
<article><h1>{{ .Title }}</h1><p>Last updated {{ .Lastmod.Format "January 2, 2006" }}</p>{{ .TableOfContents }}{{ .Content }}</article>
<aside><h2>Related articles</h2><ul>{{ range first 5 (where .CurrentSection.Pages "Permalink" "ne" .Permalink) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></aside>{{ end }}
"""
HUGO_LIST = """{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Summary | plainify | truncate 160 }}</li>{{ end }}</ul>{{ end }}
"""


def body(rng, index):
    paragraphs = []
    for section in range(rng.randint(2, 5)):
        paragraphs.append("## " + " ".join(rng.choice(WORDS) for _ in range(3)).capitalize())
        for _ in range(rng.randint(1, 3)):
            paragraphs.append(" ".join(rng.choice(WORDS) for _ in range(rng.randint(25, 60))).capitalize() + ".")
        paragraphs.append("\n".join(f"{n}. " + " ".join(rng.choice(WORDS) for _ in range(8)) for n in range(1, 4)))
    return f"Problem {index}: " + "\n\n".join(paragraphs)


def main():
    count, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(7)
    kb = os.path.join(out, "kb", "en")
    hugo = os.path.join(out, "hugo")
    os.makedirs(kb, exist_ok=True)
    for folder in ["layouts/_default", "static"]:
        os.makedirs(os.path.join(hugo, folder), exist_ok=True)
    with open(os.path.join(hugo, "config.toml"), "w") as f:
        f.write('baseURL = "https://help.example.com/"\ntitle = "Benchmark Help Center"\ndisableKinds = ["taxonomy", "term"]\n')
    for name, text in [("baseof.html", HUGO_BASE), ("single.html", HUGO_SINGLE), ("list.html", HUGO_LIST)]:
        with open(os.path.join(hugo, "layouts/_default", name), "w") as f:
            f.write(text)
    with open(os.path.join(hugo, "static", "style.css"), "w") as f:
        f.write("body{font-family:system-ui}\n")
    for index in range(count):
        title = f"How to {rng.choice(WORDS)} the {rng.choice(WORDS)} ({index})"
        category = f"Topic {index % 40}"
        text = body(rng, index)
        with open(os.path.join(kb, f"article-{index}.md"), "w") as f:
            f.write(f'---\nid: {index + 1}\nslug: "article-{index}"\ntitle: "{title}"\nlanguage: en\n'
                    f'category: "{category}"\nstate: approved\nrevision: 1\napproved_by: "bench"\n'
                    f'approved_at: 2025-02-19T21:20:00Z\nsources: ["t{index}"]\n---\n\n{text}\n')
        section = os.path.join(hugo, "content", f"topic-{index % 40}")
        os.makedirs(section, exist_ok=True)
        if not os.path.exists(os.path.join(section, "_index.md")):
            with open(os.path.join(section, "_index.md"), "w") as f:
                f.write(f'---\ntitle: "{category}"\n---\n')
        with open(os.path.join(section, f"article-{index}.md"), "w") as f:
            f.write(f'---\ntitle: "{title}"\nlastmod: 2025-02-19T21:20:00Z\n---\n\n{text}\n')


main()
