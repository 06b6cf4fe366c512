"""Paragraph (normalised line) iteration helpers over `Source.text`."""

from __future__ import annotations

from collections.abc import Iterator

WS = " \t\u3000"


class Line:
    __slots__ = ("start", "end", "text", "index")

    def __init__(self, start: int, end: int, text: str, index: int) -> None:
        self.start, self.end, self.text, self.index = start, end, text, index

    def __repr__(self) -> str:
        return f"Line({self.index}: {self.text[:20]!r})"


def line_at(text: str, offset: int, index: int = -1) -> Line:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = len(text) if end == -1 else end
    return Line(start, end, text[start:end].strip(WS), index)


def previous_line(text: str, start: int) -> Line | None:
    """The last non-blank line before the line that starts at `start`."""
    end = start - 1  # the line break before it
    while end > 0:
        line_start = text.rfind("\n", 0, end) + 1
        stripped = text[line_start:end].strip(WS)
        if stripped:
            return Line(line_start, end, stripped, -1)
        end = line_start - 1
    return None


def forward(text: str, start: int = 0, limit: int | None = None) -> Iterator[Line]:
    """Non-blank lines from `start`, at most `limit` of them."""
    pos, n, count = start, 0, 0
    size = len(text)
    while pos < size and (limit is None or count < limit):
        end = text.find("\n", pos)
        end = size if end == -1 else end
        stripped = text[pos:end].strip(WS)
        if stripped:
            count += 1
            yield Line(pos, end, stripped, n)
        n += 1
        pos = end + 1


def backward(text: str, limit: int) -> Iterator[Line]:
    """Non-blank lines from the end of the text backwards, at most `limit` of them."""
    end = len(text)
    count = 0
    while end > 0 and count < limit:
        start = text.rfind("\n", 0, end) + 1
        stripped = text[start:end].strip(WS)
        if stripped:
            count += 1
            yield Line(start, end, stripped, -1)
        if start == 0:
            break
        end = start - 1
