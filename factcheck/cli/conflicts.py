"""`factcheck conflicts`: which published figures cannot all be true, with the proof."""

import sys
from typing import Annotated, Literal

import typer

from factcheck.cli.options import NoColorOption, RootOption, jobs, render_options, resolve_root, use_cache

ConflictFormat = Literal["table", "json", "markdown", "sarif", "github"]
FailOn = Literal["major", "minor", "never"]


def command(
    ctx: typer.Context,
    metric: Annotated[str | None, typer.Option("--metric", "-m", help="Only this metric.")] = None,
    format: Annotated[ConflictFormat, typer.Option("--format", "-f", help="table for people; json, markdown "
                                                   "(editorial notes), sarif (code scanning), github "
                                                   "(annotations).")] = "table",
    fail_on: Annotated[FailOn, typer.Option("--fail-on", help="Exit 1 on a new conflict at least this "
                                            "severe; acknowledged ones never fail.")] = "major",
    targets: Annotated[bool, typer.Option("--targets", help="Also say whether targets and forecasts were "
                                          "met, from the actual figures.")] = False,
    acknowledge: Annotated[str | None, typer.Option("--acknowledge", metavar="ID", help="Record that conflict "
                                                    "ID is known (needs --reason); writes conflicts.ack.yaml.")] = None,
    reason: Annotated[str | None, typer.Option("--reason", help="Why the conflict is acknowledged.")] = None,
    confirmed: Annotated[bool, typer.Option("--confirmed", help="Only confirmed conflicts: every claim in them "
                                            "reviewed by a person (factcheck review).")] = False,
    root: RootOption = None,
    no_color: NoColorOption = False,
) -> int:
    """Report the sets of claims that cannot all be true, with the proof.

    Each conflict is a minimal set of actual claims (drop any one and the rest can hold), found by
    interval propagation across periods, ratios, the calendar and a pair's flows (trade is the sum of
    both directions, a balance their difference, exports A>B and imports A>B the same goods), labelled
    with the reading it needs (strict, or only pragmatic), a severity from the gap between the
    incompatible bounds, and marked narrow when a little more tolerance would dissolve it, mirror when
    it sets the two countries' customs against each other (beyond the mirror margin), converted when it
    goes through an exchange rate. Targets and forecasts never conflict, and rejected readings are left
    out. A conflict whose claims a person all reviewed is confirmed, the others are to review; the table
    lists the confirmed ones first.

    Example: factcheck conflicts --confirmed --format sarif --fail-on never > factcheck.sarif
    """
    from factcheck import lexicon
    from factcheck.engine import check_targets
    from factcheck.engine.currency import currency_gaps
    from factcheck.engine.parallel import find_conflicts_parallel
    from factcheck.errors import UsageError
    from factcheck.query import ClaimQuery, select_claims
    from factcheck.render import renderer
    from factcheck.rates import default_rates
    from factcheck.render.conflicts_result import CachedConflicts, ConflictReport
    from factcheck.store import (
        Repository,
        load_claim_files,
        read_acknowledgements,
        read_result_cache,
        repository_digest,
        write_result_cache,
    )

    repo = Repository(resolve_root(ctx, root))
    policy = lexicon.policy(repo.read_config().get("tolerance"))
    cached, key = None, ""
    if use_cache(ctx) and not targets:  # a repeated run on unchanged claims reuses the last result
        key = repository_digest(repo, _salt(policy, metric))
        cached = read_result_cache(repo, "conflicts", key, CachedConflicts)
    if cached is not None:
        found, claims, files, gaps = cached.conflicts, [(s, c) for s, c in cached.claims], None, cached.gaps
    else:
        files = load_claim_files(repo, use_cache(ctx), jobs(ctx))
        claims = [(s, c) for s, c in select_claims(files, ClaimQuery(metric=metric).validated(f.source for f in files))
                  if c.status != "rejected"]  # a person ruled it wrong: no report counts it
        rates = default_rates()
        found = find_conflicts_parallel(claims, policy, lexicon.metrics(), jobs(ctx), rates)
        money = {code: unit.kind == "money" for code, unit in lexicon.units().items()}
        gaps = currency_gaps(claims, lexicon.metrics(), money, rates)
        if key:
            cited = {i for c in found for i in (*c.claims, *c.corroborating)}
            write_result_cache(repo, "conflicts", key,
                               CachedConflicts(found, [(s, c) for s, c in claims if c.id in cited], gaps))
    acknowledged = read_acknowledgements(repo)
    conflicts = [_marked(c, acknowledged) for c in found]
    if acknowledge is not None:
        return _acknowledge(repo, conflicts, acknowledge, reason)
    if reason is not None:
        raise UsageError("--reason goes with --acknowledge ID")
    if confirmed:
        by_id = {c.id: c for _, c in claims}
        conflicts = [c for c in conflicts if all(by_id[i].status == "reviewed" for i in c.claims if i in by_id)]
    involved = {claim_id for c in conflicts for claim_id in c.claims}
    report = ConflictReport(
        conflicts=conflicts, claims={c.id: (s, c) for s, c in claims}, policy=policy, fail_on=fail_on,
        targets=check_targets(claims, policy, lexicon.metrics()) if targets else None,
        locations=_locations(repo, files, involved, ctx) if format in ("sarif", "github") else {},
        gaps=gaps,
    )
    renderer("conflicts", format)(report, sys.stdout, render_options(ctx, no_color))
    return 1 if report.failing() else 0


def _locations(repo, files, involved, ctx):  # type: ignore[no-untyped-def]
    """Where each cited claim sits in its file (SARIF, GitHub); a cached result did not load the files."""
    from factcheck.store import load_claim_files, locate_claims

    if files is None:
        files = load_claim_files(repo, use_cache(ctx), jobs(ctx))
    return locate_claims(repo, files, involved)


def _salt(policy, metric):  # type: ignore[no-untyped-def]
    """What the result depends on besides the claim files: version, tolerance policy, lexicons, filter."""
    import msgspec

    from factcheck import __version__, lexicon

    from factcheck.rates import fingerprint

    return msgspec.json.encode([__version__, policy, lexicon.metrics(), lexicon.units(), metric, fingerprint()])


def _marked(conflict, acknowledged):  # type: ignore[no-untyped-def]
    import msgspec

    entry = acknowledged.get(conflict.id)
    return msgspec.structs.replace(conflict, acknowledged=True, reason=entry.reason) if entry else conflict


def _acknowledge(repo, conflicts, identifier, reason) -> int:  # type: ignore[no-untyped-def]
    import datetime

    from factcheck.errors import UsageError
    from factcheck.store import Acknowledgement, write_acknowledgement

    if not reason or not reason.strip():
        raise UsageError("--acknowledge needs --reason \"why this conflict is known and accepted\"")
    match = next((c for c in conflicts if c.id == identifier), None)
    if match is None:
        known = ", ".join(c.id for c in conflicts) or "none"
        raise UsageError(f"no conflict {identifier!r} in this repository; conflicts: {known}")
    write_acknowledgement(repo, Acknowledgement(id=match.id, reason=reason.strip(), claims=list(match.claims),
                                                date=datetime.date.today().isoformat()))
    print(f"acknowledged {match.id} in conflicts.ack.yaml: {reason.strip()}")
    return 0
