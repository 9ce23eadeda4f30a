"""Check front matter against the JSON Schemas in dossier/schemas/, as diagnostics that point at the bad line."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match

from .diagnostics import Diagnostic, error, suggest
from .frontmatter import Located

TYPE_NAMES = {"string": "text", "array": "a list", "object": "a mapping", "boolean": "true or false",
              "integer": "a whole number", "number": "a number", "null": "empty"}


@cache
def schema(name: str) -> dict[str, Any]:
    """The JSON Schema dossier/schemas/<name>.schema.json."""
    return json.loads(resources.files("dossier").joinpath(f"schemas/{name}.schema.json").read_text(encoding="utf-8"))


@cache
def validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(schema(name))


def check(doc: Located, name: str) -> list[Diagnostic]:
    """Every way the document breaks the schema, in document order, each at its line with a hint."""
    errors = sorted(validator(name).iter_errors(doc.data), key=lambda e: doc.at(*e.absolute_path).line)
    return [d for e in errors for d in diagnose(e, doc)]


def diagnose(e: ValidationError, doc: Located) -> list[Diagnostic]:
    if e.validator == "oneOf" and e.context:
        e = branch_error(e)
    path, value, sub = tuple(e.absolute_path), e.instance, e.schema
    where, label = doc.at(*path), describe(path)
    hint = sub.get("x-hint") or sub.get("description")
    if e.validator == "required":
        props = sub.get("properties", {})
        return [error("missing-field", f'required field "{".".join(map(str, (*path, k)))}" is missing', where,
                      required_hint(k, props.get(k, {})))
                for k in e.validator_value if k not in value]
    if e.validator == "additionalProperties":
        known = list(sub.get("properties", {}))
        return [error("unknown-field", f'unknown key "{k}"' + (f" in {label}" if path else ""),
                      doc.origins.get(("key", *path, k), where),
                      suggest(str(k), known) or f"remove it; the keys are: {', '.join(known)}")
                for k in value if k not in known]
    if e.validator == "type":
        wanted = e.validator_value if isinstance(e.validator_value, list) else [e.validator_value]
        if value is None:
            return [error("missing-field", f"{label} is empty", where, hint)]
        if "x-message" in sub and not isinstance(value, (list, dict)):
            return [error("bad-field", sub["x-message"].format(value=value), where, hint)]  # wikidata: 159
        return [error("bad-field", f"{label} must be {' or '.join(TYPE_NAMES[w] for w in wanted)}, "
                                   f"not {json_type(value)}", where, hint)]
    message = sub.get("x-message", "").format(value=value)
    if e.validator == "enum":
        choices = [str(c) for c in e.validator_value]
        return [error("bad-field", message or f'{label} "{value}" is not one of {", ".join(choices)}', where,
                      suggest(str(value), choices) or f"use one of {', '.join(choices)}")]
    if e.validator == "oneOf":
        return [error("bad-field", f"{label} must be text or a mapping", where, hint)]
    return [error("bad-field", message or f'{label} "{value}" is not valid', where, hint)]


def required_hint(key: str, prop: dict[str, Any]) -> str:
    if "x-hint" in prop:
        return prop["x-hint"]
    return f"add {key}: …" + (f" ({prop['description']})" if prop.get("description") else "")


def branch_error(e: ValidationError) -> ValidationError:
    """The error of the oneOf branch meant for this kind of value (text or mapping), else the oneOf error."""
    branches: dict[int, list[ValidationError]] = {}
    for sub in e.context:
        branches.setdefault(sub.relative_schema_path[0], []).append(sub)
    fitting = [errs for errs in branches.values()
               if not any(s.validator == "type" and not s.relative_path for s in errs)]
    return best_match(fitting[0]) if len(fitting) == 1 else e


def describe(path: tuple[str | int, ...]) -> str:
    """ ("aliases", 2, "case") → '"case" of item 3 of "aliases"'."""
    if not path:
        return "the front matter"
    parts = [f"item {p + 1}" if isinstance(p, int) else f'"{p}"' for p in reversed(path)]
    return " of ".join(parts)


def json_type(value: Any) -> str:
    for name, kind in (("boolean", bool), ("integer", int), ("number", float), ("string", str), ("array", list),
                       ("object", dict)):
        if isinstance(value, kind):
            return TYPE_NAMES[name]
    return TYPE_NAMES["null"]
