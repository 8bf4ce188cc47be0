"""What `factcheck init` writes into a new repository, as text: the commented configuration, the
.gitignore line for the cache and the GitHub Actions workflow of docs/ci.md (a test keeps the two
identical). Pure: store.make_repository writes them, and only where nothing exists yet.
"""

from __future__ import annotations

from typing import Any, NamedTuple

FOLDERS = ["claims", "sources"]
CONFIG = "factcheck.yaml"
GITIGNORE = ".gitignore"
WORKFLOW = ".github/workflows/factcheck.yml"
CI_CHOICES = ("github",)



class Made(NamedTuple):
    """What `init` did: the repository's folder, and each folder and file with whether it was created."""

    folder: str
    steps: list[tuple[str, bool]]


GITIGNORE_TEXT = """\
# factcheck's cache of parsed claim files and results: safe to delete at any time
.factcheck-cache/
"""

GITHUB_WORKFLOW = """\
name: factcheck
on: [push, pull_request]
permissions:
  contents: read
  security-events: write   # for the SARIF upload
jobs:
  factcheck:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install "factcheck @ git+https://example.org/factcheck.git@v0.1.0"
      # findings as annotations on the pull request's files
      - run: factcheck check --format github
      # contradictions as code-scanning alerts; the gate itself comes after the upload
      - run: factcheck conflicts --format sarif --fail-on never > factcheck.sarif
      - uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: factcheck.sarif
          category: factcheck
      # the series at a glance on the run's summary page
      - run: factcheck show --metric trade --format markdown >> "$GITHUB_STEP_SUMMARY"
      - run: factcheck conflicts --format github --fail-on major
"""


def config_text(tolerance: dict[str, Any]) -> str:
    """factcheck.yaml with every setting commented out (valid YAML as it is: the defaults apply), showing
    the default tolerance policy `tolerance` (lexicon/tolerance.yaml) so a line can be uncommented and
    edited."""
    lines = [
        "# factcheck settings for this repository. Everything below is commented out, so the defaults",
        "# apply (factcheck/lexicon/tolerance.yaml, README \"Tolerance policy\"). Uncomment a line to",
        "# override it; `factcheck check` and `factcheck conflicts` read this file.",
        "#",
        "# tolerance:",
        "#   # strict: what the words literally allow (« plus de 400 M » only means > 400 M);",
        "#   # pragmatic: what a reader infers, since journalists round (it suggests under 500 M).",
        f"#   reading: {tolerance['reading']}",
        "#   # slack around a stated figure s: the interval is [s * (1 - below), s * (1 + above)];",
        "#   # null is unbounded, step is one unit of the figure's leading digit (400 M -> 100 M).",
        "#   qualifiers:",
    ]
    from factcheck.model import QUALIFIERS

    qualifiers = tolerance["qualifiers"]
    for name in sorted(qualifiers, key=lambda q: QUALIFIERS.index(q) if q in QUALIFIERS else len(QUALIFIERS)):
        readings = qualifiers[name]
        parts = ", ".join(f"{reading}: {_flow(readings[reading])}"
                          for reading in sorted(readings, key=lambda r: (r != "strict", r)))
        lines.append(f"#     {name}: {{{parts}}}")
    severity = tolerance["severity"]
    lines += [
        "#   severity:",
        f"#     major_gap: {severity['major_gap']}   # a conflict is major when its bounds are this far apart",
        f"#     narrow_gap: {severity['narrow_gap']}  # narrow when this much more tolerance would dissolve it",
    ]
    return "\n".join(lines) + "\n"


def _flow(bounds: dict[str, Any]) -> str:
    def value(v: Any) -> str:
        return "null" if v is None else str(v)

    order = {"below": 0, "above": 1, "open": 2}
    keys = sorted(bounds, key=lambda k: (order.get(k, 3), k))
    return "{" + ", ".join(f"{key}: {value(bounds[key])}" for key in keys) + "}"


def files(tolerance: dict[str, Any], ci: str | None) -> dict[str, str]:
    """Every file `init` writes (path relative to the repository -> text)."""
    chosen = {CONFIG: config_text(tolerance), GITIGNORE: GITIGNORE_TEXT}
    if ci == "github":
        chosen[WORKFLOW] = GITHUB_WORKFLOW
    return chosen
