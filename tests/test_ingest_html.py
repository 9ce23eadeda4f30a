"""Saved HTML pages: what the markup tells (headline, standfirst, subheadings, captions, authors) on synthetic pages."""

from __future__ import annotations

import json

import pytest

from dossier.ingest import read_page
from dossier.ingest.article import draft

PARAGRAPHS = [
    "Kremlchef Wladimir Putin hat den zentralasiatischen Staaten bei einem Gipfeltreffen in Tadschikistan "
    "umfassende Unterstützung bei der Sicherung ihrer Grenzen zu Afghanistan zugesagt.",
    "An dem zweiten Gipfel nahmen die Staatschefs von Kasachstan, Kirgistan, Tadschikistan, Turkmenistan und "
    "Usbekistan teil. Gastgeber war der tadschikische Präsident Emomali Rachmon.",
    "Beobachter sehen in dem Treffen auch einen Versuch Moskaus, seinen schwindenden Einfluss in der Region zu "
    "sichern. China, die Türkei und die EU werben seit Jahren um die Staaten.",
    "Der GUS-Gipfel ist für Freitag geplant. Dort soll unter anderem über die Zusammenarbeit bei der "
    "Terrorismusbekämpfung beraten werden.",
]


def html(*, og_title="Putin umwirbt Zentralasien", h1="<h1>Putin umwirbt Zentralasien</h1>", before="",
         middle="", figure="", author=None, after="") -> bytes:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": og_title,
          "datePublished": "2025-10-09T17:45:00+02:00"}
    if author:
        ld["author"] = author
    paragraphs = [f"<p>{p}</p>" for p in PARAGRAPHS]
    body = "\n".join([*paragraphs[:2], middle, *paragraphs[2:]])
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>{og_title} - Beispiel.de</title>
<meta property="og:title" content="{og_title}"><meta property="og:site_name" content="Beispiel.de">
<script type="application/ld+json">{json.dumps(ld)}</script></head>
<body><nav><a href="/">Startseite</a></nav>
<article>{h1}<time datetime="2025-10-09T17:45:00+02:00">09.10.2025, 17:45 Uhr</time>
{figure}{before}<div class="article__text">{body}</div>{after}</article>
<aside><h3>Meistgelesen</h3><ul><li><a href="#">Selenskyj warnt vor neuer Offensive im Osten</a></li></ul></aside>
</body></html>""".encode()


def test_the_headline_the_page_shows_wins_over_the_one_for_search_engines():
    page = read_page(html(og_title="Konsultationen in Moskau", h1="<h1>In Moskau beraten Nachbarn über Afghanistan</h1>"))
    assert page.found.title == "In Moskau beraten Nachbarn über Afghanistan"


def test_a_kicker_inside_the_h1_keeps_the_headline_only():
    h1 = ('<h1><span class="kicker">Gipfel in Duschanbe</span> '
          '<span class="headline">Putin umwirbt Zentralasien</span></h1>')
    page = read_page(html(og_title="Gipfel in Duschanbe: Putin umwirbt Zentralasien", h1=h1))
    assert page.found.title == "Putin umwirbt Zentralasien"


@pytest.mark.parametrize("block", ['<p class="article__teaser"><strong>{}</strong></p>',
                                   '<h2 class="news-detail__spot">{}</h2>'])  # "spot": Turkish sites
def test_a_standfirst_the_markup_names_is_metadata(block):
    teaser = "Russland will in Zentralasien nicht noch mehr Boden verlieren. Putin bietet vor allem Sicherheit an."
    page = read_page(html(before=block.format(teaser)))
    assert page.found.standfirst == teaser and page.found.paragraphs == PARAGRAPHS


@pytest.mark.parametrize("block", ['<p itemprop="alternativeHeadline">{}</p>',  # schema.org's name, no full stop
                                   '<div class="c-lead">{}.</div>'])
def test_a_marked_standfirst_the_extracted_text_leaves_out_is_still_the_standfirst(block):
    teaser = "Russland will in Zentralasien nicht noch mehr Boden verlieren und bietet vor allem Sicherheit an"
    saved = html(h1=f"<h1>Putin umwirbt Zentralasien</h1>{block.format(teaser)}<p>Von Lea Hofmann</p>")
    page = read_page(saved.replace(b'class="article__text"', b'itemprop="articleBody"'))  # the text read is that box
    assert page.found.standfirst.rstrip(".") == teaser and page.found.paragraphs == PARAGRAPHS


def test_the_metadata_author_wins_over_a_heading_under_the_text_and_a_sources_box_credits_its_agencies():
    sources = ('<div class="tSources"><h4>Verwendete Quellen</h4><ul><li>Nachrichtenagenturen dpa, AFP</li>'
               '<li>Interfax: Meldungen vom Gipfel in Bischkek</li></ul></div>')
    found = read_page(html(author={"@type": "Person", "name": "Lea Hofmann"}, after=sources)).found
    assert (found.author, found.credit, found.paragraphs) == ("Lea Hofmann", "dpa + AFP", PARAGRAPHS)
    assert "author" not in found.doubts


def test_an_inline_teaser_box_is_not_the_standfirst():
    box = '<div class="article__inline-teaser"><span>Mehr zum Thema</span><a href="#">Das vergessene Land</a></div>'
    page = read_page(html(middle=box))
    assert page.found.standfirst is None and page.found.paragraphs == PARAGRAPHS


def test_subheadings_stay_in_the_text_as_headings():
    page = read_page(html(middle="<h2>Ein vertrautes Muster</h2>"))
    assert page.found.paragraphs == [*PARAGRAPHS[:2], "Ein vertrautes Muster", *PARAGRAPHS[2:]]
    body = draft(page.found, "de", [], None).body
    assert "\n\n## Ein vertrautes Muster\n\n" in body


@pytest.mark.parametrize("figure", [
    '<figure><img src="a.jpg" alt=""><figcaption>Gastgeber Rachmon begrüßt Putin am Flughafen. '
    '<span>(Foto: IMAGO/SNA)</span></figcaption></figure>',
    '<div class="img-cont"><img src="a.jpg" alt=""><span class="img-cap">Gastgeber Rachmon begrüßt Putin am '
    'Flughafen. (Foto: IMAGO/SNA)</span></div>',
    '<table class="photo"><tr><td><img src="a.jpg" alt=""></td></tr><tr><td class="photo_text">Gastgeber Rachmon '
    'begrüßt Putin am Flughafen. (Foto: IMAGO/SNA)</td></tr></table>',
])
def test_captions_from_the_markup_are_neither_standfirst_nor_text(figure):
    page = read_page(html(figure=figure))
    assert page.found.captions == ["Gastgeber Rachmon begrüßt Putin am Flughafen. (Foto: IMAGO/SNA)"]
    assert page.found.standfirst is None and page.found.paragraphs == PARAGRAPHS


@pytest.mark.parametrize("author, name", [
    ({"@type": "Person", "name": "Anna Petrova"}, "Anna Petrova"),
    ({"@type": "Organization", "name": "Beispiel.de"}, None),
    ([{"@type": "Organization", "name": "Beispiel.de"}, {"@type": "Person", "name": "Anna Petrova"}], "Anna Petrova"),
])
def test_an_organisation_is_not_an_author(author, name):
    assert read_page(html(author=author)).found.author == name


def test_subheadings_keep_their_place_when_the_first_paragraph_becomes_the_standfirst():
    teaser = "Russland will in Zentralasien nicht noch mehr Boden verlieren. Putin bietet vor allem Sicherheit an."
    page = read_page(html(before=f'<p class="td-lead">{teaser}</p>', middle="<h2>Ein vertrautes Muster</h2>"))
    body = draft(page.found, "de", [], None).body
    assert page.found.standfirst == teaser and "\n\n## Ein vertrautes Muster\n\n" in body
    assert body.count("## ") == 1


def test_a_subheading_the_extractor_drops_after_a_box_is_put_back():
    box = ('<div class="readAlso"><div class="readAlso__title">Читайте также</div><a href="#">Другая новость</a>'
           '<span>21 февраля 2025</span></div><h3>Что предусматривает договор</h3>')
    page = read_page(html(middle=box))
    assert page.found.paragraphs == [*PARAGRAPHS[:2], "Что предусматривает договор", *PARAGRAPHS[2:]]


def test_a_caption_named_by_its_class_next_to_the_picture():
    figure = ('<div class="photo"><img src="a.jpg" alt=""><div class="desc">Жапаров и Рахмон во время церемонии'
              '</div><div class="author-photo">Фото пресс-службы</div></div>')
    page = read_page(html(figure=figure))
    assert page.found.captions[0] == "Жапаров и Рахмон во время церемонии" and page.found.paragraphs == PARAGRAPHS


def test_restore_subheads_inserts_a_missing_heading_above_its_paragraph():
    from dossier.ingest.html import restore

    body = "Первый абзац.\nСогласно документу, стороны обменяются участками.\nУже есть\nПоследний абзац."
    heads = (("Что предусматривает договор", "Согласно документу, стороны"), ("Уже есть", "Последний"))
    assert restore(body, heads).splitlines() == [
        "Первый абзац.", "Что предусматривает договор", "Согласно документу, стороны обменяются участками.",
        "Уже есть", "Последний абзац."]


def test_the_byline_the_page_shows_wins_over_initials_under_the_text():
    byline = '<div class="author">Reporter: <a href="/reporter/x">Anna Petrova</a></div>'
    page = read_page(html(before=byline).replace(b"beraten werden.</p>", b"beraten werden. (ant/afz)</p>"))
    assert page.found.author == "Anna Petrova"


def test_a_source_line_naming_an_agency():
    page = read_page(html().replace(b"beraten werden.</p>", b'beraten werden.</p><p class="source">mit dpa</p>'))
    assert page.found.credit == "dpa" and page.found.paragraphs == PARAGRAPHS


@pytest.mark.parametrize("site_name", ["Beispiel.de - Nachrichten aus aller Welt", "Beispiel.de Nachrichten aus aller Welt"])
def test_the_outlets_tagline_is_not_its_name(site_name):
    page = read_page(html().replace(b'content="Beispiel.de"', f'content="{site_name}"'.encode()))
    assert page.found.source == "Beispiel.de"


@pytest.mark.parametrize("box", [
    '<div class="liveblog-teaser"><h3 class="teaser-topline">Mehr zu Afghanistan</h3>'
    '<a href="#">Wie die Taliban Afghanistan übernommen haben</a></div>',
    '<div class="donate-inline"><p class="donate-inline__title">Unterstützen Sie uns</p><p>Wir arbeiten dank '
    'unserer Leserinnen und Leser. Jeder Beitrag hilft.</p><a class="btn" href="#">Jetzt spenden</a></div>',
])
def test_link_boxes_and_appeals_between_the_paragraphs_are_not_text(box):
    page = read_page(html(middle=box))
    assert page.found.paragraphs == PARAGRAPHS and page.found.captions == []


def test_a_pull_quote_is_not_said_twice():
    quote = '<blockquote class="pull-quote"><p>„Wir werden unsere Freunde nicht allein lassen.“</p></blockquote>'
    page = read_page(html(middle=quote))
    assert page.found.paragraphs == PARAGRAPHS


def test_live_blog_entry_headings_after_a_source_line_stay_headings():
    entry = "<h3>IS-Ableger reklamiert Anschlag für sich</h3>"
    page = read_page(html(middle=f'<p class="entry-source">Quelle: dpa</p>{entry}'))
    assert "IS-Ableger reklamiert Anschlag für sich" in page.found.paragraphs
    assert "IS-Ableger reklamiert Anschlag für sich" not in page.found.captions


def test_a_caption_the_markup_sets_apart_does_not_credit_its_photo_agency():
    figure = ('<figure><img src="a.jpg" alt=""><figcaption>Gastgeber Rachmon begrüßt Putin am Flughafen in '
              'Duschanbe vor dem Treffen der Staatschefs. (AFP)</figcaption></figure>')
    page = read_page(html(figure=figure))
    assert page.found.credit is None and page.found.captions == [
        "Gastgeber Rachmon begrüßt Putin am Flughafen in Duschanbe vor dem Treffen der Staatschefs. (AFP)"]


def test_a_quoted_telegram_post_stays_in_the_text():
    post = ("Kasachstan und Afghanistan haben auf dem Wirtschaftsforum in Kabul 22 Abkommen im Wert von rund "
            "140 Millionen Dollar unterzeichnet.")
    embed = ('<div class="tg-embed"><blockquote class="telegram-post"><div class="tg-embed__head"><a href="#">Ministerium'
             f'</a></div><div class="tg-embed__text">{post}</div><div class="tg-embed__footer"><span>12.4K</span> '
             '<a href="#">Open in Telegram</a></div></blockquote></div>')
    page = read_page(html(middle=embed))
    assert page.found.paragraphs == [*PARAGRAPHS[:2], post, *PARAGRAPHS[2:]]


def test_an_embedded_videos_title_and_description_are_no_caption():
    video = ('<figure class="id-Video"><div class="id-Video-player" data-video-id="v-1"></div><figcaption>'
             '<span>Was kann die Rakete „Oreschnik“?</span> <p>Experten erklären, was über die Waffe bekannt ist.</p>'
             '</figcaption></figure>')
    photo = '<figure><img src="a.jpg" alt=""><figcaption>Putin in Astana. © AP/dpa</figcaption></figure>'
    found = read_page(html(figure=photo, middle=video)).found
    assert found.captions == ["Putin in Astana. © AP/dpa"]


def test_of_several_json_ld_articles_the_one_at_the_pages_address():
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": "https://beispiel.de/andere-meldung/#article", "headline": "Andere Meldung",
         "datePublished": "2025-09-02T08:45:00+02:00", "author": {"@type": "Person", "name": "Redaktion"}},
        {"@type": "NewsArticle", "@id": "https://beispiel.de/putin-zentralasien/#article", "headline": "Putin umwirbt",
         "datePublished": "2025-10-09T17:45:00+02:00", "author": {"@type": "Person", "name": "Lea Hofmann"}}]}
    page = html().replace(b"<title>", f'''<link rel="canonical" href="https://beispiel.de/putin-zentralasien/">
<script type="application/ld+json">{json.dumps(graph)}</script><title>'''.encode(), 1)
    found = read_page(page).found
    assert (found.date.value, found.author) == ("2025-10-09T17:45+02:00", "Lea Hofmann")


def test_readers_comments_are_left_out_but_an_opinion_piece_called_comment_is_not():
    comments = ('<div class="etiketler">Etiketler: <a href="/etiket/taliban">Taliban</a></div><div id="yorumlar">'
                '<div class="yorum"><b>Mehmet K.</b> <span>07.08.2024 12:14</span>'
                '<p>Türk firmalarına başarılar, ama güvenlik konusu çok riskli.</p></div><div class="yorum"><b>ayse_54</b> '
                '<span>07.08.2024 14:40</span><p>Taliban ile iş yapmak ne kadar doğru, tartışılır.</p></div></div>')
    assert read_page(html(after=comments)).found.paragraphs == PARAGRAPHS
    opinion = html().replace(b"<article>", b'<article class="comment">')
    assert read_page(opinion).found.paragraphs == PARAGRAPHS


def test_a_reader_view_export_names_its_outlet_by_the_titles_domain():
    page = html().replace(b'<meta property="og:site_name" content="Beispiel.de">', b"").replace(
        b"<title>Putin umwirbt Zentralasien - Beispiel.de</title>", b"<title>Putin umwirbt Zentralasien - CABAR.asia</title>")
    assert read_page(page).found.source == "CABAR.asia"


def test_a_capitals_place_after_the_date_line_is_the_dateline():
    page = html().replace(b"09.10.2025, 17:45 Uhr", b"Published - 09.10.2025, 17:45 Uhr MESZ - BISCHKEK")
    assert read_page(page).found.dateline == "BISCHKEK"


def test_an_updated_only_date_line_gives_way_to_the_metadatas_publication_date():
    page = html().replace(b"09.10.2025, 17:45 Uhr", b"Aktualisiert<br>09.10.2025, 19:30 Uhr MESZ")
    assert read_page(page).found.date.value == "2025-10-09T17:45+02:00"


def test_a_caption_marked_itemprop_and_its_credit_set_apart():
    figure = ('<div class="image"><img src="a.jpg" alt=""><div class="image__metadata"><div itemprop="caption" '
              'class="image__caption">Putin empfängt Muttaqi im Kreml.</div>'
              '<figcaption class="image__credit">Alexander Kazakov/Pool/AFP</figcaption></div></div>')
    assert read_page(html(figure=figure)).found.captions == ["Putin empfängt Muttaqi im Kreml."]


def test_a_caption_in_a_box_beside_its_picture():
    figure = ('<div class="img_box"><img src="a.jpg" alt=""><div class="img_inner"><span class="img_descr">'
              'Migranten beim Sprachtest in Moskau.</span> <span class="photo_author">Foto: AiF</span></div></div>')
    assert read_page(html(figure=figure)).found.captions == ["Migranten beim Sprachtest in Moskau."]


def test_a_teaser_in_a_card_linking_elsewhere_is_no_caption():
    card = ('<div class="related"><a href="/andere"><img src="b.jpg" alt=""><div class="card-body">'
            '<p class="card-desc">Usbekistan öffnet sich – und bleibt doch autoritär.</p></div></a></div>')
    assert read_page(html(after=card)).found.captions == []


def test_a_photo_credit_alone_in_a_figcaption_is_no_caption():
    figure = '<figure><img src="a.jpg" alt=""><figcaption>Фото: пресс-служба президента РФ</figcaption></figure>'
    assert read_page(html(figure=figure)).found.captions == []


def test_the_lead_photo_in_the_articles_own_header_has_its_caption():
    figure = ('<header><figure><img src="a.jpg" alt=""><figcaption><span>Russische und tadschikische Soldaten bei '
              'der Übung.</span><span>Credit...</span><span>AP</span></figcaption></figure></header>')
    assert read_page(html(figure=figure)).found.captions == ["Russische und tadschikische Soldaten bei der Übung. Credit... AP"]


def test_a_caption_beside_the_box_that_holds_its_picture():
    figure = ('<div class="photo"><div class="photo__img"><img src="a.jpg" alt=""></div>'
              '<div class="photo__caption">Wali Kota Bogor menerima Duta Besar Uzbekistan. (Fadli/Radar Bogor)</div></div>')
    assert read_page(html(figure=figure)).found.captions == ["Wali Kota Bogor menerima Duta Besar Uzbekistan. (Fadli/Radar Bogor)"]


def test_a_block_beside_the_picture_that_ends_with_a_photo_credit_is_its_caption():
    caption = "FESTIVAL - Penari membawakan tari Lazgi di Taman Fatahillah, Minggu (21/9/2025). WARTAKOTALIVE.COM/Rangga Baskoro"
    figure = f'<div class="imgfull_div"><img src="a.jpg" alt=""><div class="arial f12 grey2">{caption}</div></div>'
    page = read_page(html(figure=figure))
    assert page.found.captions == [caption] and page.found.paragraphs == PARAGRAPHS


def test_a_summary_boxs_first_bullet_is_no_standfirst():
    box = ('<div class="ringkasan"><h2>Ringkasan Berita:</h2><ul><li>Putin sagt den Staaten Zentralasiens Hilfe an den '
           'Grenzen zu Afghanistan zu.</li><li>Rachmon empfängt die Staatschefs in Duschanbe.</li></ul></div>')
    saved = html(before=box + "<p>Laporan Wartawan Beispiel.de, Lea Hofmann</p>")
    page = read_page(saved.replace(b'class="article__text"', b'itemprop="articleBody"'))
    assert page.found.standfirst is None and page.found.paragraphs == PARAGRAPHS


def test_an_item_of_a_list_on_the_page_is_no_standfirst():
    import lxml.html

    from dossier.ingest.html import unlisted

    tree = lxml.html.document_fromstring("<html><body><ul><li>Putin sagt  Hilfe zu.</li></ul><p>Ein Satz.</p></body></html>")
    assert (unlisted(tree, "Putin sagt Hilfe zu."), unlisted(tree, "Ein Satz.")) == (None, "Ein Satz.")


@pytest.mark.parametrize("byline, place", [
    ('<span class="author">Lea Hofmann</span><span class="author-location">Duschanbe</span>', "Duschanbe"),
    ("<p>Lea Hofmann aus Duschanbe</p>", "Duschanbe"),
    ("<p>Lea Hofmann, Korrespondentin</p>", None)])
def test_a_place_with_the_authors_name_the_metadata_gives_is_the_dateline(byline, place):
    page = read_page(html(author={"@type": "Person", "name": "Lea Hofmann"}, before=byline))
    assert (page.found.author, page.found.dateline, page.found.paragraphs) == ("Lea Hofmann", place, PARAGRAPHS)
