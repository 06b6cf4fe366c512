"""Many speeches: which files a folder yields, and parsing them in worker processes.

One policy for finding files, used by every command (each passes its own patterns):
- a file named explicitly is taken whatever its name (a missing one, or a symlink loop, is
  reported with its reason: `Input.error`);
- under a folder (recursively, sorted) a file is taken when its name matches one of the
  patterns, case-insensitively (`a.TXT` is a `*.txt`); hidden files and folders (`.git`) and
  `README*` files are left out: a folder of speeches also holds notes that are not speeches;
- a pattern with a `/` is matched against the path below the folder (`2024/*.txt`);
- a glob argument (`corpus/**/*.txt`) is expanded, folders it names are walked as above.

`parse_many` parses a list of inputs in order, in this process or in worker processes; it
writes nothing and exits nothing: the caller (the command line, or a program) decides.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from fnmatch import fnmatchcase
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from .errors import SpeechparseError
from .inputs import DEFAULT_GLOBS

if TYPE_CHECKING:
    from .model import Document

_MAGIC = frozenset("*?[")


def patterns_for(suffixes: Iterable[str]) -> tuple[str, ...]:
    """`.txt` -> `*.txt`: the config's speech suffixes as patterns."""
    return tuple(f"*{s}" if s.startswith(".") else f"*.{s}" for s in suffixes)


PARSE_PATTERNS = DEFAULT_GLOBS  # `parse`: a converter takes every input form it can read
SPEECH_SUFFIXES = (".txt",)  # check, lint, stats; the config's speech-suffixes replace them
SPEECH_PATTERNS = patterns_for(SPEECH_SUFFIXES)


# The value types of this module are NamedTuples, not frozen dataclasses: those take a few
# milliseconds each to define, and this module is on every cold start of the command line.
class Input(NamedTuple):
    """One input: the path as given or found, its path below the root the inputs share (for
    mirroring them into an output folder), and why it cannot be read, if it cannot."""

    path: str
    rel: str
    error: str | None = None
    empty: bool = False  # a folder or glob that yielded no file (`error` says so)


def problem(path: str) -> str | None:
    """Why an explicitly named path is not there, in the words a user needs; None if it is."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return f"{path}: symlink loop (too many levels of symbolic links)"
        if exc.errno == errno.ENOTDIR:
            return f"{path}: no such file or directory (a part of the path is a file)"
        if exc.errno == errno.ENOENT:
            broken = os.path.islink(path)
            return f"{path}: no such file or directory" + (" (a broken symlink)" if broken else "")
        return None  # unreadable for another reason: the reader reports it with the file
    return None


def _link_problem(path: str) -> str | None:
    """A found file that is a symlink may lead nowhere (or round in a loop): say so."""
    return problem(path) if os.path.islink(path) else None


def is_pattern(arg: str) -> bool:
    return not _MAGIC.isdisjoint(arg) and not os.path.exists(arg)


def find_inputs(args: Sequence[str], patterns: Sequence[str] = PARSE_PATTERNS, *,
                exclude: str | None = None) -> list[Input]:
    """The inputs the arguments name, in a stable order (arguments in order, each folder
    sorted), each file once; a folder or glob that yields nothing, and a named path that is
    not there, become an `Input` with its `error`. `exclude` is a folder never to walk (the
    output folder of a run). `-` (standard input) is passed through as it is."""
    patterns = tuple(p.casefold() for p in patterns) or PARSE_PATTERNS
    skip = os.path.abspath(exclude) if exclude else None
    # (path, folder it is below, path below it, error, the real path of a file under a folder)
    found: list[tuple[str, str, str, str | None, str | None]] = []
    for arg in args:
        if arg == "-":
            found.append((arg, ".", "-", None, None))
        elif os.path.isdir(arg):
            # os.walk does not follow links to folders: below the folder's real path only a
            # file that is a link can lead elsewhere (a realpath per file costs a stat per part)
            real_arg = os.path.realpath(arg)
            files = []
            for rel in _walk(arg, patterns, skip):
                path = os.path.join(arg, rel)
                link = os.path.islink(path)
                files.append((path, arg, rel, problem(path) if link else None,
                              None if link else os.path.join(real_arg, rel)))
            found.extend(files or [(arg, arg, "", f"{arg}: is a directory with no files matching "
                                                     f"{' '.join(patterns)}", None)])
        elif is_pattern(arg):
            base = _static_prefix(arg)
            globbed = [(f, base, os.path.relpath(f, base), _link_problem(f), None)
                       for f in _glob(arg, patterns, skip)]
            found.extend(globbed or [(arg, base, "", f"{arg}: no files match", None)])
        else:
            found.append((arg, os.path.dirname(arg) or ".", os.path.basename(arg), problem(arg), None))
    bases = {base: os.path.abspath(base) for base in {base for _, base, _, error, _ in found if error is None}}
    root = os.path.commonpath(list(bases.values())) if bases else ""
    below_root = {base: os.path.relpath(where, root) for base, where in bases.items()}
    out, seen = [], set()
    for path, base, rel, error, real in found:
        if error is not None:
            out.append(Input(path, rel, error, empty=not rel))
            continue
        key = path if path == "-" else real or os.path.realpath(path)
        if key in seen:
            continue  # a file named twice, or named and found under a folder: once
        seen.add(key)
        out.append(Input(path, os.path.normpath(os.path.join(below_root[base], rel))))
    return out


def speech_files(paths: Sequence[str], patterns: Sequence[str] = SPEECH_PATTERNS, *,
             stdin: bool = False) -> list[Path]:
    """Speech files for the given command-line paths, each once, in the order given, for the
    commands that stop at a bad path (check, lint). A path that is not there is a usage error
    (SpeechparseError): a typo in a CI job must not turn into a silently green run; a folder
    without speeches gives nothing. `-` is standard input where `stdin` allows it."""
    if "-" in paths and not stdin:
        raise SpeechparseError("'-' (standard input) cannot be used here: give files or folders")
    out: list[Path] = []
    for item in find_inputs(paths, patterns):
        if item.error is not None and not item.empty:
            raise SpeechparseError(item.error)
        if item.error is None:
            out.append(Path(item.path))
    return out


def _matches(rel: str, name: str, patterns: tuple[str, ...]) -> bool:
    posix = rel.replace(os.sep, "/").casefold()
    return any(fnmatchcase(posix if "/" in p else name.casefold(), p) for p in patterns)


def _is_skipped(name: str) -> bool:
    return name.startswith(".") or name.startswith("README")


def _walk(top: str, patterns: tuple[str, ...], skip: str | None) -> list[str]:
    """Paths below `top` (relative to it) of the files matching `patterns`, sorted by their
    parts (`a/b/x.txt` before `a/y.txt`, as `sorted(Path…)` orders them)."""
    found = []
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")
                       and os.path.abspath(os.path.join(dirpath, d)) != skip]
        folder = os.path.relpath(dirpath, top)
        for name in filenames:
            rel = name if folder == "." else os.path.join(folder, name)
            if not _is_skipped(name) and _matches(rel, name, patterns):
                found.append(rel)
    return sorted(found, key=lambda rel: rel.split(os.sep))


def _glob(pattern: str, patterns: tuple[str, ...], skip: str | None) -> list[str]:
    import glob

    out: list[str] = []
    for path in sorted(glob.glob(pattern, recursive=True)):
        if os.path.isdir(path):
            out.extend(os.path.join(path, rel) for rel in _walk(path, patterns, skip))
        elif os.path.isfile(path):
            out.append(path)
    return out


def _static_prefix(pattern: str) -> str:
    """`corpus/2024/**/*.txt` -> `corpus/2024`: the folder a glob starts from."""
    parts = []
    for part in Path(pattern).parts[:-1]:
        if not _MAGIC.isdisjoint(part):
            break
        parts.append(part)
    return os.path.join(*parts) if parts else "."


# --- parsing many --------------------------------------------------------------------------------
class Options(NamedTuple):
    """How to parse and render each input (as `parse_file` and `render` take them)."""

    fmt: str = "jsonl"
    keep_noise: bool = False
    reflow: bool | None = None
    input_format: str | None = None
    body: bool = False
    max_chars: int | None = None
    encoding: str | None = None
    max_size: int | None = None  # megabytes; None: the reader's default
    explain: bool = False  # the explanation of each decision instead of the outline

    def parse(self, path: str) -> Document:
        from .api import parse_file
        from .source import DEFAULT_MAX_BYTES

        return parse_file(path, keep_noise=self.keep_noise, reflow=self.reflow,
                          input_format=self.input_format, encoding=self.encoding,
                          max_bytes=self.max_size * 2**20 if self.max_size else DEFAULT_MAX_BYTES,
                          explain=self.explain)

    def render(self, doc: Document) -> str | bytes:
        from .render import render

        if self.explain:
            return self._explain(doc)
        return render(doc, self.fmt, body=self.body, max_chars=self.max_chars)

    def render_bytes(self, doc: Document) -> bytes:
        """`render` as UTF-8 (binary formats as they are): what batch workers write."""
        from .render import render_bytes

        if self.explain:
            return self._explain(doc).encode("utf-8")
        return render_bytes(doc, self.fmt, body=self.body, max_chars=self.max_chars)

    def _explain(self, doc: Document) -> str:
        from .render.explain import render as explain

        return explain(doc, as_json=self.fmt in ("json", "jsonl"), one_line=self.fmt == "jsonl")


class Outcome(NamedTuple):
    """One input's result: the rendered output as UTF-8 (encoded in the worker, so the parent
    only copies bytes), or the one-line reason it failed."""

    path: str
    data: bytes | None = None
    error: str | None = None


def render_one(path: str, options: Options) -> bytes:
    """Parse one file and render it as UTF-8 (binary formats as they are); raises
    SpeechparseError for input the user must fix."""
    return options.render_bytes(options.parse(path))


def _work(item: Input, options: Options) -> Outcome:
    if item.error is not None:
        return Outcome(item.path, error=item.error)
    try:
        return Outcome(item.path, data=render_one(item.path, options))
    except SpeechparseError as exc:
        return Outcome(item.path, error=str(exc))
    except Exception as exc:  # a parser bug on one file must not stop a corpus run
        return Outcome(item.path, error=f"{item.path}: internal error: {type(exc).__name__}: {exc}")


Task = tuple[str, list[Input], Options]  # spool file to write, inputs, options
Spooled = tuple[str, list[tuple[str, int, str | None]]]  # spool file, then (path, size, error) per input


def _work_chunk(task: Task) -> Spooled:
    """Parse a chunk of files in a worker; the outputs go, one after the other, into one spool
    file that the parent reads in one piece: much cheaper for it than unpickling them from
    the pipe, and the parent's time is taken from the workers on a small machine."""
    spool, items, options = task
    outcomes = [_work(item, options) for item in items]
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


def _init_worker() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle


_WARM_UP = "一、总体要求\n（一）工作：一是稳增长；二是促改革。\n二、主要任务\n"


def warm_up(options: Options) -> None:
    """Import the parser and the renderer and compile their patterns here, once, so that
    forked workers start with them instead of each paying for them again. The garbage
    collector is told to leave what exists now alone (`gc.freeze`): a worker that walked
    these objects would copy the pages they sit on out of the parent's memory."""
    import gc

    from .api import parse
    from .render import render_bytes

    render_bytes(parse(_WARM_UP, keep_noise=options.keep_noise), options.fmt, body=options.body,
                 max_chars=options.max_chars)
    gc.collect()
    gc.freeze()  # parse_many unfreezes once the workers are forked


MAX_TASK = 16  # files per task at most: fewer, larger messages, yet a share of the work each


def task_bounds(count: int, workers: int) -> list[tuple[int, int]]:
    """(start, end) of each task over `count` inputs: up to MAX_TASK files, fewer as the end
    nears (a quarter of each worker's share of what is left), one file each at the end, so that
    no worker is still on a long task while the others have nothing left to do."""
    bounds, start = [], 0
    while start < count:
        size = max(1, min(MAX_TASK, (count - start) // (workers * 4)))
        bounds.append((start, start + size))
        start += size
    return bounds


def default_workers() -> int:
    """One worker per core this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def parse_many(items: Sequence[Input], options: Options, workers: int | None = None,
               stop: Callable[[], bool] = lambda: False) -> Iterator[Outcome]:
    """Outcomes in input order; `workers` processes (1: in this process, no pool). An input
    with an `error` gives it back as its outcome. `stop()` is asked between files; when it
    says so, KeyboardInterrupt is raised there."""
    workers = min(workers or default_workers(), len(items))
    if workers <= 1:
        for item in items:
            if stop():
                raise KeyboardInterrupt
            yield _work(item, options)
        return
    import multiprocessing
    import shutil
    import tempfile

    methods = multiprocessing.get_all_start_methods()
    # fork starts a worker in a millisecond and shares the imported parser; spawn re-imports
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
    if "fork" in methods:
        warm_up(options)
    spool = tempfile.mkdtemp(prefix="speechparse-")
    tasks: list[Task] = [(os.path.join(spool, str(k)), list(items[start:end]), options)
                         for k, (start, end) in enumerate(task_bounds(len(items), workers))]
    pool = ctx.Pool(workers, initializer=_init_worker)
    if "fork" in methods:
        import gc

        gc.unfreeze()  # the workers are forked: this process collects as before
    try:
        results = pool.imap(_work_chunk, tasks)
        for _ in tasks:
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
