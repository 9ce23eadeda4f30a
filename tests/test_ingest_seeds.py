"""Golden output: ingesting the archived seed pages reproduces the committed articles exactly."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dossier.ingest import read_existing, read_page, tagged_entities
from dossier.ingest.article import Draft, draft, ordered
from dossier.load import load
from dossier.parse import parse
from dossier.resolve import Matcher

ROOT = Path(__file__).parent.parent
CONTENT = ROOT / "content"
EXISTING = {e.path.name: e for e in read_existing(CONTENT)}
EDITOR_ONLY = ("date", "date_note")  # set by the editor when, and only when, the page shows no date


@pytest.fixture(scope="module")
def matcher():
    dossier, _ = parse(load(CONTENT)[0])
    return Matcher(list(dossier.entities.values()))


@pytest.mark.parametrize("name", sorted(EXISTING))
def test_ingest_reproduces_the_committed_article(name, matcher):
    committed = EXISTING[name]
    raw = (CONTENT / committed.archive).read_bytes()
    page = read_page(raw, language="id")
    made = draft(page.found, page.language, tagged_entities(page.found, matcher), page.url)
    front = {**made.front, "provenance": committed.draft.front["provenance"]}
    if page.found.date is None:  # the page shows no date: the editor's date and note stand in for it
        assert committed.draft.front.get("date_note"), "an undated page needs a date_note explaining the date"
        front.update({k: committed.draft.front[k] for k in EDITOR_ONLY})
    assert Draft(ordered(front), made.body).text() == committed.path.read_text(encoding="utf-8")


def test_reingesting_every_archived_page_changes_nothing(tmp_path):
    shutil.copytree(CONTENT, tmp_path / "content")
    shutil.copy(ROOT / "config.yaml", tmp_path / "config.yaml")
    before = {p: p.read_bytes() for p in sorted((tmp_path / "content").rglob("*")) if p.is_file()}
    result = subprocess.run([sys.executable, "-m", "dossier", "ingest", "content/sources", "--content", "content"],
                            cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("(unchanged)") == len(EXISTING) == 5
    assert {p: p.read_bytes() for p in sorted((tmp_path / "content").rglob("*")) if p.is_file()} == before
