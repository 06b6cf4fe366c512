"""Focused checks of the real-world clean-up on small texts written for each case."""

from __future__ import annotations

import pytest

import speechparse

REPORT_HEAD = """政府工作报告
——2025年1月14日在青川省第十四届人民代表大会第四次会议上
青川省省长　王某某
各位代表：
现在，我代表省人民政府，向大会报告工作，请予审议。
一、过去一年工作回顾
过去一年，全省经济运行稳中有进。
——经济总量迈上新台阶。全年地区生产总值增长5.6%。
——创新能力持续增强。研发投入强度提高到2.4%。
（一）扩大有效需求。全年完成固定资产投资1.2万亿元。
（二）深化改革开放。一是推进国企改革；二是优化营商环境。
二、今年主要任务
各位代表！让我们奋发有为，为建设现代化新青川而努力奋斗！
"""


def test_report_front_matter_and_dash_bullets():
    doc = speechparse.parse(REPORT_HEAD)
    assert doc.title == "政府工作报告"
    assert doc.subtitle.startswith("——2025年1月14日在青川省")
    assert doc.date == "2025年1月14日"
    assert doc.speaker == "青川省省长　王某某"
    assert doc.salutation == "各位代表："
    first = doc.outline[0]
    assert [(c.marker, c.ordinal) for c in first.children] == [("——", None), ("——", None), ("（一）", 1), ("（二）", 2)]
    assert [c.marker for c in first.children[3].children] == ["一是", "二是"]
    assert doc.closing == ["各位代表！让我们奋发有为，为建设现代化新青川而努力奋斗！"]


def test_notes_with_a_label_line():
    text = ("一、总体要求\n要坚持稳中求进①。\n二、重点任务\n要抓好项目建设。\n"
            "注释：\n① 参见《青川发展报告》，第12页。\n② 参见《年鉴》，2024年版，第3页。\n")
    doc = speechparse.parse(text)
    assert [(n.marker, n.text) for n in doc.notes][:2] == [("", "注释："), ("①", "参见《青川发展报告》，第12页。")]
    assert [n.marker for n in doc.notes] == ["", "①", "②"]  # the label too: nothing is lost
    assert [n.marker for n in doc.outline] == ["一、", "二、"]
    assert "注释：" not in doc.outline[-1].body


def test_speech_mentioning_web_words_keeps_its_text():
    text = ("在全市数字政府建设推进会上的讲话\n同志们：\n"
            "一、加强网站和政务新媒体建设\n要把政府网站作为政务公开第一平台，完善在线服务。\n"
            "二、优化12345热线和在线客服\n要做到有呼必应、有诉必办，群众满意率达到95%以上。\n")
    doc = speechparse.parse(text)
    assert doc.removed == []
    assert [n.marker for n in doc.outline] == ["一、", "二、"]


def test_truncation_in_the_middle_is_not_the_end():
    text = ("一、第一个问题\n这是正文内容，讲的是第一个问题的具体要求和措施安排。\n（未完待续）\n"
            "二、第二个问题\n这是正文内容，讲的是第二个问题的具体要求和措施安排。\n")
    doc = speechparse.parse(text)
    assert not doc.truncated
    assert [n.marker for n in doc.outline] == ["一、", "二、"]
    assert [r.reason for r in doc.removed] == ["truncation"]


def test_page_end_footnotes_in_the_middle_are_notes_not_items():
    text = ("一、关于农业生产\n全省粮食总产量比上年增长百分之八①。\n"
            "① 见《青川省统计年鉴》，青川人民出版社1957年版，第12页。\n"
            "二、关于工业生产\n① 加强原材料供应。\n② 提高产品质量。\n")
    doc = speechparse.parse(text)
    assert [n.line for n in doc.notes] == [3]
    assert [(n.marker, [c.marker for c in n.children]) for n in doc.outline] == [("一、", []), ("二、", ["①", "②"])]


_PARAGRAPH = "这是正文内容，讲的是这个问题的具体要求和措施安排，各单位要抓好落实。\n"


def test_page_counters_between_paragraphs_divide_a_whole_copy():
    # a site's `（第2/3页）` `（第3/3页）` between the pages' paragraphs: the copy holds all three
    # (alone between blank lines, as a page shows it: a counter is noise by its shape)
    whole = ("一、第一个问题\n" + _PARAGRAPH * 4 + "\n（第2/3页）\n\n二、第二个问题\n" + _PARAGRAPH * 4
             + "\n（第3/3页）\n\n三、第三个问题\n" + _PARAGRAPH * 4)
    doc = speechparse.parse(whole)
    assert (doc.partial, doc.truncated, doc.warnings) == (False, False, [])
    assert [r.reason for r in doc.removed] == ["counter", "counter"]
    # one counter well inside the text divides pages 1 and 2: the start is there, page 3 is not
    two = "一、第一个问题\n" + _PARAGRAPH * 4 + "\n（第2/3页）\n\n二、第二个问题\n" + _PARAGRAPH * 4
    doc = speechparse.parse(two)
    assert (doc.partial, doc.truncated) == (False, True)
    assert [w.message for w in doc.warnings] == ["this is page 2 of 3: the speech continues on the next page"]


def test_a_page_counter_at_the_top_names_the_page_the_text_is():
    doc = speechparse.parse("（第2/3页）\n二、第二个问题\n" + _PARAGRAPH * 6 + "三、第三个问题\n" + _PARAGRAPH * 6)
    assert doc.partial and doc.truncated  # page 2 of 3: neither the start nor the end


def test_a_site_notice_after_the_speech_holds_no_items():
    text = ("一、总体情况\n" + _PARAGRAPH * 3 + "二、下步打算\n" + _PARAGRAPH * 3 + "谢谢大家。\n"
            "使用須知：\n1.本系統影像及文字僅供學術研究參考，請勿作商業用途。\n2.引用時請註明出處。\n")
    doc = speechparse.parse(text)
    assert [(n.marker, [c.marker for c in n.children]) for n in doc.outline] == [("一、", []), ("二、", [])]
    assert "使用須知：" in doc.outline[1].body  # read, in its place, but no item of the speech


def test_a_books_running_head_is_not_the_title():
    # an e-book's text: the collection's running head on the first line and again after a page number
    text = ("青岚文集　第二卷\n\n关于做好群众工作的几个问题\n\n（一九五六年三月二日）\n\n同志们：\n"
            "一、要相信群众\n" + _PARAGRAPH * 3 + "\n42\n\n青岚文集　第二卷\n\n" + _PARAGRAPH
            + "二、要依靠群众\n" + _PARAGRAPH * 3)
    doc = speechparse.parse(text)
    assert (doc.title, doc.date, doc.meta.get("书眉")) == ("关于做好群众工作的几个问题", "一九五六年三月二日", "青岚文集　第二卷")
    assert [(r.line, r.reason) for r in doc.removed] == [(13, "counter"), (15, "chrome")]
    # a report's PDF repeats its own title above each page: that is the title still
    report = "县政府工作报告\n\n一、过去一年\n" + _PARAGRAPH * 3 + "\n- 2 -\n县政府工作报告\n" + _PARAGRAPH + "二、今年工作\n" + _PARAGRAPH * 3
    assert speechparse.parse(report).title == "县政府工作报告"


def test_line_tokens_behave_as_a_dict_by_line_start():
    """The flat-array store of paragraph-start tokens answers as the dict it replaced: text
    order, the later of two on one line, inline tokens left out, out-of-order starts sorted."""
    import random
    from types import SimpleNamespace

    from speechparse.cleanup import LineTokens

    rng = random.Random(7)
    for _ in range(200):
        toks = [SimpleNamespace(start=rng.randrange(30), inline=rng.random() < 0.2, n=k)
                for k in range(rng.randrange(12))]
        toks.sort(key=lambda t: t.start if rng.random() < 0.8 else -t.start)  # mostly in order
        expected = {t.start: t for t in toks if not t.inline}
        store = LineTokens(toks)  # type: ignore[arg-type]
        assert len(store) == len(expected)
        assert list(store.items()) == sorted(expected.items(), key=lambda kv: kv[0])
        for start in range(-1, 31):
            assert (start in store) == (start in expected)
            assert store.get(start) is expected.get(start)
            if start in expected:
                assert store[start] is expected[start]
        assert "3" not in store
        with pytest.raises(KeyError):
            store[99]


def test_a_sites_statement_and_related_links_on_a_page_of_short_lines_are_noise():
    # a page with no outline of its own (a short notice, a disambiguation page): the site's
    # `相关链接：` list and its `网站声明：` (`1、本站……` / `2、转载请注明出处。`) are no items
    page = ("首页\n当前位置：首页 > 政务公开\n论联合政府\n的版本包括：\n论联合政府（1945年）\n论联合政府（1953年）\n"
            "打印本页 关闭窗口\n相关链接：\n1、关于印发……的通知\n2、关于做好……工作的意见\n"
            "网站声明：\n1、本站所载文章仅供参考。\n2、转载请注明出处。\n版权所有：某某办公厅\n")
    for copy in (page, page + "\n\n"):  # (blank lines after its last line too)
        doc = speechparse.parse(copy)
        assert doc.outline == []
        reasons = {r.text: r.reason for r in doc.removed}
        assert reasons["1、关于印发……的通知"] == reasons["相关链接："] == "chrome"
        assert reasons["网站声明："] == reasons["2、转载请注明出处。"] == "disclaimer"


def test_a_news_sites_related_stories_are_chrome():
    # `相关稿件` (a news site's) / `相关专题` then other articles' titles at the end of the page
    for label in ("相关稿件", "相关专题"):
        text = ("一、总体要求\n" + _PARAGRAPH * 2 + "二、重点任务\n一要抓好项目建设。\n二要抓好民生实事。\n" + _PARAGRAPH
                + f"{label}\n1. 全省项目建设现场推进会召开\n2. 一图读懂今年十件民生实事\n")
        doc = speechparse.parse(text)
        assert [n.marker for n in doc.walk()] == ["一、", "二、", "一要", "二要"]
        assert {r.text: r.reason for r in doc.removed}[label] == "chrome"


def test_a_related_box_inside_a_short_outline_keeps_the_outline_after_it():
    # (a 提纲 of short lines only: `相关链接：` and its line sit between `一、` and `二、`; the run
    # goes on after the box, so the box ends there)
    text = ("学习贯彻专题党课提纲\n一、深刻领会重大意义\n（一）这是一次举旗定向的大会\n（二）这是一次谋篇布局的大会\n"
            "相关链接：\n大会于10月16日在北京召开\n二、准确把握核心要义\n（一）十年的伟大变革\n三、推动落地见效\n（一）加强学习宣传\n")
    doc = speechparse.parse(text)
    assert [n.marker for n in doc.walk()] == ["一、", "（一）", "（二）", "二、", "（一）", "三、", "（一）"]
    assert [r.text for r in doc.removed] == ["相关链接：", "大会于10月16日在北京召开"]
