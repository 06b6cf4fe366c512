"""The in-process rates of the mypyc-compiled build (`make compiled` installs it in
build/compiled), for `bench/run.py --compiled DIR`.

The compiled and the pure build cannot be imported into one process (they are the same
package), so the compiled one is measured in a child that imports speechparse from DIR
and runs run.in_process on the corpus the parent wrote: the same texts, the same
measurements, the regex scan included, so that its ratios are taken within one process too.

    python -P bench/compiled.py CORPUS REPEAT   # the child (PYTHONPATH=DIR)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def rates(build: Path, corpus: Path, repeat: int) -> dict[str, float]:
    """MB/s of each in-process measurement, with speechparse imported from `build`."""
    # -P: neither the working directory nor bench/ may put the source tree first
    env = {**os.environ, "PYTHONPATH": str(build.resolve())}
    proc = subprocess.run([sys.executable, "-P", str(HERE / "compiled.py"), str(corpus), str(repeat)],
                          env=env, stdout=subprocess.PIPE, text=True)
    lines = proc.stdout.splitlines()
    if proc.returncode or not lines:
        sys.exit(f"the compiled build's measurement failed (exit code {proc.returncode})")
    print("\n".join(lines[:-1]))
    measured: dict[str, float] = json.loads(lines[-1])
    return measured


def main() -> None:
    corpus, repeat = Path(sys.argv[1]), int(sys.argv[2])
    sys.path.insert(0, str(HERE))
    import run

    import speechparse.builder

    if str(speechparse.builder.__file__).endswith(".py"):
        sys.exit(f"not the compiled build: speechparse.builder is {speechparse.builder.__file__}")
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"  (compiled build: {Path(speechparse.builder.__file__).parent.parent})")
    measured = run.in_process(texts, mb, repeat)
    print(json.dumps(measured))


if __name__ == "__main__":
    main()
