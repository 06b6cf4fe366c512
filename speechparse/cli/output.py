"""What every command does the same way: exit codes, one-line errors, writing to stdout and to
files, a reader that went away, the progress bar, Ctrl-C.

Every byte a command prints on stdout goes through `write_stdout` (or a rich `console()`
made here), so a closed pipe (`speechparse check … | head -1`) is always the same line on
stderr and exit 2, never a traceback and never click's silent exit 1.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from ..errors import SpeechparseError

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress as RichProgress

EXIT_OK = 0           # success
EXIT_FOUND = 1        # problems found: check mismatches, lint findings, files that failed in a batch
EXIT_ERROR = 2        # bad usage, unreadable input, an output that cannot be written
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT, as shells report it)

Content = str | bytes | Callable[[TextIO], None]  # text, UTF-8 bytes, or a function that writes


class UsageError(SpeechparseError):
    """Bad arguments for the whole run (exit 2), as opposed to one bad file in a batch."""


class WriteError(SpeechparseError):
    """An output file cannot be written (read-only folder, a path through a file)."""


def error(message: str) -> int:
    """One line on stderr; returns the exit code for it."""
    sys.stderr.write(f"speechparse: {message}\n")
    return EXIT_ERROR


def fail(message: str) -> NoReturn:
    """One line on stderr and exit 2."""
    raise SystemExit(error(message))


def closed_pipe() -> NoReturn:
    """The reader went away (`speechparse parse x | head -1`): stop quietly, no traceback."""
    try:  # later flushes (at exit) must not fail again
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # ValueError/AttributeError: a test's capture
        pass
    sys.stderr.write("speechparse: output closed before the end (broken pipe)\n")
    raise SystemExit(EXIT_ERROR)


@contextmanager
def guard_pipe() -> Iterator[None]:
    """Around anything that writes to stdout (a rich console): a closed pipe is `closed_pipe`."""
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        closed_pipe()


def console(**options: Any) -> Console:
    """A rich console for stdout whose closed pipe is `closed_pipe` (rich's own is exit 1)."""
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True
            closed_pipe()

    return _Console(**options)


def write_stdout(content: Content) -> None:
    """Write text, UTF-8 bytes, or let a writer function write, to stdout."""
    with guard_pipe():
        if isinstance(content, str):
            sys.stdout.write(content)
        elif isinstance(content, bytes):
            buffer = getattr(sys.stdout, "buffer", None)
            if buffer is None:  # a text-only stream (a test's capture)
                sys.stdout.write(content.decode("utf-8"))
            else:
                sys.stdout.flush()
                buffer.write(content)
        else:
            content(sys.stdout)


def write_atomic(path: str | os.PathLike[str], content: Content) -> None:
    """Write through a temporary file in the same folder and rename it into place, so an
    interrupted run leaves the old file or the new one, never half of one. The file gets the
    mode a new file gets (0666 less the umask: 0644 usually). WriteError if it cannot."""
    import secrets

    path = os.fspath(path)
    directory = os.path.dirname(os.path.abspath(path))
    # the name is chosen (and remembered) before the file exists: Ctrl-C can land between
    # any two steps, and whatever got created is then removed below
    name = os.path.join(directory, f".speechparse-{os.getpid()}-{secrets.token_hex(6)}")
    tmp: str | None = name  # None once it is renamed into place
    try:
        fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the umask applies
        if isinstance(content, bytes):
            with os.fdopen(fd, "wb") as raw:
                raw.write(content)
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                if isinstance(content, str):
                    fh.write(content)
                else:
                    content(fh)
        os.replace(name, path)
        tmp = None
    except OSError as exc:
        raise WriteError(f"{path}: cannot write: {exc.strerror}") from None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def make_parent(path: str) -> None:
    """The folder of an output file, created if missing; WriteError if it cannot be."""
    parent = os.path.dirname(path)
    try:
        if parent:
            os.makedirs(parent, exist_ok=True)
    except OSError as exc:
        where = exc.filename or parent
        raise WriteError(f"{path}: cannot write: {exc.strerror} ({where})") from None


class CtrlC:
    """During a batch, Ctrl-C is noted and acted on between files: a KeyboardInterrupt raised
    at any point could cut a write in half or leave a lock of the worker pool held. The
    instance is the `stop` callback `corpus.parse_many` asks."""

    def __init__(self) -> None:
        self.hit = False
        self.previous: Any = None

    def __enter__(self) -> CtrlC:
        import signal

        try:
            self.previous = signal.signal(signal.SIGINT, self._note)
        except ValueError:  # not the main thread: nothing to catch
            self.previous = None
        return self

    def _note(self, *_: object) -> None:
        self.hit = True

    def __call__(self) -> bool:
        return self.hit

    def __exit__(self, *exc: object) -> None:
        import signal

        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)


def interrupted() -> int:
    sys.stderr.write("speechparse: interrupted\n")
    return EXIT_INTERRUPTED


class Progress:
    """A rich progress bar on stderr when it is a terminal; nothing otherwise."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.bar: RichProgress | None = None
        self.task: Any = None

    def __enter__(self) -> Progress:
        if self.total > 1 and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, TimeRemainingColumn
            from rich.progress import Progress as RichProgress

            self.bar = RichProgress("parsing", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                                    console=Console(stderr=True), transient=True)
            self.task = self.bar.add_task("parse", total=self.total)
            self.bar.start()
        return self

    def advance(self) -> None:
        if self.bar is not None:
            self.bar.advance(self.task)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
