"""`speechparse parse`: one speech (or stdin) to an outline, or a whole corpus to JSON Lines.

The work is done by `speechparse.batch.run`; `speechparse.cli` reads the common argument
forms itself, without importing click (see `cli.fast_parse_args`), and this command
handles everything else (help, usage errors, rarer option spellings).
"""

from __future__ import annotations

import click

from ..batch import write_stdout
from ..render import FORMATS

__all__ = ["parse_cmd", "write_stdout"]  # other commands write through write_stdout

EXAMPLES = """\b
Examples:
  speechparse parse speech.txt
  speechparse parse speech.txt -f json | jq -r '.outline[] | .marker + .title'
  cat speech.txt | speechparse parse - -f md
  speechparse parse page.html -f yaml -o page.yaml
  speechparse parse corpus/ -j 4 > corpus.jsonl          # JSON Lines, input order
  speechparse parse corpus/ --glob '*.txt' -o out/ -f md  # mirrors corpus/ into out/
"""


@click.command("parse", epilog=EXAMPLES)
@click.argument("paths", metavar="FILE...", nargs=-1, required=True)
@click.option("-f", "--format", "fmt", type=click.Choice(list(FORMATS)), default=None,
              help="Output format.  [default: outline; jsonl for several inputs, json into -o DIR]")
@click.option("-o", "--output", type=click.Path(), default=None,
              help="One input: write to this file. Several: mirror the inputs into this directory.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes for several inputs.  [default: one per core]")
@click.option("--glob", "globs", multiple=True, metavar="PATTERN",
              help="Files to take from directories; repeatable.  [default: *.txt *.docx *.html *.htm]")
@click.option("--keep-noise", is_flag=True, help="Do not remove web chrome, ads and disclaimers.")
@click.option("--reflow/--no-reflow", default=None,
              help="Re-join PDF hard-wrapped lines (default: detect).")
@click.option("--input-format", type=click.Choice(["txt", "docx", "html"]),
              help="Override the input format chosen by file extension.")
@click.option("--body/--no-body", default=False, help="md: include body paragraphs.")
@click.option("--max-chars", type=click.IntRange(min=1), default=None,
              help="chunks: split section bodies longer than this at sentence ends.")
def parse_cmd(paths: tuple[str, ...], **options: object) -> None:
    """Parse FILE (`-` for stdin) and print its outline.

    Several files, directories (searched recursively) or glob patterns make a batch: one
    JSON document per line on stdout, in input order, or files under -o DIR. A file that
    fails is reported at the end and the exit code is 1.
    """
    from ..batch import run

    raise SystemExit(run(list(paths), **options))  # type: ignore[arg-type]
