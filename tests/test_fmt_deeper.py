"""fmt below the configured levels: a style a level above has taken (found by the property test
test_broken_drafts_are_fixed_and_nothing_else_changes)."""

from __future__ import annotations

import speechparse
from speechparse.fmt import format_text


def test_a_deeper_level_in_a_taken_style_is_written_circled():
    # `一、一、二、` renumbered pushes the `（1）` items to level four, taken by `（1）`: the
    # `（1）` under them (level five) would read back as their siblings
    lines = ["一、", "业业。", "一、", "二、", "（一）", "1.", "（1）", "一是", "2.", "（1）", "一是", "（二）", "1.",
             "（1）", "一是", "二、"]
    text = "在全县工作会议上的讲话\n同志们：\n" + "".join(
        f"{m}\n" if m == "业业。" else f"{m}业业。业业。\n" for m in lines)
    result = format_text(text)
    assert [e.new for e in result.edits if e.old == "（1）"] == ["①", "①", "①"]
    before = [(d, t) for d, _, t in speechparse.parse(text).outline_skeleton()]
    after = [(d, t) for d, _, t in speechparse.parse(result.text).outline_skeleton()]
    assert before == after


def test_a_second_draft_the_property_test_found_is_formatted():
    lines = ["一、", "（一）", "二、", "三、", "四、", "（一）", "1.", "（1）", "一是", "（二）", "1.", "2.", "（1）", "一是",
             "一是", "（1）", "一是", "二是", "（2）"]
    text = "在全县工作会议上的讲话\n同志们：\n" + "".join(f"{m}业业。业业。\n" for m in lines)
    result = format_text(text)  # raised UnsafeFormat before `①` was tried
    before = [(d, t) for d, _, t in speechparse.parse(text).outline_skeleton()]
    after = [(d, t) for d, _, t in speechparse.parse(result.text).outline_skeleton()]
    assert result.edits and before == after
