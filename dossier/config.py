"""config.yaml → Config, with every problem gathered as a diagnostic."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from .diagnostics import Diagnostic, error, suggest, warning
from .frontmatter import read_yaml
from .model import Origin

LANGUAGES = ("id", "en")


@dataclass(frozen=True, slots=True)
class Config:
    title: str
    description: str
    language: str
    base_path: str
    root: Path  # folder holding config.yaml; other paths are relative to it
    content: Path
    templates: Path
    output: Path
    public_url: str | None = None
    publish_remote: str = "origin"
    publish_branch: str = "gh-pages"


_KEYS = {"title", "description", "language", "base_path", "public_url", "content", "templates", "output", "publish"}


def normalize_base_path(value: str) -> str | None:
    """Return '/x/y/' for 'x/y', '/x/y' or '/x/y/'; None if it is not a plain URL path."""
    value = value.strip()
    if not re.fullmatch(r"/?([A-Za-z0-9._~-]+/?)*", value) or ".." in value.split("/"):
        return None
    inner = value.strip("/")
    return f"/{inner}/" if inner else "/"


def load_config(path: Path, base_path: str | None = None) -> tuple[Config | None, list[Diagnostic]]:
    """Read config.yaml; an explicit base_path overrides the file's."""
    shown = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, [error("config", "config file not found", Origin(shown, 1),
                            "run from the dossier's folder or pass --config PATH")]
    except (UnicodeDecodeError, OSError) as exc:
        return None, [error("config", f"cannot read config: {exc}", Origin(shown, 1))]
    doc, diags = read_yaml(text, shown)
    if doc is None:
        return None, [replace(d, code="config") for d in diags]
    if not isinstance(doc.data, dict):
        return None, [error("config", "config must be a mapping of keys to values", doc.at(),
                            "write lines such as 'title: My dossier'")]
    return _build(doc, path.parent.resolve(), base_path)


def _build(doc, root: Path, base_override: str | None) -> tuple[Config | None, list[Diagnostic]]:
    data: dict = doc.data
    diags: list[Diagnostic] = [
        warning("config", f'unknown key "{k}"', doc.key_at(k), suggest(k, sorted(_KEYS)) or "remove it")
        for k in data if k not in _KEYS
    ]

    def text(key: str, default: str | None = None) -> str:
        value = data.get(key, default)
        if not isinstance(value, str) or not value.strip():
            diags.append(error("config", f'"{key}" must be a non-empty string', doc.at(key),
                               f'add a line such as {key}: "…"'))
            return ""
        return value.strip()

    language = text("language", "id")
    if language and language not in LANGUAGES:
        diags.append(error("config", f'unsupported interface language "{language}"', doc.at("language"),
                           f"use one of: {', '.join(LANGUAGES)}"))
    raw_base = base_override if base_override is not None else text("base_path", "/")
    base = normalize_base_path(raw_base)
    if base is None:
        where = Origin("--base-path", 1) if base_override is not None else doc.at("base_path")
        diags.append(error("config", f'invalid base path "{raw_base}"', where,
                           "use a URL path such as /dossier/ (the GitHub repository name)"))
    publish = data.get("publish") or {}
    if not isinstance(publish, dict):
        diags.append(error("config", '"publish" must be a mapping', doc.at("publish"),
                           "write publish: {remote: origin, branch: gh-pages}"))
        publish = {}
    public_url = data.get("public_url")
    if public_url is not None and not (isinstance(public_url, str) and re.fullmatch(r"https?://\S+", public_url)):
        diags.append(error("config", f'public_url "{public_url}" is not an http(s) address', doc.at("public_url"),
                           "write the site's address, e.g. public_url: https://OWNER.github.io/REPO/"))
        public_url = None
    config = Config(
        title=text("title"), description=text("description"), language=language,
        base_path=base or "/", root=root,
        content=root / text("content", "content"), templates=root / text("templates", "templates"),
        output=root / text("output", "build"),
        public_url=public_url,
        publish_remote=str(publish.get("remote", "origin")), publish_branch=str(publish.get("branch", "gh-pages")),
    )
    diags += check_output(config, doc)
    return (None if any(d.severity.value == "error" for d in diags) else config), diags


def check_output(config: Config, doc) -> list[Diagnostic]:
    """The output folder is replaced on every build, so it must not hold or lie inside any source."""
    output = config.output.resolve()
    sources = [config.content.resolve(), config.templates.resolve()]
    if output == config.root or output in config.root.parents or any(
            output == s or output in s.parents or s in output.parents for s in sources):
        return [error("config", f'output folder "{output}" would overwrite the dossier\'s own files', doc.at("output"),
                      "use a separate folder beside content/ and templates/, e.g. output: build")]
    return []
