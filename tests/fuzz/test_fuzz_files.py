"""Fuzzing the file readers: whatever bytes a claim file, a source or a sidecar holds, `check` gives
located findings and exit 0 or 1, `list` exit 0 or 2 with one message, never a traceback or a hang."""

from __future__ import annotations

import io
import shutil
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck.cli import main
from tests.conftest import REPO_ROOT
from tests.fuzz.conftest import examples

SETTINGS = settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
VALID = (REPO_ROOT / "claims" / "2025-05-bui-thanh-son-interview.yaml").read_bytes()
SOURCE = "2025-05-bui-thanh-son-interview"


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fuzz")
    shutil.copytree(REPO_ROOT / "sources", root / "sources")
    (root / "claims").mkdir()
    return root


def invoke(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def assert_clean_outcome(root: Path, expect_check: tuple[int, ...] = (0, 1)) -> None:
    code, out, err = invoke("check", "--root", str(root))
    assert code in expect_check, (code, out, err)
    assert "Traceback" not in out + err and "internal error" not in err
    assert out.endswith("\n") and out.splitlines()[-1].startswith("checked ")
    for line in out.splitlines()[:-1]:
        if not line.startswith("    "):
            assert line.startswith("claims/"), line  # every finding is located
    code, out, err = invoke("list", "--root", str(root), "--format", "json")
    assert code in (0, 2) and "Traceback" not in err and "internal error" not in err
    if code == 2:
        assert err.startswith("error: ") and err.count("\n") == 1


def mutate(data: bytes, positions: list[int], replacement: bytes) -> bytes:
    out = bytearray(data)
    for position in positions:
        index = position % (len(out) + 1)
        out[index:index + len(replacement)] = replacement
    return bytes(out)


@SETTINGS
@given(data=st.binary(max_size=2000))
@example(data=b"\xef\xbb\xbf" + VALID)          # BOM
@example(data=VALID.replace(b"\n", b"\r\n"))    # CRLF
@example(data=b"")                              # empty
@example(data=b"\x00" * 10)
@example(data=b"source: x\nclaims: [" + b"[" * 100_000)  # deep nesting
@example(data=b"a: &a [" + b"*a, " * 1000 + b"]")       # aliases
def test_any_bytes_as_a_claim_file(repo: Path, data: bytes) -> None:
    (repo / "claims" / f"{SOURCE}.yaml").write_bytes(data)
    assert_clean_outcome(repo)


@SETTINGS
@given(positions=st.lists(st.integers(0, len(VALID)), min_size=1, max_size=4),
       replacement=st.sampled_from([b"", b"\n", b"  ", b"'", b'"', b":", b"- ", b"[", b"]", b"{", b"#", b"&x ", b"*x", b"!!python/none ",
                        b"\xff", b"\xc3", b"\x1b[31m", b"9" * 40, b"-", b".5", b"null", b"~", b"yes", b"\t"]))
def test_valid_claim_file_with_local_damage(repo: Path, positions: list[int], replacement: bytes) -> None:
    (repo / "claims" / f"{SOURCE}.yaml").write_bytes(mutate(VALID, positions, replacement))
    assert_clean_outcome(repo)


@SETTINGS
@given(text=st.binary(max_size=500), sidecar=st.binary(max_size=300))
def test_any_bytes_as_a_source_and_its_sidecar(repo: Path, text: bytes, sidecar: bytes) -> None:
    (repo / "claims" / f"{SOURCE}.yaml").write_bytes(VALID)
    (repo / "sources" / "fuzzed.txt").write_bytes(text)
    (repo / "sources" / "fuzzed.yaml").write_bytes(sidecar)
    try:
        (repo / "claims" / "fuzzed.yaml").write_bytes(b"source: fuzzed\nclaims: []\n")
        assert_clean_outcome(repo)
        code, out, err = invoke("extract", "--root", str(repo), "--dry-run", "fuzzed")
        assert code in (0, 2) and "Traceback" not in out + err and "internal error" not in err
    finally:
        for name in ("sources/fuzzed.txt", "sources/fuzzed.yaml", "claims/fuzzed.yaml"):
            (repo / name).unlink(missing_ok=True)
