"""`speechparse check`: does each speech still parse to the outline kept beside it?"""

from __future__ import annotations

import click

EXAMPLES = """\b
Examples:
  speechparse check fixtures/                  # every *.txt against its *.outline
  speechparse check fixtures/ --update         # accept the current outlines
  speechparse check speeches/ --junit-xml report.xml --format github

\b
The last line is always `N passed, M failed`.
Exit status: 0 all passed, 1 an outline differs or is missing,
2 bad usage, or a speech or expectation that cannot be read.
"""


@click.command("check", epilog=EXAMPLES)
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--update", is_flag=True, help="Write the current outline to every expectation that differs or is missing.")
@click.option("--expect-suffix", default=None, metavar="SUFFIX",
              help="Expectation beside X.txt is X+SUFFIX [default: .outline, or the config].")
@click.option("--junit-xml", type=click.Path(dir_okay=False), default=None, metavar="FILE",
              help="Also write a JUnit XML report for CI.")
@click.option("--format", "fmt", type=click.Choice(["text", "github"]), default="text", show_default=True,
              help="github: also print workflow annotations (::error file=…,line=…::).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="Config file (default: nearest .speechparse.yaml or pyproject.toml).")
@click.option("-v", "--verbose", is_flag=True, help="Also list the speeches that passed.")
def check_cmd(paths: tuple[str, ...], update: bool, expect_suffix: str | None, junit_xml: str | None,
              fmt: str, config_path: str | None, verbose: bool) -> None:
    """Compare the outline of each speech in PATH... with its expected outline."""
    from ..checking import plan
    from ..config import load_config
    from ..errors import SpeechparseError

    try:
        cfg = load_config(config_path)
        suffix = expect_suffix or cfg.expect_suffix
        if "/" in suffix or suffix in ("", ".txt"):
            raise SpeechparseError(f"--expect-suffix {suffix!r} would not name a file beside the speech")
        pairs = plan(paths, suffixes=cfg.speech_suffixes, expect_suffix=suffix)
        if not pairs:
            raise SpeechparseError(f"no speeches found in {' '.join(paths)} "
                                   f"(looked for {', '.join(cfg.speech_suffixes)} files)")
    except SpeechparseError as exc:
        click.echo(f"speechparse: {exc}", err=True)
        raise SystemExit(2) from None
    raise SystemExit(_run(pairs, update, junit_xml, fmt, verbose))


def _run(pairs: list, update: bool, junit_xml: str | None, fmt: str, verbose: bool) -> int:
    from ..checking import UNREADABLE, check_pair

    outcomes = []
    for pair in pairs:
        outcome = check_pair(pair, update=update)
        outcomes.append(outcome)
        _report(outcome, fmt, verbose)
    updated = sum(1 for o in outcomes if o.updated)
    if update:
        click.echo(f"{updated} expected outline{'s' if updated != 1 else ''} written")
    failed = sum(1 for o in outcomes if not o.ok)
    status = 2 if any(o.status == UNREADABLE for o in outcomes) else 1 if failed else 0
    if junit_xml is not None:
        status = max(status, _write_junit(junit_xml, outcomes))
    click.echo(f"{len(outcomes) - failed} passed, {failed} failed")
    return status


def _report(outcome, fmt: str, verbose: bool) -> None:
    from ..checking import MISSING, UNREADABLE
    from ..github import annotation

    if outcome.ok:
        if outcome.updated:
            click.echo(f"{outcome.updated} {outcome.pair.expected}")
        elif verbose:
            click.echo(f"ok {outcome.name}")
        return
    click.echo(f"FAIL {outcome.name}: {outcome.message}")
    if outcome.diff:
        click.echo(outcome.diff, nl=False)
    if fmt == "github":
        if outcome.status in (MISSING, UNREADABLE):
            click.echo(annotation("error", outcome.message, file=outcome.name, line=1,
                                  title="speechparse check"))
        else:
            click.echo(annotation("error", f"{outcome.message}\n{_short(outcome.diff)}",
                                  file=str(outcome.pair.expected), line=outcome.line,
                                  title="speechparse check"))


def _short(diff: str, limit: int = 40) -> str:
    lines = diff.rstrip("\n").split("\n")
    if len(lines) <= limit:
        return "\n".join(lines)
    return "\n".join(lines[:limit] + [f"… {len(lines) - limit} more lines (see the log)"])


def _write_junit(path: str, outcomes: list) -> int:
    from ..junit import junit_xml

    try:
        with open(path, "wb") as fh:
            fh.write(junit_xml(outcomes))
    except OSError as exc:
        click.echo(f"speechparse: {path}: cannot write the JUnit report: {exc.strerror}", err=True)
        return 2
    return 0
