"""`speechparse parse`: one speech (or stdin) to an outline, or a whole corpus to JSON Lines.

One input (a file or `-`) keeps the simple contract: its outline on stdout or in `-o FILE`
(the format taken from the file's extension unless `-f` says), exit 2 with one line on stderr
if it cannot be read. Several inputs, a directory or a glob make a batch: files are parsed by
`jobs` worker processes (`corpus.parse_many`) and written in input order, either as JSON
Lines on stdout (one document per line, each with its `source` path) or into `-o DIR`,
mirroring the input tree. The parent writes every output, atomically, so Ctrl-C never leaves
a half-written file. A file that fails is reported at the end and makes the exit code 1; an
output that cannot be written makes it 2; the batch goes on.

`run` is the command without its argument parsing; `speechparse.cli.main` calls it straight
from the fast path, the click command below calls it for everything else.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TextIO

from .. import corpus
from ..errors import ConfigError, SpeechparseError
from .output import (
    EXIT_ERROR,
    EXIT_FOUND,
    EXIT_OK,
    CtrlC,
    Progress,
    UsageError,
    console,
    error,
    interrupted,
    make_parent,
    write_atomic,
    write_stdout,
)

if TYPE_CHECKING:
    import click

STREAMED = {"json": "write", "jsonl": "write_line"}  # formats written piece by piece (json_.py)

EXAMPLES = """\b
Examples:
  speechparse parse speech.txt
  speechparse parse speech.txt -f json | jq -r '.outline[] | .marker + .title'
  cat speech.txt | speechparse parse - -f md
  speechparse parse page.html -o page.yaml                # the format from the extension
  speechparse parse corpus/ -j 4 > corpus.jsonl          # JSON Lines, input order
  speechparse parse corpus/ --glob '*.txt' -o out/ -f md  # mirrors corpus/ into out/
"""


def is_batch(args: list[str]) -> bool:
    """Several arguments, a directory or a glob pattern make a batch."""
    if len(args) != 1:
        return True
    arg = args[0]
    return arg != "-" and (os.path.isdir(arg) or corpus.is_pattern(arg))


def run(paths: list[str], *, fmt: str | None = None, output: str | None = None,
        jobs: int | None = None, globs: Iterable[str] = (), keep_noise: bool = False,
        reflow: bool | None = None, input_format: str | None = None, body: bool = False,
        max_chars: int | None = None, encoding: str | None = None, max_size: int | None = None,
        explain: bool = False) -> int:
    """The `parse` command; returns the exit code."""
    def options(fmt: str) -> corpus.Options:
        return corpus.Options(fmt, keep_noise=keep_noise, reflow=reflow, input_format=input_format,
                              body=body, max_chars=max_chars, encoding=encoding, max_size=max_size,
                              explain=explain)

    try:
        _install_house_styles()
        if not is_batch(paths):
            return _run_single(paths[0], output, options(fmt or _format_of(output)))
        return _run_batch(paths, fmt, output, jobs, tuple(globs), options)
    except (UsageError, ConfigError) as exc:
        return error(str(exc))
    except KeyboardInterrupt:
        return interrupted()


def _install_house_styles() -> None:
    """Marker families the nearest config declares (`[tool.speechparse] families`) join the
    registry before anything is parsed (workers of a batch inherit them)."""
    from ..config import find_config, load_config

    found = find_config()
    if found is not None:
        from ..house_styles import install

        install(load_config(found).families)


def _format_of(output: str | None) -> str:
    """`-o out.json` without `-f`: the format its extension names; outline otherwise."""
    from ..render import format_for_path

    if output is None or os.path.isdir(output):
        return "outline"
    return format_for_path(output) or "outline"


def _run_single(path: str, output: str | None, options: corpus.Options) -> int:
    from ..render import BINARY, render

    reason = corpus.problem(path) if path != "-" else None
    if reason is not None:
        return error(reason)
    try:
        doc = options.parse(path)
    except SpeechparseError as exc:
        return error(str(exc))
    fmt = options.fmt
    if options.explain:
        fmt = "explain"
    if fmt == "outline" and output is None and sys.stdout.isatty():
        from ..render.outline import render_rich

        render_rich(doc, console())
        return EXIT_OK
    content: str | bytes | Callable[[TextIO], None]
    if fmt in BINARY and output is None and sys.stdout.isatty():
        return error(f"-f {fmt} is a binary format: write it to a file with -o, or redirect stdout")
    if fmt == "explain":
        content = options.render(doc)
    elif fmt in STREAMED:  # a huge speech: JSON goes out node by node, never whole in memory
        from ..render import json_

        stream = getattr(json_, STREAMED[fmt])
        content = lambda out: stream(doc, out)  # noqa: E731
    else:
        content = render(doc, fmt, body=options.body, max_chars=options.max_chars)
    try:
        if output is None:
            write_stdout(content)
        elif os.path.isdir(output):  # `-o out/` with one input: out/<name>.<format>
            write_atomic(os.path.join(output, _output_name(os.path.basename(path), fmt)), content)
        else:
            write_atomic(output, content)
    except SpeechparseError as exc:
        return error(str(exc))
    return EXIT_OK


def _run_batch(paths: list[str], fmt: str | None, output: str | None, jobs: int | None,
               globs: tuple[str, ...], options: Callable[[str], corpus.Options]) -> int:
    if "-" in paths:
        raise UsageError("- (standard input) cannot be combined with other inputs")
    if output is None:
        if fmt not in (None, "json", "jsonl"):
            raise UsageError(f"several inputs go to stdout as JSON Lines; use -o DIR to write -f {fmt} files")
        fmt = "jsonl"
    else:
        fmt = fmt or "json"
        if os.path.exists(output) and not os.path.isdir(output):
            raise UsageError(f"{output}: not a directory (-o takes a directory for several inputs)")
    inputs = corpus.find_inputs(paths, globs or corpus.PARSE_PATTERNS, exclude=output)
    if not any(i.error is None for i in inputs):
        raise UsageError("; ".join(i.error or i.path for i in inputs) or "no input files")
    targets = _targets(inputs, output, fmt) if output else None
    failed: list[str] = []
    unwritten: list[str] = []
    with CtrlC() as ctrl_c, Progress(len(inputs)) as progress:
        for k, outcome in enumerate(corpus.parse_many(inputs, options(fmt), jobs, stop=ctrl_c)):
            progress.advance()
            if outcome.error is not None:
                message = outcome.error
                failed.append(message if message.startswith(outcome.path) else f"{outcome.path}: {message}")
                continue
            if targets is None:
                write_stdout(outcome.data or b"")
                continue
            try:
                make_parent(targets[k])
                write_atomic(targets[k], outcome.data or b"")
            except SpeechparseError as exc:  # this output is lost, the others may not be
                unwritten.append(str(exc))
    for message in failed + unwritten:
        sys.stderr.write(f"speechparse: {message}\n")
    if failed:
        sys.stderr.write(f"speechparse: {len(failed)} of {len(inputs)} inputs failed\n")
    if unwritten:
        sys.stderr.write(f"speechparse: {len(unwritten)} of {len(inputs)} outputs could not be written\n")
        return EXIT_ERROR
    return EXIT_FOUND if failed else EXIT_OK


def _output_name(name: str, fmt: str) -> str:
    from ..render import EXTENSIONS

    stem, dot, _ = name.rpartition(".")
    return (stem if dot and stem else name) + EXTENSIONS.get(fmt, f".{fmt}")


def _targets(inputs: list[corpus.Input], output: str, fmt: str) -> list[str]:
    """Output path of each input under `output`, mirroring the input tree."""
    targets = []
    seen: dict[str, str] = {}
    for item in inputs:
        head, name = os.path.split(item.rel)
        target = os.path.join(output, head, _output_name(name, fmt))
        if item.error is None:
            if target in seen:
                raise UsageError(f"{seen[target]} and {item.path} would both be written to {target}")
            seen[target] = item.path
        targets.append(target)
    return targets


def command() -> click.Command:
    """The click command (built on first use: importing click is the slow part of start-up)."""
    import click

    from .options import click_decorators

    def parse_cmd(paths: tuple[str, ...], **options: Any) -> None:
        """Parse FILE (`-` for stdin) and print its outline.

        Several files, directories (searched recursively) or glob patterns make a batch: one
        JSON document per line on stdout, in input order, or files under -o DIR. A file that
        fails is reported at the end and the exit code is 1.
        """
        raise SystemExit(run(list(paths), **options))

    decorated: Callable[..., Any] = parse_cmd
    for decorator in reversed(click_decorators()):
        decorated = decorator(decorated)
    decorated = click.argument("paths", metavar="FILE...", nargs=-1, required=True)(decorated)
    return click.command("parse", epilog=EXAMPLES)(decorated)
