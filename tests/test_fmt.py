"""`speechparse fmt`: renumbering that changes nothing but markers, checked by re-parsing.

Property tests generate well-formed speeches, then break their numbering the way drafts get
broken (a section inserted or deleted, a number skipped or repeated, a marker written in
another punctuation); whatever fmt writes must differ from the input only inside the markers
of the parsed outline, be a fixed point of fmt, and leave lint nothing to say about numbering.
"""

from __future__ import annotations

import stat
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from support import ROOT, SHARED_DEVSET
from support.cli import invoke as run
from support.documents import parsed

import speechparse
from speechparse.fmt import (
    DEFAULT_LEVELS,
    UnsafeFormat,
    file_spans,
    format_bytes,
    format_text,
    level_style,
    shape,
)
from speechparse.lint import lint
from speechparse.model import Document
from speechparse.numerals import int_to_cn

DEVSET = SHARED_DEVSET
NUMBERING_RULES = ("SP101", "SP102", "SP103", "SP201", "SP202")

DRAFT = """\
关于做好今年工作的几点意见
同志们：
一、认清形势
（一）成绩来之不易。去年全市生产总值增长百分之六。
（三）困难不容忽视。一是需求不足，二是动能偏弱，四是风险较多。
二.明确任务
1、抓项目。
3、抓改革。
——稳住基本盘。
──守住底线。
四、强化保障
（1）加强领导。
（2）压实责任。
"""

FORMATTED = """\
关于做好今年工作的几点意见
同志们：
一、认清形势
（一）成绩来之不易。去年全市生产总值增长百分之六。
（二）困难不容忽视。一是需求不足，二是动能偏弱，三是风险较多。
二、明确任务
（一）抓项目。
（二）抓改革。
——稳住基本盘。
——守住底线。
三、强化保障
（一）加强领导。
（二）压实责任。
"""


def assert_only_markers_changed(old: str, new: str, old_doc: Document | None = None) -> None:
    """`new` is `old` with each marker of old's outline replaced by a (short) marker: the
    pieces of text between old's markers appear in `new` in order, each right after the
    previous one and at most a marker's length apart. `old_doc`: `old` parsed, if the caller
    has it."""
    spans: list[list[int]] = []
    for a, b in file_spans(old, old_doc if old_doc is not None else speechparse.parse(old)):
        if spans and spans[-1][1] == a:  # markers that touch: one region
            spans[-1][1] = b
        else:
            spans.append([a, b])
    cuts = [0, *(x for span in spans for x in span), len(old)]
    pieces = [old[cuts[k]:cuts[k + 1]] for k in range(0, len(cuts), 2)]
    widths = [cuts[2 * k] - cuts[2 * k - 1] for k in range(1, len(pieces))]  # the old regions
    assert new.startswith(pieces[0])

    # every piece must sit right after its predecessor plus one new marker (a short one), and
    # the last must end the text; a piece such as `、` may also match inside a new marker
    # (`①、` -> `一、、`), so every place within a marker's reach is tried
    @cache
    def aligns(k: int, pos: int) -> bool:
        if k == len(pieces):
            return pos == len(new)
        piece, width = pieces[k], widths[k - 1]
        limit = width + 4 * (width // 2 + 1)
        if not piece:
            return k == len(pieces) - 1 and 0 < len(new) - pos <= limit
        return any(new.startswith(piece, at) and aligns(k + 1, at + len(piece))
                   for at in range(pos + 1, min(pos + limit, len(new)) + 1))

    assert aligns(1, len(pieces[0])), (old[:80], new[:80])


# --- examples ----------------------------------------------------------------------------------
def test_draft_is_renumbered_and_restyled():
    result = format_text(DRAFT)
    assert result.text == FORMATTED
    assert [(e.old, e.new) for e in result.edits] == [
        ("（三）", "（二）"), ("四是", "三是"), ("二.", "二、"), ("1、", "（一）"), ("3、", "（二）"),
        ("──", "——"), ("四、", "三、"), ("（1）", "（一）"), ("（2）", "（二）")]
    assert_only_markers_changed(DRAFT, result.text)
    assert not format_text(result.text).changed  # idempotent
    findings = lint(speechparse.parse(result.text))
    assert not [f for f in findings if f.code in NUMBERING_RULES], findings


def test_levels_are_counted_among_heading_families_only():
    text = "第一部分　总体要求\n一、形势\n正文。\n三、任务\n第二，要实干。\n第三，要担当。\n第二部分　保障\n"
    result = format_text(text)
    # 第一部分 is no level of its own for the heading styles; 第二，第三， counts on from 二
    assert result.text == text.replace("三、任务", "二、任务")


def test_run_not_from_one_keeps_its_start():
    text = "一、总体要求\n二是要进。三是要好。五是要快。\n二、重点任务\n"  # 一 had no marker?
    assert format_text(text).text == text.replace("五是", "四是")


def test_house_levels_from_examples():
    assert level_style("（一）").write(12) == "（十二）"
    assert level_style("1.").write(3) == "3."
    assert level_style("①").write(21) is None
    assert level_style("Ⅰ.").write(4) == "Ⅳ."
    assert level_style("A、").write(2) == "B、"
    assert level_style("壹、").write(11) == "拾壹、"
    with pytest.raises(speechparse.errors.SpeechparseError, match="shows no numeral 1"):
        level_style("（二）")


def test_other_levels():
    result = format_text(DRAFT, levels=("一、", "1.", "（1）"))
    assert "\n1.抓项目。\n2.抓改革。\n" in result.text and "\n（一）成绩" not in result.text


def test_refuses_when_the_new_markers_would_change_the_outline():
    # 〖一〗 is no marker the parser knows (no house family installed): the outline would vanish
    with pytest.raises(UnsafeFormat, match="would change the outline"):
        format_text(DRAFT, levels=("〖一〗", "（一）"))


def test_refuses_a_marker_broken_by_an_invisible_character():
    text = "一、甲\n（一）乙。\n（三\u200b）丙。\n二、丁\n"
    assert speechparse.parse(text).outline_skeleton()[2][1] == "（三）"  # the parser drops it
    with pytest.raises(UnsafeFormat, match="not written in one piece"):
        format_text(text)


def test_encodings_line_ends_and_bom_are_kept():
    for encoding, bom, eol in (("gb18030", b"", "\r\n"), ("utf-8", b"\xef\xbb\xbf", "\n"),
                               ("utf-16-le", b"\xff\xfe", "\r\n")):
        data = bom + DRAFT.replace("\n", eol).encode(encoding)
        new, result = format_bytes(data)
        assert result.changed
        assert new == bom + FORMATTED.replace("\n", eol).encode(encoding), encoding


def test_nothing_to_do_returns_the_same_bytes():
    data = FORMATTED.encode("gb18030")
    new, result = format_bytes(data)
    assert new is data and not result.changed


# --- properties ----------------------------------------------------------------------------------
MARKERS = {
    "cn": lambda n: f"{int_to_cn(n)}、",
    "cn-paren": lambda n: f"（{int_to_cn(n)}）",
    "arabic": lambda n: f"{n}.",
    "arabic-paren": lambda n: f"（{n}）",
    "shi": lambda n: f"{int_to_cn(n)}是",
}
VARIANTS = {  # other spellings of the same style, as drafts mix them
    "cn": lambda n: f"{int_to_cn(n)}．",
    "cn-paren": lambda n: f"({int_to_cn(n)})",
    "arabic": lambda n: f"{n}、",
    "arabic-paren": lambda n: f"({n})",
    "shi": lambda n: f"{int_to_cn(n)}是",
}
ORDER = ["cn", "cn-paren", "arabic", "arabic-paren", "shi"]
WORDS = st.text(alphabet="加强推进工作发展建设经济产业项目改革创新服务", min_size=2, max_size=10)


@st.composite
def drafts(draw, mutate: bool = True) -> str:
    """A speech with nested runs; with `mutate`, its numbering broken as drafts break it."""
    lines = ["在全县工作会议上的讲话", "同志们："]

    def level(depth: int, count: int) -> None:
        n = 0
        nested = False  # the item before has children
        for _ in range(count):
            style = ORDER[depth]
            step = 1
            if mutate and n:  # skip or repeat; but a `（1）` again after the first one's own list
                # (`（1）` `一是` `二是` `（1）`) is a new list below `二是` as well as a slip: no
                # draft is unambiguous with it
                step = draw(st.sampled_from([1, 1, 1, 1, 2] if n == 1 and nested else [1, 1, 1, 1, 2, 0]))
            n += step
            write = draw(st.sampled_from([MARKERS, MARKERS, VARIANTS])) if mutate else MARKERS
            lines.append(f"{write[style](n)}{draw(WORDS)}。{draw(WORDS)}。")
            if draw(st.booleans()):
                lines.append(draw(WORDS) + "。")
            nested = depth + 1 < len(ORDER) and draw(st.integers(0, 2)) == 0
            if nested:
                level(depth + 1, draw(st.integers(1, 3)))

    # a well-formed speech uses the default levels from the top; a draft may start lower down
    level(draw(st.integers(0, 1)) if mutate else 0, draw(st.integers(1, 5)))
    return "\n".join(lines) + "\n"


SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_formatting(text: str) -> Document | None:
    """fmt `text`; if it writes anything, only markers changed and fmt is idempotent. Returns
    fmt's text parsed (each text is parsed once here, besides format_text's own parses)."""
    try:
        result = format_text(text)
    except UnsafeFormat:
        event("refused")
        return None
    event("changed" if result.changed else "unchanged")
    before = speechparse.parse(text)
    after = speechparse.parse(result.text) if result.changed else before
    assert_only_markers_changed(text, result.text, before)
    assert shape(after) == shape(before)
    assert not format_text(result.text).changed
    return after


@SETTINGS
@given(drafts(mutate=False))
def test_well_formed_speeches_are_left_alone(text: str):
    assert not format_text(text).changed


@SETTINGS
@given(drafts())
@example("在全县工作会议上的讲话\n同志们：\n一、甲。\n一、乙。\n（一）丙。\n一、丁。\n（一）戊。\n二、己。\n")  # 一 一 一 二
def test_broken_drafts_are_fixed_and_nothing_else_changes(text: str):
    new = check_formatting(text)
    assert new is not None  # generated drafts are unambiguous: fmt must not refuse them
    findings = [f for f in lint(new) if f.code in NUMBERING_RULES]
    assert not findings, (findings, new.text)


SPEECHY = st.sampled_from(list("一二三四五六七八九十是要第其（）()、.．，。；：——①②③123 \u3000\n年月加强工作"))


@SETTINGS
@given(st.lists(SPEECHY, min_size=1, max_size=300).map("".join).filter(str.strip))
def test_arbitrary_text_changes_only_markers_or_is_refused(text: str):
    check_formatting(text)


@SETTINGS
@given(drafts(), st.sampled_from([("一、", "（一）", "1.", "（1）"), ("一、", "1.", "（1）", "①"),
                                  ("一、", "（一）", "（1）")]))
def test_any_level_styles_keep_the_outline(text: str, levels: tuple[str, ...]):
    try:
        result = format_text(text, levels=levels)
    except UnsafeFormat:
        event("refused")
        return
    assert_only_markers_changed(text, result.text)
    assert not format_text(result.text, levels=levels).changed


# --- the development set --------------------------------------------------------------------------
DEV_DOCS = sorted(DEVSET.glob("*.txt")) if DEVSET.is_dir() else []


@pytest.mark.skipif(not DEV_DOCS, reason="no development set at ../shared/devset")
def test_devset_round_trips():
    from speechparse.source import decode

    changed = 0
    for path in DEV_DOCS:
        text, _ = decode(path.read_bytes())
        result = format_text(text)  # an UnsafeFormat here fails the test: none may be refused
        before = parsed(path)  # (the devset tests' own parse of the file, shared)
        after = speechparse.parse(result.text) if result.changed else before
        assert shape(after) == shape(before), path.name
        assert not format_text(result.text).changed, path.name
        assert_only_markers_changed(text, result.text, before)
        changed += result.changed
    assert len(DEV_DOCS) == 55 and changed >= 1


# --- the command ------------------------------------------------------------------------------------
def test_check_diff_and_in_place(tmp_path: Path):
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    draft.chmod(0o640)
    proc = run("fmt", "--check", str(draft))
    assert proc.returncode == 1 and "would renumber" in proc.stderr
    proc = run("fmt", "--diff", str(draft))
    assert proc.returncode == 0
    assert "-（三）困难不容忽视" in proc.stdout.decode() and "+（二）困难不容忽视" in proc.stdout.decode()
    assert draft.read_text(encoding="utf-8") == DRAFT  # --check and --diff write nothing
    proc = run("fmt", str(draft))
    assert proc.returncode == 0, proc.stderr
    assert draft.read_text(encoding="utf-8") == FORMATTED
    assert stat.S_IMODE(draft.stat().st_mode) == 0o640
    assert run("fmt", "--check", str(draft)).returncode == 0
    assert [p.name for p in tmp_path.iterdir()] == ["draft.txt"]  # no temporary file left


def test_stdin_to_stdout():
    proc = run("fmt", "-", stdin=DRAFT.encode("gb18030"))
    assert proc.returncode == 0
    assert proc.stdout.decode("gb18030") == FORMATTED


def test_refusal_leaves_the_file_alone_and_goes_on(tmp_path: Path):
    bad, good = tmp_path / "a.txt", tmp_path / "b.txt"
    bad.write_text(DRAFT, encoding="utf-8")
    good.write_text(DRAFT, encoding="utf-8")
    proc = run("fmt", "--levels", "〖一〗,（一）", str(bad))
    assert proc.returncode == 2
    assert bad.read_text(encoding="utf-8") == DRAFT
    lines = proc.stderr.splitlines()
    assert lines[0].startswith(f"speechparse: {bad}: refusing to format")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02" * 10)
    proc = run("fmt", str(binary), str(good))  # a bad file is reported; the others are done
    assert proc.returncode == 2 and good.read_text(encoding="utf-8") == FORMATTED
    assert proc.stderr.splitlines()[0].startswith(f"speechparse: {binary}: input looks binary")


def test_levels_from_the_config(tmp_path: Path):
    (tmp_path / ".speechparse.yaml").write_text("fmt:\n  levels: ['一、', '1.', '（1）']\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text(DRAFT, encoding="utf-8")
    proc = run("fmt", "d.txt", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "\n1.抓项目。\n" in (tmp_path / "d.txt").read_text(encoding="utf-8")
    (tmp_path / ".speechparse.yaml").write_text("fmt:\n  levels: ['甲、']\n", encoding="utf-8")
    proc = run("fmt", "d.txt", cwd=tmp_path)
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1 and "no numeral 1" in proc.stderr


def test_pre_commit_hook_runs_fmt():
    import yaml

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "speechparse-fmt")
    assert hook["entry"].split()[:2] == ["speechparse", "fmt"] and hook["language"] == "python"


def test_help_has_examples():
    out = run("fmt", "--help").stdout.decode()
    assert "speechparse fmt --check" in out and "GB/T 9704" in out
    assert DEFAULT_LEVELS == ("一、", "（一）", "1.", "（1）")


def test_levels_below_the_configured_ones_get_one_bracket_width():
    # found by the property test below: `(2)` beside `（1）` five levels down was left half-width
    from speechparse.fmt import format_text

    lines = ["一、", "（一）", "（二）", "1.", "（1）", "一是", "（1）", "一是", "二是", "(2)"]
    text = "在全县工作会议上的讲话\n同志们：\n" + "".join(f"{m}业业。业业。\n" for m in lines)
    result = format_text(text)
    assert result.text.endswith("二是业业。业业。\n（2）业业。业业。\n")
    assert [e.old for e in result.edits] == ["(2)"]
