"""Enumeration marker families, registered in order.

Each family lives in a small module of its own with its documentation and examples
(`cn.py` for `一、`/`（一）`, `arabic.py` for `1.`/`（1）`, ...). A family contributes a
regular expression with one named group `n` (the number); the tokenizer combines all
families into one line-start pattern and one inline pattern, so the text is scanned once.

Style is what the outline builder compares: two markers of one style are siblings when their
ordinals continue; a marker of a style not yet open below the current item becomes its child.
"""

from __future__ import annotations

CN_NUM = "[一二三四五六七八九十]{1,3}"
AR_NUM = "[0-9０-９]{1,2}"


class Family:
    """One kind of enumeration marker.

    name:     stable identifier (also used in docs and lint messages)
    style:    what the builder compares; families sharing a style are one level
    pattern:  regex for the marker at a paragraph start, with a group `n` for the number
              (omit `n` for unnumbered markers such as dash bullets)
    inline:   True if the marker also counts inside a paragraph (`……：一是……二是……`)
    heading:  True for families authors use for section headings; a document may start at
              `二、` of such a family (a partial page)
    group:    families of one group rank as one level although their runs count apart
              (`一是……三是` then `一要……` is a second run beside the first, not below it);
              empty means the family's own style
    doubt:    regex tried right after the marker: when it matches, the candidate looks like
              running text (`一、二季度`, `五、六十年代`) and is an item only as a heading line
              in a run of such lines
    weak:     a bare form (`一` alone on a line): a run of it needs its `二` to start
    title_on_next_line: a marker alone on its line takes the next line as its title
    inside:   the styles whose items hold this one's by the words themselves (`第一章` is
              inside `第一篇`, never above it); its count may go on through them (`第三篇`
              `第七章`: a plan numbers its chapters through the whole text)
    heading_line: a marker only on a line its input marks as a heading (a Markdown `#`, a
              Word heading style): `1 总体要求` is a number and a word anywhere else
    """

    # a plain class, not a dataclass: `dataclasses` imports `inspect`, a sixth of a cold start
    __slots__ = ("name", "style", "pattern", "description", "examples", "not_markers", "inline", "heading",
                 "group", "doubt", "weak", "title_on_next_line", "inside", "heading_line")

    def __init__(self, name: str, style: str, pattern: str, description: str, examples: tuple[str, ...] = (),
                 not_markers: tuple[str, ...] = (), inline: bool = False, heading: bool = False,
                 group: str = "", doubt: str = "", weak: bool = False, title_on_next_line: bool = True,
                 inside: tuple[str, ...] = (), heading_line: bool = False) -> None:
        self.name, self.style, self.pattern, self.description = name, style, pattern, description
        self.examples, self.not_markers, self.inline, self.heading = examples, not_markers, inline, heading
        self.group, self.doubt, self.weak, self.title_on_next_line = group, doubt, weak, title_on_next_line
        self.inside, self.heading_line = inside, heading_line

    def _key(self) -> tuple[object, ...]:
        return tuple(getattr(self, slot) for cls in type(self).__mro__ for slot in getattr(cls, "__slots__", ()))

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and isinstance(other, Family) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r}, style={self.style!r})"

    @property
    def rank_group(self) -> str:
        return self.group or self.style


def registry() -> list[Family]:
    """All families in matching order (earlier wins where two could match)."""
    from . import arabic, bare, circled, cn, dash, di, qi, shi_yao

    return _arranged([
        *di.FAMILIES,   # 第一部分 before 第一，
        *cn.FAMILIES,
        *arabic.FAMILIES,
        *circled.FAMILIES,
        *qi.FAMILIES,
        *shi_yao.FAMILIES,
        *dash.FAMILIES,
        *bare.FAMILIES,  # last: any marker with punctuation wins
    ])


_registered: tuple[Family, ...] = ()


def register(families: tuple[Family, ...]) -> None:
    """Families declared in configuration (house styles) join the registry, each before the
    family its `before` names (ahead of all when it names none); () removes them. The
    tokenizer's compiled tables must be cleared after (house_styles.install does)."""
    global _registered
    _registered = tuple(families)


def registered() -> tuple[Family, ...]:
    return _registered


def _arranged(builtin: list[Family]) -> list[Family]:
    out = list(builtin)
    for fam in _registered:
        names = [f.name for f in out]
        before = getattr(fam, "before", None)
        out.insert(names.index(before) if before in names else 0, fam)
    return out
