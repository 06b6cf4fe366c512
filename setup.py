"""Build of speechparse: pure Python by default; `SPEECHPARSE_USE_MYPYC=1` compiles the hot
modules with mypyc (black's scheme before it moved to hatch: `BLACK_USE_MYPYC=1`, mypyc
importable in the build environment, `MYPYC_OPT_LEVEL` / `MYPYC_DEBUG_LEVEL`).

    pip install .                                          # pure Python, no compiler needed
    pip install 'mypy>=1.10' setuptools                    # then, with a C compiler:
    SPEECHPARSE_USE_MYPYC=1 pip install --no-build-isolation .
    make compiled                                          # the same, into build/compiled

Metadata lives in pyproject.toml; this file only adds the extension modules. The compiled
modules' .py files ship beside them (the import system prefers the extension) and behave
the same: the pure build is the reference the tests compare the compiled one with.
"""

from __future__ import annotations

import os
import sys

from setuptools import setup

# What mypyc compiles, chosen by measurement (instructions per parse + JSON Lines of 1 MB of
# generated speeches, valgrind: pure 711 M; builder alone -13 %, builder + tokenizer -20 %,
# these six together -27 %: calls between compiled modules are native). Left out: numerals
# and cleanup gain nothing alone (kept: cheap, and called natively from the others);
# cleaning/noise gains 0.4 % and its rules are swapped by tests; model.py's Outline
# subclasses list (mypyc needs a non-native class there, and Node/Document are public API,
# pickled by Dask); render/json_.py crashes mypyc and its work is orjson's anyway.
MYPYC_MODULES = [
    "speechparse/builder.py",
    "speechparse/tokenizer.py",
    "speechparse/spans.py",
    "speechparse/numerals.py",
    "speechparse/cleanup.py",
    "speechparse/cleaning/lines.py",
]


def _ext_modules() -> list:
    if os.environ.get("SPEECHPARSE_USE_MYPYC") != "1":
        return []
    if {"develop", "editable_wheel"} & set(sys.argv):
        sys.exit("SPEECHPARSE_USE_MYPYC=1 with an editable install would put compiled modules beside "
                 "the sources and shadow every edit: build a wheel instead (make compiled)")
    try:
        from mypyc.build import mypycify
    except ImportError:
        sys.exit("SPEECHPARSE_USE_MYPYC=1 needs mypyc in the build environment: "
                 "pip install 'mypy>=1.10' setuptools, then pip install --no-build-isolation .")
    return mypycify(MYPYC_MODULES, opt_level=os.environ.get("MYPYC_OPT_LEVEL", "3"),
                    debug_level=os.environ.get("MYPYC_DEBUG_LEVEL", "1"),
                    target_dir="build/mypyc/c")


# the compiled build gets a build directory of its own: setuptools copies whatever lies in
# build/lib into the wheel, and a pure wheel must never pick up a stale extension
if __name__ == "__main__":  # (tests/test_compiled.py imports MYPYC_MODULES)
    compiled = os.environ.get("SPEECHPARSE_USE_MYPYC") == "1"
    setup(ext_modules=_ext_modules(),
          options={"build": {"build_base": "build/mypyc" if compiled else "build/pure"}})
