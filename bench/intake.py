"""What `factcheck add` costs: the installed size of its HTML dependencies, their import time, and the
time to read each test page.

    python bench/intake.py [--runs 15]

Sizes are the files each installed distribution lists (importlib.metadata), for the dependencies that
trafilatura, htmldate and lxml_html_clean bring beyond what factcheck needed before. Import time is
the median wall time of `python -c 'import trafilatura, htmldate'` minus `python -c pass`, interleaved.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ADDED = ("trafilatura", "htmldate", "lxml_html_clean")
BEFORE = ("typer", "rich", "pyyaml", "msgspec", "text2num")


def _name(requirement: str) -> str | None:
    if ";" in requirement and "extra ==" in requirement.split(";", 1)[1]:
        return None  # an optional extra
    match = re.match(r"[A-Za-z0-9_.-]+", requirement)
    return match.group(0).lower().replace("_", "-") if match else None


def closure(roots: tuple[str, ...]) -> set[str]:
    """The installed distributions `roots` need, transitively."""
    seen: set[str] = set()
    todo = [r.lower().replace("_", "-") for r in roots]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        try:
            requirements = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue
        seen.add(name)
        todo.extend(n for n in map(_name, requirements) if n)
    return seen


def size(name: str) -> int:
    total = 0
    for file in metadata.files(name) or []:
        path = Path(str(file.locate()))
        if path.is_file():
            total += path.stat().st_size
    return total


def import_time(runs: int) -> float:
    times: dict[str, list[float]] = {"pass": [], "import": []}
    commands = {"pass": [sys.executable, "-c", "pass"],
                "import": [sys.executable, "-c", "import trafilatura, htmldate"]}
    for _ in range(runs):
        for name, argv in commands.items():
            start = time.perf_counter()
            subprocess.run(argv, check=True)
            times[name].append(time.perf_counter() - start)
    return statistics.median(times["import"]) - statistics.median(times["pass"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    added = sorted(closure(ADDED) - closure(BEFORE))
    sizes = {name: size(name) for name in added}
    print(f"dependencies added by trafilatura, htmldate, lxml_html_clean ({len(added)} distributions):")
    for name, count in sorted(sizes.items(), key=lambda item: -item[1]):
        print(f"  {name:24} {count / 2**20:6.1f} MiB")
    print(f"  {'total':24} {sum(sizes.values()) / 2**20:6.1f} MiB")
    print(f"import trafilatura, htmldate: {import_time(args.runs) * 1000:.0f} ms (median of {args.runs}, "
          "over bare Python)")
    from factcheck import intake

    intake.read_html("<html><body><p>warm up</p></body></html>")
    for page in sorted((ROOT / "tests" / "data" / "pages").glob("*.html")):
        data = page.read_bytes()
        start = time.perf_counter()
        for _ in range(args.runs):
            intake.read_html(intake.decode_html(data).text)
        print(f"read {page.name} ({len(data) / 1024:.1f} KiB): "
              f"{(time.perf_counter() - start) / args.runs * 1000:.1f} ms")
    # a page the size of a real news site's (300-500 KiB): the same article with a long tail of links,
    # comments and inline script around it
    html = (ROOT / "tests" / "data" / "pages" / "quotidien-sud-tunisie-italie.html").read_text(encoding="utf-8")
    tail = "".join(f"<li><a href='/economie/{i}.html'>Article lié numéro {i} sur l'économie</a></li>"
                   f"<div class='comment'><p>Commentaire {i} : les chiffres sont discutables.</p></div>"
                   f"<script>window.ads{i} = {{slot: {i}}};</script>" for i in range(2000))
    large = html.replace("</main>", f"<section class='more'><ul>{tail}</ul></section></main>").encode("utf-8")
    start = time.perf_counter()
    for _ in range(args.runs):
        intake.read_html(intake.decode_html(large).text)
    print(f"read a {len(large) / 1024:.0f} KiB page (the article and 2,000 links, comments, scripts): "
          f"{(time.perf_counter() - start) / args.runs * 1000:.1f} ms")


if __name__ == "__main__":
    main()
