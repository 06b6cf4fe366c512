"""Hostile inputs: each must take linear time (doubling the input at most 2.2x the time).

    python bench/hostile.py            # the sizes named in the issue, and half of each
    python bench/hostile.py --scale 0.1

Each case builds its text deterministically from a size parameter; `measure` times
parse + JSON Lines rendering at half and at full size, best of `repeat` runs.
tests/test_linear_time.py runs the same builders at small sizes.
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate  # noqa: E402

LIMIT = 2.2
CN = generate.cn
# one marker of every style, in the order a speech nests them
STYLES = (lambda k: f"第{CN(k)}部分　", lambda k: f"第{CN(k)}章　", lambda k: f"第{CN(k)}节　",
          lambda k: f"{CN(k)}、", lambda k: f"（{CN(k)}）", lambda k: f"{k}.", lambda k: f"（{k}）",
          lambda k: generate.CIRCLED[k - 1], lambda k: f"第{CN(k)}，", lambda k: f"其{CN(k)}，",
          lambda k: f"{CN(k)}是", lambda k: f"{CN(k)}要", lambda k: "——", lambda k: f"第{CN(k)}条　",
          lambda k: f"第{CN(k)}讲　", lambda k: generate.PAREN_DIGITS[k - 1],
          lambda k: generate.DOT_DIGITS[k - 1], lambda k: f"{k}、")


def marker_lines(n: int) -> str:
    """`n` lines, each opening with a marker of a random style and ordinal (1..20)."""
    rng = random.Random(1)
    titles = [generate.VERBS[i % len(generate.VERBS)] + generate.OBJECTS[i % len(generate.OBJECTS)]
              for i in range(97)]
    return "".join(f"{rng.choice(STYLES)(rng.randint(1, 20))}{titles[i % 97]}。\n" for i in range(n))


def _repeat(block: str, n_bytes: int) -> str:
    """`block` repeated to about `n_bytes` of UTF-8, so that twice the size is the same input
    twice over (a stationary input: the timing ratio compares like with like)."""
    chars = n_bytes * len(block) // len(block.encode("utf-8"))
    return (block * (chars // len(block) + 1))[:chars]


@lru_cache(maxsize=1)
def _speech_line() -> str:
    # four short speeches (about 20 KB), with inline 一是 runs, outline lines and noise
    return "".join(generate.speech(seed, 5_000, noise=True)[0] for seed in range(4)).replace("\n", "")


def one_line(n_bytes: int) -> str:
    """Speeches run together into a single line of `n_bytes` with no newline at all."""
    return _repeat(_speech_line(), n_bytes)


def nested(levels: int) -> str:
    """`levels` marker lines cycling through every style, each wanting to open a new level."""
    out = []
    for i in range(levels):
        k = i // len(STYLES) % 20 + 1
        out.append(f"{STYLES[i % len(STYLES)](k)}第{i}层。\n")
    return "".join(out)


def inline_items(n: int) -> str:
    """One paragraph with `n` inline items: runs of `一是……；二是……；……十是……。`"""
    parts = ["总的要求是："]
    for i in range(n):
        k = i % 10 + 1
        parts.append(f"{CN(k)}是抓好第{i}项工作{'。' if k == 10 else '；'}")
    return "".join(parts) + "\n"


def toc(n: int) -> str:
    """A table of contents of `n` lines, then a short body."""
    lines = ["目录"]
    for i in range(n):
        k = i % 99 + 1
        lines.append(f"{CN(k)}、第{i}项工作……………{i // 40 + 1}")
    body, _ = generate.speech(3, 20_000)
    return "\n".join(lines) + "\n" + body


@lru_cache(maxsize=1)
def _random_block() -> str:
    rng = random.Random(4)
    pool = ([chr(c) for c in range(0x4E00, 0x4E00 + 400)] + list("一二三四五六七八九十是要第其部分章节条")
            + list("0123456789０１２３４５６７８９") + list("（）()【】《》〔〕[]") + list("、，。；：.．——①②⑴⒈"))
    chars = rng.choices(pool, k=200_000)
    for i in range(0, len(chars) - 60, 60):
        chars[i + rng.randrange(60)] = "\n"
    return "".join(chars)


def random_cjk(n_bytes: int) -> str:
    """Random CJK with digits, brackets, marker characters and punctuation, a newline every
    60 characters on average (a 200 000-character random block, repeated)."""
    return _repeat(_random_block(), n_bytes)


# no spaces, `>` and noise keywords throughout: the shape that made the unanchored breadcrumb
# pattern quadratic once a truncation notice had turned the length limits off
_POST_NOTICE = "收入增长>支出增长>物价涨幅，数据仅供参考，关于我们自身建设，要联系我们的实际，下载后即可办理。"


def post_notice(n_chars: int) -> str:
    """A truncation notice, then one paragraph of `n_chars` with no spaces (issue 12, item 2)."""
    para = (_POST_NOTICE * (n_chars // len(_POST_NOTICE) + 1))[:n_chars]
    return f"一、过去一年的工作\n全年经济运行稳中有进。\n点击查看全文\n{para}\n二、今年的任务\n{para}\n"


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[int], str]
    full: int  # the size the issue names (lines, bytes, levels or items)
    unit: str


CASES = (
    Case("a million marker lines", marker_lines, 1_000_000, "lines"),
    Case("one 20 MB line, no newline", one_line, 20_000_000, "bytes"),
    Case("10 000 nested levels, alternating styles", nested, 10_000, "levels"),
    Case("100 000 inline 一是…二是… items in one paragraph", inline_items, 100_000, "items"),
    Case("a 100 000-line table of contents", toc, 100_000, "lines"),
    Case("10 MB of random CJK, digits, brackets", random_cjk, 10_000_000, "bytes"),
    Case("40 000-character paragraphs after a truncation notice", post_notice, 40_000, "characters"),
)


def parse_and_render(text: str) -> int:
    import speechparse
    from speechparse.render import render

    return len(render(speechparse.parse(text), "jsonl"))


MIN_TIMED = 1.0  # seconds: a short case runs again until then (best of more runs, less noise)
MAX_RUNS = 20


def timed(text: str, repeat: int) -> float:
    """Best time of `repeat` runs at least, more for a short case (up to MIN_TIMED in all)."""
    best, spent, runs = float("inf"), 0.0, 0
    while runs < repeat or (spent < MIN_TIMED and runs < MAX_RUNS):
        gc.collect()
        start = time.perf_counter()
        parse_and_render(text)
        took = time.perf_counter() - start
        best, spent, runs = min(best, took), spent + took, runs + 1
    return best


def measure(case: Case, scale: float = 1.0, repeat: int = 1) -> dict:
    """Time at half and at full size; the ratio is what must stay under LIMIT."""
    full = max(2, int(case.full * scale))
    small_text, big_text = case.build(full // 2), case.build(full)
    small = timed(small_text, repeat)
    big = timed(big_text, repeat)
    return {"case": case.name, "sizes": (full // 2, full), "unit": case.unit, "mb": len(big_text.encode()) / 1e6,
            "seconds": (small, big), "ratio": big / small, "linear": big / small <= LIMIT}


HEADER = f"{'hostile input':52s} {'sizes':>21s} {'MB':>6s} {'time':>15s} {'ratio':>6s}"


def report(results: list[dict]) -> None:
    for r in results:
        sizes = f"{r['sizes'][0]:,}→{r['sizes'][1]:,}"
        secs = f"{r['seconds'][0]:.2f}→{r['seconds'][1]:.2f} s"
        verdict = "linear" if r["linear"] else f"NOT LINEAR (> {LIMIT})"
        print(f"{r['case']:52s} {sizes:>21s} {r['mb']:6.1f} {secs:>15s} {r['ratio']:5.2f}x  {verdict}",
              flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=float, default=1.0, help="fraction of the issue's sizes")
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    results = []
    print(HEADER)
    for case in CASES:
        results.append(measure(case, args.scale, args.repeat))
        report(results[-1:])
    sys.exit(0 if all(r["linear"] for r in results) else 1)


if __name__ == "__main__":
    main()
