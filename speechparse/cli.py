"""The `speechparse` command: a thin layer over the Python API.

Exit codes: 0 success; 1 problems found (check/lint, or a batch with failed files);
2 bad usage or unreadable input. Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import sys
from typing import Any

EXIT_OK, EXIT_FOUND, EXIT_ERROR = 0, 1, 2

# Importing click takes as long as starting Python itself, so `--version` and the common
# forms of `parse` are read here without it; anything else (help, usage errors, other
# spellings, other commands) goes to the click group. tests/test_batch.py checks these
# tables against the click command, so the two cannot drift apart.
PARSE_VALUE_OPTIONS = {"-f": "fmt", "--format": "fmt", "-o": "output", "--output": "output",
                       "-j": "jobs", "--jobs": "jobs", "--glob": "globs",
                       "--input-format": "input_format", "--max-chars": "max_chars"}
PARSE_FLAGS = {"--keep-noise": ("keep_noise", True), "--reflow": ("reflow", True),
               "--no-reflow": ("reflow", False), "--body": ("body", True), "--no-body": ("body", False)}
PARSE_DEFAULTS: dict[str, Any] = {"fmt": None, "output": None, "jobs": None, "globs": (),
                                  "keep_noise": False, "reflow": None, "input_format": None,
                                  "body": False, "max_chars": None}
INPUT_FORMATS = ("txt", "docx", "html")


def main(argv: list[str] | None = None) -> None:
    """Console entry point."""
    args = sys.argv[1:] if argv is None else argv
    if args == ["--version"]:  # fast path: no click, no parser imports
        from . import __version__

        sys.stdout.write(f"speechparse {__version__}\n")
        return
    fast = fast_parse_args(args)
    if fast is not None:
        paths, options = fast
        try:
            from .batch import run

            code = run(paths, **options)
        except BrokenPipeError:
            closed_pipe()
        except KeyboardInterrupt:  # before `run` took over Ctrl-C (still importing)
            sys.stderr.write("speechparse: interrupted\n")
            code = 130
        sys.exit(code)
    from .commands import cli

    try:
        cli.main(args=args, prog_name="speechparse", standalone_mode=True)
    except BrokenPipeError:
        closed_pipe()


def fast_parse_args(args: list[str]) -> tuple[list[str], dict[str, Any]] | None:
    """`parse` arguments as (paths, options) when they are plain enough to read without
    click, else None (click then reads them and reports any usage error)."""
    if not args or args[0] != "parse":
        return None
    paths: list[str] = []
    options = dict(PARSE_DEFAULTS)
    globs: list[str] = []
    rest = iter(args[1:])
    for arg in rest:
        if arg == "--":
            paths.extend(rest)
            break
        if arg == "-" or not arg.startswith("-"):
            paths.append(arg)
            continue
        name, eq, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if name in PARSE_FLAGS and not eq:
            key, flag = PARSE_FLAGS[name]
            options[key] = flag
            continue
        key = PARSE_VALUE_OPTIONS.get(name)
        if key is None:
            return None  # help, an unknown option, `-fjson`: click's business
        if not eq:
            value = next(rest, None)
            if value is None:
                return None
        checked = _checked(key, value)
        if checked is None:
            return None
        if key == "globs":
            globs.append(checked)
        else:
            options[key] = checked
    if not paths:
        return None
    options["globs"] = tuple(globs)
    return paths, options


def _checked(key: str, value: str) -> Any:
    """The option's value if click would accept it as it is, else None."""
    if key in ("jobs", "max_chars"):
        return int(value) if value.isascii() and value.isdigit() and int(value) >= 1 else None
    if key == "fmt":
        from .render import FORMATS

        return value if value in FORMATS else None
    if key == "input_format":
        return value if value in INPUT_FORMATS else None
    return value


def closed_pipe() -> None:
    import os

    # the reader went away (`speechparse parse x | head -1`): stop quietly, no traceback
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
    sys.stderr.write("speechparse: output closed before the end (broken pipe)\n")
    sys.exit(EXIT_ERROR)
