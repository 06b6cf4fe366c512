"""The `speechparse` command line: a thin layer over the library, which knows nothing of it.

    __init__  main(): `--version` and the common forms of `parse` without click (cold start)
    options   the parse options, declared once: click's options and the fast path come from it
    app       the click group; one module per command: parse, check, lint, stats
    output    exit codes, one-line errors, stdout, closed pipes, write_atomic, progress, Ctrl-C

Exit codes (output.EXIT_*): 0 success; 1 problems found (check/lint, or a batch with failed
files); 2 bad usage, unreadable input or unwritable output; 130 interrupted. Errors are one
line on stderr, never a traceback.
"""

from __future__ import annotations

import sys

__all__ = ["main"]


def main(argv: list[str] | None = None) -> None:
    """Console entry point; ends with SystemExit carrying the exit code."""
    args = sys.argv[1:] if argv is None else list(argv)
    if args == ["--version"]:  # fast path: no click, no parser imports
        from .. import __version__

        sys.stdout.write(f"speechparse {__version__}\n")
        return
    _spare_the_last_collection()
    from .options import fast_parse_args

    fast = fast_parse_args(args)
    if fast is not None:
        from .output import interrupted

        paths, options = fast
        try:
            from .parse import run

            code = run(paths, **options)
        except KeyboardInterrupt:  # before `run` took over Ctrl-C (still importing)
            code = interrupted()
        raise SystemExit(code)
    from .app import cli

    stdout = sys.stdout
    try:
        cli.main(args=args, prog_name="speechparse", standalone_mode=True)
    except SystemExit:
        # click meets a closed pipe in its own output (help text) by wrapping stdout and a
        # silent exit 1; ours is the same one line and exit 2 as everywhere else
        if sys.stdout is not stdout:
            from .output import closed_pipe

            closed_pipe()
        raise


def _spare_the_last_collection() -> None:
    """At exit Python runs the cyclic garbage collector over every object left (the parser's
    modules, their compiled patterns, the document), only to free memory the system takes back
    anyway: a twentieth of a small file's run. Frozen objects are skipped. At exit, not now: a
    program that calls `main` goes on collecting (the tests call it in their own process)."""
    import atexit
    import gc

    atexit.unregister(gc.freeze)  # once, however often `main` runs in one process
    atexit.register(gc.freeze)
