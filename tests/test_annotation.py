"""Annotation files end to end: what a contributor may write, the exact diagnostics for mistakes (also inline on
GitHub), orphans after an article edit, and the rendered notes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.test_bad_input import BUILD, assert_rejected, good_build

NOTE = "content/annotations/no-troops.md"
GOOD = """\
---
id: no-troops
title: Russia kept its word
target:
  article: 2021-07-08-lavrov
  quote: "Rusia tidak akan mengirim pasukan ke Afghanistan"
motivation: assessing
author: octocat
created: 2026-11-21
date: 2021-07-08
sources:
  - url: https://example.org/troops
    title: No Russian troops went to Afghanistan
    publisher: Example Wire
    accessed: 2026-11-21
---
Russia did **not** send troops to Afghanistan in 2021.
"""


def write(site, text: str = GOOD, rel: str = NOTE) -> None:
    site.write(rel, text)


def line(text: str, start: str) -> int:
    return next(i for i, ln in enumerate(text.splitlines(), start=1) if ln.startswith(start))


def test_a_good_annotation_checks_and_renders_beside_its_passage(site, run_cli):
    write(site)
    code, out, err = run_cli(BUILD, site.root)
    assert (code, err) == (0, ""), err
    page = site.path("build/articles/2021-07-08-lavrov/index.html").read_text()
    assert '<mark class="anno" id="hl-no-troops">Rusia tidak akan mengirim pasukan ke Afghanistan</mark>' in page \
        or 'id="hl-no-troops"' in page
    assert 'id="note-no-troops"' in page and "Russia did <strong>not</strong> send troops" in page
    assert site.path("build/annotations/no-troops/index.html").is_file()
    assert site.path("build/annotations/by/octocat/index.html").is_file()
    exported = json.loads(site.path("build/annotations.jsonld").read_text())
    assert exported["total"] == 1 and exported["first"]["items"][0]["target"]["selector"]["exact"] == \
        "Rusia tidak akan mengirim pasukan ke Afghanistan"


def broken(old: str, new: str):
    return GOOD.replace(old, new)


CASES = [
    # (what, file text, the line it points at (start of that line), column, message, hint)
    ("bad motivation", broken("motivation: assessing", "motivation: fact-check"), "motivation:", 13,
     'error[bad-field]: unknown motivation "fact-check"', None),
    ("bad author", broken("author: octocat", "author: '@octocat'"), "author:", 9,
     'error[bad-field]: author "@octocat" is not a GitHub handle',
     "write your GitHub user name without @, e.g. author: octocat"),
    ("javascript source", broken("https://example.org/troops", "javascript:alert(1)"), "  - url:", 10,
     'error[bad-field]: url "javascript:alert(1)" is not an http(s) address',
     "give the full address, starting with https://"),
    ("no sources for a fact-check", GOOD.split("sources:")[0] + "---\nRussia did not.\n", "id:", 1,
     'error[missing-field]: required field "sources" is missing', None),
    ("unknown key", broken("created:", "creatd:"), "creatd:", 1, 'error[unknown-field]: unknown key "creatd"',
     'did you mean "created"?'),
    ("no target", broken("target:\n  article: 2021-07-08-lavrov\n", "where:\n  article: 2021-07-08-lavrov\n"),
     "where:", 1, 'error[unknown-field]: unknown key "where"', None),
    ("id and file name", broken("id: no-troops", "id: no-soldiers"), "id:", 5,
     'error[bad-filename]: annotation id "no-soldiers" does not match the file name "no-troops.md"', None),
    ("unknown article", broken("article: 2021-07-08-lavrov", "article: 2021-07-08-lavrof"), "  quote:", 10,
     'error[unknown-article]: unknown article "2021-07-08-lavrof"', 'did you mean "2021-07-08-lavrov"?'),
    ("orphaned quote", broken("Rusia tidak akan mengirim pasukan", "Amerika Serikat akan menarik pasukan"), "  quote:",
     10, 'error[anchor-not-found]: quote not found in article "2021-07-08-lavrov": the annotation is orphaned', None),
    ("impossible date", broken("date: 2021-07-08", "date: 2021-02-31"), "date:", 7,
     'error[bad-date]: date "2021-02-31" is impossible (day is out of range for month)', None),
    ("empty note", GOOD.split("---\nRussia did")[0] + "---\n", None, 1,
     "error[missing-field]: the note is empty: write it below the front matter", None),
]


@pytest.mark.parametrize("what, text, start, col, message, hint", CASES, ids=[c[0] for c in CASES])
def test_mistakes_in_an_annotation_are_reported_at_their_line(site, run_cli, what, text, start, col, message, hint):
    before = good_build(site)
    write(site, text)
    at = line(text, start) if start else len(text.splitlines()) + 1
    assert_rejected(site, run_cli, before, f"{NOTE}:{at}:{col}: {message}", hint)


def test_an_ambiguous_quote_lists_the_candidates(site, run_cli):
    before = good_build(site)
    site.replace(site.article_a, "Taliban bertindak", "Rusia tidak akan mengirim pasukan. Taliban bertindak")
    write(site, broken('"Rusia tidak akan mengirim pasukan ke Afghanistan"', "Rusia tidak akan mengirim pasukan"))
    err = assert_rejected(site, run_cli, before,
                          f'{NOTE}:{line(GOOD, "  quote:")}:10: error[anchor-ambiguous]: the quote occurs 2 times in '
                          'article "2021-07-08-lavrov"', None)
    assert "paragraph 1:" in err and "paragraph 2:" in err and "add prefix: or suffix:" in err


def test_editing_the_article_re_anchors_or_orphans(site, run_cli):
    write(site)
    site.replace(site.article_a, "mengirim pasukan ke Afghanistan", "mengirimkan pasukan ke Afghanistan")
    code, _, err = run_cli(["check"], site.root)
    assert code == 0 and "warning[anchor-moved]" in err and '"Rusia tidak akan mengirimkan pasukan ke Afghanistan"' in err
    code, _, err = run_cli(["check", "--strict"], site.root)
    assert code == 1
    site.replace(site.article_a, "Rusia tidak akan mengirimkan pasukan ke Afghanistan, kata Lavrov.", "Lavrov diam.")
    code, _, err = run_cli(["check"], site.root)
    assert code == 1 and "error[anchor-not-found]" in err and "closest passage" in err


def test_on_github_the_errors_are_also_workflow_commands(site):
    write(site, broken("motivation: assessing", "motivation: fact-check"))
    env = {**os.environ, "GITHUB_ACTIONS": "true", "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run([sys.executable, "-m", "dossier", "check"], cwd=site.root, capture_output=True, text=True,
                          env=env, timeout=120)
    at = line(GOOD, "motivation:")
    assert done.returncode == 1
    assert f"::error file={NOTE},line={at},col=13,title=bad-field::unknown motivation" in done.stderr


def test_hostile_fields_render_inert(site, run_cli):
    write(site, GOOD.replace("title: Russia kept its word", "title: \"<script>alert(1)</script> {{ site }}\"")
          .replace("Russia did **not**", "<img src=x onerror=alert(1)> [x](javascript:alert(2)) {% raw %}"))
    code, _, err = run_cli(BUILD, site.root)
    assert code == 0, err
    for rel in ("build/articles/2021-07-08-lavrov/index.html", "build/annotations/no-troops/index.html"):
        page = site.path(rel).read_text()
        assert "<script>alert" not in page and "<img src=x" not in page and 'href="javascript' not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt; {{ site }}" in page and "{% raw %}" in page


ARTICLE = "2021-07-08-lavrov"


def test_annotate_scaffolds_a_file_that_checks_once_its_todos_are_filled(site, run_cli):
    code, out, err = run_cli(["annotate", f"{ARTICLE}.md", "--quote", "kata Lavrov", "--author", "octocat",
                              "--motivation", "assessing", "--source", "https://example.org/lavrov"], site.root)
    assert code == 0, err
    path = site.root / "content/annotations/kata-lavrov.md"
    assert f"wrote {path}" in out
    code, _, err = run_cli(["check", "--strict"], site.root)
    assert code == 1 and err.count("warning[placeholder]") == 3
    text = path.read_text().replace("TODO: a short headline for the note", "What Lavrov said") \
        .replace("TODO: the source''s title", "The statement").replace("TODO: write the note", "The note")
    path.write_text(text)
    code, _, err = run_cli(["check", "--strict"], site.root)
    assert (code, err) == (0, ""), err


@pytest.mark.parametrize("args, message, hint", [
    (["--quote", "Rusia"], 'error[anchor-ambiguous]: the quote occurs 2 times in "2021-07-08-lavrov"',
     'tell which with one of: --suffix "tidak akan mengirim pasukan"; --prefix "bertindak lebih agresif terhadap"'),
    (["--quote", "Rusia tidak akan mengirim pasukan ke Irak"],
     'error[anchor-not-found]: the quote is not in "2021-07-08-lavrov"',
     'the closest passage is "Rusia tidak akan mengirim pasukan ke"; copy it exactly'),
    (["--quote", "kata Lavrov", "--motivation", "factcheck"], 'error[bad-field]: unknown motivation "factcheck"', None),
])
def test_annotate_refuses_a_quote_it_cannot_anchor(site, run_cli, args, message, hint):
    site.replace(site.article_a, "Taliban bertindak lebih agresif", "Taliban bertindak lebih agresif terhadap Rusia")
    code, _, err = run_cli(["annotate", ARTICLE, "--author", "octocat", *args], site.root)
    assert code == 1 and f"<command line>:1:1: {message}" in err.splitlines(), err
    if hint:
        assert f"  hint: {hint}" in err.splitlines(), err
    assert not site.path("content/annotations").exists()


def test_annotate_names_the_closest_article_when_the_id_is_wrong(site, run_cli):
    code, _, err = run_cli(["annotate", "2021-07-08-lavorv", "--quote", "x", "--author", "octocat"], site.root)
    assert code == 1 and 'error[unknown-article]: unknown article "2021-07-08-lavorv"' in err
    assert 'did you mean "2021-07-08-lavrov"?' in err


def test_headings_in_a_note_do_not_break_the_pages_outline():
    from dossier.markup import note_html

    html = note_html("# Why\n\nBecause[^1].\n\n[^1]: A footnote.")
    assert "<h1" not in html and '<p class="note-heading">Why</p>' in html and 'id="fn1"' not in html
