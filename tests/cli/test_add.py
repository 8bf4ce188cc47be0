"""`factcheck add`: saved pages, texts, standard input and a local web server. Every case either writes
a correct source and sidecar, or exits 2 with one clear message and writes nothing."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.store import Repository
from tests.conftest import PAGES

Run = Callable[..., tuple[int, str, str]]
QUOTIDIEN = "2024-06-quotidien-sud-tunisie-italie-echanges-commerciaux"


@pytest.fixture
def repo(run: Run, tmp_path: Path) -> Path:
    assert run("init", str(tmp_path))[0] == 0
    return tmp_path


def files(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((root / "sources").iterdir())}


def test_a_saved_page_becomes_a_source_and_its_sidecar(run: Run, repo: Path) -> None:
    code, out, err = run("add", str(PAGES / "quotidien-sud-tunisie-italie.html"), "--root", str(repo))
    assert (code, err) == (0, "")
    assert set(files(repo)) == {f"{QUOTIDIEN}.txt", f"{QUOTIDIEN}.yaml"}
    source = Repository(repo).read_source(QUOTIDIEN)
    assert source.text.startswith(" date 2024-06\nTunisie-Italie : les échanges commerciaux au plus haut\n\n"
                                  "L'Italie reste le deuxième partenaire commercial")
    assert "cookies" not in source.text and "Karim_75" not in source.text and "Sur le même sujet" not in source.text
    meta = source.meta
    assert (meta.title, meta.outlet, meta.published, meta.published_inferred, meta.language, meta.countries) == (
        "Tunisie-Italie : les échanges commerciaux au plus haut", "Le Quotidien du Sud", "2024-06-14", False, "fr",
        ["IT", "TN"])
    assert meta.url == "https://www.quotidien-du-sud.example/economie/2024/06/14/tunisie-italie-echanges-record_4821.html"
    assert f"added sources/{QUOTIDIEN}.txt" in out and f"next: factcheck extract {QUOTIDIEN}" in out


def test_a_page_in_iso_8859_1(run: Run, repo: Path) -> None:
    code, _, err = run("add", str(PAGES / "echo-oran-algerie-espagne-latin1.html"), "--root", str(repo))
    assert (code, err) == (0, "")
    [name] = [n for n in files(repo) if n.endswith(".txt")]
    text = (repo / "sources" / name).read_text(encoding="utf-8")  # stored as UTF-8, whatever the page was
    assert "Les échanges commerciaux entre l’Algérie et l’Espagne ont atteint près de 7 milliards d’euros" in text
    assert "le gaz au cœur d’échanges" in text and "\ufffd" not in text
    meta = Repository(repo).read_source(name[:-4]).meta
    assert (meta.outlet, meta.published, meta.countries) == ("L'Écho d'Oran", "2024-03-21", ["DZ", "ES"])


def test_a_page_without_a_date_is_added_with_a_warning(run: Run, repo: Path) -> None:
    code, _, err = run("add", str(PAGES / "courrier-abidjan-cote-ivoire-ghana.html"), "--root", str(repo))
    assert code == 0
    assert "warning:" in err and "no publication date found" in err and "« l'an dernier »" in err
    [name] = [n for n in files(repo) if n.endswith(".txt")]
    source = Repository(repo).read_source(name[:-4])
    assert source.meta.published is None and not source.text.startswith(" date")
    code, _, err = run("extract", "--root", str(repo))
    assert code == 0 and "no-publication-date" in err and "« l'an dernier » (line 5)" in err


def test_published_countries_and_id_can_be_given(run: Run, repo: Path) -> None:
    code, out, _ = run("add", str(PAGES / "courrier-abidjan-cote-ivoire-ghana.html"), "--root", str(repo),
                       "--published", "2024-05", "--countries", "gh,ci", "--id", "abidjan-accra")
    assert code == 0 and "from --countries" in out
    source = Repository(repo).read_source("abidjan-accra")
    assert source.text.startswith(" date 2024-05\n")
    assert (source.meta.published, source.meta.countries) == ("2024-05", ["CI", "GH"])


def test_a_duplicate_is_refused_by_address_and_by_text(run: Run, repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = str(PAGES / "quotidien-sud-tunisie-italie.html")
    assert run("add", page, "--root", str(repo))[0] == 0
    before = files(repo)
    code, out, err = run("add", page, "--root", str(repo), "--id", "again")
    assert (code, out) == (2, "")
    assert err == (f"error: {page}: already in the repository as sources/{QUOTIDIEN}.txt (same URL: https://www."
                   "quotidien-du-sud.example/economie/2024/06/14/tunisie-italie-echanges-record_4821.html); nothing "
                   "written\n")
    body = Repository(repo).read_source(QUOTIDIEN).text.split("\n\n", 1)[1]  # the text alone, no date, no title
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(body.encode("utf-8"))))
    code, _, err = run("add", "-", "--root", str(repo))
    assert code == 2 and f"sources/{QUOTIDIEN}.txt (same text" in err
    assert files(repo) == before


def test_a_text_from_standard_input_with_its_own_date_line(run: Run, repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("Date : 2024-05-02\nMaroc-Sénégal : les échanges progressent\n\nLes échanges commerciaux entre le "
            "Maroc et le Sénégal ont atteint 2,5 milliards de dirhams l'an dernier.\n")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    code, _, err = run("add", "-", "--root", str(repo), "--outlet", "Le Soleil", "--extract")
    assert (code, err) == (0, "")
    source_id = "2024-05-soleil-maroc-senegal-echanges-progressent"
    source = Repository(repo).read_source(source_id)
    assert source.text == text  # a text is kept as written
    assert (source.meta.published, source.meta.title, source.meta.origin) == (
        "2024-05-02", "Maroc-Sénégal : les échanges progressent", "standard input")
    code, out, _ = run("list", "--root", str(repo), "--format", "json")
    [claim] = json.loads(out)
    assert (claim["metric"], claim["period"], claim["stated"]) == ("trade", "2023", 2_500_000_000)


def test_a_text_file_must_be_utf8(run: Run, repo: Path, tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes("Les échanges entre le Maroc et le Sénégal.".encode("cp1252"))
    code, _, err = run("add", str(path), "--root", str(repo))
    assert code == 2 and err.count("\n") == 1 and "not UTF-8 (byte 0xe9" in err
    assert files(repo) == {}


@pytest.mark.parametrize(("args", "words"), [
    (["--countries", "TN"], "give the two countries"),
    (["--countries", "TN,ZZ"], "ZZ is not an ISO 3166-1 alpha-2 code"),
    (["--published", "2024"], "write the month or day of publication"),
    (["--id", "Mon Article"], "is not a slug"),
])
def test_bad_options_are_usage_errors(run: Run, repo: Path, args: list[str], words: str) -> None:
    code, _, err = run("add", str(PAGES / "quotidien-sud-tunisie-italie.html"), "--root", str(repo), *args)
    assert code == 2 and words in err and err.count("\n") == 1
    assert files(repo) == {}


def test_no_repository_names_factcheck_init(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run("add", str(PAGES / "quotidien-sud-tunisie-italie.html"))
    assert code == 2 and "run `factcheck init`" in err


# -- from a web server ---------------------------------------------------------------------------------
@pytest.mark.parametrize("path", ["/article.html", "/redirect", "/gzip"])
def test_pages_from_a_server(run: Run, repo: Path, web_server: str, path: str) -> None:
    code, _, err = run("add", f"{web_server}{path}", "--root", str(repo), "--timeout", "10")
    assert (code, err) == (0, "")
    assert Repository(repo).read_source(QUOTIDIEN).meta.title == "Tunisie-Italie : les échanges commerciaux au plus haut"


def test_the_http_charset_wins_over_a_wrong_meta(run: Run, repo: Path, web_server: str) -> None:
    code, _, err = run("add", f"{web_server}/latin1-header", "--root", str(repo), "--timeout", "10")
    assert (code, err) == (0, "")
    [name] = [n for n in files(repo) if n.endswith(".txt")]
    assert "l’Algérie et l’Espagne" in (repo / "sources" / name).read_text(encoding="utf-8")


@pytest.mark.parametrize(("path", "options", "words"), [
    ("/missing", [], "HTTP 404 Not Found"),
    ("/loop", [], "more than 5 redirects"),
    ("/slow", ["--timeout", "0.2"], "no answer within 0.2 s (--timeout to wait longer)"),
    ("/report.pdf", [], "the page is application/pdf, not HTML"),
    ("/big", ["--max-bytes", "100000"], "over the limit of 98 KiB (--max-bytes to raise it)"),
    ("/big-stream", ["--max-bytes", "100000"], "over the limit of 98 KiB"),
    ("/empty", [], "found in the page"),
])
def test_every_failed_download_is_one_message_and_writes_nothing(run: Run, repo: Path, web_server: str, path: str,
                                                                 options: list[str], words: str) -> None:
    code, out, err = run("add", f"{web_server}{path}", "--root", str(repo), *(options or ["--timeout", "10"]))
    assert (code, out) == (2, "")
    assert err.startswith(f"error: {web_server}{path}: ") and err.count("\n") == 1 and words in err
    assert files(repo) == {}


# -- from nothing to conflicts ---------------------------------------------------------------------------
def test_from_an_empty_folder_to_conflicts(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's usage: init, add three saved pages, extract, list, conflicts; no file made by hand."""
    folder = tmp_path / "veille"
    folder.mkdir()
    monkeypatch.chdir(folder)
    assert run("init")[0] == 0
    for name in ("quotidien-sud-tunisie-italie", "gazette-carthage-italie-tunisie", "echo-oran-algerie-espagne-latin1"):
        code, _, err = run("add", str(PAGES / f"{name}.html"))
        assert (code, err) == (0, ""), name
    code, out, err = run("extract")
    assert (code, err) == (0, "") and out.endswith("3 sources read, 3 claim files changed: 13 claims added, 0 removed; "
                                                   "wrote schema/claims.schema.json for editors\n")
    code, out, _ = run("list", "--format", "json")
    claims = {(c["source"].split("-")[2], c["metric"], c["period"]): c for c in json.loads(out)}
    assert claims[("gazette", "exports", "2023")]["stated"] == 4_600_000_000  # « l'an dernier » of September 2024
    assert claims[("echo", "trade", "2023")]["qualifier"] == "nearly"
    code, out, _ = run("conflicts", "--format", "json")
    assert code == 1  # a major conflict: 8,2 Md (Le Quotidien du Sud) against more than 9,5 Md (La Gazette)
    [conflict] = json.loads(out)["conflicts"]
    assert (conflict["metric"], conflict["countries"], conflict["periods"]) == ("trade", ["IT", "TN"], ["2023"])
    assert sorted(conflict["sources"]) == [QUOTIDIEN, "2024-09-gazette-carthage-italie-tunisie-partenariat-commercial"]
    assert run("check")[0] == 0
