"""The `parse` command's options, declared once.

Both readers of the command line are built from `PARSE_OPTIONS`: the click command
(`click_decorators`, for help, usage errors and every spelling click knows) and the fast path
(`fast_parse_args`), which reads the common forms without importing click, since importing
click takes as long as starting Python itself. Neither holds an option of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from ..corpus import PARSE_PATTERNS

Choices = Callable[[], tuple[str, ...]]  # looked up when needed: the lists live with the code they name


def _output_formats() -> tuple[str, ...]:
    from ..render import FORMATS

    return tuple(FORMATS)


def _input_formats() -> tuple[str, ...]:
    from ..inputs import INPUT_FORMATS

    return tuple(INPUT_FORMATS)


class Option(NamedTuple):  # not a dataclass: cheaper to define at start-up
    """One option: its spellings, the parameter it fills, what it accepts and its help.

    kind: "value" (a string; `choices` limits it), "count" (an integer >= 1), "multiple" (a
    string, repeatable, collected into a tuple) or "flag" (`off` names the spellings that set
    it to False, as in `--reflow/--no-reflow`).
    """

    names: tuple[str, ...]
    dest: str
    kind: str
    help: str
    default: Any = None
    off: tuple[str, ...] = ()
    choices: Choices | None = None
    metavar: str | None = None
    path: bool = False


PARSE_OPTIONS: tuple[Option, ...] = (
    Option(("-f", "--format"), "fmt", "value", choices=_output_formats,
           help="Output format.  [default: outline, or from the -o FILE extension; "
                "jsonl for several inputs, json into -o DIR]"),
    Option(("-o", "--output"), "output", "value", path=True,
           help="One input: write to this file. Several: mirror the inputs into this directory."),
    Option(("-j", "--jobs"), "jobs", "count",
           help="Worker processes for several inputs.  [default: one per core]"),
    Option(("--glob",), "globs", "multiple", default=(), metavar="PATTERN",
           help=f"Files to take from directories; repeatable.  [default: {' '.join(PARSE_PATTERNS)}]"),
    Option(("--keep-noise",), "keep_noise", "flag", default=False,
           help="Do not remove web chrome, ads and disclaimers."),
    Option(("--reflow",), "reflow", "flag", off=("--no-reflow",),
           help="Re-join PDF hard-wrapped lines (default: detect)."),
    Option(("--input-format",), "input_format", "value", choices=_input_formats,
           help="Override the input format chosen by file extension."),
    Option(("--body",), "body", "flag", default=False, off=("--no-body",),
           help="md: include body paragraphs."),
    Option(("--max-chars",), "max_chars", "count",
           help="chunks: split section bodies longer than this at sentence ends."),
    Option(("--encoding",), "encoding", "value", metavar="CODEC",
           help="Decode text input with this codec (e.g. gb18030, big5, shift_jis) instead of detecting one."),
    Option(("--max-size",), "max_size", "count", metavar="MB",
           help="Refuse inputs larger than this many megabytes.  [default: 64]"),
    Option(("--explain",), "explain", "flag", default=False,
           help="Print why each candidate marker became an item where it did, or was rejected "
                "(-f json: as JSON), instead of the outline."),
)

PARSE_DEFAULTS: dict[str, Any] = {o.dest: o.default for o in PARSE_OPTIONS}
_BY_NAME = {name: o for o in PARSE_OPTIONS for name in (*o.names, *o.off)}


def click_decorators(options: tuple[Option, ...] = PARSE_OPTIONS) -> list[Callable[[Any], Any]]:
    """The click options for the table, in its order (applied last-first, as decorators are)."""
    import click

    out = []
    for o in options:
        kw: dict[str, Any] = {"help": o.help, "default": o.default}
        if o.metavar:
            kw["metavar"] = o.metavar
        if o.kind == "flag":
            names = [f"{on}/{off}" for on, off in zip(o.names, o.off, strict=True)] if o.off else list(o.names)
            if not o.off:
                kw["is_flag"] = True
            out.append(click.option(*names, o.dest, **kw))
            continue
        if o.kind == "count":
            kw["type"] = click.IntRange(min=1)
        elif o.choices is not None:
            kw["type"] = click.Choice(list(o.choices()))
        elif o.path:
            kw["type"] = click.Path()
        kw["multiple"] = o.kind == "multiple"
        out.append(click.option(*o.names, o.dest, **kw))
    return out


def fast_parse_args(args: list[str]) -> tuple[list[str], dict[str, Any]] | None:
    """`parse` arguments as (paths, options) when they are plain enough to read without
    click, else None (click then reads them and reports any usage error)."""
    if not args or args[0] != "parse":
        return None
    paths: list[str] = []
    options = dict(PARSE_DEFAULTS)
    multiple: dict[str, list[str]] = {}
    rest = iter(args[1:])
    for arg in rest:
        if arg == "--":
            paths.extend(rest)
            break
        if arg == "-" or not arg.startswith("-"):
            paths.append(arg)
            continue
        name, eq, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if not arg.startswith("--") and len(arg) > 2 and arg[:2] in _BY_NAME:
            name, eq, value = arg[:2], "=", arg[2:]  # `-j2`, `-fjson`: a short option's value attached
        option = _BY_NAME.get(name)
        if option is None:
            return None  # help, an unknown option: click's business
        if option.kind == "flag":
            if eq:
                return None
            options[option.dest] = name not in option.off
            continue
        if not eq:
            next_value = next(rest, None)
            if next_value is None:
                return None
            value = next_value
        checked = _checked(option, value)
        if checked is None:
            return None
        if option.kind == "multiple":
            multiple.setdefault(option.dest, []).append(checked)
        else:
            options[option.dest] = checked
    if not paths:
        return None
    for dest, values in multiple.items():
        options[dest] = tuple(values)
    return paths, options


def _checked(option: Option, value: str) -> Any:
    """The option's value if click would accept it as it is, else None."""
    if option.kind == "count":
        return int(value) if value.isascii() and value.isdigit() and int(value) >= 1 else None
    if option.choices is not None:
        return value if value in option.choices() else None
    return value
