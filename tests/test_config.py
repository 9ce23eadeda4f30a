"""config: config.yaml in → Config and diagnostics out."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.config import load_config, normalize_base_path
from dossier.diagnostics import Severity
from dossier.model import Origin

GOOD = """\
title: "Dosier uji"
description: "Dosier kecil."
language: id
base_path: /dossier/
"""


@pytest.mark.parametrize("value, expected", [
    ("/dossier/", "/dossier/"),
    ("/dossier", "/dossier/"),
    ("dossier", "/dossier/"),
    ("dossier/", "/dossier/"),
    ("  /dossier/  ", "/dossier/"),
    ("/a/b", "/a/b/"),
    ("a/b/", "/a/b/"),
    ("/my-repo.v2_x~/", "/my-repo.v2_x~/"),
    ("/", "/"),
    ("", "/"),
    ("/../x/", None),
    ("/a/../b/", None),
    ("..", None),
    ("https://example.org/dossier/", None),
    ("/my dossier/", None),
    ("//dossier/", None),
    ("/a//b/", None),
    ("/dossier/?x=1", None),
    ("/dossier/#top", None),
    ("\\dossier\\", None),
    ("/dósier/", None),
])
def test_normalize_base_path(value, expected):
    assert normalize_base_path(value) == expected


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_good_config(tmp_path):
    config, diags = load_config(write(tmp_path, GOOD + "public_url: https://o.github.io/dossier/\n"
                                      "publish: {remote: upstream, branch: pages}\n"))
    assert diags == []
    assert (config.title, config.description, config.language, config.base_path) == \
        ("Dosier uji", "Dosier kecil.", "id", "/dossier/")
    root = tmp_path.resolve()
    assert (config.root, config.content, config.templates, config.output) == \
        (root, root / "content", root / "templates", root / "build")
    assert (config.public_url, config.publish_remote, config.publish_branch) == \
        ("https://o.github.io/dossier/", "upstream", "pages")


def test_defaults_and_relative_folders(tmp_path):
    text = 'title: T\ndescription: D\ncontent: isi\noutput: ../keluaran\n'
    config, diags = load_config(write(tmp_path, text))
    assert diags == []
    assert (config.language, config.base_path) == ("id", "/")
    assert config.content == tmp_path.resolve() / "isi"
    assert config.output == tmp_path.resolve() / "../keluaran"
    assert (config.publish_remote, config.publish_branch) == ("origin", "gh-pages")


def test_base_path_override_wins_and_is_normalised(tmp_path):
    config, diags = load_config(write(tmp_path, GOOD), base_path="other")
    assert diags == [] and config.base_path == "/other/"


def test_bad_base_path_override_points_at_the_option(tmp_path):
    config, diags = load_config(write(tmp_path, GOOD), base_path="https://x.org/")
    assert config is None
    assert [(d.code, d.origin, d.message) for d in diags] == [
        ("config", Origin("--base-path", 1), 'invalid base path "https://x.org/"')]


def test_invalid_base_path_points_at_the_value(tmp_path):
    path = write(tmp_path, GOOD.replace("base_path: /dossier/", "base_path: /a/../b/"))
    config, diags = load_config(path)
    assert config is None
    assert [(d.severity, d.origin, d.message) for d in diags] == [
        (Severity.ERROR, Origin(str(path), 4, 12), 'invalid base path "/a/../b/"')]
    assert diags[0].hint == "use a URL path such as /dossier/ (the GitHub repository name)"


def test_every_problem_is_gathered(tmp_path):
    path = write(tmp_path, 'title: ""\nlanguage: fr\nbase_url: /x/\npublish: gh-pages\n')
    config, diags = load_config(path)
    assert config is None
    got = sorted((d.origin.line, d.severity.value, d.message, d.hint) for d in diags)
    assert got == [
        (1, "error", '"description" must be a non-empty string', 'add a line such as description: "…"'),
        (1, "error", '"title" must be a non-empty string', 'add a line such as title: "…"'),
        (2, "error", 'unsupported interface language "fr"', "use one of: id, en"),
        (3, "warning", 'unknown key "base_url"', 'did you mean "base_path"?'),
        (4, "error", '"publish" must be a mapping', "write publish: {remote: origin, branch: gh-pages}"),
    ]
    assert all(d.code == "config" for d in diags)


def test_unknown_key_alone_is_only_a_warning(tmp_path):
    config, diags = load_config(write(tmp_path, GOOD + "thema: gelap\n"))
    assert config is not None
    assert [(d.severity, d.origin.line, d.origin.col) for d in diags] == [(Severity.WARNING, 5, 1)]


def test_yaml_error_is_a_config_error_at_its_line(tmp_path):
    path = write(tmp_path, GOOD + "output: build\n  extra: x\n")
    config, diags = load_config(path)
    assert config is None
    assert [(d.code, d.origin) for d in diags] == [("config", Origin(str(path), 6, 8))]
    assert diags[0].message.startswith("invalid YAML: ")


@pytest.mark.parametrize("text", ["- a\n- b\n", "just text\n", ""])
def test_config_must_be_a_mapping(tmp_path, text):
    config, diags = load_config(write(tmp_path, text))
    assert config is None
    assert [(d.code, d.message) for d in diags] == [("config", "config must be a mapping of keys to values")]


def test_missing_config_file(tmp_path):
    config, diags = load_config(tmp_path / "config.yaml")
    assert config is None
    assert [(d.code, d.message, d.hint) for d in diags] == [
        ("config", "config file not found", "run from the dossier's folder or pass --config PATH")]


def test_non_utf8_config(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_bytes(b"title: Caf\xe9\n")
    config, diags = load_config(path)
    assert config is None and diags[0].code == "config" and diags[0].message.startswith("cannot read config")


def test_public_url_must_be_text(tmp_path):
    config, diags = load_config(write(tmp_path, GOOD + "public_url: 2024\n"))
    assert config is None
    assert [(d.code, d.origin.line) for d in diags] == [("config", 5)]


@pytest.mark.parametrize("output", [".", "..", "content", "templates", "content/sources"])
def test_output_must_not_hold_the_sources(tmp_path, output):
    config, diags = load_config(write(tmp_path, GOOD + f"output: {output}\n"))
    assert config is None
    assert [(d.code, d.severity) for d in diags] == [("config", Severity.ERROR)]
