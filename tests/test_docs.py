"""The README documents every command, with help text and an example, and every metric id."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from factcheck import lexicon
from factcheck.cli import app
from tests.conftest import REPO_ROOT

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")


def commands() -> list[str]:
    return sorted(command.name or "" for command in app.registered_commands)


@pytest.mark.parametrize("name", commands())
def test_every_command_has_help_with_an_example(name: str) -> None:
    result = CliRunner().invoke(app, [name, "--help"], env={"NO_COLOR": "1", "COLUMNS": "120"})
    assert result.exit_code == 0
    assert "Example:" in result.output and f"factcheck {name}" in result.output


@pytest.mark.parametrize("name", commands())
def test_every_command_is_documented_in_the_readme(name: str) -> None:
    assert f"### `factcheck {name}`" in README


def test_every_metric_is_documented() -> None:
    for metric in lexicon.metrics():
        assert f"`{metric}`" in README, metric


def test_quick_start_has_exactly_two_commands() -> None:
    block = re.search(r"## Quick start\n\n```sh\n(.*?)```", README, re.S)
    assert block is not None
    assert len(block.group(1).strip().splitlines()) == 2
