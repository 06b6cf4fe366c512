"""Score a parsed Document against a hand-made gold outline (`*.gold.tsv`, GOLD_FORMAT).

Same matching as the project's shared scorer: a predicted node matches a gold node by its
ordinal and the first five characters of its title (punctuation dropped), aligned in order;
a match is tree-correct when its parent is the match of the gold parent. Gold rows marked
`?` are optional: neither rewarded nor penalised. One difference: the ordinals of financial
digits (`壹、` `貳、`, Taiwan's top level) are read here; the shared scorer reads none, so there a
gold `壹、` row and the parser's match nothing.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from speechparse.model import Document
from speechparse.numerals import FORMAL_DIGITS, ordinal_of

_IGNORED = set("“”\"‘’'《》「」『』〈〉 \u3000\t")


def _ordinal(marker: str) -> int | None:
    m = unicodedata.normalize("NFKC", marker)
    for ch in marker:
        if "\u2460" <= ch <= "\u2473":
            return ord(ch) - 0x2460 + 1
    d = re.search(r"\d+", m)
    if d:
        return int(d.group())
    c = re.search(rf"[一二三四五六七八九十]+|[{FORMAL_DIGITS}]+", m)
    return ordinal_of(c.group()) if c else None


def _prefix(title: str, marker: str) -> str:
    t = unicodedata.normalize("NFKC", title or "").strip()
    mk = unicodedata.normalize("NFKC", marker or "").strip()
    if mk and t.startswith(mk):
        t = t[len(mk):]
    return "".join(ch for ch in t if ch not in _IGNORED)[:5]


@dataclass
class Item:
    ordinal: int | None
    title: str
    marker: str
    parent: int | None
    line: int = 0
    optional: bool = False

    @property
    def key(self) -> tuple[int | None, str]:
        return self.ordinal, _prefix(self.title, self.marker)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tree_ok: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def exact(self) -> bool:
        return self.fn == 0 and self.fp == 0 and self.tree_ok == self.tp

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.tree_ok += other.tree_ok

    def f1(self) -> tuple[float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        detect = 2 * p * r / (p + r) if p + r else 0.0
        tp_ = self.tree_ok / (self.tp + self.fp) if self.tp + self.fp else 1.0
        tr_ = self.tree_ok / (self.tp + self.fn) if self.tp + self.fn else 1.0
        tree = 2 * tp_ * tr_ / (tp_ + tr_) if tp_ + tr_ else 0.0
        return detect, tree


def read_gold(path: Path) -> list[Item]:
    items: list[Item] = []
    stack: list[int] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        cols = raw.split("\t")
        line, depth, marker, title = int(cols[0]), int(cols[1]), cols[2], cols[3]
        del stack[depth - 1:]
        items.append(Item(_ordinal(marker), title, marker, stack[-1] if stack else None, line,
                          len(cols) > 4 and cols[4].strip() == "?"))
        stack.append(len(items) - 1)
    return items


def predicted(doc: Document) -> list[Item]:
    out: list[Item] = []

    def walk(nodes, parent):
        for n in nodes:
            if n.ordinal is None:
                walk(n.children, parent)
                continue
            out.append(Item(n.ordinal, n.title, n.marker, parent, n.line))
            walk(n.children, len(out) - 1)

    walk(doc.outline, None)
    return out


def score(gold: list[Item], pred: list[Item]) -> Score:
    sm = difflib.SequenceMatcher(a=[g.key for g in gold], b=[p.key for p in pred], autojunk=False)
    g2p = {a + k: b + k for a, b, size in sm.get_matching_blocks() for k in range(size)}
    p2g = {v: k for k, v in g2p.items()}
    s = Score()
    for gi, g in enumerate(gold):
        if gi not in g2p:
            if not g.optional:
                s.fn += 1
                s.misses.append(f"missed L{g.line} {g.marker}{g.title[:14]}")
            continue
        if g.optional:
            continue
        s.tp += 1
        pp = pred[g2p[gi]].parent
        gp = g.parent
        ok = (gp is None and pp is None) or (gp is not None and pp is not None and g2p.get(gp) == pp)
        if not ok and gp is not None and gold[gp].optional and gp not in g2p:
            gpp = gold[gp].parent
            ok = (gpp is None and pp is None) or (gpp is not None and g2p.get(gpp) == pp)
        if ok:
            s.tree_ok += 1
        else:
            s.misses.append(f"parent L{g.line} {g.marker}{g.title[:14]}")
    for pi, p in enumerate(pred):
        if pi not in p2g:
            s.fp += 1
            s.misses.append(f"extra  L{p.line} {p.marker}{p.title[:14]}")
    return s


# what OCR reads a numeral as: the letter l and a capital S for 1 and 5, a dash for 一, an equals
# sign for 二
_OCR_ARABIC = {"l": "1", "S": "5"}
_OCR_CN = {"—": "一", "－": "一", "-": "一", "=": "二", "＝": "二"}


def as_the_gold_writes(marker: str) -> str:
    """A parser's marker (or an outline row that starts with one) as the gold writes it: an
    OCR'd `l.` is `1.` there, `（l）` `（1）`, `S.` `5.`, `-、` `一、` and `（—）` `（一）` (the scorer
    takes the gold's ordinal from its marker)."""
    if marker[:1] in _OCR_ARABIC and marker[1:2] in ".．、":
        return _OCR_ARABIC[marker[0]] + marker[1:]
    if marker[:1] in _OCR_CN and marker[1:2] in ("、", " "):
        return _OCR_CN[marker[0]] + marker[1:]
    if marker[:1] in "（(" and marker[2:3] in "）)":
        digit = _OCR_ARABIC.get(marker[1:2]) or _OCR_CN.get(marker[1:2])
        if digit is not None:
            return marker[0] + digit + marker[2:]
    return marker
