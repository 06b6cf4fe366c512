"""The mypyc-compiled build (setup.py, `make compiled`) gives the very bytes of the pure one.

`make test` runs the suite on the pure sources, `make test-compiled` on build/compiled
(with SPEECHPARSE_EXPECT_COMPILED=1). Either way this module first checks that the run uses
the build it means to (a stray extension module in the source tree would shadow the .py
files), then renders every fixture, seed and devset document in this process and with the
other build in a child process, and compares the outputs. Without a compiled build (no C
compiler, or `make compiled` not run) the comparison skips.

Run as a script (`python -P tests/test_compiled.py OUT PATH...`) it writes the outputs of
whatever build is importable to OUT, as JSON.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMPILED = ROOT / "build" / "compiled"  # `make compiled` installs the wheel's files here
SHARED = Path(os.environ.get("SPEECHPARSE_SHARED", ROOT.parent / "shared"))
EXPECT_COMPILED = os.environ.get("SPEECHPARSE_EXPECT_COMPILED") == "1"
FORMATS = ("json", "outline", "md", "chunks")
READABLE = (".txt", ".md", ".html", ".pdf", ".docx")


def compiled_modules() -> list[str]:
    """The dotted names setup.py compiles (its MYPYC_MODULES: the one place they are listed)."""
    spec = importlib.util.spec_from_file_location("speechparse_setup", ROOT / "setup.py")
    assert spec is not None and spec.loader is not None
    setup = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(setup)  # setup() itself runs only under __main__
    return [p.removesuffix(".py").replace("/", ".") for p in setup.MYPYC_MODULES]


def outputs(paths: list[Path]) -> dict[str, str]:
    """Every format of every document, and the --explain decisions, keyed by path and format."""
    import speechparse
    import speechparse.builder
    from speechparse.render import render

    out: dict[str, str] = {"builder module": str(speechparse.builder.__file__)}
    for path in paths:
        doc = speechparse.parse_file(path, explain=True)
        for fmt in FORMATS:
            text = render(doc, fmt)
            out[f"{path} {fmt}"] = text if isinstance(text, str) else text.decode("utf-8")
        out[f"{path} explain"] = json.dumps([d.to_dict() for d in doc.decisions], ensure_ascii=False)
    return out


def documents() -> list[Path]:
    found = [p for p in sorted((ROOT / "fixtures").rglob("*")) if p.suffix in READABLE and p.name != "README.md"]
    for shared in (SHARED / "seeds", SHARED / "devset"):
        if shared.is_dir():
            found += [p for p in sorted(shared.iterdir()) if p.suffix in (".txt", ".md")]
    return found


if __name__ == "__main__":
    target, *names = sys.argv[1:]
    Path(target).write_text(json.dumps(outputs([Path(n) for n in names]), ensure_ascii=False), encoding="utf-8")
    sys.exit(0)

import pytest  # noqa: E402  (not needed by the script above)


def test_the_run_uses_the_build_it_means_to():
    for name in compiled_modules():
        module = importlib.import_module(name)
        assert module.__file__ is not None
        is_extension = not module.__file__.endswith(".py")
        assert is_extension == EXPECT_COMPILED, f"{name} is loaded from {module.__file__}"


def _stale() -> bool:
    """Is build/compiled older than a source it was built from (sources edited since)?"""
    built = COMPILED / ".built"
    if not built.exists():
        return False
    stamp = built.stat().st_mtime
    return any(p.stat().st_mtime > stamp for p in (ROOT / "speechparse").rglob("*.py"))


@pytest.mark.skipif(not EXPECT_COMPILED and not (COMPILED / "speechparse").is_dir(),
                    reason="no compiled build in build/compiled (make compiled needs a C compiler)")
@pytest.mark.skipif(not EXPECT_COMPILED and _stale(),
                    reason="build/compiled is older than the sources: `make compiled` (or make test-compiled) rebuilds it")
def test_compiled_and_pure_builds_give_the_same_bytes(tmp_path: Path):
    paths = documents()
    assert len(paths) > 50
    here = outputs(paths)
    # the other build: the sources when this run is compiled, build/compiled when it is pure;
    # -P keeps the working directory (the source tree) off the child's path
    other = ROOT if EXPECT_COMPILED else COMPILED
    env = {**os.environ, "PYTHONPATH": str(other)}
    target = tmp_path / "other.json"
    subprocess.run([sys.executable, "-P", __file__, str(target), *map(str, paths)], env=env, check=True)
    there = json.loads(target.read_text(encoding="utf-8"))
    assert Path(there.pop("builder module")).is_relative_to(other)
    here.pop("builder module")
    assert there.keys() == here.keys()
    differ = [key for key in here if here[key] != there[key]]
    assert not differ, f"{len(differ)} outputs differ between the builds, first: {differ[:5]}"
