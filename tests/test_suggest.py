"""suggest: articles and registered entities in → unregistered names that look like entities out."""

from __future__ import annotations

import pytest

from dossier.load import load
from dossier.model import (
    Alias,
    Article,
    Dossier,
    Entity,
    Origin,
    Precision,
    Provenance,
    PubDate,
)
from dossier.parse import parse
from dossier.resolve import Matcher, resolve
from dossier.entity_report import format_suggestions, format_usage, usage
from dossier.suggest import Suggestion, excerpt, suggest


def entity(ident: str, name: str, *aliases: str, kind: str = "place") -> Entity:
    return Entity(ident, Origin(f"content/entities/{ident}.md", 2, 5), name, kind,
                  tuple(Alias(a) for a in dict.fromkeys((name, *aliases))), "", 8)


def article(body: str, ident: str = "2021-07-08-x", language: str = "id", **extra) -> Article:
    path = f"content/articles/{ident}.md"
    fields = {"title": "Judul", "source": "Contoh.com", "entities": (), **extra}
    return Article(id=ident, origin=Origin(path, 1), date=PubDate(Precision.DAY, 2021, 7, 8), language=language,
                   provenance=Provenance("sources/x.txt", "0" * 64, Origin(path, 10, 12)), body=body, body_line=13,
                   **fields)


ENTITIES = [
    entity("russia", "Rusia", "Federasi Rusia", "Russia", "России"),
    entity("tajikistan", "Tajikistan", "Türkiye"),
    entity("united-states", "Amerika Serikat", "AS"),
    entity("csto", "CSTO", "Collective Security Treaty Organization", kind="organization"),
    entity("sergey-lavrov", "Sergey Lavrov", "Lavrov", "Sergei Lavrov", "Сергей Лавров", kind="person"),
    entity("vladimir-putin", "Vladimir Putin", "Putin", kind="person"),
]


def suggestions(*articles: Article, entities: list[Entity] = ENTITIES, **options) -> list[Suggestion]:
    return suggest(Dossier.of(list(articles), entities), Matcher(entities), **options)


def names(*articles: Article, **options) -> list[str]:
    return [s.name for s in suggestions(*articles, **options)]


# --- what is a candidate ----------------------------------------------------------------------------


def test_an_unregistered_person_is_suggested_with_where_it_first_occurs():
    body = "Rusia tidak akan mengirim pasukan.\n\nPada Senin, Lavrov bertemu\ndengan Retno Marsudi di perbatasan.\n"
    [found] = suggestions(article(body))
    assert found == Suggestion("Retno Marsudi", "retno-marsudi", 1, 1, "content/articles/2021-07-08-x.md", 16,
                               "Pada Senin, Lavrov bertemu dengan Retno Marsudi di perbatasan.")


@pytest.mark.parametrize("body", [
    "Menurut Sergei Lavrov, pasukan Rusia siap.",
    "Menurut LAVROV, pasukan rusia siap.",  # names match case-insensitively
    "Pejabat Federasi Rusia dan CSTO bertemu.",
    "Pejabat Collective Security Treaty Organization bertemu.",
])
def test_registered_aliases_are_not_suggested(body):
    assert names(article(body)) == []


def test_a_single_word_starting_a_sentence_counts_only_if_capitalised_elsewhere():
    body = "Pasukan tiba di perbatasan. Kabulov datang. Kemudian pasukan pergi. Mereka menyambut Kabulov."
    assert names(article(body)) == ["Kabulov"]
    assert names(article("Pasukan tiba. Kabulov datang.")) == []
    quoted = 'Lavrov berkata: "Semua siap." Kabulov mengangguk.'
    assert names(article(quoted)) == []


def test_a_common_word_starting_a_sentence_is_not_part_of_the_name():
    body = "Pernyataan Zamir Kabulov jelas. Kami membaca pernyataan itu. Joko Widodo datang."
    assert sorted(names(article(body))) == ["Joko Widodo", "Zamir Kabulov"]


def test_the_same_word_mid_sentence_in_another_article_counts():
    a = article("Kabulov datang ke perbatasan.", "2021-07-08-a")
    b = article("Delegasi menyambut Kabulov di sana.", "2021-07-09-b")
    [found] = suggestions(a, b)
    assert (found.name, found.occurrences, found.articles, found.path) == (
        "Kabulov", 2, 2, "content/articles/2021-07-08-a.md")


@pytest.mark.parametrize("body", [
    "Hal itu diungkapkan Menteri Luar Negeri Rusia Sergey Lavrov kemarin.",
    "Hal itu diungkapkan Menteri Luar Negeri Rusia, Sergei Lavrov.",
    "Pernyataan Presiden Rusia Vadimir Putin pada pertemuan itu.",  # a misspelling next to a registered name
    "Pernyataan Presiden Vladimir Putin, Presiden AS, dan para Menteri Luar Negeri.",
])
def test_names_inside_a_registered_span_and_bare_titles_are_not_suggested(body):
    assert names(article(body)) == []


def test_a_span_containing_a_registered_name_is_split_around_it():
    body = "Pertemuan itu dihadiri Presiden AS Joe Biden dan Sekjen PBB Antonio Guterres di sana."
    assert sorted(names(article(body))) == ["Antonio Guterres", "Joe Biden", "PBB"]


def test_organisation_names_are_kept_whole_with_a_registered_place():
    body = ("Pejabat di Kementerian Pertahanan Tajikistan membantahnya. Kementerian itu diam. "
            "Pejabat di Kementerian Pertahanan juga diam, kata Dewan Keamanan PBB.")
    assert sorted(names(article(body))) == ["Dewan Keamanan PBB", "Kementerian Pertahanan Tajikistan"]
    english = "The Ministry of Defence of Tajikistan said so, as did the Bank of England."
    assert sorted(names(article(english, language="en"))) == ["Bank of England", "Ministry of Defence of Tajikistan"]
    turkish = "Açıklamayı Türkiye Dışişleri Bakanlığı yaptı."
    assert names(article(turkish, language="tr")) == ["Türkiye Dışişleri Bakanlığı"]


def test_acronyms_are_suggested_but_not_numbers_or_stop_words():
    body = ("Serangan ISIS-K meningkat dan serangan itu dikecam SCO pada pukul 16.46 WIB, 8 Juli 2021. "
            "Jaraknya 1.300 kilometer. ILUSTRASI dari arsip, FOTO oleh staf.")
    assert sorted(names(article(body))) == ["ISIS-K", "SCO"]


@pytest.mark.parametrize("body", [
    "Pasukan tiba pada Kamis, 16 September 2021, dan pergi pada Senin.",
    "Mereka datang pada bulan Maret dan Agustus, atau Juli.",
    "Tahun lalu Dia dan Para pejabat datang. Namun Mereka pergi.",
])
def test_weekdays_months_and_function_words_are_not_suggested(body):
    assert names(article(body)) == []


def test_names_with_connectors_and_hyphens():
    body = ("Pernyataan Osama bin Laden dan Bashar al-Assad dibahas dalam pernyataan kelompok al-Qaeda. "
            "Perbatasan Tajikistan-Afghanistan dijaga oleh pasukan Nur-Sultan.")
    assert sorted(names(article(body))) == ["Bashar al-Assad", "Nur-Sultan", "Osama bin Laden", "al-Qaeda"]
    english = "Later that day Ursula von der Leyen met Mr Smith and the US envoy."
    assert sorted(names(article(english, language="en"))) == ["Smith", "US", "Ursula von der Leyen"]


def test_long_names_but_not_headlines_or_menus():
    body = ("Tamu itu Pangeran Mohammed bin Salman bin Abdulaziz Al Saud, kata media. "
            "Baca juga Kemenangan Besar Atas Tim Lawan Buka Jalan Final di sini. "
            "Hadir pula Komite Olimpiade Nasional Republik Demokratik Kongo.")
    assert sorted(names(article(body))) == [
        "Komite Olimpiade Nasional Republik Demokratik Kongo", "Mohammed bin Salman bin Abdulaziz Al Saud"]


def test_cyrillic_names():
    body = ("В Москве выступила Мария Захарова. Глава МИД России Сергей Лавров встретился с ней. "
            "Об этом сообщил ТАСС.")
    assert set(names(article(body, language="ru"))) == {"Мария Захарова", "Москве", "МИД России", "ТАСС"}


def test_turkish_names_lose_their_case_endings():
    body = "Dışişleri Bakanı Hakan Fidan, Pazartesi günü İstanbul'da konuştu ve Ankara'ya döndü."
    assert sorted(names(article(body, language="tr"))) == ["Ankara", "Hakan Fidan", "İstanbul"]


def test_german_nouns_alone_are_not_names():
    body = "Bundeskanzler Olaf Scholz traf in Berlin den Außenminister. Die Regierung sagte, die Bundeswehr sei bereit."
    assert names(article(body, language="de")) == ["Olaf Scholz"]


def test_captions_and_standfirst_are_read_but_a_caption_repeating_the_title_is_not():
    a = article("Rusia siap.", title="Utusan Taliban Kunjungi Moskow Bilang Gak Akan Ancam Rusia",
                standfirst="Akibat ancaman itu Taliban bertemu Zamir Kabulov.",
                captions=("Utusan Taliban Kunjungi Moskow Bilang Gak Akan Ancam Rusia Kredit Foto: AP Photo/Pavel Golovkin",))
    assert sorted(names(a, entities=[*ENTITIES, entity("taliban", "Taliban", kind="organization")])) == [
        "AP", "Pavel Golovkin", "Zamir Kabulov"]


def test_links_are_read_and_code_is_not():
    body = "Kata [Zamir Kabulov](https://contoh.com/) kepada **Retno Marsudi**, bukan `Kode Rahasia`.\n"
    assert sorted(names(article(body))) == ["Retno Marsudi", "Zamir Kabulov"]


# --- grouping and ranking ---------------------------------------------------------------------------


def test_ranking_by_articles_then_occurrences_grouped_case_insensitively():
    a = article("Kabulov bertemu Shaheen. Lalu Shaheen dan Shaheen pergi. Kabulov datang dari TASS.", "2021-07-08-a")
    b = article("Kemudian Kabulov bicara kepada Tass dan Zarif.", "2021-07-09-b")
    got = [(s.name, s.occurrences, s.articles) for s in suggestions(a, b)]
    assert got == [("Kabulov", 3, 2), ("TASS", 2, 2), ("Shaheen", 3, 1), ("Zarif", 1, 1)]


def test_min_count_and_a_longer_name_containing_this_one():
    a = article("Delegasi bertemu Zamir Kabulov. Menurut Kabulov pasukan siap. Sementara Zarif diam.")
    got = suggestions(a, min_count=1)
    assert [(s.name, s.part_of) for s in got] == [("Kabulov", "Zamir Kabulov"), ("Zamir Kabulov", None), ("Zarif", None)]
    assert [s.name for s in suggestions(a, min_count=2)] == []


def test_a_suggested_id_that_is_taken_is_flagged():
    [found] = suggestions(article("Kami menunggu Sergey Viktorovich di sana."),
                          entities=[*ENTITIES, entity("sergey-viktorovich", "Sergey V.", kind="person")])
    assert found.id == "sergey-viktorovich" and found.id_taken
    assert "(id taken: an alias of it?)" in format_suggestions([found], 1)


def test_long_sentences_are_cut_around_the_name():
    sentence = " ".join(["kata"] * 60) + " Zamir Kabulov " + " ".join(["lagi"] * 60) + "."
    cut = excerpt(sentence, "Zamir Kabulov", width=80)
    assert "Zamir Kabulov" in cut and cut.startswith("…") and cut.endswith("…") and len(cut) <= 82


# --- registered entities ----------------------------------------------------------------------------


def test_usage_counts_mentions_and_articles_of_every_entity():
    a = article("Rusia dan CSTO. Lavrov di Rusia.", "2021-07-08-a")
    b = article("Rusia lagi.", "2021-07-09-b")
    dossier, _ = resolve(Dossier.of([a, b], ENTITIES))
    rows = [(u.entity.id, u.mentions, u.articles) for u in usage(dossier)]
    assert rows[:3] == [("russia", 3, 2), ("csto", 1, 1), ("sergey-lavrov", 1, 1)]
    assert {r[0] for r in rows[3:]} == {"tajikistan", "united-states", "vladimir-putin"}
    table = format_usage(usage(dossier), len(ENTITIES)).splitlines()
    assert table[0].split() == ["id", "type", "mentions", "articles", "name"]
    assert table[1].split() == ["russia", "place", "3", "2", "Rusia"]
    assert table[-1] == "6 entities, 3 never mentioned"


# --- on disk and on the command line ----------------------------------------------------------------


def test_caption_lines_are_exact_when_the_files_are_given(site):
    site.replace(site.article_a, "language: id\n", "language: id\ncaptions:\n  - Pasukan di perbatasan.\n"
                 "  - Foto arsip Zamir Kabulov di Moskow.\n")
    files, _ = load(site.path("content"))
    dossier, _ = parse(files)
    found = {s.name: s for s in suggest(dossier, Matcher(list(dossier.entities.values())), files)}
    kabulov = found["Zamir Kabulov"]
    assert kabulov.path.endswith("2021-07-08-lavrov.md")
    assert site.read(site.article_a).splitlines()[kabulov.line - 1] == "  - Foto arsip Zamir Kabulov di Moskow."


def test_cli_suggests_unregistered_names(site, run_cli):
    code, out, err = run_cli(["entities", "--suggest"], site.root)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["name", "occurrences", "articles", "suggested", "id"]
    assert lines[1].split() == ["Afghanistan", "1", "1", "afghanistan"]
    line = site.line_of(site.article_a, "Rusia tidak akan")
    assert lines[2] == (f"    {site.article_a}:{line}: Rusia tidak akan mengirim pasukan ke Afghanistan, kata Lavrov.")
    assert [row.split()[0] for row in lines[1:-1:2]] == ["Afghanistan", "Lavrov", "Tajikistan"]
    assert lines[-1].startswith("3 unregistered names")


def test_cli_limit_min_count_and_the_entity_table(site, run_cli):
    code, out, _ = run_cli(["entities", "--suggest", "--limit", "1"], site.root)
    assert code == 0 and out.splitlines()[-1].startswith("1 of 3 unregistered names")
    code, out, _ = run_cli(["entities", "--suggest", "--min-count", "2"], site.root)
    assert code == 0 and out.strip() == "no unregistered names found"
    code, out, _ = run_cli(["entities"], site.root)
    assert code == 0
    assert [row.split()[:4] for row in out.splitlines()[1:4]] == [
        ["russia", "place", "2", "2"], ["csto", "organization", "1", "1"], ["taliban", "organization", "1", "1"]]


def test_cli_reports_content_errors_and_exits_1(site, run_cli):
    site.replace(site.article_a, "  - taliban\n", "  - talibn\n")
    code, out, err = run_cli(["entities", "--suggest"], site.root)
    assert code == 1
    assert f'{site.article_a}:8:5: error[unknown-entity]: unknown entity "talibn"' in err.splitlines()
    assert out == "" and "Traceback" not in err
