"""The fast reader returns exactly what libyaml returns, or declines (None) and lets libyaml answer."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import canonical
from factcheck.model import Claim, ClaimFile
from factcheck.store import format_claim_file
from tests.conftest import REPO_ROOT, TESTS

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def libyaml(text: str) -> Any:
    return yaml.load(text, Loader=LOADER)


def agrees(text: str) -> bool:
    """True when the fast reader declines or gives libyaml's answer; records whether it declined."""
    fast = canonical.load(text)
    if fast is None:
        return True
    expected = libyaml(text)
    assert fast == expected, (text, fast, expected)
    assert [type(v) for v in _leaves(fast)] == [type(v) for v in _leaves(expected)]
    return True


def _leaves(data: Any) -> list[Any]:
    if isinstance(data, dict):
        return [x for k, v in data.items() for x in (_leaves(k) + _leaves(v))]
    if isinstance(data, list):
        return [x for v in data for x in _leaves(v)]
    return [data]


@pytest.mark.parametrize("path", sorted((REPO_ROOT / "claims").glob("*.yaml"))
                         + sorted((TESTS / "data" / "newsroom" / "claims").glob("*.yaml")), ids=lambda p: p.name)
def test_every_written_claim_file_takes_the_fast_path(path: Any) -> None:
    text = path.read_text(encoding="utf-8")
    assert canonical.load(text) == libyaml(text)


TRICKY_SCALARS = [
    "yes", "No", "on", "OFF", "y", "n", "true", "False", "null", "~", "NULL", "1e5", "1.0e5", "1.0e+5", "1_000",
    "0x1F", "012", "0o12", "+5", "-0", "-.5", ".5", "1.", "2023-08-21", "2023-08-21 10:00:00", "2023-08", "1:30",
    "190:20:30", ".inf", "-.Inf", ".NaN", "<<", "=", "!tag x", "&a x", "*a", "a #b", "a: b", "a:b", "'it''s'",
    "'a' 'b'", '"\\x41\\u00e9\\U0001F600"', '"\\q"', '"\\/"', '"a\\"b"', '"\\ud800"', "\"unterminated", "'open",
    "[a, b]", "[1, 2.5, null]", "[]", "[a, [b]]", "[a, ]", "[a: b]", "- x", "? x", "-x", "@x", "`x", "%x", "|",
    ">-", "« guillemets »", "l’année : 2023", "100 %", "x  ", "#x", "a\u00a0b", "2025-05-vna:trade-2022",
]


@pytest.mark.parametrize("scalar", TRICKY_SCALARS)
def test_tricky_scalars_are_read_as_libyaml_reads_them_or_declined(scalar: str) -> None:
    for text in (f"source: {scalar}\nclaims: []\n",
                 f"source: x\nclaims:\n- id: a\n  quote: {scalar}\n",
                 f"source: x\nclaims:\n  - id: a\n    span: {scalar}\n"):
        try:
            libyaml(text)
        except yaml.YAMLError:
            assert canonical.load(text) is None, text
            continue
        assert agrees(text)


@pytest.mark.parametrize("text", [
    "source: x\nclaims:\n",                       # null claims
    "source: x\nclaims:\n- id: a\nother: 1\n",    # a key after the list
    "source: x\nclaims:\n- id: a\n  countries:\n  - KZ\n",  # nested block list: declined
    "on: 1\n",                                    # the key True
    "source: x\nclaims:\n- id: a\n  # a comment\n  metric: trade\n",
    "source: x\r\nclaims:\r\n- id: a\r\n",
    "source: x\rclaims: []\r",
    "source: x\nsource: y\n",
    "---\nsource: x\n",
    "source: x\nclaims:\n- id: a\n   metric: trade\n",
])
def test_layouts_near_the_canonical_one(text: str) -> None:
    try:
        libyaml(text)
    except yaml.YAMLError:
        assert canonical.load(text) is None
        return
    assert agrees(text)


printable = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)
numbers = st.one_of(st.integers(-10**15, 10**15), st.floats(allow_nan=False, allow_infinity=False, width=64))


@st.composite
def claim_files(draw: st.DrawFn) -> ClaimFile:
    claims = []
    for index in range(draw(st.integers(0, 4))):
        claims.append(Claim(
            id=draw(printable), metric=draw(printable), countries=draw(st.lists(st.sampled_from(["KZ", "VN", "NO"]))),
            period=draw(st.sampled_from(["2023", "2023-H1", "2025-Q1", "2023-08", "2023-01/2023-08"])),
            stated=draw(st.none() | numbers), unit=draw(st.none() | printable), low=draw(st.none() | numbers),
            high=draw(st.none() | numbers), quote=draw(printable), span=(index, draw(st.integers(0, 10**9))),
            note=draw(st.none() | printable)))
    return ClaimFile(source="s", claims=claims)


@settings(max_examples=400, deadline=None)
@given(claim_files())
def test_generated_claim_files_agree_with_libyaml(claim_file: ClaimFile) -> None:
    text = format_claim_file(claim_file)
    assert agrees(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab: -#'\"[],\n\r\\{}&*!|>~.0123456789eExyn")), max_size=60))
def test_arbitrary_small_documents_never_disagree(text: str) -> None:
    try:
        libyaml(text)
    except yaml.YAMLError:
        return  # the fast reader may accept what libyaml refuses only if it never does: checked below
    assert agrees(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab: -#'\"[],\n\\{}&*!|>~.0123456789")), max_size=60))
def test_the_fast_reader_never_accepts_what_libyaml_refuses(text: str) -> None:
    try:
        libyaml(text)
    except yaml.YAMLError:
        assert canonical.load(text) is None, text
