"""quotes: articles and their mentions in → quotations attributed to people and organisations out."""

from __future__ import annotations

import pytest

from dossier.model import Dossier
from dossier.quotes import quote_spans, quotations
from dossier.resolve import resolve

from .test_resolve import article, entity

ENTITIES = [
    entity("russia", "Rusia", "Russia"),
    entity("taliban", "Taliban", kind="organization"),
    entity("csto", "CSTO", kind="organization"),
    entity("ministry", "Kementerian Luar Negeri Rusia", kind="organization"),
    entity("sergey-lavrov", "Sergey Lavrov", "Lavrov", kind="person"),
    entity("zamir-kabulov", "Zamir Kabulov", "Kabulov", kind="person"),
    entity("suhail-shaheen", "Suhail Shaheen", "Shaheen", kind="person"),
]


def said(body: str, language: str = "id") -> list[tuple[str, str, str]]:
    """(speaker, kind, text) of every quotation found in one article."""
    dossier, _ = resolve(Dossier.of([article(body, language=language)], ENTITIES))
    return [(q.speaker, q.kind, q.text) for q in quotations(dossier).quotations]


QUOTE = "Kami siap membantu sekutu kami"


@pytest.mark.parametrize("body", [
    f'"{QUOTE}," kata Lavrov.',
    f"“{QUOTE},” ujar Menteri Luar Negeri Rusia Sergey Lavrov kepada wartawan.",
    f"“{QUOTE},” ucap Sergey Lavrov, seperti dilansir Sputnik.",
    f"“{QUOTE},” Menteri Luar Negeri Rusia Sergey Lavrov memperingatkan Rabu.",
    f"Lavrov mengatakan, “{QUOTE}.”",
    f"Lavrov juga menegaskan bahwa “{QUOTE}.”",
    f"Sergey Lavrov sendiri berkata: «{QUOTE}».",
])
def test_a_quotation_and_its_named_speaker(body):
    assert said(body) == [("sergey-lavrov", "direct", QUOTE + ("." if "." in body.split(QUOTE)[1][:1] else ""))]


@pytest.mark.parametrize("body", [
    f'Lavrov tiba di Moskow.\n\n"{QUOTE}," jelasnya.',
    f'Lavrov tiba di Moskow. "{QUOTE}," katanya.',
    f"Lavrov tiba di Moskow.\n\nDia menyatakan bahwa “{QUOTE}.”",
])
def test_a_pronoun_stands_for_the_person_named_last(body):
    assert [q[0] for q in said(body)] == ["sergey-lavrov"]


def test_the_person_named_last_is_the_nearest_one_before():
    body = f'Lavrov bertemu Kabulov.\n\nKabulov tiba di Moskow. "{QUOTE}," katanya.'
    assert [q[0] for q in said(body)] == ["zamir-kabulov"]


def test_a_title_and_organisation_before_the_name_do_not_hide_the_person():
    body = f"Juru bicara Taliban Suhail Shaheen mengatakan delegasinya datang untuk “{QUOTE}.”"
    assert said(body) == [("suhail-shaheen", "direct", QUOTE + ".")]


def test_a_name_in_apposition_after_its_title():
    assert said(f"Sekretaris Jenderal CSTO, Sergey Lavrov mengatakan bahwa {QUOTE.lower()}.")[0][0] == "sergey-lavrov"


@pytest.mark.parametrize("body, text", [
    (f"Lavrov mengatakan bahwa {QUOTE.lower()}.", f"Lavrov mengatakan bahwa {QUOTE.lower()}."),
    (f"Menurut Kementerian Luar Negeri Rusia, {QUOTE.lower()}.", f"Menurut Kementerian Luar Negeri Rusia, {QUOTE.lower()}."),
    ("Taliban menguasai Kabul, kata Lavrov.", "Taliban menguasai Kabul, kata Lavrov."),
])
def test_indirect_speech_is_reported_as_the_whole_sentence(body, text):
    speaker = "ministry" if "Menurut" in body else "sergey-lavrov"
    assert said(body) == [(speaker, "reported", text)]


@pytest.mark.parametrize("body", [
    f'"{QUOTE}," kata pejabat itu.',  # a description, not a name
    f'"{QUOTE}," kata seorang pejabat di Kementerian Luar Negeri Rusia.',  # an official, not the ministry
    f'"{QUOTE}," katanya.',  # no one named before
    f'"{QUOTE}," kata Rusia.',  # places do not speak here
    'Taliban disebut "teroris" oleh Lavrov.',  # a term in quotation marks
    "Diplomat top Rusia itu kemudian menyatakan bahwa perang usai.",
    "Lavrov menolak memberikan jawaban.",
])
def test_no_speaker_is_invented(body):
    assert said(body) == []


def test_words_in_a_link_or_in_languages_without_patterns_are_left_alone():
    assert said(f'"{QUOTE}," kata Lavrov.', language="xx") == []


def test_english_patterns():
    assert said(f'"{QUOTE}," Lavrov said.', language="en") == [("sergey-lavrov", "direct", QUOTE)]
    assert said(f'"{QUOTE}," said Russian Foreign Minister Sergey Lavrov.', language="en")[0][0] == "sergey-lavrov"
    assert said("According to Lavrov, the talks failed.", language="en")[0][:2] == ("sergey-lavrov", "reported")
    assert said(f'Lavrov arrived.\n\n"{QUOTE}," he said.', language="en")[0][0] == "sergey-lavrov"


def test_a_closing_mark_whose_opening_one_was_lost_quotes_from_the_paragraph_start():
    assert quote_spans("Dan kami siap,” kata Putin.") == [(0, len("Dan kami siap,"))]
    text = "„Wir wollen Respekt“, sagte er. «Да» и “yes”"
    assert [text[a:b] for a, b in quote_spans(text)] == ["Wir wollen Respekt", "Да", "yes"]


def test_headings_are_not_statements():
    assert said("## Lavrov mengatakan bahwa perang usai\n\nTeks.") == []
