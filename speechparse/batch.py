"""`speechparse parse` for one input or many: expand paths, parse in worker processes, write.

One input (a file or `-`) keeps the simple contract: its outline on stdout or in `-o FILE`,
exit 2 with one line on stderr if it cannot be read. Several inputs, a directory or a glob
make a batch: files are parsed by `jobs` worker processes and written in input order, either
as JSON Lines on stdout (one document per line, each with its `source` path) or into
`-o DIR`, mirroring the input tree. Workers only parse and render; the parent writes every
output, atomically, so Ctrl-C never leaves a half-written file. A file that fails is
reported at the end and makes the exit code 1; the batch goes on.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from .errors import SpeechparseError

EXIT_OK, EXIT_FOUND, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130

DEFAULT_GLOBS = ("*.txt", "*.docx", "*.html", "*.htm")
EXTENSIONS = {"outline": ".outline", "json": ".json", "jsonl": ".jsonl", "md": ".md", "yaml": ".yaml",
              "chunks": ".chunks.jsonl", "opml": ".opml", "html": ".html"}
_MAGIC = frozenset("*?[")
STREAMED = {"json": "write", "jsonl": "write_line"}  # formats written piece by piece (json_.py)


class UsageError(SpeechparseError):
    """Bad arguments for the whole run (exit 2), as opposed to one bad file in a batch."""


@dataclass(frozen=True)
class Options:
    """How to parse and render each input (the `parse` command's options)."""

    fmt: str = "jsonl"
    keep_noise: bool = False
    reflow: bool | None = None
    input_format: str | None = None
    body: bool = False
    max_chars: int | None = None


@dataclass(frozen=True)
class Job:
    """One input file: the path as the user gave it, and its path below the mirroring root."""

    path: str
    rel: str


@dataclass(frozen=True)
class Outcome:
    """What a worker hands back: the rendered output as UTF-8 (encoded in the worker, so the
    parent only copies bytes), or the one-line reason it failed."""

    path: str
    data: bytes | None = None
    error: str | None = None


# --- inputs ---------------------------------------------------------------------------------
def is_batch(args: list[str]) -> bool:
    """Several arguments, a directory or a glob pattern make a batch."""
    if len(args) != 1:
        return True
    arg = args[0]
    return arg != "-" and (os.path.isdir(arg) or (_is_pattern(arg) and not os.path.exists(arg)))


def _is_pattern(arg: str) -> bool:
    return not _MAGIC.isdisjoint(arg)


def expand(args: list[str], globs: Iterable[str] = DEFAULT_GLOBS,
           exclude: str | None = None) -> tuple[list[Job], list[Outcome]]:
    """Files to parse, in a stable order (arguments in order, each directory sorted), and the
    arguments that named nothing. `exclude` is a directory never to walk (the output)."""
    globs = tuple(globs) or DEFAULT_GLOBS
    if "-" in args:
        raise UsageError("- (standard input) cannot be combined with other inputs")
    found: list[tuple[str, str, str]] = []  # (path, folder it mirrors from, path below that folder)
    missing: list[Outcome] = []
    skip = os.path.abspath(exclude) if exclude else None
    for arg in args:
        if os.path.isdir(arg):
            files = [(os.path.join(arg, rel), arg, rel) for rel in _walk(arg, globs, skip)]
            if not files:
                missing.append(Outcome(arg, error=f"{arg}: is a directory with no files matching "
                                                  f"{' '.join(globs)}"))
            found.extend(files)
        elif _is_pattern(arg) and not os.path.exists(arg):
            base = _static_prefix(arg)
            files = [(f, base, os.path.relpath(f, base)) for f in _glob(arg, globs, skip)]
            if not files:
                missing.append(Outcome(arg, error=f"{arg}: no files match"))
            found.extend(files)
        else:  # a file; a missing one fails in its turn, with the others
            found.append((arg, os.path.dirname(arg) or ".", os.path.basename(arg)))
    if not found:
        return [], missing
    bases = {base: os.path.abspath(base) for base in {b for _, b, _ in found}}
    root = os.path.commonpath(list(bases.values()))
    under = {base: os.path.relpath(full, root) for base, full in bases.items()}
    return [Job(path, os.path.normpath(os.path.join(under[base], rel))) for path, base, rel in found], missing


def _walk(top: str, globs: tuple[str, ...], skip: str | None) -> Iterator[str]:
    """Paths below `top` (relative to it) of the files matching `globs`, sorted."""
    from fnmatch import fnmatch

    for dirpath, dirnames, filenames in os.walk(top):
        # hidden folders (.git) and our own output are not input; sorted for a stable order
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")
                             and os.path.abspath(os.path.join(dirpath, d)) != skip)
        folder = os.path.relpath(dirpath, top)
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            rel = name if folder == "." else os.path.join(folder, name)
            posix = rel.replace(os.sep, "/")
            if any(fnmatch(posix if "/" in g else name, g) for g in globs):
                yield rel


def _glob(pattern: str, globs: tuple[str, ...], skip: str | None) -> list[str]:
    import glob

    out: list[str] = []
    for path in sorted(glob.glob(pattern, recursive=True)):
        if os.path.isdir(path):
            out.extend(os.path.join(path, rel) for rel in _walk(path, globs, skip))
        elif os.path.isfile(path):
            out.append(path)
    return out


def _static_prefix(pattern: str) -> str:
    """`corpus/2024/**/*.txt` -> `corpus/2024`: the folder a glob starts from."""
    parts = []
    for part in Path(pattern).parts[:-1]:
        if _is_pattern(part):
            break
        parts.append(part)
    return os.path.join(*parts) if parts else "."


# --- parsing one input ----------------------------------------------------------------------
def render_one(path: str, options: Options) -> str | bytes:
    """Parse one file and render it; raises SpeechparseError for input the user must fix."""
    from .api import parse_file
    from .render import render

    doc = parse_file(path, keep_noise=options.keep_noise, reflow=options.reflow,
                     input_format=options.input_format)
    return render(doc, options.fmt, body=options.body, max_chars=options.max_chars)


def _work(job: Job) -> Outcome:
    try:
        data = render_one(job.path, _worker_options)
        return Outcome(job.path, data=data if isinstance(data, bytes) else data.encode("utf-8"))
    except SpeechparseError as exc:
        return Outcome(job.path, error=str(exc))
    except Exception as exc:  # a parser bug on one file must not stop a corpus run
        return Outcome(job.path, error=f"{job.path}: internal error: {type(exc).__name__}: {exc}")


Spooled = tuple[str, list[tuple[str, int, str | None]]]  # file, then (path, size, error) per job


def _work_chunk(task: tuple[int, list[Job]]) -> Spooled:
    """Parse a chunk of files in a worker; the outputs go, one after the other, into one spool
    file that the parent reads in one piece: much cheaper for it than unpickling them from
    the pipe, and the parent's time is taken from the workers on a small machine."""
    k, jobs = task
    outcomes = [_work(job) for job in jobs]
    spool = os.path.join(_worker_spool, str(k))
    with open(spool, "wb") as fh:
        for outcome in outcomes:
            if outcome.data is not None:
                fh.write(outcome.data)
    return spool, [(o.path, len(o.data) if o.data is not None else -1, o.error) for o in outcomes]


def _unspool(spooled: Spooled) -> list[Outcome]:
    spool, entries = spooled
    with open(spool, "rb") as fh:
        data = fh.read()
    os.unlink(spool)
    out, pos = [], 0
    for path, size, error in entries:
        if size < 0:
            out.append(Outcome(path, error=error))
        else:
            out.append(Outcome(path, data=data[pos:pos + size]))
            pos += size
    return out


_worker_options = Options()
_worker_spool = ""


def _init_worker(options: Options, spool: str) -> None:
    import signal

    global _worker_options, _worker_spool
    _worker_options, _worker_spool = options, spool
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle


def default_jobs() -> int:
    """One worker per core this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def parse_many(jobs: list[Job], options: Options, workers: int | None = None,
               stop: Callable[[], bool] = lambda: False) -> Iterator[Outcome]:
    """Outcomes in input order; `workers` processes (1: in this process, no pool).
    `stop()` is asked between files; when it says so, KeyboardInterrupt is raised there."""
    global _worker_options
    workers = min(workers or default_jobs(), len(jobs))
    if workers <= 1:
        _worker_options = options
        for job in jobs:
            if stop():
                raise KeyboardInterrupt
            yield _work(job)
        return
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    # fork starts a worker in a millisecond and shares the imported parser; spawn re-imports
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
    import shutil
    import tempfile

    size = max(1, min(16, len(jobs) // (workers * 8)))  # files per task: fewer messages
    chunks = [jobs[i:i + size] for i in range(0, len(jobs), size)]
    spool = tempfile.mkdtemp(prefix="speechparse-")
    pool = ctx.Pool(workers, initializer=_init_worker, initargs=(options, spool))
    try:
        results = pool.imap(_work_chunk, enumerate(chunks))
        for _ in chunks:
            while True:  # wait in short steps, so that a stop request is seen promptly
                if stop():
                    raise KeyboardInterrupt
                try:
                    done = results.next(timeout=0.1)
                    break
                except multiprocessing.TimeoutError:
                    continue
            yield from _unspool(done)
    except BaseException:  # Ctrl-C, a closed pipe, or the caller stopped reading
        pool.terminate()
        raise
    else:
        pool.close()
    finally:
        pool.join()
        shutil.rmtree(spool, ignore_errors=True)


class _CtrlC:
    """During a batch, Ctrl-C is noted and acted on between files: a KeyboardInterrupt raised
    at any point could cut a write in half or leave a lock of the worker pool held."""

    def __init__(self) -> None:
        self.hit = False
        self.previous: Any = None

    def __enter__(self) -> _CtrlC:
        import signal

        try:
            self.previous = signal.signal(signal.SIGINT, self._note)
        except ValueError:  # not the main thread (the API used from a thread): nothing to catch
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


# --- the command ----------------------------------------------------------------------------
def run(paths: list[str], *, fmt: str | None = None, output: str | None = None,
        jobs: int | None = None, globs: Iterable[str] = (), keep_noise: bool = False,
        reflow: bool | None = None, input_format: str | None = None, body: bool = False,
        max_chars: int | None = None) -> int:
    """The `parse` command without its argument parsing; returns the exit code."""
    settings = dict(keep_noise=keep_noise, reflow=reflow, input_format=input_format, body=body,
                    max_chars=max_chars)
    try:
        if not is_batch(paths):
            return _run_single(paths[0], fmt or "outline", output, Options(fmt or "outline", **settings))
        return _run_batch(paths, fmt, output, jobs, tuple(globs), settings)
    except UsageError as exc:
        return error(str(exc))
    except KeyboardInterrupt:
        sys.stderr.write("speechparse: interrupted\n")
        return EXIT_INTERRUPTED


def _run_single(path: str, fmt: str, output: str | None, options: Options) -> int:
    from .api import parse_file
    from .render import BINARY, render

    try:
        doc = parse_file(path, keep_noise=options.keep_noise, reflow=options.reflow,
                         input_format=options.input_format)
    except SpeechparseError as exc:
        return error(str(exc))
    if fmt == "outline" and output is None and sys.stdout.isatty():
        from rich.console import Console

        from .render.outline import render_rich

        render_rich(doc, Console())
        return EXIT_OK
    content: str | bytes | Callable[[TextIO], None]
    if fmt in BINARY and output is None and sys.stdout.isatty():
        return error(f"-f {fmt} is a binary format: write it to a file with -o, or redirect stdout")
    if fmt in STREAMED:  # a huge speech: JSON goes out node by node, never whole in memory
        from .render import json_

        stream = getattr(json_, STREAMED[fmt])
        content = lambda out: stream(doc, out)  # noqa: E731
    else:
        content = render(doc, fmt, body=options.body, max_chars=options.max_chars)
    if output is None:
        write_stdout(content)
    elif os.path.isdir(output):  # `-o out/` with one input: out/<name>.<format>
        write_atomic(os.path.join(output, _output_name(os.path.basename(path), fmt)), content)
    else:
        write_atomic(output, content)
    return EXIT_OK


def _run_batch(paths: list[str], fmt: str | None, output: str | None, jobs: int | None,
               globs: tuple[str, ...], settings: dict) -> int:
    if output is None:
        if fmt not in (None, "json", "jsonl"):
            raise UsageError(f"several inputs go to stdout as JSON Lines; use -o DIR to write -f {fmt} files")
        fmt = "jsonl"
    else:
        fmt = fmt or "json"
        if os.path.exists(output) and not os.path.isdir(output):
            raise UsageError(f"{output}: not a directory (-o takes a directory for several inputs)")
    todo, failed = expand(paths, globs or DEFAULT_GLOBS, exclude=output)
    if not todo:
        raise UsageError("; ".join(f.error or f.path for f in failed) or "no input files")
    total = len(todo) + len(failed)
    targets = _targets(todo, output, fmt) if output else None
    with _CtrlC() as ctrl_c, _Progress(len(todo)) as progress:
        for k, outcome in enumerate(parse_many(todo, Options(fmt, **settings), jobs, stop=ctrl_c)):
            progress.advance()
            if outcome.error is not None:
                failed.append(outcome)
            elif targets is None:
                write_stdout(outcome.data or b"")
            else:
                os.makedirs(os.path.dirname(targets[k]), exist_ok=True)
                write_atomic(targets[k], outcome.data or b"")
    if not failed:
        return EXIT_OK
    for f in failed:
        message = f.error or ""
        sys.stderr.write(f"speechparse: {message if message.startswith(f.path) else f'{f.path}: {message}'}\n")
    sys.stderr.write(f"speechparse: {len(failed)} of {total} inputs failed\n")
    return EXIT_FOUND


def _output_name(name: str, fmt: str) -> str:
    stem, dot, _ = name.rpartition(".")
    return (stem if dot and stem else name) + EXTENSIONS.get(fmt, f".{fmt}")


def _targets(jobs: list[Job], output: str, fmt: str) -> list[str]:
    """Output path of each job under `output`, mirroring the input tree."""
    targets = []
    seen: dict[str, str] = {}
    for job in jobs:
        head, name = os.path.split(job.rel)
        target = os.path.join(output, head, _output_name(name, fmt))
        if target in seen:
            raise UsageError(f"{seen[target]} and {job.path} would both be written to {target}")
        seen[target] = job.path
        targets.append(target)
    return targets


class _Progress:
    """A rich progress bar on stderr when it is a terminal; nothing otherwise."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.bar = None

    def __enter__(self) -> _Progress:
        if self.total > 1 and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

            self.bar = Progress("parsing", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
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


# --- output ---------------------------------------------------------------------------------
def error(message: str) -> int:
    """One line on stderr, exit code 2."""
    sys.stderr.write(f"speechparse: {message}\n")
    return EXIT_ERROR


def write_stdout(content: str | bytes | Callable[[TextIO], None]) -> None:
    """Write text, UTF-8 bytes, or let a writer function write, to stdout; a reader that
    went away (`| head -1`) is exit 2, not a traceback."""
    from .cli import closed_pipe

    try:
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
        sys.stdout.flush()
    except BrokenPipeError:
        closed_pipe()


def write_atomic(path: str, content: str | bytes | Callable[[TextIO], None]) -> None:
    """Write through a temporary file in the same folder and rename it into place, so an
    interrupted run leaves the old file or the new one, never half of one."""
    import secrets

    directory = os.path.dirname(os.path.abspath(path))
    # the name is chosen (and remembered) before the file exists: Ctrl-C can land between
    # any two steps, and whatever got created is then removed below
    tmp: str | None = os.path.join(directory, f".speechparse-{os.getpid()}-{secrets.token_hex(6)}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the umask applies
        if isinstance(content, bytes):
            with os.fdopen(fd, "wb") as raw:
                raw.write(content)
        else:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                if isinstance(content, str):
                    fh.write(content)
                else:
                    content(fh)
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise UsageError(f"{path}: cannot write: {exc.strerror}") from None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
