"""Enumeration marker families, registered in order.

Each family lives in a small module of its own with its documentation and examples
(`cn.py` for `一、`/`（一）`, `arabic.py` for `1.`/`（1）`, ...). A family contributes a
regular expression with one named group `n` (the number); the tokenizer combines all
families into one line-start pattern and one inline pattern, so the text is scanned once.

Style is what the outline builder compares: two markers of one style are siblings when their
ordinals continue; a marker of a style not yet open below the current item becomes its child.
"""

from __future__ import annotations

from dataclasses import dataclass, field

CN_NUM = "[一二三四五六七八九十]{1,3}"
AR_NUM = "[0-9０-９]{1,2}"


@dataclass(frozen=True)
class Family:
    """One kind of enumeration marker.

    name:     stable identifier (also used in docs and lint messages)
    style:    what the builder compares; families sharing a style are one level
    pattern:  regex for the marker at a paragraph start, with a group `n` for the number
              (omit `n` for unnumbered markers such as dash bullets)
    inline:   True if the marker also counts inside a paragraph (`……：一是……二是……`)
    heading:  True for families authors use for section headings; a document may start at
              `二、` of such a family (a partial page)
    """

    name: str
    style: str
    pattern: str
    description: str
    examples: tuple[str, ...] = ()
    not_markers: tuple[str, ...] = ()
    inline: bool = False
    heading: bool = False
    flags: frozenset[str] = field(default_factory=frozenset)


def registry() -> list[Family]:
    """All families in matching order (earlier wins where two could match)."""
    from . import arabic, circled, cn, dash, di, qi, shi_yao

    return [
        *di.FAMILIES,   # 第一部分 before 第一，
        *cn.FAMILIES,
        *arabic.FAMILIES,
        *circled.FAMILIES,
        *qi.FAMILIES,
        *shi_yao.FAMILIES,
        *dash.FAMILIES,
    ]
