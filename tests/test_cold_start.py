"""What a cold `speechparse parse small.txt` does not pay for (the bench measures the time,
these the reasons): patterns only some texts need are compiled when one does (`lazy_re`),
threading is not imported, and the collection Python runs at exit is spared."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from support import SAMPLE
from support.cli import child_env

from speechparse.lazy_re import LazyPattern, lazy


def _child(code: str) -> str:
    proc = subprocess.run([sys.executable, "-c", code, str(SAMPLE)], capture_output=True, text=True,
                          env=child_env(), timeout=60)
    assert proc.returncode == 0, proc.stderr
    return proc.stderr


@pytest.mark.parametrize("text", ["", "a1b22c333", "第3页 共12页", "一、总体要求\n（一）稳中求进\n"])
def test_a_lazy_pattern_answers_as_the_compiled_one(text: str) -> None:
    for source, flags in ((r"\d+", 0), (r"^[一二三]、", re.M), (r"(?P<n>\d)页", 0)):
        compiled, late = re.compile(source, flags), lazy(source, flags)
        assert late.pattern == compiled.pattern and late.flags == flags
        for method in ("match", "fullmatch", "search"):
            got, want = getattr(late, method)(text, 1), getattr(compiled, method)(text, 1)
            assert (got and got.span()) == (want and want.span())
        assert [m.span() for m in late.finditer(text)] == [m.span() for m in compiled.finditer(text)]
        assert late.sub("#", text) == compiled.sub("#", text)
        assert late.sub(lambda m: m.group(0) * 2, text, 1) == compiled.sub(lambda m: m.group(0) * 2, text, 1)


def test_a_lazy_pattern_compiles_on_first_use_only() -> None:
    late = lazy(r"\d+")
    assert late._compiled is None and late.pattern == r"\d+"  # reading its source compiles nothing
    assert late.search("x1")
    first = late._compiled
    assert first is not None and late.compiled() is first


RARE = {"speechparse.cleaning.frontmatter": ("SUBTITLE", "DATE_IN", "SPEAKER"),
        "speechparse.cleaning.noise": ("LICENCE_WORDS", "LICENCE_LINE"),
        "speechparse.cleaning.notes": ("NOTE_LABEL", "CITATION", "STRONG_CITATION"),
        "speechparse.reflow": ("_INDENT", "_MARKUP"),
        "speechparse.source": ("_ZERO_WIDTH", "_CONTROL")}


def test_a_plain_parse_leaves_the_rare_patterns_uncompiled() -> None:
    # the sample is a short web page without notes, a speaker line, a licence notice or
    # zero-width characters
    code = ("import io, sys\nfrom speechparse import cli\nsys.stdout = io.StringIO()\n"
            "try:\n    cli.main(['parse', sys.argv[1]])\nexcept SystemExit as e:\n    assert not e.code\n"
            f"rare = {RARE!r}\n"
            "state = {f'{m}.{k}': getattr(getattr(sys.modules[m], k), '_compiled', 'eager')\n"
            "         for m, names in rare.items() for k in names}\n"
            "print({k: v for k, v in state.items() if v is not None}, 'threading' in sys.modules, file=sys.stderr)\n")
    assert _child(code).strip() == "{} False"


def test_the_collection_at_exit_is_spared() -> None:
    # atexit runs its functions last-registered first: this report runs after main's freeze
    code = ("import atexit, gc, io, sys\n"
            "atexit.register(lambda: print('frozen', gc.get_freeze_count() > 0, file=sys.stderr))\n"
            "from speechparse import cli\nsys.stdout = io.StringIO()\n"
            "for _ in range(2):\n"
            "    try:\n        cli.main(['parse', sys.argv[1]])\n    except SystemExit as e:\n        assert not e.code\n"
            "assert gc.get_freeze_count() == 0  # a program that calls main goes on collecting\n")
    assert _child(code).strip() == "frozen True"


def test_lazy_patterns_are_typed_as_patterns_for_their_users() -> None:
    assert isinstance(lazy("x"), LazyPattern) and repr(lazy("x")) == "lazy('x')"
