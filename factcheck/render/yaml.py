"""YAML for programs: the same rows and keys as JSON."""

from __future__ import annotations

from typing import TextIO

import yaml

from factcheck.document import yaml_dumper
from factcheck.model import claim_to_row
from factcheck.render import RenderOptions
from factcheck.render.listing import ClaimListing


def render_claims(result: ClaimListing, out: TextIO, options: RenderOptions) -> None:
    rows = [claim_to_row(claim, source) for source, claim in result.rows]
    out.write(yaml.dump(rows, Dumper=yaml_dumper(), sort_keys=False, allow_unicode=True, default_flow_style=None,
                        width=1_000_000) if rows else "[]\n")
