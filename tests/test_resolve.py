"""resolve: entities and article bodies in → mentions and reference diagnostics out."""

from __future__ import annotations

import re

import pytest

from dossier.diagnostics import Severity
from dossier.markup import body_html
from dossier.model import Alias, Article, Dossier, Entity, EntityRef, Origin, Precision, Provenance, PubDate
from dossier.resolve import Matcher, find_mentions, fold, resolve


def entity(ident: str, name: str, *aliases: str, kind: str = "place") -> Entity:
    return Entity(ident, Origin(f"content/entities/{ident}.md", 2, 5), name, kind,
                  tuple(Alias(a) for a in dict.fromkeys((name, *aliases))), "", 8)


def article(body: str, entities: tuple[str, ...] = (), ident: str = "2021-07-08-x", language: str = "id") -> Article:
    path = f"content/articles/{ident}.md"
    refs = tuple(EntityRef(e, Origin(path, 7 + i, 5)) for i, e in enumerate(entities))
    return Article(ident, Origin(path, 1), "Judul", PubDate(Precision.DAY, 2021, 7, 8), "Contoh.com", language, refs,
                   Provenance("sources/x.txt", "0" * 64, Origin(path, 10, 12)), body, 13)


ENTITIES = [
    entity("russia", "Rusia", "Federasi Rusia", "Russia", "Россия"),
    entity("csto", "CSTO", "Collective Security Treaty Organization", "ОДКБ", kind="organization"),
    entity("united-states", "Amerika Serikat", "AS"),
    entity("taliban", "Taliban", "طالبان", kind="organization"),
    entity("sergey-lavrov", "Sergey Lavrov", "Lavrov", "Sergei Lavrov", kind="person"),
]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(ENTITIES)


def found(matcher: Matcher, text: str) -> list[tuple[str, str]]:
    return [(text[start:end], ident) for start, end, ident in matcher.find(text)]


# --- Matcher ----------------------------------------------------------------------------------------


def test_longest_match_wins(matcher):
    assert found(matcher, "Federasi Rusia dan Rusia") == [("Federasi Rusia", "russia"), ("Rusia", "russia")]
    assert found(matcher, "Menlu Sergei Lavrov berkata") == [("Sergei Lavrov", "sergey-lavrov")]


def test_acronyms_match_exactly(matcher):
    assert found(matcher, "CSTO siaga") == [("CSTO", "csto")]
    assert found(matcher, "csto Csto cSTO") == []
    assert found(matcher, "pasukan AS pergi") == [("AS", "united-states")]
    assert found(matcher, "KASUS ini, as roda, AS-nya") == [("AS", "united-states")]
    assert found(matcher, "ОДКБ и одкб") == [("ОДКБ", "csto")]


def test_names_match_case_insensitively_when_capitalised(matcher):
    assert found(matcher, "RUSIA, rusia dan Rusia") == [("RUSIA", "russia"), ("Rusia", "russia")]
    assert found(matcher, "FEDERASI RUSIA, Federasi rusia, federasi rusia") == [
        ("FEDERASI RUSIA", "russia"), ("Federasi rusia", "russia")]


def test_case_can_be_set_per_alias():
    turkey = Entity("turkey", Origin("content/entities/turkey.md", 2, 5), "Turkey", "place",
                    (Alias("Turkey", case="exact"), Alias("al-Qaeda"), Alias("isis", case="any")), "", 8)
    m = Matcher([turkey])
    assert found(m, "Turkey, TURKEY, turkey, Al-Qaeda, al-qaeda, ISIS") == [
        ("Turkey", "turkey"), ("Al-Qaeda", "turkey"), ("al-qaeda", "turkey"), ("ISIS", "turkey")]


@pytest.mark.parametrize("text, expected", [
    ("Rusiana dan Prusia", []),
    ("Rusia.", [("Rusia", "russia")]),
    ("(Rusia)", [("Rusia", "russia")]),
    ("Rusia-nya", [("Rusia", "russia")]),  # Indonesian clitic after a hyphen
    ("Rusia’s", [("Rusia", "russia")]),
    ("Россия и Россиянин, Россия.", [("Россия", "russia"), ("Россия", "russia")]),
    ("России", []),
    ("حركة طالبان في كابول", [("طالبان", "taliban")]),
    ("الطالبان", [("طالبان", "taliban")]),  # Arabic proclitics join the word: "the", "and", "in", "for the"
    ("وطالبان ولطالبان بطالبان للطالبان", [("طالبان", "taliban")] * 4),
    ("مطالبان", []),  # not a proclitic: another word
    ("طالبانية", []),
    ("Taliban2", []),
])
def test_word_boundaries_in_every_script(matcher, text, expected):
    assert found(matcher, text) == expected


def test_fold_keeps_the_length():
    assert fold("İstanbul") == "İstanbul"  # "İ".lower() is two characters: kept as it is
    assert len(fold("İstanbul Rusia")) == len("İstanbul Rusia")
    m = Matcher([entity("istanbul", "İstanbul"), *ENTITIES])
    assert found(m, "Dari İstanbul ke Rusia") == [("İstanbul", "istanbul"), ("Rusia", "russia")]


def test_the_most_permissive_case_of_one_spelling_wins():
    russia = Entity("russia", Origin("content/entities/russia.md", 2, 5), "Rusia", "place",
                    (Alias("Rusia"), Alias("rusia", case="any")), "", 8)
    assert found(Matcher([russia]), "rusia") == [("rusia", "russia")]


def test_empty_matcher_finds_nothing():
    assert Matcher([]).find("Rusia") == []


def test_shared_alias_is_a_clash_naming_both():
    m = Matcher([entity("russia", "Rusia"), entity("rusia-fc", "FC Rusia", "rusia")])
    assert [(alias.text, a.id, b.id) for alias, a, _, b in m.clashes] == [("rusia", "russia", "rusia-fc")]
    assert found(m, "Rusia") == [("Rusia", "russia")]


def test_acronym_and_name_with_the_same_letters_do_not_clash():
    m = Matcher([entity("united-states", "Amerika Serikat", "AS"), entity("as-roma", "As Roma", "As")])
    assert m.clashes == []
    assert found(m, "AS dan As") == [("AS", "united-states"), ("As", "as-roma")]


# --- mentions in article bodies ---------------------------------------------------------------------


def test_mentions_skip_link_text_and_code(matcher):
    body = "[Rusia](https://contoh.com/rusia) dan `Rusia` dan ```\nRusia\n``` dan Rusia.\n\n    Rusia dalam kode\n"
    mentions = find_mentions(article(body), matcher)
    assert [(m.text, m.block) for m in mentions] == [("Rusia", 1)]
    assert mentions[0].first_in_block


def test_mentions_carry_paragraph_number_and_sentence(matcher):
    body = ("# Sikap Rusia\n\n"
            "Lavrov berbicara di Moskow. Dia berkata CSTO siap.\nRusia tidak akan mengirim pasukan.\n\n"
            "- Taliban menguasai Kabul.\n- AS pergi.\n\n"
            "> Rusia dan Rusia lagi.\n")
    mentions = find_mentions(article(body), matcher)
    assert [(m.entity, m.block, m.sentence, m.first_in_block) for m in mentions] == [
        ("russia", 1, "Sikap Rusia", True),
        ("sergey-lavrov", 2, "Lavrov berbicara di Moskow.", True),
        ("csto", 2, "Dia berkata CSTO siap.", True),
        ("russia", 2, "Rusia tidak akan mengirim pasukan.", True),
        ("taliban", 3, "Taliban menguasai Kabul.", True),
        ("united-states", 4, "AS pergi.", True),
        ("russia", 5, "Rusia dan Rusia lagi.", True),
        ("russia", 5, "Rusia dan Rusia lagi.", False),
    ]
    assert all(m.article == "2021-07-08-x" for m in mentions)


def test_mention_offsets_point_at_the_text(matcher):
    body = "Menurut **Lavrov**, Federasi Rusia siap.\n"
    a = article(body)
    html = body_html(body, find_mentions(a, matcher), lambda e: f"/e/{e}/")
    assert html == ('<p id="p1">Menurut <strong><a href="/e/sergey-lavrov/" class="mention" id="m-sergey-lavrov-1">'
                    'Lavrov</a></strong>, <a href="/e/russia/" class="mention" id="m-russia-1">Federasi Rusia</a> siap.</p>\n')


def test_every_mention_has_its_own_anchor_and_only_the_first_per_paragraph_is_a_link(matcher):
    body = "Rusia dan Federasi Rusia.\n\nRusia lagi.\n"
    mentions = find_mentions(article(body), matcher)
    html = body_html(body, mentions, lambda e: f"/e/{e}/")
    assert [m.anchor for m in mentions] == ["m-russia-1", "m-russia-2", "m-russia-3"]
    assert html == ('<p id="p1"><a href="/e/russia/" class="mention" id="m-russia-1">Rusia</a> dan '
                    '<span class="mention again" id="m-russia-2">Federasi Rusia</span>.</p>\n'
                    '<p id="p2"><a href="/e/russia/" class="mention" id="m-russia-3">Rusia</a> lagi.</p>\n')


def test_every_paragraph_mention_points_at_an_existing_anchor(matcher):
    body = "# Rusia\n\nTaliban datang.\n\n- CSTO\n- AS\n\n> Lavrov\n\nCatatan[^1].\n\n[^1]: Rusia berkata.\n"
    mentions = find_mentions(article(body), matcher)
    html = body_html(body, mentions, lambda e: f"/e/{e}/")
    assert len(mentions) == 6
    for m in mentions:
        assert f'id="p{m.block}"' in html, m


def block_html(html: str, block: int) -> str:
    """The element whose id is p<block>, or '' if there is none."""
    m = re.search(rf'<(\w+) id="p{block}">(.*?)</\1>', html, re.S)
    return m[2] if m else ""


@pytest.mark.parametrize("body", [
    "Taliban datang.\n\n| Negara | Sikap |\n|---|---|\n| Rusia | menolak |\n",
    "| Negara | Sikap |\n|---|---|\n| Rusia | menolak |\n\nTaliban datang.\n",
], ids=["after-a-paragraph", "first"])
def test_mention_in_a_table_points_at_its_own_anchor(matcher, body):
    mentions = find_mentions(article(body), matcher)
    html = body_html(body, mentions, lambda e: f"/e/{e}/")
    in_table = next(m for m in mentions if m.entity == "russia")
    assert "Rusia" in block_html(html, in_table.block)


# --- resolve ----------------------------------------------------------------------------------------


def test_resolve_collects_mentions_and_checks_the_entity_list():
    a = article("Rusia dan CSTO berjaga. Taliban datang.", ("russia", "csto", "tajikistan", "kazakstan"))
    b = article("Federasi Rusia.", ("russia",), ident="2021-07-09-y")
    entities = ENTITIES + [entity("kazakhstan", "Kazakhstan"), entity("tajikistan", "Tajikistan")]
    dossier, diags = resolve(Dossier.of([a, b], entities))
    assert [(m.article, m.entity) for m in dossier.mentions] == [
        ("2021-07-08-x", "russia"), ("2021-07-08-x", "csto"), ("2021-07-08-x", "taliban"),
        ("2021-07-09-y", "russia")]
    got = [(d.severity, d.code, d.origin, d.message, d.hint) for d in diags]
    path = "content/articles/2021-07-08-x.md"
    assert got == [
        (Severity.WARNING, "entity-unmentioned", Origin(path, 9, 5),
         'entity "tajikistan" is listed but its text never mentions it',
         "remove it, or add the spelling used in the text to its aliases"),
        (Severity.ERROR, "unknown-entity", Origin(path, 10, 5), 'unknown entity "kazakstan"',
         'did you mean "kazakhstan"?'),
        (Severity.WARNING, "entity-unlisted", Origin(path, 10, 5),
         'the text mentions "Taliban" (taliban) but "entities" does not list it', "add taliban to entities"),
    ]


def test_resolve_reports_shared_aliases_as_errors():
    entities = [entity("russia", "Rusia"), entity("taliban", "Taliban", "rusia")]
    _, diags = resolve(Dossier.of([], entities))
    assert [(d.code, d.origin, d.message) for d in diags] == [
        ("duplicate-alias", Origin("content/entities/taliban.md", 2, 5),
         'alias "rusia" of entity "taliban" is also an alias of "russia" (content/entities/russia.md:2:5)')]


def test_resolve_is_pure():
    a = article("Rusia.", ("russia",))
    dossier = Dossier.of([a], ENTITIES)
    first, _ = resolve(dossier)
    second, _ = resolve(dossier)
    assert first == second and dossier.mentions == ()
