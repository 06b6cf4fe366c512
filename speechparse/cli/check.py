"""`speechparse check`: does each speech still parse to the outline kept beside it?"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import SpeechparseError
from .output import EXIT_ERROR, EXIT_FOUND, EXIT_OK, error, fail, write_atomic, write_stdout

if TYPE_CHECKING:
    from ..checking import Outcome, Pair

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
def command(paths: tuple[str, ...], update: bool, expect_suffix: str | None, junit_xml: str | None,
              fmt: str, config_path: str | None, verbose: bool) -> None:
    """Compare the outline of each speech in PATH... with its expected outline."""
    from ..checking import plan
    from ..config import load_config
    from ..corpus import patterns_for
    from ..house_styles import install

    try:
        cfg = load_config(config_path)
        install(cfg.families)
        suffix = expect_suffix or cfg.expect_suffix
        if "/" in suffix or suffix in ("", ".txt"):
            raise SpeechparseError(f"--expect-suffix {suffix!r} would not name a file beside the speech")
        pairs = plan(paths, patterns=patterns_for(cfg.speech_suffixes), expect_suffix=suffix)
        if not pairs:
            raise SpeechparseError(f"no speeches found in {' '.join(paths)} "
                                   f"(looked for {', '.join(cfg.speech_suffixes)} files)")
    except SpeechparseError as exc:
        fail(str(exc))
    raise SystemExit(_run(pairs, update, junit_xml, fmt, verbose))


def _write_expectation(path: Path, text: str) -> None:
    write_atomic(path, text)


def _run(pairs: Sequence[Pair], update: bool, junit_xml: str | None, fmt: str, verbose: bool) -> int:
    from ..checking import UNREADABLE, check_pair

    outcomes = []
    for pair in pairs:
        outcome = check_pair(pair, update=_write_expectation if update else None)
        outcomes.append(outcome)
        write_stdout(_report(outcome, fmt, verbose))
    updated = sum(1 for o in outcomes if o.updated)
    if update:
        write_stdout(f"{updated} expected outline{'s' if updated != 1 else ''} written\n")
    failed = sum(1 for o in outcomes if not o.ok)
    status = EXIT_ERROR if any(o.status == UNREADABLE for o in outcomes) else EXIT_FOUND if failed else EXIT_OK
    if junit_xml is not None:
        status = max(status, _write_junit(junit_xml, outcomes))
    write_stdout(f"{len(outcomes) - failed} passed, {failed} failed\n")
    return status


def _report(outcome: Outcome, fmt: str, verbose: bool) -> str:
    """The lines for one outcome (nothing for a pass unless verbose or updated)."""
    from ..checking import MISSING, UNREADABLE
    from ..github import annotation

    if outcome.ok:
        if outcome.updated:
            return f"{outcome.updated} {outcome.pair.expected}\n"
        return f"ok {outcome.name}\n" if verbose else ""
    out = [f"FAIL {outcome.name}: {outcome.message}\n", outcome.diff]
    if fmt == "github":
        if outcome.status in (MISSING, UNREADABLE):
            out.append(annotation("error", outcome.message, file=outcome.name, line=1,
                                  title="speechparse check") + "\n")
        else:
            out.append(annotation("error", f"{outcome.message}\n{_short(outcome.diff)}",
                                  file=str(outcome.pair.expected), line=outcome.line,
                                  title="speechparse check") + "\n")
    return "".join(out)


def _short(diff: str, limit: int = 40) -> str:
    lines = diff.rstrip("\n").split("\n")
    if len(lines) <= limit:
        return "\n".join(lines)
    return "\n".join(lines[:limit] + [f"… {len(lines) - limit} more lines (see the log)"])


def _write_junit(path: str, outcomes: Sequence[Outcome]) -> int:
    from ..junit import junit_xml

    try:
        write_atomic(path, junit_xml(outcomes))
    except SpeechparseError as exc:
        return error(f"{exc} (the JUnit report)")
    return EXIT_OK
