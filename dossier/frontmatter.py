"""Read YAML (safely, with line numbers) and split Markdown front matter from its body."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from .diagnostics import Diagnostic, error
from .model import Origin

_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BASE):  # type: ignore[misc,valid-type]
    """Safe loader that keeps dates as strings, so dates are parsed (and checked) by us."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

Path = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Located:
    """Plain YAML data plus the origin of every node, keyed by its path in the data."""

    data: Any
    origins: dict[Path, Origin]
    default: Origin

    def at(self, *path: str | int) -> Origin:
        """Origin of the value at path, else of its nearest located parent."""
        while path:
            if path in self.origins:
                return self.origins[path]
            path = path[:-1]
        return self.origins.get((), self.default)

    def key_at(self, key: str) -> Origin:
        """Origin of a top-level key itself (where to point for unknown keys)."""
        return self.origins.get(("key", key), self.at(key))


def read_yaml(text: str, path: str, first_line: int = 1) -> tuple[Located | None, list[Diagnostic]]:
    """Parse YAML text whose first line is line `first_line` of the file at `path`."""
    origin = Origin(path, first_line)
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        at_end = "end of stream" in (exc.problem or "")
        mark = (exc.context_mark if at_end else None) or exc.problem_mark or exc.context_mark
        where = Origin(path, first_line + mark.line, mark.column + 1) if mark else origin
        problem = " ".join(filter(None, [exc.context, exc.problem]))
        return None, [error("front-matter", f"invalid YAML: {problem}", where,
                            "check the indentation and quoting near this line; quote values containing ': '")]
    except yaml.YAMLError as exc:
        return None, [error("front-matter", f"invalid YAML: {exc}", origin)]
    origins: dict[Path, Origin] = {}
    duplicates: list[Diagnostic] = []
    if node is not None:
        _walk(node, (), path, first_line, origins, duplicates)
    return (None, duplicates) if duplicates else (Located(data, origins, origin), [])


def _walk(node: yaml.Node, here: Path, path: str, first: int, out: dict[Path, Origin],
          duplicates: list[Diagnostic]) -> None:
    out[here] = Origin(path, first + node.start_mark.line, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                where = Origin(path, first + key.start_mark.line, key.start_mark.column + 1)
                if ("key", *here, key.value) in out:
                    duplicates.append(error("front-matter", f'key "{key.value}" appears twice', where,
                                            f"keep one; the first is on line {out[('key', *here, key.value)].line}"))
                out[("key", *here, key.value)] = where
                _walk(value, (*here, key.value), path, first, out, duplicates)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _walk(item, (*here, i), path, first, out, duplicates)


def split_front_matter(text: str, path: str) -> tuple[str, str, int, list[Diagnostic]]:
    """Split '---' fenced front matter from the body; return (yaml, body, body_line, diagnostics)."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return "", text, 1, [error("front-matter", "file does not start with a '---' front matter fence",
                                   Origin(path, 1), "put '---' on the first line, then the YAML fields, then '---'")]
    for i, line in enumerate(lines[1:], start=1):
        if line.strip() == "---":
            return "".join(lines[1:i]), "".join(lines[i + 1:]), i + 2, []
    return "", text, 1, [error("front-matter", "front matter is never closed", Origin(path, len(lines)),
                               "add a line containing only '---' after the last front-matter field")]
