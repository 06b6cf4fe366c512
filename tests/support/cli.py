"""Running the command line: in this process (`invoke`, the default: fast), or in a child
process (`EXE` with `child_env()`) for what only a process shows: cold imports, a closed
pipe, SIGINT, a terminal."""

from __future__ import annotations

import errno
import io
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from . import ROOT

EXE = [sys.executable, "-m", "speechparse"]


@dataclass
class Result:
    returncode: int
    stdout: bytes
    stderr: str

    @property
    def text(self) -> str:
        return self.stdout.decode("utf-8")

    def lines(self) -> list[str]:
        return self.text.splitlines()


class _Stream(io.TextIOWrapper):
    """A text stream over bytes that is not a terminal and has no file descriptor."""

    def __init__(self, data: bytes = b"") -> None:
        super().__init__(io.BytesIO(data), encoding="utf-8", newline="")

    def fileno(self) -> int:
        raise io.UnsupportedOperation("no file descriptor in a test")


class _ClosedPipe(io.TextIOBase):
    """stdout whose reader went away: every write (text or bytes) is a BrokenPipeError."""

    encoding = "utf-8"

    def __init__(self) -> None:
        super().__init__()
        self.armed = True
        self.buffer = self

    def _broken(self) -> None:
        if self.armed:
            raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    def write(self, data: object) -> int:  # type: ignore[override]
        self._broken()
        return 0

    def flush(self) -> None:
        self._broken()

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise io.UnsupportedOperation("no file descriptor in a test")


@contextmanager
def _cwd(path: Path | None) -> Iterator[None]:
    if path is None:
        yield
        return
    before = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(before)


def invoke(*args: str, stdin: bytes | str = b"", cwd: Path | None = None,
           closed_stdout: bool = False) -> Result:
    """`speechparse ARGS` through `speechparse.cli.main`, in this process; `closed_stdout`: as
    if stdout were a pipe whose reader went away (stdout is then empty)."""
    from speechparse.cli import main

    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    out, err, inp = _Stream(), _Stream(), _Stream(data)
    closed = _ClosedPipe()
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = inp, closed if closed_stdout else out, err
    code = 0
    try:
        with _cwd(cwd):
            main(list(args))
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
        closed.armed = False
    out.flush()
    err.flush()
    raw_out = out.buffer.getvalue()  # type: ignore[attr-defined]
    raw_err = err.buffer.getvalue()  # type: ignore[attr-defined]
    return Result(code, raw_out, raw_err.decode("utf-8"))


def child_env() -> dict[str, str]:
    """The environment of a child `python -m speechparse` that imports this checkout."""
    return dict(os.environ, PYTHONPATH=str(ROOT))


@dataclass
class TextResult:
    returncode: int
    stdout: str
    stderr: str


def invoke_text(*args: str, stdin: bytes | str = b"", cwd: Path | None = None) -> TextResult:
    """`invoke` with stdout decoded (for commands whose output is text lines)."""
    result = invoke(*args, stdin=stdin, cwd=cwd)
    return TextResult(result.returncode, result.text, result.stderr)
