"""House-style marker families from configuration (speechparse/house_styles.py).

fixtures/house/<style>/ holds a config (`.speechparse.yaml` or `pyproject.toml`), a speech
we wrote in that style and its expected outline. The families join the registry through
`house_styles.arranged` and `read_ordinal`; until `markers.registry()` and the tokenizer
call them (the two-line hook), the `hook` fixture below stands in for it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support import FIXTURES
from support.cli import invoke

import speechparse
from speechparse import house_styles, tokenizer
from speechparse.config import ConfigError, load_config
from speechparse.fmt import format_text
from speechparse.lint import lint

HOUSE = FIXTURES / "house"
STYLES = sorted(p for p in HOUSE.iterdir() if p.is_dir())


def config_of(folder: Path) -> Path:
    return next(p for p in (folder / ".speechparse.yaml", folder / "pyproject.toml") if p.exists())


@pytest.fixture()
def hook():
    """house_styles.install, with the house families removed afterwards."""
    yield house_styles.install
    house_styles.install(())


@pytest.mark.parametrize("folder", STYLES, ids=lambda p: p.name)
def test_house_style_fixture(folder: Path, hook):
    cfg = load_config(config_of(folder))
    assert cfg.families and cfg.fmt_levels
    hook(cfg.families)
    doc = speechparse.parse_file(folder / "speech.text")
    assert doc.outline() == (folder / "expected.outline").read_text(encoding="utf-8")
    # the families take part in lint and fmt like built-in ones
    assert not [f for f in lint(doc) if f.code.startswith("SP1")]
    text = (folder / "speech.text").read_text(encoding="utf-8")
    assert not format_text(text, levels=cfg.fmt_levels).changed  # already in its house style


def test_fmt_renumbers_and_restyles_into_a_house_style(hook):
    cfg = load_config(config_of(HOUSE / "lenticular"))
    hook(cfg.families)
    draft = "〖一〗统一思想\n1、认清汛情。\n3、克服麻痹。\n〖三〗突出重点\n1、盯紧水库。\n"
    result = format_text(draft, levels=cfg.fmt_levels)
    assert result.text == "〖一〗统一思想\n（一）认清汛情。\n（二）克服麻痹。\n〖二〗突出重点\n（一）盯紧水库。\n"


def test_without_the_families_the_speech_is_flat():
    # (`壹、` has been a built-in family since Taiwan's reports: the financial house style
    # only names it, so it is the lenticular `〖一〗` that needs its declaration)
    doc = speechparse.parse_file(HOUSE / "lenticular" / "speech.text")
    assert [n.marker for n in doc.outline][:2] == ["（一）", "（二）"]  # 〖一〗 is no marker


def test_command_line_uses_the_config(tmp_path: Path):
    """fmt and diff install the config's families themselves (exit 2 with a one-line error
    when the config is bad). Without the hook the families cannot join yet, so this test
    checks only what the commands can: reading and refusing."""
    (tmp_path / ".speechparse.yaml").write_text(
        "families:\n  - name: bad\n    pattern: '〖{n}〗(\\s*\\S+)+：'\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("一、甲\n二、乙\n", encoding="utf-8")
    for args in (("fmt", "a.txt"), ("diff", "a.txt", "a.txt")):
        proc = invoke(*args, cwd=tmp_path)
        assert proc.returncode == 2
        assert proc.stderr.splitlines() == [
            f"speechparse: {tmp_path / '.speechparse.yaml'}: family 'bad': pattern '〖{{n}}〗(\\s*\\S+)+：' "
            "repeats a group that holds a repetition, which can backtrack catastrophically; simplify it"]


# --- checking declarations ---------------------------------------------------------------------
def declare(**decl):
    return house_styles.family_of({"name": "house", **decl})


@pytest.mark.parametrize("pattern, message", [
    ("{n}(、+)+x", "repeats a group that holds a repetition"),
    ("(?:ab|a)*{n}、", "repeats an alternation"),
    ("〖{n}〗(\\s*\\S+)+：", "repeats a group that holds a repetition"),
    ("({n})\\1", "back-reference"),
])
def test_catastrophic_patterns_are_refused_by_their_form(pattern: str, message: str):
    with pytest.raises(ConfigError, match=message) as err:
        declare(pattern=pattern)
    assert str(err.value).startswith("family 'house': pattern ") and "\n" not in str(err.value)


def test_slow_patterns_are_refused_by_the_probe_timeout():
    """The probes run under `regex`'s timeout: whatever the form check lets through, a
    pattern slower than `timeout` on a probe line is refused, in bounded time (the probe
    count and the timeout bound it, not the pattern)."""
    import regex

    slow = "〖(?P<n>[一二三])〗(?:\\S+\\s*)*：$"  # quadratic and worse on a long line
    probes = ["〖一〗" + "甲 " * 3000 + "\u0000"]
    with pytest.raises(ConfigError, match="takes too long on a line of 6004 characters"):
        house_styles.check_time("house", slow, regex.compile(slow), probes, timeout=1e-4)
    house_styles.check_time("house", "〖一〗", regex.compile("〖一〗"), probes, timeout=1.0)  # fine


@pytest.mark.parametrize("decl, message", [
    ({"pattern": "【{n}"}, None),
    ({"pattern": "[{n}"}, "invalid pattern"),
    ({"pattern": "{n}、", "numeral": "hexadecimal"}, "unknown numeral kind 'hexadecimal'"),
    ({"pattern": "、"}, "needs {n}"),
    ({"pattern": "(?P<x>甲){n}"}, "no other named group"),
    ({"pattern": "{n}?"}, "matches the empty string"),
    ({"pattern": "{n}、", "before": "nonesuch"}, "names no family"),
    ({"pattern": "{n}、", "colour": "red"}, "unknown key 'colour'"),
    ({"pattern": "〖{n}〗", "examples": ["【壹】"]}, "example '【壹】' does not match"),
    ({"pattern": "{n}、", "heading": "yes"}, "heading must be true or false"),
])
def test_bad_declarations_are_one_line_errors(decl: dict, message: str | None):
    if message is None:
        assert declare(**decl).pattern.startswith("【(?P<n>")
        return
    with pytest.raises(ConfigError, match=message.replace("{", "\\{").replace("?", "\\?")) as err:
        house_styles.families_from([{"name": "house", **decl}])
    assert "\n" not in str(err.value)


def test_a_family_name_is_new():
    with pytest.raises(ConfigError, match="declared twice"):
        house_styles.families_from([{"name": "cn-dun", "pattern": "{n}、"}])


@pytest.mark.parametrize("kind, written, value", [
    ("chinese", "十二", 12), ("financial", "拾贰", 12), ("financial", "貳", 2), ("roman", "Ⅻ", 12),
    ("roman", "XIV", 14), ("roman", "ⅳ", 4), ("latin", "C", 3), ("latin", "c", 3),
    ("arabic", "１２", 12), ("circled", "⑳", 20),
])
def test_numeral_kinds_read(kind: str, written: str, value: int):
    assert house_styles.numeral(kind).read(written) == value


def test_numerals_write_what_they_read():
    for kind, num in house_styles.NUMERALS.items():
        for n in range(1, 13):
            written = num.write(n)
            assert written is not None and num.read(written) == n, (kind, n)
    assert house_styles.numeral("roman").read("IIII") is None  # only canonical spellings


def test_installed_families_join_the_registry_before_the_named_one():
    fam = declare(pattern="{n}、", numeral="financial", before="cn-paren")
    house_styles.install((fam,))
    try:
        names = [f.name for f in tokenizer.registry()]
        assert names.count("house") == 1
        assert names.index("house") == names.index("cn-paren") - 1
        assert house_styles.read_ordinal(fam, "叁") == 3
        assert house_styles.read_ordinal(tokenizer.registry()[0], "三") == 3  # built-in: as before
    finally:
        house_styles.install(())


@pytest.mark.parametrize("folder", STYLES, ids=lambda p: p.name)
def test_parse_and_lint_use_the_house_families_of_the_nearest_config(folder: Path):
    try:
        out = invoke("parse", "speech.text", cwd=folder)
        assert out.returncode == 0, out.stderr
        assert out.text == (folder / "expected.outline").read_text(encoding="utf-8")
        assert invoke("lint", "speech.text", cwd=folder).returncode in (0, 1)
    finally:
        house_styles.install(())
