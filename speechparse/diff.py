"""The structural difference between two versions of a speech (`speechparse diff OLD NEW`).

Sections are matched by what they say, not by their number: first by equal titles, then by
the similarity of title and text (character bigrams, which suit Chinese with no word breaks).
A matched pair is then `renumbered` (its marker changed), `retitled`, and/or `moved` (to
another parent, or out of order among its siblings). A new section whose text was part of an
old one that lives on is a `split` of it; an old section whose text went into a new one that
continues another is `merged` into it; what is left is `added` or `removed`.

    >>> import speechparse
    >>> from speechparse.diff import diff
    >>> old = speechparse.parse("一、认清形势\\n正文甲。\\n二、明确任务\\n正文乙。\\n")
    >>> new = speechparse.parse("一、明确任务\\n正文乙。\\n")
    >>> [c.kind for c in diff(old, new).changes]
    ['removed', 'renumbered']
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from .model import Document, Node

KINDS = ("added", "removed", "moved", "renumbered", "retitled", "split", "merged")
MATCH_SCORE = 0.5      # title and text together, for a pair with different titles
SAME_TEXT = 0.7        # text alone: a section that kept its text under a new title
SAME_TITLE = 0.8       # title alone: a section whose text was rewritten
PART_OF = 0.6          # share of a section's bigrams found in another: split or merged


@dataclass
class Item:
    """One node with what matching needs: its text as bigrams, its parent, its position."""

    node: Node
    parent: Item | None
    index: int          # among its siblings
    bigrams: frozenset[str]
    heading: str
    match: Item | None = None

    @property
    def where(self) -> str:
        return self.parent.heading if self.parent is not None else "(top level)"


@dataclass
class Change:
    kind: str
    old: Item | None
    new: Item | None
    detail: str = ""
    others: list[Item] = field(default_factory=list)  # the other part of a split or merge

    def to_dict(self) -> dict[str, Any]:
        def side(item: Item | None) -> dict[str, Any] | None:
            if item is None:
                return None
            n = item.node
            return {"marker": n.marker, "title": n.title, "line": n.line, "depth": n.depth,
                    "parent": item.parent.heading if item.parent else None}

        out: dict[str, Any] = {"kind": self.kind, "old": side(self.old), "new": side(self.new)}
        if self.detail:
            out["detail"] = self.detail
        if self.others:
            out["with"] = [side(o) for o in self.others]
        return out

    def to_text(self) -> str:
        # `diff` gives an added change only a new side, a removed one only an old side, and
        # every other kind both sides
        o, n = self.old, self.new
        if self.kind == "added":
            assert n is not None
            return f"added       {n.heading}  (line {n.node.line}, under {n.where})"
        assert o is not None
        if self.kind == "removed":
            return f"removed     {o.heading}  (line {o.node.line}, was under {o.where})"
        if self.kind == "split":
            parts = " + ".join(i.heading for i in self.others)
            return f"split       {o.heading} -> {parts}  (line {o.node.line})"
        assert n is not None
        if self.kind == "merged":
            parts = " + ".join(i.heading for i in self.others)
            return f"merged      {parts} -> {n.heading}  (line {n.node.line})"
        lines = f"(line {o.node.line} -> {n.node.line})"
        if self.kind == "moved":
            return f"moved       {n.heading}  {self.detail} {lines}"
        return f"{self.kind:<11} {o.heading} -> {n.heading}  {lines}"


@dataclass
class Diff:
    old: list[Item]
    new: list[Item]
    changes: list[Change]

    @property
    def same(self) -> bool:
        return not self.changes

    def counts(self) -> dict[str, int]:
        return {k: sum(c.kind == k for c in self.changes) for k in KINDS}

    def to_dict(self) -> dict[str, Any]:
        return {"same": self.same, "counts": self.counts(),
                "changes": [c.to_dict() for c in self.changes]}

    def to_text(self) -> str:
        if self.same:
            return ""
        summary = ", ".join(f"{v} {k}" for k, v in self.counts().items() if v)
        return "".join(c.to_text() + "\n" for c in self.changes) + f"{summary}\n"


# --- similarity --------------------------------------------------------------------------------
def bigrams(text: str) -> frozenset[str]:
    chars = "".join(ch for ch in text if not ch.isspace() and ch not in "，。、；：！？,.;:!?“”‘’（）()")
    return frozenset(chars[i:i + 2] for i in range(len(chars) - 1)) or frozenset(chars)


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 1.0


def part_of(a: frozenset[str], b: frozenset[str]) -> float:
    """How much of `a` is found in `b`."""
    return len(a & b) / len(a) if a else 0.0


def title_similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b, autojunk=False).ratio() if a or b else 1.0


# --- matching ----------------------------------------------------------------------------------
def items(doc: Document) -> list[Item]:
    out: list[Item] = []

    def visit(nodes: Sequence[Node], parent: Item | None) -> None:
        for k, node in enumerate(nodes):
            own = node.title + "".join(node.body)
            item = Item(node, parent, k, bigrams(own), node.heading)
            out.append(item)
            visit(node.children, item)

    visit(list(doc.outline), None)
    return out


def _pair(a: Item, b: Item) -> None:
    a.match, b.match = b, a


def match(old: list[Item], new: list[Item]) -> None:
    """Pair old and new items: equal titles first (in order), then the most similar pairs."""
    by_title: dict[str, list[Item]] = {}
    for item in new:
        by_title.setdefault(item.node.title, []).append(item)
    for item in old:
        same = [n for n in by_title.get(item.node.title, ()) if n.match is None]
        if same:
            best = max(same, key=lambda n: (dice(item.bigrams, n.bigrams), -abs(n.index - item.index)))
            _pair(item, best)
    candidates = []
    free_new = [n for n in new if n.match is None]
    for o in old:
        if o.match is not None:
            continue
        for n in free_new:
            t = title_similarity(o.node.title, n.node.title)
            c = dice(o.bigrams, n.bigrams)
            if (t + c) / 2 >= MATCH_SCORE or c >= SAME_TEXT or t >= SAME_TITLE:
                candidates.append((max((t + c) / 2, c, t), o, n))
    for _, o, n in sorted(candidates, key=lambda x: -x[0]):
        if o.match is None and n.match is None:
            _pair(o, n)
    _pair_by_children(old, new)


def _pair_by_children(old: list[Item], new: list[Item]) -> None:
    """A section with a new title and no text of its own is known by its children: pair an
    old and a new section when most children of each are matched into the other."""
    kids: dict[int, list[Item]] = {}
    for item in (*old, *new):
        if item.parent is not None:
            kids.setdefault(id(item.parent), []).append(item)
    for o in old:
        if o.match is not None or id(o) not in kids:
            continue
        votes: dict[int, int] = {}
        for child in kids[id(o)]:
            if child.match is not None and child.match.parent is not None:
                votes[id(child.match.parent)] = votes.get(id(child.match.parent), 0) + 1
        for n in new:
            if n.match is None and id(n) in kids:
                shared = votes.get(id(n), 0)
                if 2 * shared >= len(kids[id(o)]) and 2 * shared >= len(kids[id(n)]):
                    _pair(o, n)
                    break


def diff(old_doc: Document, new_doc: Document) -> Diff:
    """The changes that turn the outline of `old_doc` into that of `new_doc`."""
    old, new = items(old_doc), items(new_doc)
    match(old, new)
    changes: list[Change] = []
    changes += _splits_and_merges(old, new)
    taken = {id(i) for c in changes for i in (c.others if c.kind in ("split", "merged") else ())}
    for o in old:
        if o.match is None and id(o) not in taken:
            changes.append(Change("removed", o, None))
    for n in new:
        if n.match is None and id(n) not in taken:
            changes.append(Change("added", None, n))
    moved = set(map(id, _moved(old, new)))
    for n in new:
        if n.match is None:
            continue
        o = n.match
        if id(n) in moved:
            if _parent_changed(o, n):
                detail = f"from under {o.where} to under {n.where}"
            else:
                detail = f"within {n.where}"
            changes.append(Change("moved", o, n, detail))
        if o.node.marker != n.node.marker:
            changes.append(Change("renumbered", o, n))
        if o.node.title != n.node.title:
            changes.append(Change("retitled", o, n))
    position = {id(i): k for k, i in enumerate(new)}
    old_position = {id(i): k for k, i in enumerate(old)}

    def order(c: Change) -> tuple[int, int, int]:
        if c.new is not None:
            return (position[id(c.new)], 0, KINDS.index(c.kind))
        mate = next((o.match for o in _old_before(old, c.old) if o.match is not None), None)
        return (position[id(mate)] if mate is not None else -1, 1 + old_position[id(c.old)], 0)

    changes.sort(key=order)
    return Diff(old, new, changes)


def _old_before(old: list[Item], item: Item | None) -> Iterator[Item]:
    k = old.index(item) if item is not None else 0
    return reversed(old[:k])


def _parent_changed(o: Item, n: Item) -> bool:
    if o.parent is None or n.parent is None:
        return (o.parent is None) != (n.parent is None)
    return o.parent.match is not n.parent


def _moved(old: list[Item], new: list[Item]) -> list[Item]:
    """New items that changed parent, or that left their order among the siblings that stayed
    together (everything outside a longest increasing run of the old positions)."""
    out = []
    groups: dict[int, list[tuple[Item, Item]]] = {}  # parent -> (new item, its old match)
    for n in new:
        if n.match is None:
            continue
        o = n.match
        if _parent_changed(o, n):
            out.append(n)
            continue
        groups.setdefault(id(n.parent), []).append((n, o))
    for siblings in groups.values():
        keep = _longest_increasing([o.index for _, o in siblings])
        out += [n for k, (n, _) in enumerate(siblings) if k not in keep]
    return out


def _longest_increasing(values: list[int]) -> set[int]:
    """Indexes of one longest strictly increasing subsequence (O(n log n))."""
    from bisect import bisect_left

    tails: list[int] = []
    tail_at: list[int] = []
    back = [-1] * len(values)
    for k, v in enumerate(values):
        i = bisect_left(tails, v)
        if i == len(tails):
            tails.append(v)
            tail_at.append(k)
        else:
            tails[i] = v
            tail_at[i] = k
        back[k] = tail_at[i - 1] if i else -1
    keep, k = set(), tail_at[-1] if tail_at else -1
    while k >= 0:
        keep.add(k)
        k = back[k]
    return keep


def _splits_and_merges(old: list[Item], new: list[Item]) -> list[Change]:
    changes: list[Change] = []
    for n in new:  # a new section made of part of an old one that lives on: a split
        if n.match is not None or not n.bigrams:
            continue
        host = max((o for o in old if o.match is not None), default=None,
                   key=lambda o: part_of(n.bigrams, o.bigrams))
        if host is not None and part_of(n.bigrams, host.bigrams) >= PART_OF:
            existing = next((c for c in changes if c.kind == "split" and c.old is host), None)
            if existing is None:
                assert host.match is not None  # hosts are drawn from the matched sections
                changes.append(Change("split", host, host.match, others=[host.match, n]))
            else:
                existing.others.append(n)
    for o in old:  # an old section whose text went into a new one that continues another: merged
        if o.match is not None or not o.bigrams:
            continue
        host = max((n for n in new if n.match is not None), default=None,
                   key=lambda n: part_of(o.bigrams, n.bigrams))
        if host is not None and part_of(o.bigrams, host.bigrams) >= PART_OF:
            existing = next((c for c in changes if c.kind == "merged" and c.new is host), None)
            if existing is None:
                assert host.match is not None  # hosts are drawn from the matched sections
                changes.append(Change("merged", host.match, host, others=[host.match, o]))
            else:
                existing.others.append(o)
    return changes


# --- a tree for the terminal ---------------------------------------------------------------------
COLOURS = {"added": "green", "removed": "red", "moved": "cyan", "renumbered": "yellow",
           "retitled": "yellow", "split": "magenta", "merged": "magenta"}
SIGNS = {"added": "+", "removed": "-", "moved": ">", "renumbered": "#", "retitled": "~",
         "split": "<", "merged": "&"}


def rich_tree(result: Diff, title: str) -> Any:
    """The new outline as a rich Tree, each section marked with its changes; removed
    sections shown (struck through) after the section that preceded them."""
    from rich.markup import escape
    from rich.tree import Tree

    by_new: dict[int, list[Change]] = {}
    gone_after: dict[int, list[Change]] = {}
    for c in result.changes:
        if c.new is not None and c.kind != "merged":
            by_new.setdefault(id(c.new), []).append(c)
        if c.kind == "merged":
            by_new.setdefault(id(c.new), []).append(c)
        if c.kind == "removed":
            prev = next((o.match for o in _old_before(result.old, c.old) if o.match is not None), None)
            gone_after.setdefault(id(prev) if prev is not None else 0, []).append(c)
        if c.kind == "split":
            for part in c.others[1:]:
                by_new.setdefault(id(part), []).append(Change("split", c.old, part))
    root = Tree(f"[bold]{escape(title)}[/]")
    branch_of: dict[int, Any] = {}

    def removed_lines(parent: Any, after: int) -> None:
        for c in gone_after.get(after, ()):
            assert c.old is not None  # gone_after holds removed changes, which have an old side
            parent.add(f"[red strike]- {escape(c.old.heading)}[/] [dim](removed)[/]")

    removed_lines(root, 0)
    for n in result.new:
        parent = branch_of[id(n.parent)] if n.parent is not None else root
        kinds = by_new.get(id(n), [])
        label = escape(n.heading)
        if kinds:
            colour = COLOURS[kinds[0].kind]
            notes = ", ".join(_note(c) for c in kinds)
            label = f"[{colour}]{SIGNS[kinds[0].kind]} {label}[/] [dim]({escape(notes)})[/]"
        branch_of[id(n)] = parent.add(label)
        removed_lines(parent, id(n))
    return root


def _note(c: Change) -> str:
    if c.kind in ("renumbered", "retitled", "split"):
        assert c.old is not None  # changes of these kinds have an old side
        if c.kind == "renumbered":
            return f"was {c.old.node.marker}"
        if c.kind == "retitled":
            return f"was {c.old.node.title}"
        return f"split from {c.old.heading}"
    if c.kind == "moved":
        return f"moved {c.detail}"
    if c.kind == "merged":
        return "merged with " + " + ".join(i.heading for i in c.others[1:])
    return c.kind
