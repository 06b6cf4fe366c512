"""Click command group; each command lives in its own module."""

from __future__ import annotations

import click

from .. import __version__

EPILOG = """\b
Examples:
  speechparse parse speech.txt                 # indented skeleton
  speechparse parse speech.txt -f json | jq '.outline[].title'
  cat speech.txt | speechparse parse - -f md   # from stdin
  speechparse parse report.docx -f yaml -o report.yaml
  speechparse parse corpus/ -j 4 > corpus.jsonl  # a batch: JSON Lines, input order

Exit codes: 0 ok, 1 problems found (or files failed in a batch), 2 bad usage or
unreadable input.
"""


@click.group(epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="speechparse")
def cli() -> None:
    """Turn Chinese speeches and work reports into an outline tree."""


def _register() -> None:
    from .parse_cmd import parse_cmd

    cli.add_command(parse_cmd)
    for module, name in (("check_cmd", "check_cmd"), ("lint_cmd", "lint_cmd"), ("stats_cmd", "stats_cmd"),
                         ("fmt_cmd", "fmt_cmd"), ("diff_cmd", "diff_cmd")):
        try:
            mod = __import__(f"{__name__}.{module}", fromlist=[name])
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{module}":
                raise
            continue
        cli.add_command(getattr(mod, name))


_register()
