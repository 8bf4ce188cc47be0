"""The only module that touches the network: download one web page for `factcheck add URL`.

Bounded on every side, because the URL and the server are not ours: a timeout on connecting, on each
wait for data and on the whole download; a size limit checked against Content-Length and again while
reading; at most `MAX_REDIRECTS` redirects, to http(s) only; HTML only. Every failure is one
`FetchFailed` that says what happened and what to do (DNS, refused connection, timeout, TLS, HTTP
status, content type, size), never a traceback. The standard library's urllib is enough: no client
library to import, and nothing here runs for any other command.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from typing import IO, NamedTuple

from factcheck import __version__
from factcheck.errors import FetchFailed, Location

DEFAULT_TIMEOUT = 30.0  # seconds
DEFAULT_MAX_BYTES = 10 * 2**20  # a news page is well under 2 MiB; beyond 10 MiB it is not an article
MAX_REDIRECTS = 5
HTML_TYPES = ("text/html", "application/xhtml+xml")
USER_AGENT = f"factcheck/{__version__} (article intake; +https://example.org/factcheck)"
_CHUNK = 64 * 1024
SAVE_HINT = "save the page from your browser and run `factcheck add page.html`"


class Page(NamedTuple):
    """A downloaded page: where it ended up after redirects, its declared type and charset, its bytes."""

    url: str
    content_type: str
    charset: str | None
    body: bytes


def fetch_page(url: str, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES) -> Page:
    """Download an HTML page, or raise one `FetchFailed` naming the URL and what went wrong."""
    where = Location(url)
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchFailed("only http:// and https:// URLs can be downloaded", where)
    request = urllib.request.Request(url, headers={
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
        "Accept-Language": "fr,fr-FR;q=0.9,en;q=0.5",
        "Accept-Encoding": "gzip, deflate",
    })
    opener = urllib.request.build_opener(_Redirects())
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            final = response.geturl()
            content_type = response.headers.get_content_type() if response.headers.get("Content-Type") else ""
            charset = response.headers.get_content_charset()
            _check_length(response.headers.get("Content-Length"), max_bytes, where)
            raw = _read_bounded(response, max_bytes, deadline, timeout, where)
            body = _decompress(raw, response.headers.get("Content-Encoding", ""), max_bytes, where)
    except FetchFailed:
        raise
    except urllib.error.HTTPError as err:
        err.close()
        raise FetchFailed(_http_message(err), where) from None
    except urllib.error.URLError as err:
        raise FetchFailed(_network_message(err.reason, parts, timeout), where) from None
    except (TimeoutError, socket.timeout):
        raise FetchFailed(_timeout_message(timeout), where) from None
    except ssl.SSLError as err:
        raise FetchFailed(_network_message(err, parts, timeout), where) from None
    except http.client.HTTPException as err:
        raise FetchFailed(f"the server sent an invalid or incomplete response ({type(err).__name__})", where) from None
    except ConnectionError as err:
        raise FetchFailed(f"the connection broke during the download ({err.strerror or type(err).__name__})",
                          where) from None
    except ValueError as err:  # urllib's own refusal of a malformed URL
        raise FetchFailed(f"not a valid URL: {err}", where) from None
    if not _is_html(content_type, body):
        shown = content_type or "of no declared type"
        raise FetchFailed(f"the page is {shown}, not HTML; only web pages can be added from a URL (for a text, "
                          "save it and run `factcheck add FILE.txt`)", where)
    return Page(final, content_type or "text/html", charset, body)


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follow at most MAX_REDIRECTS redirects, and only to http(s) (never file:// or ftp://)."""

    max_redirections = MAX_REDIRECTS
    max_repeats = 2

    def redirect_request(self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
                         headers: http.client.HTTPMessage, newurl: str) -> urllib.request.Request | None:
        target = urllib.parse.urlsplit(urllib.parse.urljoin(req.full_url, newurl))
        if target.scheme not in ("http", "https"):
            fp.close()
            raise FetchFailed(f"the server redirects to {target.scheme or 'a relative'}:// ({newurl!r}); only "
                              "http(s) redirects are followed", Location(req.full_url))
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _check_length(declared: str | None, max_bytes: int, where: Location) -> None:
    if declared and declared.strip().isdigit() and int(declared) > max_bytes:
        raise FetchFailed(f"the page is {_size(int(declared))}, over the limit of {_size(max_bytes)} "
                          "(--max-bytes to raise it)", where)


def _read_bounded(response: IO[bytes], max_bytes: int, deadline: float, timeout: float, where: Location) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        if time.monotonic() > deadline:
            raise FetchFailed(_timeout_message(timeout, whole=True), where)
        chunk = response.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        total += len(chunk)
        if total > max_bytes:
            raise FetchFailed(f"the page is over the limit of {_size(max_bytes)} (--max-bytes to raise it)", where)
        chunks.append(chunk)


def _decompress(raw: bytes, encoding: str, max_bytes: int, where: Location) -> bytes:
    """Undo gzip or deflate, bounded like the download itself (a small archive can inflate to gigabytes)."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return raw
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise FetchFailed(f"the server sent the page compressed as {encoding!r}, which factcheck cannot read", where)
    wbits = 16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS
    try:
        inflater = zlib.decompressobj(wbits)
        body = inflater.decompress(raw, max_bytes + 1)
    except zlib.error:
        if encoding != "deflate":
            raise FetchFailed(f"the page's {encoding} compression is damaged", where) from None
        try:  # some servers send raw deflate without the zlib header
            inflater = zlib.decompressobj(-zlib.MAX_WBITS)
            body = inflater.decompress(raw, max_bytes + 1)
        except zlib.error:
            raise FetchFailed("the page's deflate compression is damaged", where) from None
    if len(body) > max_bytes or inflater.unconsumed_tail:
        raise FetchFailed(f"the page is over the limit of {_size(max_bytes)} once decompressed (--max-bytes to "
                          "raise it)", where)
    return body


def _is_html(content_type: str, body: bytes) -> bool:
    if content_type:
        return content_type in HTML_TYPES
    start = body[:1024].lstrip().lower()  # no declared type: accept what is plainly an HTML document
    return start.startswith((b"<!doctype html", b"<html"))


def _http_message(err: urllib.error.HTTPError) -> str:
    if err.code in (301, 302, 303, 307, 308) and "not allowed" in str(err.reason):  # urllib refused file:// etc.
        target = err.headers.get("Location", "?") if err.headers else "?"
        return f"the server redirects to {target!r}; only http(s) redirects are followed"
    if err.code in (301, 302, 303, 307, 308):
        return f"more than {MAX_REDIRECTS} redirects (or a redirect loop); open the URL in a browser to see where it leads"
    reason = f"HTTP {err.code} {err.reason}".rstrip()
    if err.code == 404 or err.code == 410:
        return f"{reason}: no page at this address (check the URL)"
    if err.code in (401, 402, 403, 451):
        return f"{reason}: the site refuses the download (a paywall or a block on tools); {SAVE_HINT}"
    if err.code == 429:
        return f"{reason}: the site asks to slow down; try again later, or {SAVE_HINT}"
    if err.code >= 500:
        return f"{reason}: the site has a problem; try again later"
    return f"{reason}; {SAVE_HINT}"


def _network_message(reason: object, parts: urllib.parse.SplitResult, timeout: float) -> str:
    host = parts.hostname or "?"
    port = parts.port or (443 if parts.scheme == "https" else 80)
    if isinstance(reason, socket.gaierror):
        return f"cannot resolve the host name {host!r} (DNS: {reason.strerror or reason}); check the URL and the network"
    if isinstance(reason, ConnectionRefusedError):
        return f"connection refused by {host}:{port} (nothing listens there); check the URL"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return _timeout_message(timeout)
    if isinstance(reason, ssl.SSLCertVerificationError):
        return f"the TLS certificate of {host} is not valid ({reason.verify_message}); the page was not downloaded"
    if isinstance(reason, ssl.SSLError):
        return f"the TLS (https) connection to {host}:{port} failed ({reason.reason or reason}); the page was not downloaded"
    if isinstance(reason, FetchFailed):
        return reason.message
    if isinstance(reason, OSError):
        return f"cannot connect to {host}:{port} ({reason.strerror or reason})"
    return f"cannot download the page ({reason})"


def _timeout_message(timeout: float, whole: bool = False) -> str:
    what = "the download took longer than" if whole else "no answer within"
    return f"{what} {timeout:g} s (--timeout to wait longer)"


def _size(count: int) -> str:
    if count >= 2**20:
        return f"{count / 2**20:.1f} MiB"
    if count >= 1024:
        return f"{count / 1024:.0f} KiB"
    return f"{count} bytes"
