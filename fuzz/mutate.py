"""Seeds and mutations: hostile variants of real speech text.

A mutation is data (`Op`), applied by `apply`, so hypothesis can draw and shrink a list of
them and the plain loop can draw them from a `random.Random`.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SUFFIXES = (".txt", ".md")

# fragments that steer the parser into its corners: markers of every family, TOC labels,
# note marks, quotes, truncation notices, noise words, licence lines, subscripts
TOKENS = (
    "一、", "二、", "十一、", "（一）", "(二)", "（十）", "1.", "2．", "10.", "（1）", "(3)", "①", "②", "⑳",
    "第一，", "第二部分", "第三章", "第一节", "其一，", "一是", "二要", "三是", "——", "一 ", "二", "首先，",
    "目录", "目  录", "提纲：", "注释：", "[1]", "［2］", "〔3〕", "↑", "《", "》", "“", "”", "‘", "：", "；", "。",
    "点击查看全文", "（未完待续）", "继续阅读", "仅供参考", "关于我们", "联系我们", "首页 > 讲话 > ", ">", "|",
    "本作品在全世界都属于公有领域", "Public domain", "PM", "M", "2", "10", "CO", "第2页 / 共3页", "— 3 —",
    "同志们：", "各位代表！", "谢谢大家！", "2024年3月5日", "VIP免费", "<p>", "</p>", "#", "> ", "- ", "```",
    "\u200b", "\ufeff", "\x00", "\x1b", "\r", "\r\n", "\u3000", "\t", "\n", "\n\n", " ",
)


class Op(NamedTuple):
    kind: str   # insert, delete, duplicate, newline, swap-lines, splice, char
    at: float   # position as a fraction of the text
    size: int   # characters (delete, duplicate) or an index (insert: TOKENS, char: code point)


KINDS = ("insert", "insert", "insert", "delete", "duplicate", "newline", "swap-lines", "char", "truncate")


def apply(text: str, ops: Sequence[Op]) -> str:
    """The text with the mutations applied in order."""
    for op in ops:
        at = int(op.at * len(text)) if text else 0
        if op.kind == "insert":
            text = text[:at] + TOKENS[op.size % len(TOKENS)] + text[at:]
        elif op.kind == "delete":
            text = text[:at] + text[at + op.size:]
        elif op.kind == "duplicate":
            text = text[:at] + text[at:at + op.size] * 2 + text[at + op.size:]
        elif op.kind == "newline":
            text = text[:at] + "\n" + text[at:]
        elif op.kind == "truncate":
            text = text[:at]
        elif op.kind == "char":
            text = text[:at] + chr(op.size % 0x110000) + text[at:]
        elif op.kind == "swap-lines":
            lines = text.split("\n")
            i, j = int(op.at * len(lines)) % len(lines), op.size % len(lines)
            lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
    return _surrogate_free(text)  # a lone surrogate cannot be encoded: not a user's text


def _surrogate_free(text: str) -> str:
    return "".join(ch for ch in text if not "\ud800" <= ch <= "\udfff")


def random_ops(rng: random.Random, count: int) -> list[Op]:
    ops = []
    for _ in range(count):
        kind = rng.choice(KINDS)
        if kind == "char":
            size = rng.choice((rng.randrange(0x20), rng.randrange(0x80, 0xA0), rng.randrange(0x4E00, 0x9FFF),
                               rng.randrange(0x2000, 0x3100), rng.randrange(0xE000, 0x110000)))
        else:
            size = rng.randrange(len(TOKENS)) if kind == "insert" else rng.randrange(1, 200)
        ops.append(Op(kind, rng.random(), size))
    return ops


class Mutant(NamedTuple):
    text: str
    seed: int        # index into seeds()
    shape: str       # window, whole or splice
    ops: list[Op]


def mutant(rng: random.Random, seeds: Sequence[str]) -> Mutant:
    """A window of a seed (a few lines to a page; now and then a whole document or two
    spliced), mutated a few times."""
    index = rng.randrange(len(seeds))
    text = seeds[index]
    roll = rng.random()
    if roll < 0.02:
        shape = "whole"
    elif roll < 0.05:
        shape, other = "splice", rng.choice(seeds)
        text = text[: rng.randrange(len(text) + 1)] + other[rng.randrange(len(other) + 1):]
    else:
        shape, size = "window", rng.choice((40, 120, 400, 1200))
        start = rng.randrange(max(1, len(text) - size))
        text = text[start:start + rng.randrange(1, size + 1)]
    ops = random_ops(rng, rng.randrange(0, 6))
    return Mutant(_surrogate_free(apply(text, ops)), index, shape, ops)


def seed_paths(shared: bool = True) -> list[Path]:
    """Fixture speeches (ours), and ../shared's seeds and development set when present."""
    paths = sorted(p for p in (ROOT / "fixtures").rglob("*") if p.suffix in SUFFIXES and "README" not in p.name)
    if shared:
        for sub in ("seeds", "devset"):
            if (SHARED / sub).is_dir():
                paths += sorted((SHARED / sub).glob("*.txt"))
    return paths


def origin(path: Path) -> str:
    """fixtures, seeds or devset: where a seed came from (for the run's report)."""
    return path.parent.name if path.is_relative_to(SHARED) else "fixtures"


@lru_cache(maxsize=2)
def seeds(shared: bool = True) -> tuple[str, ...]:
    """The seed texts, in the order of `seed_paths` (fixtures in GB18030 are decoded)."""
    out = []
    for path in seed_paths(shared):
        data = path.read_bytes()
        for enc in ("utf-8-sig", "gb18030"):
            try:
                out.append(data.decode(enc))
                break
            except UnicodeDecodeError:
                continue
        else:
            out.append(data.decode("utf-8", "replace"))
    return tuple(out)
