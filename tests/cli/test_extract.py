"""`factcheck extract` end to end on real files: writes, keeps reviewed records, is idempotent."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from tests.conftest import REPO_ROOT, TESTS, assert_golden

Run = Callable[..., tuple[int, str, str]]


def fresh(tmp_path: Path, corpus: Path = REPO_ROOT) -> Path:
    shutil.copytree(corpus / "sources", tmp_path / "sources")
    (tmp_path / "claims").mkdir()
    return tmp_path


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file of the repository, except the lock in .factcheck-cache/ (not part of the data)."""
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and ".factcheck-cache" not in p.parts}


def test_extract_into_an_empty_repository_then_rerun_changes_nothing(run: Run, tmp_path: Path) -> None:
    root = fresh(tmp_path)
    code, out, err = run("extract", "--root", str(root))
    assert (code, err) == (0, "")
    assert_golden("extract.seeds.text", out)
    assert run("check", "--root", str(root))[0] == 0
    first = snapshot(root)
    code, out, _ = run("extract", "--root", str(root))
    assert code == 0 and out.startswith("5 sources read, 0 claim files changed")
    assert snapshot(root) == first, "a second run must leave every file byte-identical"


def test_shipped_reviewed_claims_are_all_restated(run: Run, seed_copy: Path) -> None:
    before = snapshot(seed_copy)
    code, out, _ = run("extract", "--root", str(seed_copy))
    assert code == 0
    assert "0 claims added, 0 removed" in out
    assert snapshot(seed_copy) == before


def test_dry_run_writes_nothing(run: Run, tmp_path: Path) -> None:
    root = fresh(tmp_path, TESTS / "data" / "newsroom")
    before = snapshot(root)
    code, out, _ = run("extract", "--root", str(root), "--dry-run", "--format", "json")
    report = json.loads(out)
    assert code == 0 and report["dry_run"] is True
    assert sum(len(f["added"]) for f in report["files"]) == 16
    assert snapshot(root) == before


def test_a_corrected_figure_replaces_the_extracted_reading_for_good(run: Run, seed_copy: Path) -> None:
    path = seed_copy / "claims" / "2025-05-bui-thanh-son-interview.yaml"
    text = path.read_text(encoding="utf-8")
    edited = text.replace("  stated: 146300000\n  unit: USD\n  qualifier: exact\n  low: 145568500\n  high: 147031500",
                          "  stated: 143600000\n  unit: USD\n  qualifier: exact\n  low: 142882000\n  high: 144318000")
    assert edited != text
    path.write_text(edited, encoding="utf-8")
    for _ in range(2):
        code, out, _ = run("extract", "--root", str(seed_copy), "2025-05-bui-thanh-son-interview")
        assert code == 0
        assert "1 reading left out for a correction, 0 for a rejection" in out
        assert path.read_text(encoding="utf-8") == edited, "the correction stands, nothing is added beside it"


def test_an_unreadable_claim_file_is_left_alone(run: Run, seed_copy: Path) -> None:
    path = seed_copy / "claims" / "2025-05-vna-ambassador-interview.yaml"
    path.write_text("source: 2025-05-vna-ambassador-interview\nclaims: [\n", encoding="utf-8")
    code, out, _ = run("extract", "--root", str(seed_copy))
    assert code == 2
    assert "error: claims/2025-05-vna-ambassador-interview.yaml:3:1: invalid YAML" in out
    assert path.read_text(encoding="utf-8") == "source: 2025-05-vna-ambassador-interview\nclaims: [\n"


def test_unknown_source_is_a_usage_error(run: Run, seed_copy: Path) -> None:
    code, _, err = run("extract", "--root", str(seed_copy), "no-such-article")
    assert code == 2 and err.startswith("error: unknown source 'no-such-article'; sources: 2023-08-")


@pytest.mark.parametrize("corpus", ["seeds", "newsroom"])
def test_extracted_files_pass_check(run: Run, tmp_path: Path, corpus: str) -> None:
    root = fresh(tmp_path, REPO_ROOT if corpus == "seeds" else TESTS / "data" / "newsroom")
    assert run("extract", "--root", str(root))[0] == 0
    assert run("check", "--root", str(root))[0] == 0


def test_an_editor_saving_during_extraction_is_not_overwritten(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Compare-and-swap: the file changes between extract's read and its write; the edit survives."""
    from factcheck import lexicon
    from factcheck.cli.extract import extract_source
    from factcheck.store import Repository

    root = fresh(tmp_path)
    repo = Repository(root.resolve())
    sid = "2025-05-bui-thanh-son-interview"
    reviewed = (REPO_ROOT / "claims" / f"{sid}.yaml").read_text(encoding="utf-8")
    original = Repository.read_claim_file
    calls = {"n": 0}

    def read_then_editor_saves(self: Repository, source_id: str):  # type: ignore[no-untyped-def]
        result = original(self, source_id)
        calls["n"] += 1
        if calls["n"] == 1:  # right after extract read the (missing) file, an editor saves theirs
            (root / "claims" / f"{sid}.yaml").write_text(reviewed, encoding="utf-8")
        return result

    monkeypatch.setattr(Repository, "read_claim_file", read_then_editor_saves)
    report = extract_source(repo, sid, lexicon.policy(), dry_run=False)
    assert calls["n"] == 2 and report.reviewed == 6 and not report.changed
    assert (root / "claims" / f"{sid}.yaml").read_text(encoding="utf-8") == reviewed


def test_jobs_give_the_same_files_as_one_process(run: Run, tmp_path: Path) -> None:
    serial = fresh(tmp_path / "serial", TESTS / "data" / "newsroom")
    parallel = fresh(tmp_path / "parallel", TESTS / "data" / "newsroom")
    assert run("extract", "--root", str(serial))[0] == 0
    code, out, _ = run("extract", "--root", str(parallel), "--jobs", "3")
    assert code == 0 and "16 claims added" in out
    assert snapshot(serial) == snapshot(parallel)


def test_a_50_mb_source_is_refused_with_a_message_and_nothing_written(run: Run, tmp_path: Path) -> None:
    for folder in ("claims", "sources"):
        (tmp_path / folder).mkdir()
    sentence = "Le commerce entre la France et l'Inde a atteint 15 milliards d'euros en 2024. "
    (tmp_path / "sources" / "2025-01-huge.txt").write_text(sentence * (50_000_000 // len(sentence)),
                                                          encoding="utf-8")
    code, out, err = run("extract", "--root", str(tmp_path))
    assert code == 2 and "split it into articles" in out + err and "Traceback" not in out + err
    assert "no-publication-date" not in err  # an article refused is not then searched for its dates
    assert list((tmp_path / "claims").iterdir()) == []
    assert run("check", "--root", str(tmp_path))[0] == 0


def test_extract_creates_claims_when_only_sources_exist(run: Run, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(TESTS / "data" / "newsroom" / "sources", tmp_path / "sources")
    monkeypatch.chdir(tmp_path)  # no claims/ yet: the working directory with sources/ is the repository
    code, out, err = run("extract")
    assert code == 0 and err == "created claims/\n"
    assert sorted(p.name for p in (tmp_path / "claims").iterdir()) == [
        "2024-02-le360-maroc-senegal.yaml", "2024-11-dw-turquie-allemagne.yaml", "2025-01-les-echos-inde-france.yaml"]


def test_the_root_error_names_factcheck_init(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run("extract")
    assert code == 2 and "run `factcheck init` to make a repository here, or pass --root DIR" in err


def test_nothing_in_sources_is_skipped_silently(run: Run, tmp_path: Path) -> None:
    root = fresh(tmp_path, TESTS / "data" / "newsroom")
    text = (root / "sources" / "2024-02-le360-maroc-senegal.txt").read_text(encoding="utf-8")
    (root / "sources" / "Maroc Senegal.txt").write_text(text, encoding="utf-8")
    (root / "sources" / "notes.TXT").write_text(text, encoding="utf-8")
    (root / "sources" / "brouillon.md").write_text(text, encoding="utf-8")
    (root / "sources" / "seul.yaml").write_text("title: Seul\n", encoding="utf-8")
    # « l'année dernière » needs the date: a year-only date line is reported, not silently ignored
    (root / "sources" / "annee.txt").write_text(" date 2024\nLes échanges entre le Maroc et le Sénégal ont atteint "
                                                "2 milliards de dirhams l'année dernière.\n", encoding="utf-8")
    code, out, err = run("extract", "--root", str(root))
    assert code == 0 and "4 sources read" in out
    warnings = [line for line in err.splitlines() if line.startswith("warning: ")]
    assert len(warnings) == 6, err
    for words in ("sources/Maroc Senegal.txt: source-not-read", "rename it sources/maroc-senegal.txt",
                  "sources/notes.TXT: source-not-read", "sources/brouillon.md: source-not-read",
                  "sources/seul.yaml: source-not-read", "sources/annee.txt:1: date-line-not-read",
                  "gives only the year 2024", "sources/annee.txt: no-publication-date",
                  "unresolved: « l'année dernière » (line 2)"):
        assert words in err, words
    code, _, err = run("extract", "annee", "--root", str(root), "--dry-run")
    assert code == 0 and "source-not-read" not in err and "date-line-not-read" in err  # only what concerns them


class Editor:
    """A person saving reviewed claim files over and over while `extract` runs: each save changes the
    note of a reviewed record and drops the last record (so that extract always has work to do on the
    file: it adds that figure back as extracted), by rename (most editors) or in place (vim's `backupcopy=yes`, many IDEs). Before each
    save it checks that its previous save is still there: extract may rewrite its extracted records,
    never its reviewed ones."""

    def __init__(self, root: Path, sources: list[str], templates: dict[str, str], in_place: bool) -> None:
        self.root, self.sources, self.templates, self.in_place = root, sources, templates, in_place
        self.last: dict[str, int] = {}
        self.saves = 0
        self.lost: list[str] = []
        self.stop = False

    def save(self, rng: random.Random) -> None:
        source = rng.choice(self.sources)
        path = self.root / "claims" / f"{source}.yaml"
        self.verify(source)
        number = self.saves
        text = self.templates[source].replace("  status: reviewed\n", f"  status: reviewed\n  note: save {number}\n", 1)
        if self.in_place:
            with open(path, "r+b") as handle:
                handle.truncate(0)
                handle.write(text.encode("utf-8"))
        else:
            temporary = path.with_name(f"{path.name}.editor~")
            temporary.write_text(text, encoding="utf-8")
            os.replace(temporary, path)
        self.last[source] = number
        self.saves += 1

    def verify(self, source: str, patience: float = 5.0) -> None:
        """The previous save must be in the file. A reader can see extract's version for the moment
        between a swap and the swap back that restores a racing save (microseconds, longer on a loaded
        machine), so a mismatch counts as a loss only if it lasts: a lost save never comes back."""
        if source not in self.last:
            return
        deadline = time.monotonic() + patience
        while True:
            text = (self.root / "claims" / f"{source}.yaml").read_text(encoding="utf-8")
            found = re.search(r"note: save (\d+)\n", text)
            if (found is not None and int(found.group(1)) == self.last[source]) or time.monotonic() > deadline:
                break
            time.sleep(0.01)
        if found is None or int(found.group(1)) != self.last[source]:
            self.lost.append(f"{source}: save {self.last[source]} replaced by {found.group(0) if found else 'none'!r}")
            self.last[source] = int(found.group(1)) if found else -1

    def run(self, seed: int) -> None:
        rng = random.Random(seed)
        while not self.stop:
            self.save(rng)
            time.sleep(rng.uniform(0, 0.004))


@pytest.mark.parametrize("in_place", [False, True], ids=["save-by-rename", "save-in-place"])
def test_a_person_saving_while_extract_runs_never_loses_a_save(tmp_path: Path, in_place: bool) -> None:
    """Issue 11, finding 4.1: the compare-and-swap must hold up to the rename. An editor saves every few
    milliseconds while extract runs again and again; every save must survive until the next one."""
    newsroom = TESTS / "data" / "newsroom"
    root = tmp_path / "repo"
    (root / "sources").mkdir(parents=True)
    (root / "claims").mkdir()
    templates = {}
    for copy in range(2):
        for text in sorted((newsroom / "sources").glob("*.txt")):
            source = f"{copy}-{text.stem}"
            shutil.copy(text, root / "sources" / f"{source}.txt")
            shutil.copy(text.with_suffix(".yaml"), root / "sources" / f"{source}.yaml")
            reviewed = (newsroom / "claims" / f"{text.stem}.yaml").read_text(encoding="utf-8")
            kept = reviewed[:reviewed.rindex("\n- id: ") + 1]  # the person deleted the last record: extract adds it back
            templates[source] = kept.replace(text.stem, source)
            (root / "claims" / f"{source}.yaml").write_text(templates[source], encoding="utf-8")
    editor = Editor(root, sorted(templates), templates, in_place)
    worker = threading.Thread(target=editor.run, args=(7 if in_place else 3,))
    worker.start()
    codes = []
    try:
        for _ in range(12):
            result = subprocess.run([sys.executable, "-m", "factcheck", "extract", "--root", str(root)],
                                    capture_output=True, env={**os.environ, "NO_COLOR": "1"}, timeout=120, check=False)
            assert b"Traceback" not in result.stderr and b"internal error" not in result.stderr, result.stderr
            codes.append(result.returncode)
    finally:
        editor.stop = True
        worker.join()
    for source in editor.sources:
        editor.verify(source)
    assert editor.saves > 100, "the editor should have saved many times during the runs"
    assert codes.count(0) >= 1, "some runs wrote their files"
    assert editor.lost == [], f"{len(editor.lost)} of {editor.saves} saves lost: {editor.lost[:3]}"
    assert set(codes) <= {0, 2}, codes  # 2: a file caught half-saved in place is reported, never rewritten
    assert not list((root / "claims").glob(".*.tmp")), "no file of ours is left behind"


def test_extract_without_cache_creates_no_cache_folder(run: Run, tmp_path: Path) -> None:
    """Issue 11, finding 4.10: `--no-cache extract` created `.factcheck-cache/extract.lock`."""
    root = fresh(tmp_path, TESTS / "data" / "newsroom")
    assert run("--no-cache", "extract", "--root", str(root))[0] == 0
    assert not (root / ".factcheck-cache").exists()
    assert sorted(p.name for p in root.iterdir()) == ["claims", "schema", "sources"]


def test_extract_on_a_read_only_checkout_with_nothing_to_change_succeeds(
        run: Run, seed_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """It exited 2 (it could not create its lock file) although it had nothing to write. Root ignores
    permission bits, so the read-only file system is simulated: every call that would create a file fails."""
    import errno
    import tempfile

    def read_only(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    real_open = os.open

    def open_read_only(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if flags & (os.O_CREAT | os.O_WRONLY | os.O_RDWR):
            read_only()
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "mkdir", read_only)
    monkeypatch.setattr(os, "open", open_read_only)
    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    code, out, err = run("extract", "--root", str(seed_copy))
    assert (code, err) == (0, "") and "0 claim files changed" in out


def test_a_full_disk_reports_what_was_written_and_what_was_not(
        run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A run that had written its claim files reported only « cannot write schema/claims.schema.json »."""
    import errno
    import tempfile

    root = fresh(tmp_path, TESTS / "data" / "newsroom")
    real = tempfile.mkstemp

    def mkstemp(*args: object, **kwargs: object) -> tuple[int, str]:
        if str(kwargs.get("dir", "")).endswith("schema"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(*args, **kwargs)  # type: ignore[call-overload, no-any-return]

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    code, out, err = run("extract", "--root", str(root))
    assert code == 2 and err == ""
    assert out.count(".yaml changed:") == 3 and "3 sources read, 3 claim files changed" in out
    assert "error: schema/claims.schema.json: cannot write: No space left on device" in out
    assert len(list((root / "claims").glob("*.yaml"))) == 3


def test_a_stock_and_a_years_flow_are_never_set_against_each_other(run: Run, tmp_path: Path) -> None:
    # two dispatches written for this test: 500 M invested in 2023, a stock of 8 Md at the end of 2023
    (tmp_path / "sources").mkdir()
    (tmp_path / "claims").mkdir()
    (tmp_path / "sources" / "2024-03-flux.txt").write_text(
        " date 2024-03\n\nEn 2023, les investissements directs portugais en Angola ont atteint 500 millions "
        "d'euros.\n", encoding="utf-8")
    (tmp_path / "sources" / "2024-04-stock.txt").write_text(
        " date 2024-04\n\nLe stock d'investissements portugais en Angola s'élevait à 8 milliards d'euros fin "
        "2023.\n", encoding="utf-8")
    assert run("--root", str(tmp_path), "extract")[0] == 0
    periods = sorted(c["period"] for f in (tmp_path / "claims").iterdir()
                     for c in yaml.safe_load(f.read_text(encoding="utf-8"))["claims"])
    assert periods == ["2023", "2023-12"]
    code, out, _ = run("--root", str(tmp_path), "conflicts", "--format", "json")
    assert code == 0 and json.loads(out)["conflicts"] == []
