"""Anchoring annotations: exact quotes told apart by prefix/suffix, fuzzy re-anchoring above a minimum score, orphans
reported with the closest passage, and never a silent attachment to the wrong passage."""

from __future__ import annotations

import unicodedata

import pytest

from dossier.anchor import MIN_SCORE, Text, anchor, find_quote
from dossier.model import Annotation, Dossier, Entity, Origin, Precision, PubDate, Target
from tests.test_resolve import article

BODY = """Tajikistan memiliki perbatasan bersama Afghanistan sepanjang 1.300 kilometer dan dapat terkena ancaman.

Menurut **Lavrov**, perbatasan sepanjang 1.300 kilometer itu dijaga pasukan Rusia, kata dia di [Moskow](https://example.org).

“Kami siap,” kata Lavrov. Taliban menguasai Kabul pada 15 Agustus 2021.
"""


def found_text(text: Text, quote: str, **context) -> str | None:
    found = find_quote(text, quote, **context)
    if found.end <= found.start:
        return None
    block, start, end = text.passage(found.start, found.end)
    return text.plains[block][start:end]


def test_an_exact_quote_is_found_with_its_paragraph_and_offsets():
    text = Text.of(BODY)
    found = find_quote(text, "Taliban menguasai Kabul")
    block, start, end = text.passage(found.start, found.end)
    assert (found.score, block) == (100.0, 3) and text.plains[3][start:end] == "Taliban menguasai Kabul"


def test_markup_inside_the_passage_does_not_matter():
    assert found_text(Text.of(BODY), "Menurut Lavrov, perbatasan") == "Menurut Lavrov, perbatasan"
    assert found_text(Text.of(BODY), "kata dia di Moskow") == "kata dia di Moskow"


@pytest.mark.parametrize("quote", [
    '"Kami siap," kata Lavrov',  # straight quotes for typographic ones
    "“Kami  siap,”\nkata Lavrov",  # other spacing
    unicodedata.normalize("NFD", "“Kami siap,” kata Lavrov"),  # decomposed characters
    "“Kami\u200b siap,” kata Lavrov",  # a zero-width space
])
def test_anchors_survive_normalisation_differences(quote):
    assert found_text(Text.of(BODY), quote) == "“Kami siap,” kata Lavrov"


def test_a_repeated_quote_is_ambiguous_until_prefix_or_suffix_tell_which():
    text = Text.of(BODY)
    assert len(find_quote(text, "perbatasan sepanjang 1.300 kilometer").candidates) == 0  # differs: "bersama"
    found = find_quote(text, "sepanjang 1.300 kilometer")
    assert len(found.candidates) == 2
    first = find_quote(text, "sepanjang 1.300 kilometer", prefix="bersama Afghanistan")
    second = find_quote(text, "sepanjang 1.300 kilometer", suffix="itu dijaga")
    assert text.passage(first.start, first.end)[0] == 1 and text.passage(second.start, second.end)[0] == 2


def test_an_edited_passage_is_re_anchored_above_the_minimum_score():
    edited = Text.of(BODY.replace("15 Agustus 2021", "15 Agustus 2021 malam"))
    assert found_text(edited, "Taliban menguasai Kabul pada 15 Agustus 2021") == "Taliban menguasai Kabul pada 15 Agustus 2021"
    changed = Text.of(BODY.replace("1.300 kilometer dan", "1.344 kilometer dan"))
    found = find_quote(changed, "bersama Afghanistan sepanjang 1.300 kilometer")
    assert MIN_SCORE <= found.score < 100
    block, start, end = changed.passage(found.start, found.end)
    assert changed.plains[block][start:end] == "bersama Afghanistan sepanjang 1.344 kilometer"


def test_a_removed_passage_is_orphaned_with_the_closest_candidate_as_a_hint():
    found = find_quote(Text.of(BODY), "Presiden Putin menolak mengakui pemerintahan Taliban")
    assert found.end <= found.start and found.closest is not None and found.closest[2] < MIN_SCORE


def test_a_similar_sentence_elsewhere_is_not_taken_for_a_rewritten_one():
    text = Text.of(BODY.replace("Taliban menguasai Kabul pada 15 Agustus 2021.", "Taliban menguasai Herat."))
    assert found_text(text, "Taliban menguasai Kabul pada 15 Agustus 2021") is None


def note(*targets: Target, ident: str = "n") -> Annotation:
    day = PubDate(Precision.DAY, 2026, 11, 21)
    return Annotation(ident, Origin("content/annotations/n.md", 2), targets, "commenting", "octocat", day, "Note.", 9)


def target(**fields) -> Target:
    return Target(Origin("content/annotations/n.md", 5, 3), **fields)


def dossier_with(*notes: Annotation) -> Dossier:
    places = [Entity("kabul", Origin("e.md"), "Kabul", "place", (), "", 1)]
    return Dossier.of([article(BODY, ident="2021-09-17-a")], places, list(notes))


def run(*targets: Target) -> tuple[Dossier, list]:
    return anchor(dossier_with(note(*targets)))


def test_the_anchor_stage_places_each_quote():
    dossier, diags = run(target(article="2021-09-17-a", quote="Taliban menguasai Kabul"),
                         target(entity="kabul"), target(article="2021-09-17-a"))
    assert diags == [] and [(a.target, a.block, a.text) for a in dossier.anchors] == [(0, 3, "Taliban menguasai Kabul")]


def test_unknown_articles_and_entities_are_errors_with_a_suggestion():
    _, diags = run(target(article="2021-09-17-b", quote="Kabul"), target(entity="kabol"))
    assert [(d.code, d.hint) for d in diags] == [("unknown-article", 'did you mean "2021-09-17-a"?'),
                                                 ("unknown-entity", 'did you mean "kabul"?')]
    assert str(diags[0].origin) == "content/annotations/n.md:5:3"


def test_an_ambiguous_quote_is_an_error_listing_the_candidates():
    _, diags = run(target(article="2021-09-17-a", quote="sepanjang 1.300 kilometer"))
    assert [d.code for d in diags] == ["anchor-ambiguous"]
    assert "occurs 2 times" in diags[0].message and "paragraph 1:" in diags[0].hint and "paragraph 2:" in diags[0].hint


def test_a_re_anchored_quote_is_a_warning_with_the_new_words():
    dossier, diags = run(target(article="2021-09-17-a", quote="Taliban menguasai Kabul pada 16 Agustus 2021"))
    assert [(d.code, d.severity.value) for d in diags] == [("anchor-moved", "warning")]
    assert '"Taliban menguasai Kabul pada 15 Agustus 2021"' in diags[0].hint and len(dossier.anchors) == 1


def test_an_orphan_is_an_error_with_the_closest_passage_and_its_score():
    dossier, diags = run(target(article="2021-09-17-a", quote="Presiden Putin menolak mengakui Taliban"))
    assert [(d.code, d.severity.value) for d in diags] == [("anchor-not-found", "error")]
    assert "closest passage" in diags[0].hint and "score" in diags[0].hint and dossier.anchors == ()
