"""Message catalogues: every interface string the templates and views use has an Indonesian translation."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from dossier.i18n import messages

ROOT = Path(__file__).resolve().parent.parent
IN_TEMPLATES = re.compile(r"""_\(\s*(["'])(.+?)\1""")
PLURALS = re.compile(r"""ngettext\(\s*(["'])(.+?)\1\s*,\s*(["'])(.+?)\3""")


def template_ids() -> set[str]:
    texts = [path.read_text() for path in (ROOT / "templates").glob("*.html")]
    return {m[2] for text in texts for m in IN_TEMPLATES.finditer(text)} | \
        {m[i] for text in texts for m in PLURALS.finditer(text) for i in (2, 4)}


def code_ids() -> set[str]:
    """String literals passed to t.gettext(…) in the generator, and the labels in TYPE_LABELS and MOTIVATIONS."""
    found = set()
    for path in (ROOT / "dossier").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "gettext":
                found |= {a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)}
    from dossier.annotation_views import MOTIVATIONS
    from dossier.chronology_views import KIND_LABELS
    from dossier.views import TYPE_LABELS
    return found | set(TYPE_LABELS.values()) | set(MOTIVATIONS.values()) | set(KIND_LABELS.values())


def test_the_templates_use_interface_strings():
    assert len(template_ids()) > 40 and "Mentions over time" in template_ids()


@pytest.mark.parametrize("message", sorted(template_ids() | code_ids()))
def test_every_interface_string_is_translated(message):
    table = messages("id").table
    assert message in table, f'add "{message}" to dossier/messages/id.yaml'
    placeholders = re.compile(r"%\(\w+\)s")
    assert set(placeholders.findall(table[message])) == set(placeholders.findall(message)), "keep every %(name)s"
