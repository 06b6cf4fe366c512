"""`speechparse parse`: one speech (or stdin) to an outline in any format."""

from __future__ import annotations

import sys

import click

from ..errors import SpeechparseError
from ..render import FORMATS

EXAMPLES = """\b
Examples:
  speechparse parse speech.txt
  speechparse parse speech.txt -f json | jq -r '.outline[] | .marker + .title'
  cat speech.txt | speechparse parse - -f md
  speechparse parse page.html -f yaml -o page.yaml
"""


@click.command("parse", epilog=EXAMPLES)
@click.argument("path", metavar="FILE")
@click.option("-f", "--format", "fmt", type=click.Choice(list(FORMATS)), default="outline",
              show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write to this file instead of stdout.")
@click.option("--keep-noise", is_flag=True, help="Do not remove web chrome, ads and disclaimers.")
@click.option("--reflow/--no-reflow", default=None,
              help="Re-join PDF hard-wrapped lines (default: detect).")
@click.option("--input-format", type=click.Choice(["txt", "docx", "html"]),
              help="Override the input format chosen by file extension.")
@click.option("--body/--no-body", default=False, help="md: include body paragraphs.")
@click.option("--max-chars", type=click.IntRange(min=1), default=None,
              help="chunks: split section bodies longer than this at sentence ends.")
def parse_cmd(path: str, fmt: str, output: str | None, keep_noise: bool, reflow: bool | None,
              input_format: str | None, body: bool, max_chars: int | None) -> None:
    """Parse FILE (`-` for stdin) and print its outline."""
    from ..api import parse_file
    from ..render import render

    try:
        doc = parse_file(path, keep_noise=keep_noise, reflow=reflow, input_format=input_format)
    except SpeechparseError as exc:
        raise SystemExit(_error(str(exc))) from None
    if fmt == "outline" and output is None and sys.stdout.isatty():
        from rich.console import Console

        from ..render.outline import render_rich

        render_rich(doc, Console())
        return
    out = render(doc, fmt, body=body, max_chars=max_chars)
    if output is None:
        write_stdout(out)
        return
    _write_atomic(output, out)


def write_stdout(text: str) -> None:
    """Write to stdout; a reader that went away (`| head -1`) is exit 2, not a traceback."""
    from ..cli import closed_pipe

    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        closed_pipe()


def _error(message: str) -> int:
    click.echo(f"speechparse: {message}", err=True)
    return 2


def _write_atomic(path: str, content: str) -> None:
    import os
    import tempfile

    directory = os.path.dirname(os.path.abspath(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=".speechparse-", dir=directory)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(content)
        os.replace(tmp, path)
    except OSError as exc:
        raise SystemExit(_error(f"{path}: cannot write: {exc.strerror}")) from None
