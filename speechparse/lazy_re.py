"""A regular expression compiled on first use.

Compiling its patterns is most of what a cold start of `speechparse parse` costs beyond
Python's own start (`re`'s compiler is pure Python). A pattern that only some inputs reach (a
speaker line, a licence notice, footnotes, control characters) is declared with `lazy(...)`
instead of `re.compile(...)` and costs nothing until a text needs it. Patterns used on every
text stay `re.compile`d: the indirection here adds a call to every use.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator

from .regex_cache import compile as compile_re


class LazyPattern:
    """The methods of `re.Pattern[str]` that the parser uses, compiling on the first call."""

    __slots__ = ("pattern", "flags", "_compiled")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = compile_re(self.pattern, self.flags)
        return self._compiled

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().fullmatch(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """`re.compile(pattern, flags)`, done when the pattern is first used."""
    return LazyPattern(pattern, flags)
