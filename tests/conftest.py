"""Shared fixtures: the repository root, an in-process CLI runner, golden-file comparison."""

from __future__ import annotations

import difflib
import os
import shutil
import signal
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    # pytest started in the background (`pytest &`, some CI runners) inherits SIGINT ignored, and so would
    # every factcheck it runs: factcheck, like Python, keeps an ignored SIGINT ignored. The interrupt tests
    # are about a terminal's Ctrl-C, which reaches a process that does not ignore it.
    signal.signal(signal.SIGINT, signal.default_int_handler)

REPO_ROOT = Path(__file__).resolve().parent.parent
TESTS = Path(__file__).resolve().parent
GOLDEN = TESTS / "golden"
SHARED = REPO_ROOT.parent / "shared"


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., tuple[int, str, str]]:
    """Run `factcheck ARGS` in-process; return (exit code, stdout, stderr). No colour, fixed width."""
    from factcheck.cli import main

    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("FACTCHECK_DEBUG", raising=False)
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")  # tests also run on folders of this repository

    def invoke(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def assert_golden(name: str, actual: str) -> None:
    """Compare with tests/golden/NAME byte for byte; FACTCHECK_UPDATE_GOLDEN=1 rewrites the file."""
    path = GOLDEN / name
    if os.environ.get("FACTCHECK_UPDATE_GOLDEN"):
        path.write_text(actual, encoding="utf-8", newline="")
        return
    assert path.exists(), f"missing golden file {path}; run with FACTCHECK_UPDATE_GOLDEN=1 to create it"
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                            f"golden/{name}", "actual"))
        pytest.fail(f"output differs from golden/{name}:\n{diff}")


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped corpus (claims/ and sources/)."""
    for folder in ("claims", "sources"):
        shutil.copytree(REPO_ROOT / folder, tmp_path / folder)
    return tmp_path


PAGES = TESTS / "data" / "pages"


@pytest.fixture
def web_server() -> Iterator[str]:
    """A local HTTP server on 127.0.0.1 (port chosen by the OS) serving the test pages and every way a
    download can go wrong; yields its base URL. Nothing here reaches the network."""
    import gzip
    import http.server
    import threading

    article = (PAGES / "quotidien-sud-tunisie-italie.html").read_bytes()
    latin1 = (PAGES / "echo-oran-algerie-espagne-latin1.html").read_bytes()
    stop = threading.Event()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def send(self, status: int, body: bytes, content_type: str | None = "text/html; charset=utf-8",
                 headers: dict[str, str] | None = None, length: bool = True) -> None:
            self.send_response(status)
            if content_type:
                self.send_header("Content-Type", content_type)
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            if length:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            path = self.path.split("?")[0]
            if path == "/article.html":
                self.send(200, article)
            elif path == "/latin1-header":  # the header says ISO-8859-1, the page wrongly says utf-8: header wins
                self.send(200, latin1.replace(b"charset=iso-8859-1", b"charset=utf-8"), "text/html; charset=ISO-8859-1")
            elif path == "/no-type":
                self.send(200, article, None)
            elif path == "/gzip":
                self.send(200, gzip.compress(article), headers={"Content-Encoding": "gzip"})
            elif path == "/redirect":
                self.send(302, b"", headers={"Location": "/article.html"})
            elif path == "/loop":
                self.send(302, b"", headers={"Location": "/loop"})
            elif path == "/to-file":
                self.send(302, b"", headers={"Location": "file:///etc/passwd"})
            elif path == "/missing":
                self.send(404, b"<html><body>Not found</body></html>")
            elif path == "/forbidden":
                self.send(403, b"<html><body>Forbidden</body></html>")
            elif path == "/slow":
                stop.wait(5)
                self.send(200, article)
            elif path == "/slow-body":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                self.wfile.write(article[:100])
                self.wfile.flush()
                stop.wait(5)
            elif path == "/report.pdf":
                self.send(200, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "application/pdf")
            elif path == "/big":
                self.send(200, article + b" " * 200_000)
            elif path == "/big-stream":  # no Content-Length: the size is only known while reading
                self.send(200, article + b"<!--" + b"x" * 300_000 + b"-->", length=False)
            elif path == "/empty":
                self.send(200, b"<!doctype html><html><head><title>Accueil</title></head><body><nav><a href='/'>"
                               b"Accueil</a></nav></body></html>")
            else:
                self.send(404, b"")

        def handle_one_request(self) -> None:
            try:
                super().handle_one_request()
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test): nothing to report

    class Server(http.server.ThreadingHTTPServer):
        daemon_threads = True
        block_on_close = False

        def handle_error(self, request: object, client_address: object) -> None:
            pass

    server = Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        stop.set()
        server.shutdown()
        server.server_close()
