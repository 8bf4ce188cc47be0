"""What the full-screen reviewer costs at start-up, and that nothing else pays for it.

    python bench/review_import.py [--runs 15]

Times, in fresh interpreters (interleaved, median and best of N): bare Python, `import typer`, Textual's
widgets, the reviewer module (`factcheck.tui`, which imports Textual), and `factcheck list --format json`.
Then lists the modules `factcheck list` imports, to show that no `textual` module is among them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SNIPPETS = {
    "python -c pass": "pass",
    "import typer": "import typer",
    "import textual (app, widgets)": "import textual.app, textual.widgets",
    "import factcheck.tui (the reviewer)": "import factcheck.tui",
    "factcheck list --format json": f"import sys; from factcheck.cli import main; sys.argv=['factcheck']; "
                                    f"main(['list', '--format', 'json', '--root', {str(ROOT)!r}])",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    import compileall

    compileall.compile_dir(str(ROOT / "factcheck"), quiet=1)
    env = {**os.environ, "NO_COLOR": "1"}
    times: dict[str, list[float]] = {name: [] for name in SNIPPETS}
    for _ in range(runs):
        for name, code in SNIPPETS.items():
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], stdout=subprocess.DEVNULL, env=env, check=True)
            times[name].append(time.perf_counter() - start)
    floor = statistics.median(times["import typer"])
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:<40} median {median * 1000:6.1f} ms  best {min(values) * 1000:6.1f} ms  "
              f"({median / floor:.2f}x import typer)")
    probe = (f"import sys; from factcheck.cli import main; main(['list', '--format', 'json', '--root', {str(ROOT)!r}]);"
             "print(sorted(m for m in sys.modules if m.startswith('textual') or m in ('factcheck.tui', "
             "'factcheck.session')), file=sys.stderr)")
    found = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
    print(f"reviewer modules imported by `factcheck list`: {found.stderr.strip()}")


if __name__ == "__main__":
    main()
