"""Diagnostics: every code is documented once; the printed shape is path:line:col: severity[code]: message."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from dossier.diagnostics import CODES, Severity, error, has_errors, sort_key, suggest, warning
from dossier.model import Origin

PACKAGE = Path(__file__).parent.parent / "dossier"


def literal_codes(expr: ast.expr | None) -> list[str]:
    """The string literals an expression can evaluate to: "x", or "x" if … else "y"."""
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        return [expr.value]
    if isinstance(expr, ast.IfExp):
        body, orelse = literal_codes(expr.body), literal_codes(expr.orelse)
        return body + orelse if body and orelse else []
    return []


def used_codes() -> dict[str, list[str]]:
    """Every diagnostic code passed to error()/warning() or set with code=…, with where it is used."""
    used: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            where = f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
            if name in ("error", "warning"):
                first = node.args[0] if node.args else next((k.value for k in node.keywords if k.arg == "code"), None)
                codes = literal_codes(first)
                assert codes, f"{where}: the diagnostic code must be a string literal so this test can check it"
                for code in codes:
                    used.setdefault(code, []).append(where)
            for keyword in node.keywords:
                if keyword.arg == "code":
                    for code in literal_codes(keyword.value):
                        used.setdefault(code, []).append(where)
    return used


def test_the_scan_finds_the_codes_of_every_stage():
    used = used_codes()
    for code in ("config", "front-matter", "bad-date", "unknown-entity", "duplicate-alias", "provenance",
                 "template", "output", "ingest"):
        assert code in used


def test_every_used_code_is_documented():
    undocumented = {code: where for code, where in used_codes().items() if code not in CODES}
    assert undocumented == {}


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_code_has_a_description(code):
    description = CODES[code]
    assert isinstance(description, str) and description.strip()
    assert description.rstrip().endswith((".", ")"))


def test_codes_are_slugs():
    for code in CODES:
        assert code == code.lower() and " " not in code and "_" not in code


def test_an_undocumented_code_is_refused():
    with pytest.raises(ValueError, match="undocumented diagnostic code 'no-such-code'"):
        error("no-such-code", "x")


def test_format_with_origin_and_hint():
    d = error("bad-date", 'date "8 Juli 2021" is not an ISO 8601 date', Origin("content/articles/a.md", 3, 7),
              "write ISO 8601")
    assert d.format() == ('content/articles/a.md:3:7: error[bad-date]: date "8 Juli 2021" is not an ISO 8601 date\n'
                          "  hint: write ISO 8601")


def test_format_without_hint_or_origin():
    assert warning("unknown-field", 'unknown front-matter key "x"', Origin("a.md", 4)).format() == \
        'a.md:4:1: warning[unknown-field]: unknown front-matter key "x"'
    assert error("search-index", "Pagefind failed").format() == "error[search-index]: Pagefind failed"


def test_github_format():
    d = error("bad-date", "bad", Origin("a.md", 3, 7), "fix it")
    assert d.github() == "::error file=a.md,line=3,col=7,title=bad-date::bad (hint: fix it)"
    assert warning("config", "odd").github() == "::warning,title=config::odd"


def test_severity_and_sorting():
    a = error("bad-date", "x", Origin("b.md", 2, 1))
    b = warning("unknown-field", "y", Origin("a.md", 9, 1))
    c = error("bad-date", "z", Origin("b.md", 10, 1))
    d = error("search-index", "w")
    assert sorted([c, a, b, d], key=sort_key) == [d, b, a, c]
    assert has_errors([b, a]) and not has_errors([b]) and not has_errors([])
    assert (a.severity, b.severity) == (Severity.ERROR, Severity.WARNING)


@pytest.mark.parametrize("word, choices, hint", [
    ("talibn", ["russia", "taliban"], 'did you mean "taliban"?'),
    ("organisation", ["person", "organization", "place"], 'did you mean "organization"?'),
    ("Sergey", ["sergey-lavrov", "taliban"], 'did you mean "sergey-lavrov"?'),
    ("zzz", ["russia", "taliban"], None),
    ("x", [], None),
])
def test_suggest(word, choices, hint):
    assert suggest(word, choices) == hint


def test_every_documented_code_is_used():
    assert set(CODES) - set(used_codes()) == set()
