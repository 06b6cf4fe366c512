"""Span helpers: every part of a document is a list of (start, end) offsets into its text.

Used by the clean-up passes (which exclude spans from the outline) and by the builder (which
hands the text between items to their owners, minus the excluded spans).
"""

from __future__ import annotations

from bisect import bisect_right

Span = tuple[int, int]


def merge(spans: list[Span]) -> list[Span]:
    """Sorted, disjoint spans covering the same offsets as `spans`."""
    merged: list[Span] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def is_inside(spans: list[Span], offset: int) -> bool:
    """Is `offset` inside one of the sorted, disjoint `spans`?"""
    i = bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


class Clipper:
    """Cuts spans around sorted, disjoint excluded spans; calls must move forward."""

    def __init__(self, excluded: list[Span]) -> None:
        self.excluded = excluded
        self.i = 0

    def __call__(self, start: int, end: int) -> list[Span]:
        ex = self.excluded
        while self.i < len(ex) and ex[self.i][1] <= start:
            self.i += 1
        out: list[Span] = []
        j = self.i
        while start < end:
            if j >= len(ex) or ex[j][0] >= end:
                out.append((start, end))
                break
            s, e = ex[j]
            if s > start:
                out.append((start, s))
            start = max(start, e)
            j += 1
        return out
