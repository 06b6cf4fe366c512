"""Rules the blind batches genres12 and genres13 asked for, on plain text."""

from __future__ import annotations

import speechparse


def _outline(text: str) -> list[tuple[int, str]]:
    return [(n.depth, n.marker) for n in speechparse.parse(text).walk()]


def test_a_run_may_start_right_after_a_word_when_its_paragraph_goes_on():
    text = "一、加强自身建设\n各级政府要切实做到一要坚持依法行政；二要坚持科学决策；三要坚持廉洁从政。\n二、其他\n"
    assert _outline(text) == [(1, "一、"), (2, "一要"), (2, "二要"), (2, "三要"), (1, "二、")]


def test_a_word_that_ends_in_one_starts_no_run():
    text = "一、要求\n全市统一要求，各地要统一是非标准，二要配合。\n二、其他\n"
    assert _outline(text) == [(1, "一、"), (1, "二、")]


def test_an_editors_note_with_its_own_text_then_points_is_notes():
    text = ("一、抓项目\n二、抓产业\n同志们！让我们奋力前进！\n编者注：本文据报道整理。\n"
            "1. 文中“五年”指2016年至2021年；\n2. 数据截至6月底。\n")
    doc = speechparse.parse(text)
    assert [n.marker for n in doc.walk()] == ["一、", "二、"]
    assert [n.marker for n in doc.notes] == ["编者注：", "1.", "2."]


def test_a_run_goes_on_after_an_aside_interrupted_it():
    text = ("三、明年的重点\n一是抓市场开拓。新签合同额要增长一成，海外市场要占到三成以上。\n"
            "二是抓安全生产。今年发生了两起一般安全事故，教训深刻，明年要实现零死亡。\n这里插两句题外话。\n"
            "其一，不要把安全工作当成安监部门一家的事，谁主管谁负责。\n"
            "其二，不要把安全投入当成成本，该花的钱一分不能省。\n"
            "三是抓科技创新。研发投入强度明年要达到百分之二点八。\n四是抓数字化建设。项目管理系统要全面上线。\n")
    assert _outline(text) == [(1, "三、"), (2, "一是"), (2, "二是"), (3, "其一，"), (3, "其二，"), (2, "三是"),
                              (2, "四是")]
