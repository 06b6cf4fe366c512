"""`speechparse lint`: numbering mistakes in speech drafts (`一、二、四、`, `(三)` among `（一）（二）`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import SpeechparseError
from ..lint.rule import SEVERITIES
from .output import EXIT_ERROR, EXIT_FOUND, EXIT_OK, error, fail, write_stdout

if TYPE_CHECKING:
    from ..lint.rule import Rule

EXAMPLES = """\b
Examples:
  speechparse lint draft.txt
  speechparse lint drafts/ --ignore SP203
  speechparse lint draft.txt --select SP1 --format json
  speechparse lint --list-rules
  speechparse lint --explain SP101

\b
Output: one line per finding, `path:line:col: CODE message`.
Exit status: 0 nothing at or above --fail-on, 1 findings, 2 bad usage or an unreadable file.
Config: [tool.speechparse.lint] in pyproject.toml, or `lint:` in .speechparse.yaml.
"""


def _split(values: tuple[str, ...]) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


@click.command("lint", epilog=EXAMPLES)
@click.argument("paths", nargs=-1, metavar="PATH...")
@click.option("--select", multiple=True, metavar="CODES",
              help="Only these rules: codes, prefixes (SP1) or names, comma-separated. Replaces the config.")
@click.option("--ignore", multiple=True, metavar="CODES",
              help="Leave out these rules (added to the config's ignore list).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "github"]), default="text",
              show_default=True, help="text lines, a JSON array, or GitHub workflow annotations.")
@click.option("--fail-on", type=click.Choice(list(SEVERITIES)), default=None,
              help="Lowest severity that makes the exit status 1 [default: warning, or the config].")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="Config file (default: nearest .speechparse.yaml or pyproject.toml).")
@click.option("--list-rules", is_flag=True, help="List the rules and exit.")
@click.option("--explain", metavar="CODE", default=None, help="Show a rule's documentation and exit.")
def command(paths: tuple[str, ...], select: tuple[str, ...], ignore: tuple[str, ...], fmt: str,
             fail_on: str | None, config_path: str | None, list_rules: bool, explain: str | None) -> None:
    """Check the numbering of the speeches in PATH... (files, folders of *.txt, or - for stdin)."""
    from ..config import load_config
    from ..corpus import patterns_for, speech_files
    from ..house_styles import install
    from ..lint import RULES, rule_for, select_rules
    from ..lint.report import rule_table

    try:
        if explain is not None:
            write_stdout(rule_for(explain).explain())
            return
        if list_rules:
            write_stdout(rule_table(RULES))
            return
        if not paths:
            raise click.UsageError("give at least one PATH (a speech file or a folder)")
        cfg = load_config(config_path)
        install(cfg.families)
        rules = select_rules(_split(select) or cfg.select, [*cfg.ignore, *_split(ignore)])
        files = speech_files(paths, patterns_for(cfg.speech_suffixes), stdin=True)
    except SpeechparseError as exc:
        fail(str(exc))
    raise SystemExit(_run(files, rules, fmt, fail_on or cfg.fail_on))


def _run(files: list[Path], rules: list[Rule], fmt: str, fail_on: str) -> int:
    from ..api import parse_file
    from ..lint import fails, lint
    from ..lint.report import render

    findings = []
    unreadable = 0
    for path in files:
        try:
            doc = parse_file(path)
        except SpeechparseError as exc:
            # report and go on: one bad file must not hide the findings in the others
            error(str(exc))
            unreadable += 1
            continue
        findings.extend(lint(doc, rules=rules, path=str(path)))
    out = render(findings, fmt, len(files))
    if out:
        write_stdout(out)
    if unreadable:
        return EXIT_ERROR
    return EXIT_FOUND if fails(findings, fail_on) else EXIT_OK
