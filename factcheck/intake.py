"""Adding an article to a repository, as values: from a web page's bytes or a text to the source text,
its sidecar and its id, and the checks that keep a repository honest (duplicates, files in sources/
that would never be read).

Pure: no file or network I/O (the store writes, fetch.py downloads). HTML goes through trafilatura (main
text, title, site name) and htmldate (publication date), imported only when a page is read, so no
other command pays for them (README, design notes).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import NamedTuple

from factcheck.dateline import date_line, first_line
from factcheck.model import SourceMeta

MAX_ID = 64  # characters of a generated id
# Patterns are strings, compiled by `re` on first use (its cache): `check` imports this module for
# `unread_source_files`, and compiling them all at import cost it 3 ms of start-up.
_SLUG = r"^[a-z0-9][a-z0-9._-]*$"
_STOP_WORDS = frozenset(
    "le la les l un une des de du d au aux a et ou en dans sur pour par avec sans entre vers chez ce cet cette "
    "ces son sa ses leur leurs qui que qu quoi dont est sont ont the of and s".split())
_TRACKING = r"(?i)^(?:utm_\w+|fbclid|gclid|dclid|mc_cid|mc_eid|xtor|at_\w+|ref|ocid|cmpid|_ga)$"
_CONTROL = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
_CHARSET_META = rb"""(?i)<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)"""
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "Oe", "æ": "ae", "Æ": "Ae", "ß": "ss"})
MIN_WORDS = 20  # fewer words of main text than this and a page holds no article (a menu, a login form)
MIN_CONTAINED = 200  # normalised characters: a shorter text must be identical to count as a duplicate
# Labels that browsers decode as windows-1252 (WHATWG Encoding Standard): pages saying ISO-8859-1 use
# its extra characters (’ œ € «…»), which true Latin-1 would turn into control characters.
_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp819", "ibm819",
                 "iso_8859-1", "windows-1252", "cp1252", "x-cp1252"}


class Decoded(NamedTuple):
    """A page's text, the encoding it was read with and where that came from."""

    text: str
    encoding: str
    origin: str  # "BOM", "HTTP header", "<meta charset>", "UTF-8 (valid)", "windows-1252 (default)"
    replaced: int  # bytes that were not valid in that encoding (shown as U+FFFD)


class WebArticle(NamedTuple):
    """What a web page says about the article it holds."""

    text: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    published_inferred: bool
    date_origin: str  # where the date came from, for the user
    language: str | None


class Draft(NamedTuple):
    """A new source ready to write: its id, text and sidecar, and what the user should know."""

    id: str
    text: str
    meta: SourceMeta
    notes: list[str]  # how things were read (date, countries), for the summary
    warnings: list[str]  # what may need a person (no date, no pair, not French)


class Existing(NamedTuple):
    """A source already in the repository, as duplicate detection needs it."""

    id: str
    url: str | None
    text: str


class UnreadFile(NamedTuple):
    """A file in sources/ that no command reads, why, and what to do about it."""

    name: str
    reason: str
    hint: str


# -- decoding a web page ---------------------------------------------------------------------------------
def decode_html(body: bytes, header_charset: str | None = None) -> Decoded:
    """Bytes to text the way browsers do: a BOM, else the HTTP header's charset, else `<meta charset>`
    (or its http-equiv form), else UTF-8 when the bytes are valid UTF-8, else windows-1252."""
    for bom, name in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if body.startswith(bom):
            return _decode(body[len(bom):], name, "BOM")
    candidates = [(header_charset, "HTTP header")]
    meta = re.search(_CHARSET_META, body[:4096])
    candidates.append((meta.group(1).decode("ascii") if meta else None, "<meta charset>"))
    for label, origin in candidates:
        encoding = _encoding(label, origin != "HTTP header")
        if encoding is not None:
            return _decode(body, encoding, origin)
    try:
        return Decoded(body.decode("utf-8"), "utf-8", "UTF-8 (valid)", 0)
    except UnicodeDecodeError:
        return _decode(body, "cp1252", "windows-1252 (no charset declared)")


def _encoding(label: str | None, in_meta: bool) -> str | None:
    """The codec for a charset label, or None when Python does not know it (then the next clue is used)."""
    import codecs

    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _WINDOWS_1252:
        return "cp1252"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if in_meta and name.startswith("utf-16"):  # a <meta> readable as ASCII cannot be UTF-16 (WHATWG: UTF-8)
        return "utf-8"
    return name


def _decode(body: bytes, encoding: str, origin: str) -> Decoded:
    text = body.decode(encoding, errors="replace")
    replaced = text.count("\ufffd") - body.decode(encoding, errors="ignore").count("\ufffd")
    return Decoded(text, encoding, origin, replaced)


# -- reading a web page ----------------------------------------------------------------------------------
def read_html(html: str, url: str | None = None) -> WebArticle:
    """The article in a web page: main text without navigation, related links, comments or cookie banners
    (trafilatura); title, site name and canonical URL from its metadata; the publication date from its
    markup (htmldate: meta tags, JSON-LD, <time>, the URL), else guessed from the page's text and marked
    inferred; the language from `lang` or the metadata."""
    import trafilatura
    from htmldate import find_date
    from trafilatura.settings import Document

    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True, include_links=False,
        include_images=False, deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True})
    if not isinstance(document, Document) or not (document.text or "").strip():
        return WebArticle("", None, None, url, None, False, "", page_language(html))
    text = clean_text((document.text or "").replace("\n", "\n\n"))
    published, inferred, origin = document.date, False, "the page's metadata"
    if not published:
        published = find_date(html, extensive_search=True, original_date=True, url=url, outputformat="%Y-%m-%d")
        if published and published.endswith("-01-01") and not _states_new_year(html, published[:4]):
            published = None  # htmldate's last resort reads « © 2024 » as 1 January 2024: not a date
        inferred, origin = True, "guessed from dates on the page"
    if not published:
        from factcheck.extraction.periods import infer_publication

        published, origin = infer_publication(text), "the latest full date in the text"
    canonical = document.url if document.url and document.url.startswith(("http://", "https://")) else url
    title = _one_line(document.title)
    outlet = _one_line(document.sitename) or (_host(canonical) if canonical else None)
    return WebArticle(text, title, outlet, canonical, published or None, inferred and bool(published),
                      origin if published else "", page_language(html))


def _states_new_year(html: str, year: str) -> bool:
    """Whether a page writes 1 January of `year` as a full date somewhere."""
    pattern = rf"(?:1er|1|01)\s+janvier\s+{year}|0?1[/.]0?1[/.]{year}|{year}-01-01"
    return re.search(pattern, html, re.I) is not None


_LANG_PATTERNS = (
    r"(?i)<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*",
    r"(?i)<meta[^>]+http-equiv\s*=\s*[\"']?content-language[\"']?[^>]+content\s*=\s*[\"']?([A-Za-z]{2,3})",
    r"(?i)<meta[^>]+property\s*=\s*[\"']?og:locale[\"']?[^>]+content\s*=\s*[\"']?([A-Za-z]{2,3})",
    r"(?i)\"inLanguage\"\s*:\s*\"([A-Za-z]{2,3})",
)


def page_language(html: str) -> str | None:
    """The language a page declares (`<html lang="fr-FR">`, Content-Language, og:locale, JSON-LD), as
    its ISO 639 code."""
    head = html[:200_000]
    for pattern in _LANG_PATTERNS:
        match = re.search(pattern, head)
        if match:
            return match.group(1).lower()
    return None


def clean_text(text: str) -> str:
    """An article's text as factcheck stores it: NFC, `\\n` line ends, no control or bidi-override
    characters, no trailing spaces, at most one blank line in a row, one final newline."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = re.sub(_CONTROL, "", text)
    lines = [line.rstrip() for line in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return text + "\n" if text else ""


def _one_line(text: str | None) -> str | None:
    if not text:
        return None
    flat = " ".join(re.sub(_CONTROL, "", text).split())
    return flat or None


def _host(url: str) -> str | None:
    import urllib.parse

    host = urllib.parse.urlsplit(url).hostname
    return host[4:] if host and host.startswith("www.") else host


# -- a new source -----------------------------------------------------------------------------------------
class Given(NamedTuple):
    """What the person said on the command line (`--title`, `--published`…); each wins over the page."""

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    countries: list[str] | None = None
    source_id: str | None = None


def draft_from_page(web: WebArticle, given: Given, taken: Iterable[str], origin: str | None = None) -> Draft:
    """A web page's article as a source: ` date YYYY-MM` when the page states its date (an inferred date
    goes to the sidecar only, marked inferred), the title, then the main text."""
    published = given.published or web.published
    inferred = web.published_inferred if not given.published else False
    date_origin = "--published" if given.published else web.date_origin
    title = given.title or web.title
    body = clean_text(web.text)
    if title and first_line(body).strip() == title:  # the page's <h1> opens the main text: keep it once
        body = body[len(first_line(body)):].lstrip("\n")
    head = [f" date {published[:7]}"] if published and not inferred else []
    head += [title] if title else []
    text = "\n".join(head) + ("\n\n" if head else "") + body
    url = given.url or web.url
    return _draft(text, body, given, title, given.outlet or web.outlet, url, published, inferred, date_origin,
                  web.language, taken, origin if not url else None, [])


def draft_from_text(text: str, given: Given, taken: Iterable[str], origin: str | None = None) -> Draft:
    """A text as a source, kept as written; a date line is added in front only when `--published` was
    given and the text has none. Its own date line (any form `dateline` reads) gives the date otherwise."""
    body = clean_text(text)
    own = date_line(body)
    published, date_origin, warnings = given.published, "--published", []
    if own.published and not published:
        published, date_origin = own.published, "the text's date line"
    if own.problem:
        warnings.append(f"first line: {own.problem}")
    if published and not own.end:
        body = f" date {published[:7]}\n" + body
    title = given.title or _title_from_text(body[own.end:] if own.end == len(first_line(body)) else body)
    return _draft(body, body, given, title, given.outlet, given.url, published, False, date_origin, None, taken,
                  origin if not given.url else None, warnings)


def _draft(text: str, body: str, given: Given, title: str | None, outlet: str | None, url: str | None,
           published: str | None, inferred: bool, date_origin: str, language: str | None, taken: Iterable[str],
           origin: str | None, warnings: list[str]) -> Draft:
    from factcheck.extraction.claims import article_countries

    notes: list[str] = []
    if not published:
        from factcheck.extraction.periods import infer_publication

        published = infer_publication(body)
        if published:
            inferred, date_origin = True, "the latest full date in the text"
    if published:
        notes.append(f"published {published} ({'inferred from ' if inferred else 'from '}{date_origin}"
                     f"{'; check it, or pass --published' if inferred else ''})")
    else:
        warnings.append("no publication date found: relative periods (« l'an dernier », « par semaine ») "
                        "cannot be resolved and their figures are left out; pass --published YYYY-MM[-DD]")
    if given.countries:
        pair = sorted(given.countries)
        notes.append(f"countries {', '.join(pair)} (from --countries)")
    else:
        pair = list(article_countries(text))
        if len(pair) == 2:
            notes.append(f"countries {', '.join(pair)} (the two the text names most; --countries to change)")
        else:
            pair = []
            warnings.append("could not tell which two countries the article is about; pass --countries CC,CC")
    language = language or "fr"
    if language != "fr":
        warnings.append(f"the page is in {language!r}: extraction reads French, so it will find few figures")
    opening = first_line(body[date_line(body).end:].lstrip())  # a text with no title: its first words, not its date line
    new_id = given.source_id or source_slug(title or opening, published, outlet, taken)
    meta = SourceMeta(title=title, outlet=outlet, url=url, published=published, published_inferred=inferred,
                      language=language, countries=pair, origin=origin)
    return Draft(new_id, text, meta, notes, warnings)


def _title_from_text(body: str) -> str | None:
    """A text's first line when it reads like a title: short, and not a sentence."""
    line = first_line(body.lstrip("\n")).strip()
    if line and len(line) <= 150 and not line.endswith((".", ":", ";", ",")):
        return line
    return None


def source_slug(title: str | None, published: str | None, outlet: str | None, taken: Iterable[str] = ()) -> str:
    """A readable id (`2024-06-quotidien-sud-tunisie-italie-echanges`): the month, the outlet, the first
    words of the title; `-2`, `-3`… when it is taken."""
    parts: list[str] = [published[:7]] if published else []
    parts += _words(outlet or "")[:2]
    parts += _words(title or "")[:4]
    base = "-".join(parts) or "article"
    while len(base) > MAX_ID and "-" in base:
        base = base.rsplit("-", 1)[0]
    base = base[:MAX_ID].strip("-._") or "article"
    used = set(taken)
    candidate, number = base, 2
    while candidate in used:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def slugify(text: str) -> str:
    """Any name as a slug (a-z, 0-9, '-'): « Upper Case » -> `upper-case`."""
    text = text.translate(_LIGATURES)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    return slug or "article"


def _words(text: str) -> list[str]:
    if not re.search(r"\w", text):
        return []
    words = slugify(text.replace("'", " ").replace("’", " ")).split("-")
    return [w for w in words if w and w not in _STOP_WORDS]


def is_slug(text: str) -> bool:
    """Whether `text` can be a source id (SPEC: readable slugs)."""
    return bool(re.match(_SLUG, text)) and len(text) <= 200


# -- duplicates -------------------------------------------------------------------------------------------
def normalise_url(url: str) -> str:
    """A URL as two addresses of one page compare: no scheme, no `www.`, no default port, no fragment, no
    tracking parameters (utm_*, fbclid, xtor…), no trailing slash."""
    import urllib.parse

    parts = urllib.parse.urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    host = host[4:] if host.startswith("www.") else host
    port = f":{parts.port}" if parts.port and parts.port not in (80, 443) else ""
    query = [(k, v) for k, v in urllib.parse.parse_qsl(parts.query, keep_blank_values=True) if not re.match(_TRACKING, k)]
    path = parts.path.rstrip("/")
    return f"{host}{port}{path}" + (f"?{urllib.parse.urlencode(sorted(query))}" if query else "")


def normalise_text(text: str) -> str:
    """An article's words only (no date line, case, accents, spacing or punctuation): the same article
    copied twice, or once from the page and once from a text file, compares equal."""
    from factcheck.extraction.text import fold

    line = date_line(text)
    if line.end and line.end == len(first_line(text)):
        text = text[line.end:]
    return re.sub(r"[^a-z0-9]+", "", fold(text))


def find_duplicate(urls: Iterable[str | None], text: str, existing: Iterable[Existing]) -> tuple[str, str] | None:
    """The source a new article duplicates, and how (`same URL`, `same text`), or None."""
    wanted = {normalise_url(u) for u in urls if u}
    mine = normalise_text(text)
    for source in existing:
        if source.url and normalise_url(source.url) in wanted:
            return source.id, f"same URL: {source.url}"
        theirs = normalise_text(source.text)
        if not mine or not theirs:
            continue
        if mine == theirs:
            return source.id, "same text"
        shorter, longer = sorted((mine, theirs), key=len)
        if len(shorter) >= MIN_CONTAINED and shorter in longer:
            return source.id, "same text" + (": the new text is part of it" if shorter is mine else
                                             ": it is part of the new text")
    return None


# -- what sources/ holds ----------------------------------------------------------------------------------
def unread_source_files(entries: Iterable[tuple[str, bool]]) -> list[UnreadFile]:
    """Files in sources/ that are not an article (`<slug>.txt`) or its sidecar (`<slug>.yaml` beside it),
    so no command would read them: another extension, upper case, a name that is not a slug, a sidecar
    without text, a folder. Hidden files (`.gitkeep`) are left alone. `entries` are (name, is_folder)."""
    listed = list(entries)
    texts = {name[:-4] for name, folder in listed if not folder and name.endswith(".txt")}
    found: list[UnreadFile] = []
    for name, folder in sorted(listed):
        if name.startswith("."):
            continue
        if folder:
            found.append(UnreadFile(name + "/", "a folder: articles are read only from sources/ itself",
                                    "move its articles into sources/ as <slug>.txt"))
            continue
        stem, dot, extension = name.rpartition(".")
        if not dot:
            stem, extension = name, ""
        suggestion = slugify(stem)
        if extension == "txt" and is_slug(stem):
            continue
        if extension == "yaml" and is_slug(stem):
            if stem not in texts:
                found.append(UnreadFile(name, f"a sidecar without its article: there is no sources/{stem}.txt",
                                        f"add the article's text as sources/{stem}.txt, or delete the sidecar"))
            continue
        if extension in ("txt", "yaml") or extension.lower() in ("txt", "yaml", "yml"):
            kind = "article" if extension.lower() == "txt" else "sidecar"
            proper = "txt" if kind == "article" else "yaml"
            if not is_slug(stem):
                reason = f"{stem!r} is not a source id (a slug: a-z, 0-9, '.', '_', '-')"
            else:
                reason = f"an {kind} must end in .{proper}, not .{extension}"
            found.append(UnreadFile(name, reason, f"rename it sources/{suggestion}.{proper}"
                                    + (", and its sidecar alike" if kind == "article" else "")))
        elif extension.lower() in ("html", "htm", "xhtml"):
            found.append(UnreadFile(name, "a web page: articles are read as text",
                                    f"run `factcheck add sources/{name}` (it writes the text and its sidecar), then "
                                    "move the page out of sources/"))
        else:
            found.append(UnreadFile(name, "only <slug>.txt files are articles, and <slug>.yaml their sidecars", f"if it is an article's text, save it as sources/{suggestion}.txt "
                                    "in UTF-8; otherwise move it out of sources/"))
    return found


def unresolved_relative_periods(text: str) -> list[tuple[int, str]]:
    """(line, words) of each relative period (« l'an dernier », « l'année dernière ») that needs the
    publication date to mean a year: what an undated article loses."""
    from factcheck.extraction.periods import find_periods

    found = []
    for mention in find_periods(text, None):
        if mention.period is None and mention.kind == "point" and mention.offset is None:
            found.append((text.count("\n", 0, mention.start) + 1, mention.text))
    return found


class Added(NamedTuple):
    """What `factcheck add` wrote, for the renderer."""

    id: str
    text_path: str
    meta_path: str
    meta: SourceMeta
    notes: list[str]
    paragraphs: int
    words: int


def added(draft: Draft, text_path: str, meta_path: str) -> Added:
    """The summary of a written draft."""
    body = draft.text
    paragraphs = sum(1 for block in body.split("\n\n") if block.strip())
    return Added(draft.id, text_path, meta_path, draft.meta, draft.notes, paragraphs, len(body.split()))


# -- the options of `factcheck add` ---------------------------------------------------------------------
_PUBLISHED = r"^(\d{4})-(\d{2})(?:-(\d{2}))?$"


def parse_published(text: str) -> str:
    """`--published 2024-06` or `2024-06-14`, checked to be a real month or day."""
    from factcheck.errors import UsageError

    match = re.match(_PUBLISHED, text.strip())
    if not match:
        raise UsageError(f"--published {text!r}: write the month or day of publication as YYYY-MM or YYYY-MM-DD")
    year, month, day = int(match.group(1)), int(match.group(2)), match.group(3)
    import datetime

    try:
        datetime.date(year, month, int(day) if day else 1)
    except ValueError:
        raise UsageError(f"--published {text!r}: no such date") from None
    return text.strip()


def parse_countries(text: str, known: frozenset[str]) -> list[str]:
    """`--countries TN,IT`: two distinct ISO 3166-1 alpha-2 codes, sorted."""
    from factcheck.errors import UsageError

    codes = sorted({c.upper() for c in re.split(r"[\s,;]+", text.strip()) if c})
    if len(codes) != 2:
        raise UsageError(f"--countries {text!r}: give the two countries of the relation, e.g. --countries TN,IT")
    unknown = [c for c in codes if c not in known]
    if unknown:
        raise UsageError(f"--countries {text!r}: {unknown[0]} is not an ISO 3166-1 alpha-2 code (e.g. FR, MA, TN)")
    return codes


def looks_like_html(data: bytes) -> bool:
    """Whether bytes of unknown kind (standard input, a file without .html) are an HTML page."""
    start = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<!doctype html", b"<html", b"<?xml")) or (start.startswith(b"<") and b"<body" in
                                                                          data[:65536].lower())


def decode_text(data: bytes, shown: str) -> str:
    """A text file's content: UTF-8 (a BOM is dropped), or a located `NotUtf8`."""
    from factcheck.errors import Location, NotUtf8

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise NotUtf8(f"not UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); save the text as UTF-8, "
                      "or add the web page itself (.html), whose charset is read", Location(shown, line)) from None
    return text[1:] if text.startswith("\ufeff") else text
