"""The click command group; each command lives in its own module of this package."""

from __future__ import annotations

import click

from .. import __version__
from . import check, diff, fmt, lint, parse, stats

EPILOG = """\b
Examples:
  speechparse parse speech.txt                 # indented skeleton
  speechparse parse speech.txt -f json | jq '.outline[].title'
  cat speech.txt | speechparse parse - -f md   # from stdin
  speechparse parse report.docx -o report.yaml # the format from the extension
  speechparse parse corpus/ -j 4 > corpus.jsonl  # a batch: JSON Lines, input order
  speechparse parse speech.txt --explain       # why each item went where it did
  speechparse fmt draft.txt --diff             # renumber the markers (show, do not write)
  speechparse diff draft1.txt draft2.txt       # what changed in the structure

Exit codes: 0 ok, 1 problems found (or files failed in a batch), 2 bad usage,
unreadable input or unwritable output.
"""


@click.group(epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="speechparse")
def cli() -> None:
    """Turn Chinese speeches and work reports into an outline tree."""


cli.add_command(parse.command())
for module in (check, lint, stats, fmt, diff):
    cli.add_command(module.command)
