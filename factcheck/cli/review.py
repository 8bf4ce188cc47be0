"""`factcheck review`: a person confirms, corrects or rejects what extraction read."""

import sys
from typing import Annotated, Literal

import typer

from factcheck.cli.options import NoColorOption, RootOption, render_options, resolve_root

PendingFormat = Literal["table", "json"]


def command(
    ctx: typer.Context,
    ids: Annotated[list[str] | None, typer.Argument(metavar="[ID]...", help="Claim ids (factcheck list shows "
                                                    "them); on a terminal without a decision, review just these.",
                                                    show_default=False)] = None,
    accept: Annotated[bool, typer.Option("--accept", help="Mark the claims reviewed: the reading is right.")] = False,
    reject: Annotated[bool, typer.Option("--reject", help="Mark the readings wrong (needs --reason); they are "
                                         "kept so extraction never brings them back.")] = False,
    reason: Annotated[str | None, typer.Option("--reason", help="Why the reading is wrong.")] = None,
    set_: Annotated[list[str] | None, typer.Option("--set", metavar="FIELD=VALUE", help="Correct a field (repeat "
                                                   "for several): the claim is then reviewed, its interval "
                                                   "recomputed from the policy unless low/high are set.")] = None,
    reviewer: Annotated[str | None, typer.Option("--reviewer", metavar="NAME", help="Who decides (default: git "
                                                 "config user.name, else the system user).")] = None,
    pending: Annotated[bool, typer.Option("--pending", help="List the claims still to review, in the order the "
                                          "reviewer walks them.")] = False,
    format: Annotated[PendingFormat, typer.Option("--format", "-f", help="For --pending: table for people, "
                                                  "json for programs.")] = "table",
    root: RootOption = None,
    no_color: NoColorOption = False,
) -> int:
    """Confirm, correct or reject what extraction read.

    On a terminal with no decision given: a full-screen reviewer that walks the extracted claims that
    matter first (those in conflicts, most conflicts first, then the others article by article), shows
    each figure highlighted in its passage, what was read and the conflicts it is in, and writes every
    decision at once, atomically. Without a terminal, give the decision on the command line.

    Example: factcheck review 2025-05-vna-ambassador-interview:trade-2023 --set period=2022 --set qualifier=approx
    """
    from factcheck import lexicon
    from factcheck.errors import UsageError
    from factcheck.store import Repository, load_claim_files

    decisions = [name for name, given in (("--accept", accept), ("--reject", reject), ("--set", bool(set_))) if given]
    if reject and (accept or set_):
        raise UsageError("--reject cannot go with --accept or --set: a rejected reading is not corrected")
    if reason is not None and not reject:
        raise UsageError("--reason goes with --reject")
    if pending and (decisions or ids):
        raise UsageError("--pending lists what is left to review: give it alone")
    repo = Repository(resolve_root(ctx, root))
    files = load_claim_files(repo, use_cache=False)
    claims = [(f.source, c) for f in files for c in f.claims]
    policy = lexicon.policy(repo.read_config().get("tolerance"))
    _known(ids or [], claims)
    if pending:
        return _pending(ctx, claims, policy, format, no_color)
    if not decisions:
        if not (sys.stdin.isatty() and sys.stdout.isatty()):
            raise UsageError("no terminal for the full-screen reviewer: give a decision, e.g. factcheck review ID "
                             "--accept, --reject --reason TEXT or --set FIELD=VALUE; factcheck review --pending "
                             "lists what is left")
        from factcheck.session import ReviewSession
        from factcheck.tui import run_reviewer

        session = ReviewSession(repo, policy, lexicon.metrics(), claims, reviewer or _default_reviewer(repo.root),
                                _today(), only=ids or None)
        return run_reviewer(session)
    if not ids:
        raise UsageError(f"{decisions[0]} needs the ids of the claims (factcheck review --pending lists them)")
    if reject and not (reason and reason.strip()):
        raise UsageError("--reject needs --reason \"why the reading is wrong\"")
    return _decide(repo, claims, ids, "rejected" if reject else "reviewed", reason, set_ or [], policy,
                   reviewer or _default_reviewer(repo.root))


def _known(ids, claims) -> None:  # type: ignore[no-untyped-def]
    """Every id must exist; an unknown one is a usage error naming the closest ids."""
    import difflib

    from factcheck.errors import UsageError

    known = [c.id for _, c in claims]
    for identifier in ids:
        if identifier not in known:
            close = difflib.get_close_matches(identifier, known, n=5, cutoff=0.5)
            listed = close if close else known[:10]
            more = "" if close or len(known) <= 10 else f" (and {len(known) - 10} more: factcheck list)"
            raise UsageError(f"unknown claim id {identifier!r}; {'closest' if close else 'claims'}: "
                             f"{', '.join(listed) or 'none'}{more}")


def _decide(repo, claims, ids, status, reason, assignments, policy, reviewer) -> int:  # type: ignore[no-untyped-def]
    from factcheck.review import corrected, decided, field_value, parse_assignment
    from factcheck.render.safe import one_line

    changes = {}
    for text in assignments:
        name, value = parse_assignment(text)
        changes[name] = field_value(name, value)
    by_id = {c.id: (s, c) for s, c in claims}
    per_source: dict[str, dict[str, object]] = {}
    lines = []
    for identifier in dict.fromkeys(ids):
        source, claim = by_id[identifier]
        new = corrected(claim, changes, policy) if changes else claim
        new = decided(new, status, reviewer, _today(), reason)
        per_source.setdefault(source, {})[identifier] = new
        what = f"rejected: {reason.strip()}" if status == "rejected" else "reviewed"
        edits = [f"{name} {getattr(claim, name)!r} → {getattr(new, name)!r}" for name in
                 ("metric", "countries", "direction", "period", "as_of", "kind", "stated", "unit", "qualifier", "low",
                  "high", "relative_to", "factor", "modality", "equivalent_of", "note")
                 if getattr(claim, name) != getattr(new, name)]
        lines.append(one_line(f"{identifier} {what}" + (f" ({'; '.join(edits)})" if edits else "")))
    for source, decided_here in per_source.items():  # one atomic write per claim file
        repo.write_decisions(source, decided_here)  # type: ignore[arg-type]
    print("\n".join(lines))
    return 0


def _pending(ctx, claims, policy, format, no_color) -> int:  # type: ignore[no-untyped-def]
    from factcheck import lexicon
    from factcheck.engine import find_conflicts
    from factcheck.render import renderer
    from factcheck.review import review_queue

    active = [(s, c) for s, c in claims if c.status != "rejected"]
    queue = review_queue(claims, find_conflicts(active, policy, lexicon.metrics()))
    renderer("pending", format)(queue, sys.stdout, render_options(ctx, no_color))
    return 0


def _default_reviewer(root) -> str:  # type: ignore[no-untyped-def]
    """`git config user.name` in the repository, else the system user: who decided is always recorded."""
    import getpass
    import subprocess

    try:
        found = subprocess.run(["git", "config", "user.name"], cwd=root, capture_output=True, text=True, timeout=10,
                               check=False).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        found = ""
    if found:
        return found
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def _today() -> str:
    import datetime

    return datetime.date.today().isoformat()
