"""Compiled regular expressions kept between runs, as Python keeps bytecode.

`re` compiles in pure Python, and the parser's patterns are large and full of CJK character
classes (each one a 64 K-entry table to build): compiling them was about half of a cold
`speechparse parse small.txt`. `compile(pattern, flags)` is `re.compile(pattern, flags)`,
except that the compiled code of each pattern is stored, after the first run, in
`speechparse/__pycache__/` beside the bytecode (and, like bytecode, only when that folder is
writable and `sys.dont_write_bytecode` is off). A later run builds the same Pattern object from
the stored code at once.

The store is keyed by the interpreter's cache tag and `_sre.MAGIC`; an entry is used only for
the exact pattern string and flags it was made from. Anything unexpected (another Python's
`re` internals, a damaged or foreign file) falls back to `re.compile`, silently: the cache
can make a start faster, never a result different. (A stored Pattern compares equal, code
and all, to what `re.compile` makes: tests/test_regex_cache.py checks every entry.)
"""

from __future__ import annotations

import atexit
import os
import re
import sys
from typing import Any

_sre: Any
try:  # CPython's regular-expression engine and compiler (private: every use is guarded)
    import _sre  # type: ignore[import-not-found,no-redef]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another implementation: re.compile only
    _sre = None

_TAG = f"{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}-{getattr(_sre, 'CODESIZE', 0)}"
PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "__pycache__", f"regex.{_TAG}.marshal")
MAX_ENTRIES = 2000  # (the parser has a few hundred patterns; a bound all the same)

Args = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_stored: dict[tuple[str, int], Args] | None = None  # read from PATH on first use
_new: dict[tuple[str, int], Args] = {}  # compiled here, not in the store yet
_made: dict[tuple[str, int], re.Pattern[str]] = {}


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 (re.compile's name)
    """`re.compile(pattern, flags)`, from the stored code when there is some."""
    key = (pattern, int(flags))
    made = _made.get(key)
    if made is not None:
        return made
    args = _store().get(key)
    if args is not None:
        try:
            made = _sre.compile(pattern, *args)
        except Exception:  # a damaged entry: compile afresh
            made = None
    if made is None:
        made, args = _fresh(pattern, key[1])
        if args is not None:
            if not _new and not sys.dont_write_bytecode:
                atexit.register(save)
            _new[key] = args
    _made[key] = made
    return made


def _fresh(pattern: str, flags: int) -> tuple[re.Pattern[str], Args | None]:
    """The pattern compiled as `re` compiles it, and the arguments that rebuild it."""
    if _sre is None:  # pragma: no cover
        return re.compile(pattern, flags), None
    try:
        tree = _parser.parse(pattern, flags)
        code = [int(c) for c in _compiler._code(tree, flags)]  # (opcodes are int subclasses)
        groupindex = dict(tree.state.groupdict)
        indexgroup: list[str | None] = [None] * tree.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        args: Args = (int(flags | tree.state.flags), code, tree.state.groups - 1, groupindex, tuple(indexgroup))
        return _sre.compile(pattern, *args), args
    except re.error:
        raise
    except Exception:  # this Python's `re` works otherwise: the public way, nothing stored
        return re.compile(pattern, flags), None


def _store() -> dict[tuple[str, int], Args]:
    global _stored
    if _stored is None:
        _stored = _read(PATH)
    return _stored


def _read(path: str) -> dict[tuple[str, int], Args]:
    import marshal

    try:
        with open(path, "rb") as f:
            data: Any = marshal.load(f)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(data, tuple) or len(data) != 2 or data[0] != _TAG or not isinstance(data[1], dict):
        return {}
    return data[1]


def save(path: str | None = None) -> bool:
    """Add the patterns compiled in this process to the store (atomically); False when the
    folder is not writable or there was nothing new."""
    import marshal
    import tempfile

    path = path or PATH
    if not _new:
        return False
    merged = {**_read(path), **_new}
    if len(merged) > MAX_ENTRIES:
        merged = dict(_new)
    folder = os.path.dirname(path)
    try:
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".regex-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                marshal.dump((_TAG, merged), f)
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, ValueError):  # a folder we may not write to; a value marshal refuses
        return False
    _new.clear()
    return True
