"""Shared fixtures: a minimal valid dossier written into tmp_path, and a CLI runner."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

TEMPLATES = Path(__file__).parent.parent / "templates"

CONFIG = """\
title: "Dosier uji"
description: "Dosier kecil untuk pengujian."
language: id
base_path: /dossier/
content: content
templates: templates
output: build
"""

# Archived raw pages, keyed by their name under content/sources/.
SOURCES = {
    "2021-07-08-lavrov.txt": (
        "Lavrov: Rusia Tak Akan Kirim Pasukan ke Afghanistan\n\n"
        "Kamis, 08 Juli 2021 - 16:46 WIB\n\n"
        "MOSKOW - Rusia tidak akan mengirim pasukan ke Afghanistan, kata Lavrov. Taliban bertindak lebih agresif.\n"
    ),
    "2021-09-csto.txt": (
        "CSTO dan Rusia Kerahkan Pasukan di Perbatasan\n\n"
        "September 2021\n\n"
        "CSTO bersama Federasi Rusia akan mengerahkan pasukan di perbatasan Tajikistan.\n"
    ),
}

ARTICLE_A = "content/articles/2021-07-08-lavrov.md"
ARTICLE_B = "content/articles/2021-09-csto.md"


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# Line 1 '---', 2 title, 3 date, 4 source, 5 language, 6 entities:, 7-8 items, 9 provenance:, 10 archive, 11 sha256.
ARTICLES = {
    ARTICLE_A: f"""\
---
title: "Lavrov: Rusia tak akan kirim pasukan ke Afghanistan"
date: 2021-07-08T16:46+07:00
source: Contoh.com
language: id
entities:
  - russia
  - taliban
provenance:
  archive: sources/2021-07-08-lavrov.txt
  sha256: {sha256(SOURCES["2021-07-08-lavrov.txt"])}
---
Rusia tidak akan mengirim pasukan ke Afghanistan, kata Lavrov.

Taliban bertindak lebih agresif sejak pasukan asing pergi.
""",
    ARTICLE_B: f"""\
---
title: "CSTO dan Rusia kerahkan pasukan di perbatasan"
date: 2021-09
source: Contoh.com
language: id
entities:
  - csto
  - russia
provenance:
  archive: sources/2021-09-csto.txt
  sha256: {sha256(SOURCES["2021-09-csto.txt"])}
---
CSTO bersama Federasi Rusia akan mengerahkan pasukan di perbatasan Tajikistan.
""",
}

# Line 1 '---', 2 id, 3 name, 4 type, 5 aliases:, 6.. items.
ENTITIES = {
    "content/entities/russia.md": """\
---
id: russia
name: Rusia
type: place
aliases:
  - Federasi Rusia
  - Russia
wikidata: Q159
---
Negara federal terluas di dunia.
""",
    "content/entities/taliban.md": """\
---
id: taliban
name: Taliban
type: organization
aliases:
  - طالبان
---
Gerakan Islamis bersenjata di Afghanistan.
""",
    "content/entities/csto.md": """\
---
id: csto
name: CSTO
type: organization
aliases:
  - Collective Security Treaty Organization
---
Aliansi militer negara-negara pasca-Soviet.
""",
}


@dataclass
class Site:
    """A dossier folder on disk with small helpers to break it."""

    root: Path
    article_a = ARTICLE_A  # 2021-07-08, minute precision, lists russia and taliban
    article_b = ARTICLE_B  # 2021-09, month precision, lists csto and russia
    sources = SOURCES

    def path(self, rel: str) -> Path:
        return self.root / rel

    def read(self, rel: str) -> str:
        return self.path(rel).read_text(encoding="utf-8")

    def write(self, rel: str, text: str | bytes) -> Path:
        target = self.path(rel)
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            target.write_bytes(text)
        else:
            target.write_text(text, encoding="utf-8")
        return target

    def replace(self, rel: str, old: str, new: str) -> None:
        """Replace exactly one occurrence of old in the file."""
        text = self.read(rel)
        assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {rel}"
        self.write(rel, text.replace(old, new))

    def line_of(self, rel: str, prefix: str) -> int:
        """1-based number of the first line of the file that starts with prefix."""
        for number, line in enumerate(self.read(rel).splitlines(), start=1):
            if line.startswith(prefix):
                return number
        raise AssertionError(f"no line starting with {prefix!r} in {rel}")

    def drop_field(self, rel: str, key: str) -> None:
        """Remove a top-level front-matter key and its indented continuation lines."""
        out, dropping = [], False
        for line in self.read(rel).splitlines(keepends=True):
            if line.startswith(f"{key}:"):
                dropping = True
                continue
            if dropping and line.startswith((" ", "- ")):
                continue
            dropping = False
            out.append(line)
        self.write(rel, "".join(out))

    def snapshot(self, rel: str = "build") -> dict[str, bytes]:
        """Every file under a folder: relative path → bytes."""
        base = self.path(rel)
        return {p.relative_to(base).as_posix(): p.read_bytes() for p in sorted(base.rglob("*")) if p.is_file()}


def write_dossier(root: Path) -> Site:
    """Write a minimal valid dossier (config, templates, 2 articles, 3 entities, 2 sources) into root."""
    site = Site(root)
    site.write("config.yaml", CONFIG)
    shutil.copytree(TEMPLATES, root / "templates")
    for name, text in SOURCES.items():
        site.write(f"content/sources/{name}", text)
    for rel, text in {**ARTICLES, **ENTITIES}.items():
        site.write(rel, text)
    return site


def run_cli(args: list[str], cwd: Path) -> tuple[int, str, str]:
    """Run python -m dossier with args in cwd; return (exit code, stdout, stderr)."""
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    env["PYTHONIOENCODING"] = "utf-8"
    done = subprocess.run([sys.executable, "-m", "dossier", *args], cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=120)
    return done.returncode, done.stdout, done.stderr


@pytest.fixture
def site(tmp_path: Path) -> Site:
    """A fresh minimal valid dossier in tmp_path."""
    return write_dossier(tmp_path)


@pytest.fixture(name="run_cli")
def run_cli_fixture():
    """The CLI runner, as a fixture."""
    return run_cli
