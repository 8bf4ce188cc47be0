"""Downloading a page: every failure is one FetchFailed with a clear message (local server only)."""

from __future__ import annotations

import socket

import pytest

from factcheck.errors import FetchFailed
from factcheck.fetch import fetch_page
from tests.conftest import PAGES

ARTICLE = (PAGES / "quotidien-sud-tunisie-italie.html").read_bytes()


def test_a_page_comes_with_its_type_and_charset(web_server: str) -> None:
    page = fetch_page(f"{web_server}/article.html", timeout=10)
    assert page.body == ARTICLE
    assert (page.content_type, page.charset) == ("text/html", "utf-8")
    assert page.url == f"{web_server}/article.html"


def test_a_redirect_is_followed_and_the_final_address_kept(web_server: str) -> None:
    page = fetch_page(f"{web_server}/redirect", timeout=10)
    assert page.body == ARTICLE and page.url == f"{web_server}/article.html"


def test_gzip_is_undone_and_a_page_without_type_is_sniffed(web_server: str) -> None:
    assert fetch_page(f"{web_server}/gzip", timeout=10).body == ARTICLE
    assert fetch_page(f"{web_server}/no-type", timeout=10).body == ARTICLE


@pytest.mark.parametrize(("path", "words"), [
    ("/loop", "more than 5 redirects"),
    ("/to-file", "only http(s) redirects are followed"),
    ("/missing", "HTTP 404 Not Found: no page at this address"),
    ("/forbidden", "HTTP 403 Forbidden: the site refuses the download"),
    ("/report.pdf", "the page is application/pdf, not HTML"),
])
def test_each_failure_says_what_happened(web_server: str, path: str, words: str) -> None:
    with pytest.raises(FetchFailed) as caught:
        fetch_page(f"{web_server}{path}", timeout=10)
    assert words in str(caught.value)
    assert str(caught.value).startswith(f"{web_server}{path}: ")


@pytest.mark.parametrize("path", ["/slow", "/slow-body"])
def test_a_silent_server_times_out(web_server: str, path: str) -> None:
    with pytest.raises(FetchFailed, match=r"no answer within 0\.2 s \(--timeout to wait longer\)|longer than 0\.2 s"):
        fetch_page(f"{web_server}{path}", timeout=0.2)


@pytest.mark.parametrize("path", ["/big", "/big-stream"])
def test_a_page_over_the_size_limit_is_refused(web_server: str, path: str) -> None:
    with pytest.raises(FetchFailed, match=r"over the limit of 100 KiB \(--max-bytes to raise it\)"):
        fetch_page(f"{web_server}{path}", timeout=10, max_bytes=100 * 1024)


def test_a_refused_connection(tmp_path: object) -> None:
    with socket.socket() as probe:  # a port nothing listens on: bind, read its number, close
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchFailed, match=rf"connection refused by 127\.0\.0\.1:{port}"):
        fetch_page(f"http://127.0.0.1:{port}/article.html", timeout=10)


def test_a_host_that_does_not_resolve(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_host(*args: object, **kwargs: object) -> object:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)  # no DNS query leaves the machine
    with pytest.raises(FetchFailed, match=r"cannot resolve the host name 'journal\.invalid' \(DNS: Name or service"):
        fetch_page("https://journal.invalid/article.html", timeout=10)


def test_tls_to_a_server_that_does_not_speak_it(web_server: str) -> None:
    with pytest.raises(FetchFailed, match=r"the TLS \(https\) connection to 127\.0\.0\.1:\d+ failed"):
        fetch_page(web_server.replace("http://", "https://") + "/article.html", timeout=10)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/a.html", "https:///nohost"])
def test_only_web_addresses(url: str) -> None:
    with pytest.raises(FetchFailed, match="only http:// and https:// URLs"):
        fetch_page(url)
