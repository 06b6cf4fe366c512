"""`speechparse check`: compare each speech's outline with the expected outline kept beside it.

A speech `X.txt` is paired with `X.outline` (the suffix is configurable) holding
`render(doc, "outline")`, the same text `speechparse parse X.txt -f outline` writes. The
comparison is line by line and forgives what editors and git do to a text file on the way:
CRLF line ends, a missing final newline, a UTF-8 BOM. Anything else is a difference.

Each pair ends in one Outcome:
  pass       the outline matches (or, with update, the expectation was rewritten to match)
  fail       the outline differs: `diff` holds a unified diff, `line` the first differing line
  missing    there is no expectation file, or an expectation was named without a speech
  unreadable the speech or the expectation cannot be read (exit status 2, not 1)
"""

from __future__ import annotations

import difflib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .corpus import PARSE_PATTERNS, SPEECH_PATTERNS, speech_files
from .errors import SpeechparseError

# the speech an expectation names, when only the expectation is given: the first that exists
EXPLICIT_SUFFIXES = tuple(pattern.removeprefix("*") for pattern in PARSE_PATTERNS)
Writer = Callable[[Path, str], None]  # writes an expectation (the command line's write_atomic)

PASS, FAIL, MISSING, UNREADABLE = "pass", "fail", "missing", "unreadable"


@dataclass
class Pair:
    speech: Path | None  # None: an expectation was named but its speech does not exist
    expected: Path


@dataclass
class Outcome:
    pair: Pair
    status: str
    message: str = ""
    diff: str = ""
    line: int = 1           # first differing line of the expectation (for annotations)
    updated: str = ""       # "created" or "updated" when --update wrote the expectation
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status == PASS

    @property
    def name(self) -> str:
        """The path a person reads in the report: the speech, or the orphan expectation."""
        return str(self.pair.speech if self.pair.speech is not None else self.pair.expected)


def expectation_for(speech: Path, suffix: str = ".outline") -> Path:
    """`a/b.txt` -> `a/b.outline`: the last suffix of the speech is replaced."""
    return speech.with_name(speech.stem + suffix)


def speech_for(expected: Path, suffix: str = ".outline") -> Path | None:
    """The speech an expectation belongs to (`.txt` first, then `.docx`, `.html`)."""
    base = expected.name[: -len(suffix)]
    for ext in EXPLICIT_SUFFIXES:
        candidate = expected.with_name(base + ext)
        if candidate.is_file():
            return candidate
    return None


def plan(paths: Sequence[str], *, patterns: Sequence[str] = SPEECH_PATTERNS,
         expect_suffix: str = ".outline") -> list[Pair]:
    """Pairs for the command-line paths. Naming an expectation checks its speech (so a
    pre-commit hook that passes changed `.outline` files checks the right speech)."""
    named_speeches = [p for p in paths if not p.endswith(expect_suffix) or Path(p).is_dir()]
    named = [Path(p) for p in paths if p.endswith(expect_suffix) and not Path(p).is_dir()]
    pairs: list[Pair] = []
    by_expected: dict[Path, Path | None] = {}
    for speech in speech_files(named_speeches, patterns):
        expected = expectation_for(speech, expect_suffix)
        _add(pairs, by_expected, speech, expected)
    for expected in named:
        if not expected.exists():
            raise SpeechparseError(f"{expected}: no such file or directory")
        _add(pairs, by_expected, speech_for(expected, expect_suffix), expected)
    return pairs


def _add(pairs: list[Pair], by_expected: dict[Path, Path | None], speech: Path | None,
         expected: Path) -> None:
    key = expected.resolve()
    if key in by_expected:
        prior = by_expected[key]
        if (prior.resolve() if prior else None) == (speech.resolve() if speech else None):
            return  # the same pair named twice (a speech and its expectation)
        raise SpeechparseError(f"{prior} and {speech} would share the expected outline {expected}")
    by_expected[key] = speech
    pairs.append(Pair(speech, expected))


def outline_of(speech: Path) -> str:
    """The outline text a speech is expected to have (raises InputError if unreadable)."""
    from .api import parse_file
    from .render.outline import render

    return render(parse_file(speech))


def lines_of(text: str) -> list[str]:
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def check_pair(pair: Pair, *, update: Writer | None = None) -> Outcome:
    """Compare one pair; with `update`, an expectation that differs or is missing is written
    through it (the library itself writes no file)."""
    started = time.perf_counter()
    outcome = _check(pair, update)
    outcome.seconds = time.perf_counter() - started
    return outcome


def _check(pair: Pair, update: Writer | None) -> Outcome:
    if pair.speech is None:
        return Outcome(pair, MISSING, f"no speech for the expected outline {pair.expected} "
                                      f"(looked for {', '.join(EXPLICIT_SUFFIXES)})")
    try:
        actual = outline_of(pair.speech)
    except SpeechparseError as exc:
        return Outcome(pair, UNREADABLE, f"cannot read the speech: {_reason(exc, pair.speech)}")
    exists = pair.expected.is_file()
    expected: str | None = None
    if exists:
        try:
            expected = pair.expected.read_bytes().decode("utf-8")
        except OSError as exc:
            return Outcome(pair, UNREADABLE, f"cannot read {pair.expected}: {exc.strerror}")
        except UnicodeDecodeError as exc:
            return Outcome(pair, UNREADABLE, f"cannot read {pair.expected}: not UTF-8 "
                                             f"(byte {exc.start})")
    elif pair.expected.exists():
        return Outcome(pair, UNREADABLE, f"{pair.expected} is not a file")
    if expected is not None and lines_of(expected) == lines_of(actual):
        return Outcome(pair, PASS)
    if update is not None:
        try:
            update(pair.expected, actual)
        except SpeechparseError as exc:
            return Outcome(pair, UNREADABLE, str(exc))
        return Outcome(pair, PASS, updated="updated" if exists else "created")
    if expected is None:
        return Outcome(pair, MISSING, f"no expected outline {pair.expected} (create it with --update)")
    diff, line = unified_diff(expected, actual, str(pair.expected), str(pair.speech))
    return Outcome(pair, FAIL, f"outline differs from {pair.expected}", diff=diff, line=line)


def unified_diff(expected: str, actual: str, expected_name: str, speech_name: str) -> tuple[str, int]:
    """The diff (expected -> actual) and the first differing line of the expectation."""
    old, new = lines_of(expected), lines_of(actual)
    diff = "\n".join(difflib.unified_diff(old, new, f"{expected_name} (expected)",
                                          f"{speech_name} (actual)", lineterm=""))
    line = 1
    for tag, i1, _i2, _j1, _j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if tag != "equal":
            line = min(i1, max(len(old) - 1, 0)) + 1
            break
    return diff + "\n", line


def _reason(exc: Exception, path: Path) -> str:
    text = str(exc)
    prefix = f"{path}: "
    return text[len(prefix):] if text.startswith(prefix) else text
