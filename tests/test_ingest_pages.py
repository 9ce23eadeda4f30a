"""Pages from outlets and languages ingest was not written against (tests/fixtures/ingest): the headline, date and
outlet come out right or are flagged, every quoted sentence survives, and no boilerplate line stays in the body."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
import yaml

from dossier.ingest import read_page
from dossier.ingest.credits import same_name
from dossier.ingest.lines import normalise
from dossier.ingest.rules import outlet_for_brand

HERE = Path(__file__).parent / "fixtures" / "ingest"
EXPECTED = yaml.safe_load((HERE / "expected.yaml").read_text(encoding="utf-8"))


# Known gaps, kept visible as strict xfails until fixed: (page, test) → what goes wrong.
GAPS = {
    ("de-welt.txt", "boilerplate"): "an unmarked two-sentence teaser between caption and text stays as the first paragraph",
    ("de-welt.txt", "body"): "an unmarked two-sentence teaser between caption and text stays as the first paragraph",
    # Rounds 15 and 16 (ordinary pages), known gaps:
    ("ru-informburo-kazakhstan-nachnet-stroit-zheleznuyu-dorogu-torgundi-gerat.txt", "boilerplate"):
        "an unmarked standfirst between the byline and the photo stays as the first paragraph",
    ("ru-informburo-kazakhstan-nachnet-stroit-zheleznuyu-dorogu-torgundi-gerat.txt", "body"):
        "an unmarked standfirst between the byline and the photo stays as the first paragraph",
    ("de-orf-kasachstan-stimmt-fuer-bau-von-erstem-atomkraftwerk.txt", "boilerplate"):
        "an unmarked lead under the headline of a w3m dump stays as the first paragraph",
    ("de-orf-kasachstan-stimmt-fuer-bau-von-erstem-atomkraftwerk.txt", "body"):
        "an unmarked lead under the headline of a w3m dump stays as the first paragraph",
    ("en-ndtv-sco-defence-ministers-bishkek-rajnath-singh-zero-tolerance-terror.txt", "captions"):
        "a caption with no photo credit and no marker, alone between the summary box and the text, is not found",
    # Rounds 17 and 18 (ordinary regional pages), known gaps:
    ("en-arynews-russian-pm-mishustin-arrives-islamabad-sco-summit-barter-trade.txt", "captions"):
        "an unmarked caption sentence over the 'ISLAMABAD:' paragraph is not taken as a caption",
    ("ru-ngs-iz-novosibirska-v-afganistan-otpravili-pervyj-poezd-s-mukoj.html", "body"):
        "the closing 'Ранее мы писали, …' paragraph (bold lead-in and a link) is lost",
    ("ru-pnp-gosduma-ratificirovala-soglashenie-o-pomoshchi-tadzhikistanu-na-granice-s-afganistanom.txt", "boilerplate"):
        "the bold lead stays as the first paragraph",
    ("ru-pnp-gosduma-ratificirovala-soglashenie-o-pomoshchi-tadzhikistanu-na-granice-s-afganistanom.txt", "body"):
        "the bold lead stays as the first paragraph and the last paragraph is cut in two",
    # Rounds 23 and 24, known gaps:
    ("ar-addustour-talaba-urduniyun-fi-rusiya-yuwajihun-suuba-fi-tahwil-alamwal.txt", "body"):
        "'عمان - الدستور - ليلى الكركي' runs into the first sentence with no mark where the reporter's name ends",
    ("ar-addustour-talaba-urduniyun-fi-rusiya-yuwajihun-suuba-fi-tahwil-alamwal.txt", "author"):
        "'عمان - الدستور - ليلى الكركي' runs into the first sentence with no mark where the reporter's name ends",
    # Rounds 25 and 26, known gaps:
    ("en-montsame-altanbulag-border-port-to-operate-round-the-clock.txt", "author"):
        "the byline 'B.Khuder' (an initial glued to the name) is not read as a name",
    ("ru-turkmennews-v-aeroportu-ashkhabada-snyali-s-reysa-studentov-letevshikh-v-kazan.html", "boilerplate"):
        "the bold lead (also the meta description) stays as the first paragraph",
    ("ru-turkmennews-v-aeroportu-ashkhabada-snyali-s-reysa-studentov-letevshikh-v-kazan.html", "body"):
        "the bold lead (also the meta description) stays as the first paragraph",
    # Rounds 27 and 28, known gaps:
    ("ar-aljazirah-majlis-alaamal-alsaudi-alouzbaki-yabhath-alistithmar.txt", "headline"):
        "the paper's name 'صحيفة الجزيرة' is taken for the headline (flagged); the reporter's name under the headline is not found",
    ("ar-aljazirah-majlis-alaamal-alsaudi-alouzbaki-yabhath-alistithmar.txt", "author"):
        "the paper's name 'صحيفة الجزيرة' is taken for the headline (flagged); the reporter's name under the headline is not found",
    ("ar-aljazirah-majlis-alaamal-alsaudi-alouzbaki-yabhath-alistithmar.txt", "captions"):
        "the caption line without a credit over the text is not found",
    ("en-pakistantoday-first-uzbek-freight-train-reaches-peshawar-via-afghanistan.txt", "keep"):
        "a paragraph of the lynx dump is cut in two at a numbered link",
    ("en-pakistantoday-first-uzbek-freight-train-reaches-peshawar-via-afghanistan.txt", "body"):
        "a paragraph of the lynx dump is cut in two at a numbered link",
    ("en-siberiantimes-kyrgyz-snow-leopard-moves-to-novosibirsk-zoo.html", "body"):
        "a gallery picture's caption ('… Picture: …') between paragraphs stays in the text",
    ("en-siberiantimes-kyrgyz-snow-leopard-moves-to-novosibirsk-zoo.html", "captions"):
        "a gallery picture's caption ('… Picture: …') between paragraphs stays in the text",
    ("id-gorontalopost-tujuh-mahasiswa-gorontalo-raih-beasiswa-kuliah-di-rusia.html", "body"):
        "the last paragraph, signed '(ayu)', is lost",
    ("id-radarsurabaya-tiga-kapal-perang-rusia-sandar-di-tanjung-perak.txt", "dateline"):
        "'SURABAYA, Radar Surabaya –' keeps the outlet's name as the place",
    ("id-radarsurabaya-tiga-kapal-perang-rusia-sandar-di-tanjung-perak.txt", "captions"):
        "a caption wrapped over three lines of a w3m dump keeps only its last line",
    ("ru-chernovik-iz-makhachkaly-otkroyut-pryamye-reysy-v-tashkent-i-dushanbe.txt", "keep"):
        "the first paragraph of the lynx dump is taken for the caption of the picture above it",
    ("ru-chernovik-iz-makhachkaly-otkroyut-pryamye-reysy-v-tashkent-i-dushanbe.txt", "body"):
        "the first paragraph of the lynx dump is taken for the caption of the picture above it",
    ("ru-chernovik-iz-makhachkaly-otkroyut-pryamye-reysy-v-tashkent-i-dushanbe.txt", "captions"):
        "the first paragraph of the lynx dump is taken for the caption of the picture above it",
    ("ru-chita-v-zabaykale-prodlili-zapret-dlya-migrantov-v-taksi-i-torgovle.txt", "captions"):
        "the photo credit line is taken for the caption, and the caption above it is lost",
}


def known_gap(request, name: str, test: str) -> None:
    if (name, test) in GAPS:
        request.applymarker(pytest.mark.xfail(reason=GAPS[name, test], strict=True))


@pytest.fixture(scope="module", params=sorted(EXPECTED))
def case(request):
    name = request.param
    return name, EXPECTED[name], read_page((HERE / "pages" / name).read_bytes())


def same_moment(a: str | None, b: str | None) -> bool:
    if a and b and "T" in a and "T" in b:
        return datetime.fromisoformat(a) == datetime.fromisoformat(b)
    return a == b


def test_the_corpus_is_complete():
    assert sorted(EXPECTED) == sorted(p.name for p in (HERE / "pages").iterdir())
    assert {name.split("-")[0] for name in EXPECTED} == {"id", "en", "ru", "ar", "de", "tr"}


def test_headline(case, request):
    name, want, page = case
    known_gap(request, name, "headline")
    assert page.found.title == want["title"]


def test_date_is_right_or_flagged(case):
    _, want, page = case
    found = page.found.date.value if page.found.date else None
    assert same_moment(found, want["date"]) or found is None or "date" in page.found.doubts, (found, want["date"])


def test_outlet_is_right_or_flagged(case):
    _, want, page = case
    found = page.found.source
    right = found is not None and (same_name(found, want["outlet"])
                                   or outlet_for_brand(found) is outlet_for_brand(want["outlet"]) is not None)
    assert right or "source" in page.found.doubts, (found, want["outlet"])


def test_language(case):
    _, want, page = case
    assert page.language == want["language"]


def test_quotations_and_text_survive(case, request):
    name, want, page = case
    known_gap(request, name, "keep")
    body = "\n".join(page.found.paragraphs)
    for sentence in want.get("keep", []):
        assert normalise(sentence) in body


def test_no_boilerplate_survives(case, request):
    name, want, page = case
    known_gap(request, name, "boilerplate")
    text = normalise(" ".join([want["first_paragraph"], want["last_paragraph"], *want.get("keep", [])]))
    for line in want.get("remove", []):
        line = normalise(line)
        if line in text:  # a word that the article itself also uses
            continue
        assert not any(line in paragraph for paragraph in page.found.paragraphs), line


def test_body_starts_and_ends_where_the_article_does(case, request):
    name, want, page = case
    known_gap(request, name, "body")
    paragraphs = page.found.paragraphs
    assert (paragraphs[0], paragraphs[-1], len(paragraphs)) == \
        (normalise(want["first_paragraph"]), normalise(want["last_paragraph"]), want["paragraphs"])


@pytest.mark.parametrize("field", ["dateline", "author", "editor", "credit"])
def test_dateline_and_credits(case, field, request):
    name, want, page = case
    known_gap(request, name, field)
    assert getattr(page.found, field) == want.get(field)


def test_captions_are_metadata(case, request):
    name, want, page = case
    known_gap(request, name, "captions")
    assert page.found.captions == [normalise(c) for c in want.get("captions", [])]
