"""The `speechparse` command: a thin layer over the Python API.

Exit codes: 0 success; 1 problems found (check/lint, or a batch with failed files);
2 bad usage or unreadable input. Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import sys

EXIT_OK, EXIT_FOUND, EXIT_ERROR = 0, 1, 2


def main(argv: list[str] | None = None) -> None:
    """Console entry point."""
    args = sys.argv[1:] if argv is None else argv
    if args == ["--version"]:  # fast path: no click, no parser imports
        from . import __version__

        sys.stdout.write(f"speechparse {__version__}\n")
        return
    from .commands import cli

    try:
        cli.main(args=args, prog_name="speechparse", standalone_mode=True)
    except BrokenPipeError:
        closed_pipe()


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
