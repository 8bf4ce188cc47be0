"""The core of `factcheck add`: decoding, reading pages, slugs, duplicates, what sources/ holds."""

from __future__ import annotations

import pytest

from factcheck import intake
from factcheck.errors import UsageError
from tests.conftest import PAGES


def page(name: str) -> intake.WebArticle:
    data = (PAGES / name).read_bytes()
    return intake.read_html(intake.decode_html(data).text)


# -- charsets -------------------------------------------------------------------------------------------
def test_a_page_labelled_iso_8859_1_comes_out_right() -> None:
    data = (PAGES / "echo-oran-algerie-espagne-latin1.html").read_bytes()
    decoded = intake.decode_html(data)
    assert (decoded.encoding, decoded.origin, decoded.replaced) == ("cp1252", "<meta charset>", 0)
    # é è à ç from Latin-1, and ’ œ – that such pages really hold in windows-1252 (as browsers read them)
    for words in ("l’Algérie et l’Espagne", "au cœur d’échanges", "Oran–Alicante", "« Les entreprises espagnoles"):
        assert words in decoded.text


def test_the_http_header_wins_over_the_page_and_a_bom_over_both() -> None:
    data = "<html><head><meta charset='utf-8'></head><body>Sénégal</body></html>".encode("cp1252")
    assert intake.decode_html(data, "ISO-8859-1").text.endswith("Sénégal</body></html>")
    assert intake.decode_html(b"\xef\xbb\xbf<p>\xc3\xa9</p>", "iso-8859-1") == ("<p>é</p>", "utf-8", "BOM", 0)


def test_without_any_declaration_utf8_then_windows_1252() -> None:
    assert intake.decode_html("<p>Côte d’Ivoire</p>".encode()).origin == "UTF-8 (valid)"
    fallback = intake.decode_html("<p>Côte d’Ivoire</p>".encode("cp1252"))
    assert fallback.text == "<p>Côte d’Ivoire</p>" and fallback.encoding == "cp1252"


def test_an_unknown_label_is_ignored_and_bad_bytes_are_counted() -> None:
    assert intake.decode_html(b"<meta charset=klingon><p>ok</p>").encoding == "utf-8"
    decoded = intake.decode_html(b"<meta charset=utf-8><p>\xff</p>")
    assert decoded.replaced == 1 and "\ufffd" in decoded.text


# -- reading pages --------------------------------------------------------------------------------------
def test_the_main_text_leaves_out_navigation_related_links_comments_and_cookies() -> None:
    web = page("quotidien-sud-tunisie-italie.html")
    assert "Les échanges commerciaux entre la Tunisie et l'Italie ont atteint 8,2 milliards d'euros en 2023" in web.text
    assert "d'ici 2030" in web.text
    for chrome in ("cookies", "Tout accepter", "S'abonner", "Sur le même sujet", "Le port de Radès",
                   "Karim_75", "baissé de 10 milliards", "Mentions légales", "Partager sur Facebook"):
        assert chrome not in web.text, chrome
    assert "\n\n" in web.text  # paragraphs stay paragraphs


def test_metadata_from_json_ld_and_open_graph() -> None:
    web = page("quotidien-sud-tunisie-italie.html")
    assert web.title == "Tunisie-Italie : les échanges commerciaux au plus haut"
    assert web.outlet == "Le Quotidien du Sud"
    assert web.url == "https://www.quotidien-du-sud.example/economie/2024/06/14/tunisie-italie-echanges-record_4821.html"
    assert (web.published, web.published_inferred, web.language) == ("2024-06-14", False, "fr")


def test_a_date_in_a_time_element_and_one_in_meta_tags() -> None:
    assert page("gazette-carthage-italie-tunisie.html").published == "2024-09-03"
    latin = page("echo-oran-algerie-espagne-latin1.html")
    assert (latin.published, latin.published_inferred, latin.language) == ("2024-03-21", False, "fr")
    assert latin.outlet == "L'Écho d'Oran"


def test_a_page_without_any_date_has_none_even_with_a_copyright_year() -> None:
    html = (PAGES / "courrier-abidjan-cote-ivoire-ghana.html").read_text(encoding="utf-8")
    assert intake.read_html(html).published is None
    stamped = html.replace("Le Courrier d'Abidjan · Contact", "© 2024 Le Courrier d'Abidjan · Contact")
    assert intake.read_html(stamped).published is None  # not « 1 January 2024 »


def test_a_date_only_written_in_the_text_is_inferred() -> None:
    html = (PAGES / "courrier-abidjan-cote-ivoire-ghana.html").read_text(encoding="utf-8")
    dated = html.replace("<p class=\"signature\">Par la rédaction</p>",
                         "<p class=\"signature\">Par la rédaction, le 12 mars 2024</p>")
    web = intake.read_html(dated)
    assert (web.published, web.published_inferred) == ("2024-03-12", True)


def test_a_page_with_no_article_gives_next_to_no_text() -> None:
    menu = intake.read_html("<html><head><title>Accueil</title></head><body><nav>Menu</nav></body></html>")
    assert len(menu.text.split()) < intake.MIN_WORDS


def test_the_page_language() -> None:
    assert intake.page_language('<html lang="pt-BR"><body></body></html>') == "pt"
    assert intake.page_language('<meta property="og:locale" content="fr_FR">') == "fr"
    assert intake.page_language("<html><body></body></html>") is None


# -- drafting a source ----------------------------------------------------------------------------------
def test_a_page_becomes_date_line_title_and_text() -> None:
    draft = intake.draft_from_page(page("quotidien-sud-tunisie-italie.html"), intake.Given(), taken=[])
    lines = draft.text.split("\n")
    assert lines[0] == " date 2024-06"
    assert lines[1] == "Tunisie-Italie : les échanges commerciaux au plus haut"
    assert lines[2] == "" and lines[3].startswith("L'Italie reste le deuxième partenaire")
    assert draft.text.count("Tunisie-Italie : les échanges") == 1
    assert draft.id == "2024-06-quotidien-sud-tunisie-italie-echanges-commerciaux"
    assert draft.meta.countries == ["IT", "TN"] and draft.meta.published == "2024-06-14"
    assert draft.warnings == []


def test_an_inferred_date_goes_to_the_sidecar_only() -> None:
    web = page("courrier-abidjan-cote-ivoire-ghana.html")._replace(published="2024-03-12", published_inferred=True,
                                                                    date_origin="dates on the page")
    draft = intake.draft_from_page(web, intake.Given(), taken=[])
    assert not draft.text.startswith(" date")
    assert (draft.meta.published, draft.meta.published_inferred) == ("2024-03-12", True)
    assert any("inferred" in note for note in draft.notes)


def test_an_undated_page_is_warned_about() -> None:
    draft = intake.draft_from_page(page("courrier-abidjan-cote-ivoire-ghana.html"), intake.Given(), taken=[])
    assert draft.meta.published is None
    assert any("relative periods" in w and "cannot be resolved" in w for w in draft.warnings)
    assert draft.meta.countries == ["CI", "GH"]


def test_what_the_person_says_wins() -> None:
    given = intake.Given(title="Titre", outlet="Agence", url="https://a.example/x", published="2024-07",
                         countries=["TN", "IT"], source_id="mon-article")
    draft = intake.draft_from_page(page("quotidien-sud-tunisie-italie.html"), given, taken=[])
    assert draft.id == "mon-article" and draft.text.startswith(" date 2024-07\nTitre\n\n")
    assert (draft.meta.title, draft.meta.outlet, draft.meta.url) == ("Titre", "Agence", "https://a.example/x")
    assert draft.meta.countries == ["IT", "TN"] and not draft.meta.published_inferred


def test_a_text_is_kept_as_written_and_its_date_line_read() -> None:
    text = "Publié le 10 février 2023\nMaroc-Sénégal : un cap\n\nLes échanges entre le Maroc et le Sénégal ont " \
           "atteint 2 milliards de dirhams l'an dernier.\n"
    draft = intake.draft_from_text(text, intake.Given(), taken=[])
    assert draft.text == text and draft.meta.published == "2023-02-10"
    assert draft.meta.title == "Maroc-Sénégal : un cap" and draft.meta.countries == ["MA", "SN"]
    dated = intake.draft_from_text("Les échanges.\n", intake.Given(published="2024-05"), taken=[])
    assert dated.text == " date 2024-05\nLes échanges.\n"
    untitled = intake.draft_from_text(" date 2024-03\n\nLes échanges entre le Ghana et le Togo ont atteint 2 milliards "
                                      "de dollars.\n", intake.Given(), taken=[])
    assert untitled.meta.title is None and untitled.id == "2024-03-echanges-ghana-togo-atteint"


def test_slugs_are_readable_and_never_collide() -> None:
    assert intake.source_slug("Côte d'Ivoire – Ghana : le cœur du cacao", "2024-03-12", "Le Courrier d'Abidjan") \
        == "2024-03-courrier-abidjan-cote-ivoire-ghana-coeur"
    assert intake.source_slug("Bilan", None, None, taken={"bilan", "bilan-2"}) == "bilan-3"
    assert len(intake.source_slug("mot " * 100, "2024-01", "x " * 50)) <= intake.MAX_ID
    assert intake.slugify("Upper Case") == "upper-case" and intake.slugify("¡¿") == "article"


# -- duplicates -----------------------------------------------------------------------------------------
def test_the_same_address_written_differently_is_the_same_page() -> None:
    a = "https://www.journal.example/eco/article-1/?utm_source=x&id=3#comments"
    b = "http://journal.example:80/eco/article-1?id=3&fbclid=abc"
    assert intake.normalise_url(a) == intake.normalise_url(b)
    assert intake.normalise_url(a) != intake.normalise_url("https://journal.example/eco/article-1?id=4")


def test_duplicates_by_address_and_by_text() -> None:
    body = "Les échanges commerciaux entre la Tunisie et l'Italie ont atteint 8,2 milliards d'euros en 2023. " * 4
    existing = [intake.Existing("old", "https://journal.example/a", " date 2024-06\nTitre\n\n" + body)]
    assert intake.find_duplicate(["https://www.journal.example/a/"], "autre", existing) == \
        ("old", "same URL: https://journal.example/a")
    # the same words with other spacing, case and typography, without the date line and title
    retyped = body.upper().replace(" ", "  ").replace("'", "’")
    assert intake.find_duplicate([None], retyped, existing) == ("old", "same text: the new text is part of it")
    assert intake.find_duplicate([None], "Les échanges ont atteint 8,2 milliards.", existing) is None


# -- sources/ -------------------------------------------------------------------------------------------
def test_every_file_sources_would_not_read_is_named_with_what_to_do() -> None:
    entries = [("a.txt", False), ("a.yaml", False), ("Upper Case.txt", False), ("b.TXT", False),
               ("notes.md", False), ("orphan.yaml", False), ("c.yml", False), ("page.html", False),
               ("old", True), (".gitkeep", False), ("README", False)]
    found = {f.name: f for f in intake.unread_source_files(entries)}
    assert set(found) == {"Upper Case.txt", "b.TXT", "notes.md", "orphan.yaml", "c.yml", "page.html", "old/", "README"}
    assert "rename it sources/upper-case.txt" in found["Upper Case.txt"].hint
    assert "rename it sources/b.txt" in found["b.TXT"].hint
    assert "no sources/orphan.txt" in found["orphan.yaml"].reason
    assert "rename it sources/c.yaml" in found["c.yml"].hint
    assert "factcheck add sources/page.html" in found["page.html"].hint


def test_relative_periods_an_undated_article_loses() -> None:
    text = "Titre\n\nLes échanges ont atteint 2 milliards l'an dernier.\nEn 2023, 3 milliards.\n"
    assert intake.unresolved_relative_periods(text) == [(3, "l'an dernier")]


# -- options --------------------------------------------------------------------------------------------
def test_options_are_checked() -> None:
    assert intake.parse_countries("tn, it", frozenset({"TN", "IT"})) == ["IT", "TN"]
    assert intake.parse_published("2024-02-29") == "2024-02-29"
    for bad in ("TN", "TN,IT,FR", "TN,XX"):
        with pytest.raises(UsageError):
            intake.parse_countries(bad, frozenset({"TN", "IT", "FR"}))
    for bad in ("2024", "2023-02-29", "juin 2024"):
        with pytest.raises(UsageError):
            intake.parse_published(bad)
