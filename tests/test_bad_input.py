"""End-to-end: bad input makes `build` exit 1 with file:line diagnostics and leaves build/ untouched."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
from typing import Callable

import pytest

from dossier.__main__ import main

DATE_HINT = "write ISO 8601 with the zone offset, e.g. 2021-07-08T16:46:00+07:00 (WIB), or just 2021-07-08"
YAML_HINT = "check the indentation and quoting near this line; quote values containing ': '"
ARTICLE_A = "content/articles/2021-07-08-lavrov.md"  # the conftest fixture's files
ARTICLE_B = "content/articles/2021-09-csto.md"
SOURCE_A = "content/sources/2021-07-08-lavrov.txt"
BUILD = ["build", "--no-search"]

# A breaker damages a valid dossier and returns the error line it expects and, when known, the hint.
Site = object  # conftest.Site: the `site` fixture
Breaker = Callable[[Site], tuple[str, str | None]]


def good_build(site: Site) -> dict[str, bytes]:
    """Build the valid dossier (in-process, for speed) and return a snapshot of build/."""
    code, err = build_in_process(site)
    assert code == 0, err
    assert err == ""
    snapshot = site.snapshot()
    assert "index.html" in snapshot and "articles/2021-07-08-lavrov/index.html" in snapshot
    return snapshot


def build_in_process(site: Site) -> tuple[int, str]:
    """Run `dossier build --no-search` in this process, in the site's folder; return (exit code, stderr)."""
    here, err = os.getcwd(), io.StringIO()
    try:
        os.chdir(site.root)
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = main(BUILD)
    finally:
        os.chdir(here)
    return code, err.getvalue()


def assert_rejected(site: Site, run_cli, before: dict[str, bytes], expected: str, hint: str | None) -> str:
    """Build the broken dossier; check exit code, the message, its hint and that nothing was written."""
    code, out, err = run_cli(BUILD, site.root)
    lines = err.splitlines()
    assert code == 1, err
    assert "Traceback" not in err
    assert expected in lines, f"expected line not in stderr:\n{expected}\n--- stderr ---\n{err}"
    following = lines[lines.index(expected) + 1]
    assert following.startswith("  hint: ") and following.strip() != "hint:", err
    if hint is not None:
        assert following == f"  hint: {hint}"
    assert "built" not in out
    assert site.snapshot() == before, "build/ changed after a failed build"
    assert not list(site.root.glob(".build.staging-*")), "staging folder left behind"
    assert not list(site.root.glob(".build.old-*")), "old-output folder left behind"
    return err


def col_of(line: str, text: str) -> int:
    """1-based column of text in line."""
    return line.index(text) + 1


# --- breakers ---------------------------------------------------------------------------------------


def bad_indentation(site: Site):
    site.replace(ARTICLE_A, "  sha256:", "   sha256:")  # one space too many under provenance:
    line = site.line_of(ARTICLE_A, "   sha256:")
    return (f"{ARTICLE_A}:{line}:10: error[front-matter]: invalid YAML: mapping values are not allowed in this context",
            YAML_HINT)


def no_fence(site: Site):
    site.write(ARTICLE_A, site.read(ARTICLE_A).removeprefix("---\n"))
    return (f"{ARTICLE_A}:1:1: error[front-matter]: file does not start with a '---' front matter fence",
            "put '---' on the first line, then the YAML fields, then '---'")


def unclosed_front_matter(site: Site):
    text = site.read(ARTICLE_A)
    head, sep, body = text.partition("\n---\n")
    site.write(ARTICLE_A, head + "\n" + body)
    last = len(site.read(ARTICLE_A).splitlines())
    return (f"{ARTICLE_A}:{last}:1: error[front-matter]: front matter is never closed",
            "add a line containing only '---' after the last front-matter field")


def missing(field: str, hint: str) -> Breaker:
    def breaker(site: Site):
        site.drop_field(ARTICLE_A, field)
        # the field is absent, so the error points at the start of the front matter
        return f'{ARTICLE_A}:2:1: error[missing-field]: required field "{field}" is missing or empty', hint
    breaker.__name__ = f"missing_{field}"
    return breaker


def missing_date(site: Site):
    site.drop_field(ARTICLE_A, "date")
    return f'{ARTICLE_A}:2:1: error[missing-field]: required field "date" is missing', DATE_HINT


def missing_provenance(site: Site):
    site.drop_field(ARTICLE_A, "provenance")
    return (f'{ARTICLE_A}:2:1: error[missing-field]: "provenance" needs "archive" and "sha256"',
            "write provenance: {archive: sources/<file>, sha256: <hex digest of that file>}")


def bad_date(value: str, problem: str) -> Breaker:
    def breaker(site: Site):
        line = site.line_of(ARTICLE_A, "date:")
        site.replace(ARTICLE_A, "date: 2021-07-08T16:46+07:00", f"date: {value}")
        return f'{ARTICLE_A}:{line}:7: error[bad-date]: date "{value}" {problem}', DATE_HINT
    breaker.__name__ = f"bad_date_{value}"
    return breaker


def unknown_entity(site: Site):
    line = site.line_of(ARTICLE_A, "  - taliban")
    site.replace(ARTICLE_A, "  - taliban", "  - talibn")
    return f'{ARTICLE_A}:{line}:5: error[unknown-entity]: unknown entity "talibn"', 'did you mean "taliban"?'


def duplicate_entity_id(site: Site):
    site.write("content/entities/a/x.md", "---\nid: x\nname: Iks Satu\ntype: other\n---\nSatu.\n")
    site.write("content/entities/b/x.md", "---\nid: x\nname: Iks Dua\ntype: other\n---\nDua.\n")
    return ('content/entities/b/x.md:2:5: error[duplicate-id]: entity id "x" is already used by content/entities/a/x.md',
            "give one of them another id (and file name)")


def duplicate_article_id(site: Site):
    copy = "content/articles/lain/2021-07-08-lavrov.md"
    site.write(copy, site.read(ARTICLE_A))
    return (f'{copy}:1:1: error[duplicate-id]: article id "2021-07-08-lavrov" is already used by {ARTICLE_A}',
            "give one of them another id (and file name)")


def name_not_matching_date(site: Site):
    wrong = "content/articles/2021-07-09-lavrov.md"
    site.path(ARTICLE_A).rename(site.path(wrong))
    return (f'{wrong}:1:1: error[bad-filename]: article file name "2021-07-09-lavrov.md" does not match its date '
            "2021-07-08T16:46+07:00",
            'rename it to "2021-07-08-lavrov.md" (lowercase letters, digits and hyphens)')


def shared_alias(site: Site):
    site.replace("content/entities/taliban.md", "  - طالبان\n", "  - طالبان\n  - Rusia\n")
    line = site.line_of("content/entities/taliban.md", "  - Rusia")
    first = site.line_of("content/entities/russia.md", "name:")
    return (f'content/entities/taliban.md:{line}:5: error[duplicate-alias]: alias "Rusia" of entity "taliban" is also '
            f'an alias of "russia" (content/entities/russia.md:{first}:7)',
            'remove it from one of the two files, or mark it shared in both: - {text: "Rusia", shared: true}')


def sha256_mismatch(site: Site):
    changed = site.sources["2021-07-08-lavrov.txt"] + "Ditambahkan kemudian.\n"
    site.write(SOURCE_A, changed)
    digest = hashlib.sha256(changed.encode()).hexdigest()
    line = site.line_of(ARTICLE_A, "  archive:")
    return (f'{ARTICLE_A}:{line}:12: error[provenance]: sha256 of "sources/2021-07-08-lavrov.txt" is {digest}, '
            "not the recorded one",
            "the archived page changed; restore it, or re-ingest the page if the change is intended")


def missing_source(site: Site):
    site.path(SOURCE_A).unlink()
    line = site.line_of(ARTICLE_A, "  archive:")
    return f'{ARTICLE_A}:{line}:12: error[provenance]: archived page "sources/2021-07-08-lavrov.txt" not found', None


def not_utf8(site: Site):
    data = site.read(ARTICLE_A).replace("Lavrov: Rusia", "Lavrov: R\u00fcsia").encode("latin-1")
    offset = data.index(b"\xfc")
    line = data[:offset].count(b"\n") + 1
    site.write(ARTICLE_A, data)
    return (f"{ARTICLE_A}:{line}:1: error[encoding]: file is not valid UTF-8 (byte {offset})",
            "save the file as UTF-8 text")


def unknown_entity_type(site: Site):
    rel = "content/entities/csto.md"
    line = site.line_of(rel, "type:")
    site.replace(rel, "type: organization", "type: organisation")
    return f'{rel}:{line}:7: error[bad-field]: unknown entity type "organisation"', 'did you mean "organization"?'


def config_yaml_error(site: Site):
    site.replace("config.yaml", "output: build", "  output: build")  # indented under the previous key
    line = site.line_of("config.yaml", "  output:")
    return (f"config.yaml:{line}:{col_of('  output: build', ':')}: error[config]: invalid YAML: "
            "mapping values are not allowed in this context", YAML_HINT)


def config_bad_base_path(site: Site):
    site.replace("config.yaml", "base_path: /dossier/", "base_path: https://example.org/dossier/")
    line = site.line_of("config.yaml", "base_path:")
    return (f'config.yaml:{line}:12: error[config]: invalid base path "https://example.org/dossier/"',
            "use a URL path such as /dossier/ (the GitHub repository name)")


BREAKERS: list[Breaker] = [
    bad_indentation, no_fence, unclosed_front_matter,
    missing("title", 'add a line such as title: "…"'),
    missing_date,
    missing("source", 'add the outlet, e.g. source: "SINDOnews.com"'),
    missing("language", "add the ISO 639-1 code, e.g. language: id"),
    missing("entities", "add a list: entities: [a, b]  (or entities: [] when empty)"),
    missing_provenance,
    bad_date("8 Juli 2021", "is not an ISO 8601 date"),
    bad_date("2021-02-31", "is impossible (day is out of range for month)"),
    bad_date("2021-07-08T16:46", "has a time but no time zone offset"),
    unknown_entity, duplicate_entity_id, duplicate_article_id, name_not_matching_date, shared_alias,
    sha256_mismatch, missing_source, not_utf8, unknown_entity_type, config_yaml_error, config_bad_base_path,
]


def test_fixture_paths_match_conftest(site: Site):
    assert (site.article_a, site.article_b) == (ARTICLE_A, ARTICLE_B)
    assert site.path(SOURCE_A).is_file()


@pytest.mark.parametrize("breaker", BREAKERS, ids=lambda b: b.__name__)
def test_bad_input_is_reported_and_build_is_untouched(site: Site, run_cli, breaker: Breaker):
    before = good_build(site)
    expected, hint = breaker(site)
    assert_rejected(site, run_cli, before, expected, hint)


def test_unclosed_quote_points_at_the_quote(site: Site, run_cli):
    before = good_build(site)
    line = site.line_of(ARTICLE_A, "title:")
    site.replace(ARTICLE_A, 'Afghanistan"\n', "Afghanistan\n")  # the title's closing quote is lost
    code, _, err = run_cli(BUILD, site.root)
    assert code == 1 and "Traceback" not in err
    assert site.snapshot() == before
    assert any(l.startswith(f"{ARTICLE_A}:{line}:") and "error[front-matter]: invalid YAML" in l
               for l in err.splitlines()), err


def test_missing_source_hint_does_not_suggest_another_articles_archive(site: Site, run_cli):
    before = good_build(site)
    expected, _ = missing_source(site)
    err = assert_rejected(site, run_cli, before, expected, None)
    assert "sources/2021-09-csto.txt" not in err, err


def test_check_reports_the_same_errors_and_writes_nothing(site: Site, run_cli):
    code, out, err = run_cli(["check"], site.root)
    assert (code, err) == (0, "")
    assert out == "ok: 2 articles, 3 entities, 4 mentions, 0 annotations, 0 events (0 passages anchored)\n"
    unknown, _ = unknown_entity(site)
    before = site.snapshot(".")
    code, out, check_err = run_cli(["check"], site.root)
    assert code == 1 and unknown in check_err.splitlines() and "Traceback" not in check_err
    assert out == ""
    assert site.snapshot(".") == before
    assert not site.path("build").exists()
    code, _, build_err = run_cli(BUILD, site.root)
    assert code == 1
    assert build_err == check_err
    assert not site.path("build").exists()
    assert not list(site.root.glob(".build.*"))


def test_every_error_in_every_file_is_reported_sorted_by_path_and_line(site: Site, run_cli):
    before = good_build(site)
    # reported last by parse (provenance is checked after every file is read) but sorts first
    mismatch, _ = sha256_mismatch(site)
    date_line, lang_line = site.line_of(ARTICLE_B, "date:"), site.line_of(ARTICLE_B, "language:")
    site.replace(ARTICLE_B, "date: 2021-09\n", "date: 2021-9\n")
    site.replace(ARTICLE_B, "language: id\n", "language: Indonesia\n")
    kind, _ = unknown_entity_type(site)
    taliban = "content/entities/taliban.md"
    site.replace(taliban, "type: organization\n", "type: organization\nwikidata: 12345\n")
    wikidata_line = site.line_of(taliban, "wikidata:")
    expected = [
        mismatch,
        f'{ARTICLE_B}:{date_line}:7: error[bad-date]: date "2021-9" is not an ISO 8601 date',
        f'{ARTICLE_B}:{lang_line}:11: error[bad-field]: language "Indonesia" is not an ISO 639-1 code',
        kind,
        f'{taliban}:{wikidata_line}:11: error[bad-field]: wikidata "12345" is not a Q-id',
    ]
    err = assert_rejected(site, run_cli, before, expected[0], None)
    reported = [l for l in err.splitlines() if not l.startswith("  hint: ")]
    assert reported == expected + ["5 error(s), 0 warning(s)"]


def test_non_text_public_url_is_a_config_error(site: Site, run_cli):
    before = good_build(site)
    site.write("config.yaml", site.read("config.yaml") + "public_url: 2024\n")
    line = site.line_of("config.yaml", "public_url:")
    code, _, err = run_cli(BUILD, site.root)
    assert "Traceback" not in err
    assert code == 1
    assert any(l.startswith(f"config.yaml:{line}:") and "error[config]" in l for l in err.splitlines()), err
    assert site.snapshot() == before


def test_output_folder_over_the_content_is_refused(site: Site, run_cli):
    good_build(site)
    content = site.snapshot("content")
    site.replace("config.yaml", "output: build", "output: content")
    code, _, err = run_cli(BUILD, site.root)
    assert site.snapshot("content") == content, "the build deleted the content folder"
    assert code == 1 and "error[config]" in err
