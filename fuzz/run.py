"""The long fuzz run (`make fuzz`): mutated seeds on every core, checked by `fuzz.checks`.

    python -m fuzz.run                      # 1 000 000 inputs on every core
    python -m fuzz.run --inputs 20000 --jobs 1 --deep-every 1

Every input is parsed and checked for crashes and the lossless invariant; every
`--deep-every`-th input also through every renderer and the UTF-8, GB18030, UTF-16 and CRLF
forms (ten renderings and four more parses: the expensive part). Each problem found is
written with its input to `--out` (outside the repository: inputs may hold ../shared text)
and counted by kind; the exit code is 1 if any was found.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import signal
import sys
import time
from collections import Counter
from pathlib import Path
from typing import NamedTuple

from . import checks, mutate

BATCH = 2000


class Batch(NamedTuple):
    tried: int
    deep: int
    seconds: float
    shapes: Counter[str]
    ops: Counter[str]
    origins: Counter[str]
    chars: int
    problems: list[tuple[str, str]]  # (problem, input)


def _origins(shared: bool) -> list[str]:
    return [mutate.origin(p) for p in mutate.seed_paths(shared)]


def run_batch(args: tuple[int, int, int, bool]) -> Batch:
    """`count` inputs from the random stream `seed`; the deep checks on every `deep_every`-th."""
    seed, count, deep_every, shared = args
    rng = random.Random(seed)
    seeds, origins = mutate.seeds(shared), _origins(shared)
    shapes: Counter[str] = Counter()
    ops: Counter[str] = Counter()
    where: Counter[str] = Counter()
    problems: list[tuple[str, str]] = []
    chars = deep = 0
    start = time.perf_counter()
    for i in range(count):
        m = mutate.mutant(rng, seeds)
        full = (seed * BATCH + i) % deep_every == 0
        deep += full
        shapes[m.shape] += 1
        ops.update(op.kind for op in m.ops)
        where[origins[m.seed]] += 1
        chars += len(m.text)
        problems += [(str(p), m.text) for p in checks.check(m.text, formats=full, encodings=full)]
    return Batch(count, deep, time.perf_counter() - start, shapes, ops, where, chars, problems)


def _key(problem: str) -> str:
    return problem.split(" at ")[0][:100]  # one cause: its kind and message, not its place


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m fuzz.run", description=__doc__.split("\n\n")[0])
    ap.add_argument("--inputs", type=int, default=1_000_000)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--seed", type=int, default=0, help="first random stream (a batch each)")
    ap.add_argument("--deep-every", type=int, default=8, help="every renderer and encoding on 1 in N")
    ap.add_argument("--no-shared", action="store_true", help="only the fixtures as seeds")
    ap.add_argument("--out", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "speechparse-fuzz")
    args = ap.parse_args(argv)
    shared = not args.no_shared
    origins = Counter(_origins(shared))
    print(f"seeds: {sum(origins.values())} texts ({', '.join(f'{n} {k}' for k, n in sorted(origins.items()))}); "
          f"{args.inputs:,} inputs on {args.jobs} processes, every renderer and encoding on 1 in "
          f"{args.deep_every}; problems to {args.out}", flush=True)
    args.out.mkdir(parents=True, exist_ok=True)
    batches = [(args.seed + b, min(BATCH, args.inputs - b * BATCH), args.deep_every, shared)
               for b in range((args.inputs + BATCH - 1) // BATCH)]
    tried = deep = chars = 0
    shapes: Counter[str] = Counter()
    ops: Counter[str] = Counter()
    where: Counter[str] = Counter()
    found: Counter[str] = Counter()
    start = last = time.perf_counter()
    interrupted = False
    signal.signal(signal.SIGINT, signal.default_int_handler)  # even when started in the background
    pool = multiprocessing.Pool(args.jobs, initializer=signal.signal, initargs=(signal.SIGINT, signal.SIG_IGN))
    try:
        for batch in pool.imap_unordered(run_batch, batches):
            tried += batch.tried
            deep += batch.deep
            chars += batch.chars
            shapes.update(batch.shapes)
            ops.update(batch.ops)
            where.update(batch.origins)
            for problem, text in batch.problems:
                key = _key(problem)
                if not found[key]:
                    print(f"NEW {problem}  ({len(text)} characters: {text[:60]!r}…)", flush=True)
                    (args.out / f"problem-{len(found):03d}.txt").write_text(f"{problem}\n{text!r}\n", encoding="utf-8")
                found[key] += 1
            now = time.perf_counter()
            if now - last >= 30 or tried == args.inputs:
                last = now
                print(f"{tried:>10,} inputs ({deep:,} deep) in {now - start:6.0f} s, {tried / (now - start):5.0f}/s; "
                      f"problems: {sum(found.values())} of {len(found)} kinds", flush=True)
    except KeyboardInterrupt:  # Ctrl-C: report what was tried so far
        interrupted = True
    finally:
        pool.terminate()
        pool.join()
    took = time.perf_counter() - start
    if interrupted:
        print("\ninterrupted", end="")
    print(f"\ntried {tried:,} inputs ({chars / max(tried, 1):.0f} characters on average) in {took:.0f} s; "
          f"{deep:,} through every renderer and encoding form")
    print("  seeds: " + ", ".join(f"{k} {n:,}" for k, n in where.most_common()))
    print("  shapes: " + ", ".join(f"{k} {n:,}" for k, n in shapes.most_common()))
    print("  mutations: " + ", ".join(f"{k} {n:,}" for k, n in ops.most_common()))
    crashes = sum(n for k, n in found.items() if k.startswith("crash"))
    lossless = sum(n for k, n in found.items() if k.startswith("lossless"))
    print(f"found: {crashes} crashes, {lossless} lossless violations, "
          f"{sum(found.values()) - crashes - lossless} other problems")
    for key, n in found.most_common():
        print(f"  {n:7,}  {key}")
    return 130 if interrupted else 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
