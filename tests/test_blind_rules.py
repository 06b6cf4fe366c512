"""Rules the blind batches asked for (genres12, genres13, genres29-31 and others), on plain text and Markdown."""

from __future__ import annotations

import pytest
from support import FIXTURES

import speechparse


def _outline(text: str) -> list[tuple[int, str]]:
    return [(n.depth, n.marker) for n in speechparse.parse(text).walk()]


def _parse_file(folder, name: str, text: str) -> speechparse.Document:
    """`text` saved as `name` (its suffix says how it is read) and parsed from the file."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return speechparse.parse_file(path)


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


def test_an_emoji_before_a_marker_is_decoration():
    doc = speechparse.parse("🚀 一、总体要求\n正文。\n💡 二、主要任务\n✍️ 三、保障措施\n")
    assert [(n.marker, n.title) for n in doc.walk()] == [("一、", "总体要求"), ("二、", "主要任务"), ("三、", "保障措施")]


def test_a_heading_repeated_with_xu_goes_on_its_item():
    text = ("一、2024年经营回顾\n1.销售额增长。\n2.回款加快。\n一、2024年经营回顾（续）\n3.成本下降。\n"
            "二、2025年工作思路\n")
    assert _outline(text) == [(1, "一、"), (2, "1."), (2, "2."), (2, "3."), (1, "二、")]


def test_a_range_while_its_ordinal_is_open():
    text = ("一、抓水利建设\n一、二月份是施工最紧张的时候，要抓紧。\n二、抓春耕生产\n")
    assert _outline(text) == [(1, "一、"), (1, "二、")]


def test_a_numbered_item_before_a_number_after_a_space():
    assert _outline("1. 9月底前完成清欠。\n2. 10月底前完成对账。\n") == [(1, "1."), (1, "2.")]


def test_bracketed_notes_label_and_notes_before_a_running_footer():
    text = ("第一，减租。\n第二，减息。\n〔注释〕\n〔1〕见《文件汇编》第12页。\n〔2〕办法如下：\n一、地租减百分之二十五；\n"
            "二、利息一分半。\n")
    assert _outline(text) == [(1, "第一，"), (1, "第二，")]
    text = ("一、工业\n二、农业\n——————————\n①即《市政府关于加快工业发展的意见》，2005年印发。\n"
            "②据市统计局《2005年统计公报》。\n新世纪县域经济发展文集\n")
    doc = speechparse.parse(text)
    assert [n.marker for n in doc.walk()] == ["一、", "二、"] and len(doc.notes) == 2


def test_a_handling_mark_above_the_title_is_meta():
    doc = speechparse.parse("内部资料　注意保存\n\n在全行工作会议上的报告\n\n一、回顾\n二、任务\n")
    assert doc.meta["密级"] == "内部资料　注意保存" and doc.title == "在全行工作会议上的报告"


def test_a_reposters_preface_after_the_byline_is_meta():
    text = ("重读经典：在读书会上的讲话\n松间月\n128 人赞同了该文章\n"
            "写在前面：这篇讲话是我在旧书摊读到的。一是为了方便阅读，二是便于检索。\n同志们：\n"
            "（一）关于读书\n（二）关于调查研究\n")
    doc = speechparse.parse(text)
    assert [n.marker for n in doc.walk()] == ["（一）", "（二）"] and "写在前面" in doc.meta


def test_an_attachment_after_the_sign_off_holds_no_items():
    text = ("一、履职情况\n二、存在不足\n以上报告，请予评议。\n述职人：宋某\n2026年1月15日\n\n附件：\n"
            "2026年重点工作计划\n为贯彻落实会议精神，制定本计划。\n一、总体思路\n二、主要目标\n1、粮食稳产\n")
    assert _outline(text) == [(1, "一、"), (1, "二、")]


def test_stage_directions_are_no_paragraphs_between_a_runs_items():
    text = ("第一，审批要快。一是审批环节还偏多，一个项目要盖十几个章。\n（停顿）\n大家想一想，企业看什么？\n"
            "（掌声）\n这个数字我核过，二是涉企检查还偏多，有的企业一个月迎检五次。\n【鼓掌】\n"
            "三是政策兑现还偏慢。\n第二，服务要实。\n")
    assert _outline(text) == [(1, "第一，"), (2, "一是"), (2, "二是"), (2, "三是"), (1, "第二，")]


def test_a_bare_name_above_the_date_is_the_speaker_and_a_spaced_table_key_is_meta():
    doc = speechparse.parse("在全市大会上的讲话\n许　承　岳\n（2025年5月26日）\n同志们：\n一、认清形势\n二、明确任务\n")
    assert (doc.title, doc.speaker, doc.date, doc.salutation) == ("在全市大会上的讲话", "许　承　岳", "2025年5月26日", "同志们：")
    doc = speechparse.parse("索 引 号： | 113308/2025-00012 | 标　　题： | 2025年政府工作报告\n政府工作报告\n一、回顾\n二、任务\n")
    assert doc.meta["索引号"] == "113308/2025-00012" and doc.meta["标题"] == "2025年政府工作报告"


def test_a_summary_under_its_own_label_is_meta():
    text = ("在全市教育工作会议上的讲话\n摘要\n讲话指出，今年要做好三件事：一是推动均衡发展，二是建设教师队伍，三是深化评价改革。\n"
            "同志们：\n一、推动均衡发展\n二、建设教师队伍\n三、深化评价改革\n")
    doc = speechparse.parse(text)
    assert [n.marker for n in doc.walk()] == ["一、", "二、", "三、"] and doc.meta["摘要"].startswith("讲话指出")


def test_a_late_heading_above_a_page_that_began_mid_speech():
    text = ("（三）抓好重点行业\n1.道路交通。\n2.建筑施工。\n（四）提升应急处置\n（1）完善预案。\n（2）加强队伍。\n"
            "三、压紧压实责任\n（一）压实领导责任\n（二）压实监管责任\n四、加强基础建设\n第一，加强队伍建设。\n第二，加强投入保障。\n")
    assert _outline(text) == [(1, "（三）"), (2, "1."), (2, "2."), (1, "（四）"), (2, "（1）"), (2, "（2）"),
                              (1, "三、"), (2, "（一）"), (2, "（二）"), (1, "四、"), (2, "第一，"), (2, "第二，")]


def test_a_spaced_page_counter_is_removed():
    # (the 相关文档 list after 试读已结束 is checked on fixtures/genres23/wenku_county_econ_meeting.txt)
    doc = speechparse.parse("一、抓项目\n全年完成投资。\n第 1 页 共 6 页\n二、抓产业\n培育新动能。\n")
    assert [(r.line, r.reason) for r in doc.removed] == [(3, "counter")]


def test_traditional_characters_copies():
    text = ("目錄\n一、總體要求\n二、主要任務\n同志們：\n一、總體要求\n要堅持穩中求進。\n二、主要任務\n"
            "第一點，統一思想。\n第二點，壓實責任。\n同志們，讓我們團結奮鬥！\n注釋\n〔1〕見《文件匯編》，第12頁。\n")
    doc = speechparse.parse(text)
    assert [(n.marker, n.depth) for n in doc.walk()] == [("一、", 1), ("二、", 1), ("第一點，", 2), ("第二點，", 2)]
    assert len(doc.toc) == 2 and doc.salutation == "同志們：" and [n.marker for n in doc.notes] == ["", "〔1〕"]
    assert doc.closing == ["同志們，讓我們團結奮鬥！"]


def test_a_pre_block_keeps_its_lines_and_joins_its_wraps(tmp_path):
    page = ("<html><body><pre>\n　　一、一九九七年工作回顾\n　　全县经济稳步增长，第二、三产业\n比重提高。\n"
            "　　（一）农业生产获得较好收成\n　　二、一九九八年的任务\n</pre></body></html>\n")
    doc = _parse_file(tmp_path, "report.html", page)
    assert [(n.depth, n.marker, n.line) for n in doc.walk()] == [(1, "一、", 2), (2, "（一）", 5), (1, "二、", 6)]



# --- genres29-31: institutions' reports, ceremonies, plans and budgets ----------------------------

def test_a_second_run_inside_an_open_run_of_its_rank_group_is_a_child():
    # `一要……` between `二是` and `三是`: the 是 run goes on, so the 要 run is inside 二是
    text = ("一是要立志。\n立志要早。\n二是要练功。\n练功要苦。\n希望大家一要沉得下心；二要动得了手；三要跟得上趟。\n"
            "三是要修德。\n")
    assert _outline(text) == [(1, "一是"), (1, "二是"), (2, "一要"), (2, "二要"), (2, "三要"), (1, "三是")]
    # the 是 run over, the 要 run is its kin, beside it
    done = "一是抓项目。\n二是抓产业。\n三是抓民生。\n一要提高认识；二要压实责任。\n"
    assert _outline(done) == [(1, "一是"), (1, "二是"), (1, "三是"), (1, "一要"), (1, "二要")]


def test_a_summary_with_a_lead_word_closes_the_list_before_it():
    text = ("（一）协商议政\n拟安排以下议题：\n①推动文旅融合；\n②加快物流建设；\n③提升医疗服务。\n"
            "围绕上述议题，一要深入调研；二要精心协商；三要跟踪问效。\n（二）服务群众\n")
    assert _outline(text) == [(1, "（一）"), (2, "①"), (2, "②"), (2, "③"), (2, "一要"), (2, "二要"), (2, "三要"),
                              (1, "（二）")]


def test_a_table_pasted_as_text_has_no_items():
    text = ("一、收入情况\n（一）一般公共预算\n收入18.6亿元。\n表1　收入执行情况\n单位：万元\n项目\t预算数\t执行数\n一、税收收入\t126800\t129100\n"
            "1.增值税\t48200\t49360\n二、非税收入\t57200\t57300\n1. 专项收入    16500    16830\n"
            "（二）基金预算\n基金收入21.45亿元。\n二、支出情况\n")
    doc = speechparse.parse(text)
    assert [(n.depth, n.marker) for n in doc.walk()] == [(1, "一、"), (2, "（一）"), (2, "（二）"), (1, "二、")]
    assert "一、税收收入\t126800\t129100" in doc.outline[0].children[0].body  # the rows stay, as body text


def test_a_footnote_where_a_pdf_page_ended_and_the_running_header_after_each_page_number():
    body = "　　" + "立法工作取得新进展。" * 6
    text = ("一、过去一年的工作\n（一）坚持立法引领\n　　制定《历史街区保护条例》①，一是扩大公众参与；二是发挥联系点作用；\n\n"
            "①《历史街区保护条例》于2024年9月27日经省人大常委会批准。\n\n— 1 —\n\n泸阳市人大常委会工作报告\n\n"
            f"三是加强协同立法。\n{body}\n\n— 2 —\n\n泸阳市人大常委会工作报告\n\n（二）坚持正确监督\n{body}\n")
    doc = speechparse.parse(text)
    assert [(n.depth, n.marker) for n in doc.walk()] == [(1, "一、"), (2, "（一）"), (3, "一是"), (3, "二是"),
                                                        (3, "三是"), (2, "（二）")]
    assert [n.marker for n in doc.notes] == ["①"]
    assert [(r.reason, r.text) for r in doc.removed] == [
        ("counter", "— 1 —"), ("chrome", "泸阳市人大常委会工作报告"), ("counter", "— 2 —"),
        ("chrome", "泸阳市人大常委会工作报告")]


def test_a_speechs_own_circled_item_before_a_page_number_stays_an_item():
    # no mark in the text before it: `①` is the speech's own list
    text = "一、任务\n要做好三件事：\n①抓项目；\n②抓产业；\n③抓民生。\n\n— 1 —\n\n二、保障\n"
    assert _outline(text) == [(1, "一、"), (2, "①"), (2, "②"), (2, "③"), (1, "二、")]


def test_a_plans_volumes_hold_chapters_numbered_through_the_text():
    text = ("第一篇　发展基础\n第一章　发展环境\n正文。\n第二章　指导思想\n正文。\n第二篇　创新驱动\n"
            "第三章　科技力量\n第一节　创新平台\n正文。\n第二节　核心技术\n正文。\n第四章　人才活力\n正文。\n")
    assert _outline(text) == [(1, "第一篇"), (2, "第一章"), (2, "第二章"), (1, "第二篇"), (2, "第三章"), (3, "第一节"),
                              (3, "第二节"), (2, "第四章")]
    # an excerpt from the second 篇 on: its first chapter is late, and inside it, not above
    excerpt = "第二篇　创新驱动\n第四章　科技力量\n第一节　创新平台\n正文。\n第五章　人才活力\n正文。\n第三篇　产业体系\n第六章　制造业\n"
    assert _outline(excerpt) == [(1, "第二篇"), (2, "第四章"), (3, "第一节"), (2, "第五章"), (1, "第三篇"),
                                 (2, "第六章")]


def test_yaml_front_matter_gives_title_date_and_meta(tmp_path):
    source = ("---\nlayout: post\ntitle: \"在全市大会上的讲话\"\ndate: 2024-12-31\nsource: https://example.org/"
              + "a" * 60 + "\nauthor: 办公室\ntags:\n  - 讲话\n  - 转载\n---\n\n同志们：\n\n一、总结\n\n二、部署\n")
    doc = _parse_file(tmp_path, "speech.md", source)
    assert (doc.title, doc.date, doc.speaker) == ("在全市大会上的讲话", "2024-12-31", None)
    assert doc.meta == {"layout": "post", "source": "https://example.org/" + "a" * 60, "author": "办公室",
                        "tags": "讲话, 转载"}
    assert doc.salutation == "同志们：" and [n.marker for n in doc.walk()] == ["一、", "二、"]


def test_a_page_class_on_body_is_no_furniture_and_the_articles_header_holds_the_title(tmp_path):
    page = ("<html><body class=\"share-page\"><div class=\"open-app-bar\"><span>学习强国</span>"
            "<span>打开APP，阅读体验更佳</span></div><div class=\"article-header\"><h1>做堪当重任的年轻干部</h1>"
            "<div class=\"audio-bar\">▶听新闻 12:46</div></div><div class=\"article-body\"><p>同学们：</p>"
            "<p>一、坚定理想信念</p><p>正文。</p><p>二、练就过硬本领</p><p>正文。</p></div>"
            "<div class=\"share\">分享</div></body></html>")
    doc = _parse_file(tmp_path, "page.html", page)
    assert [n.marker for n in doc.walk()] == ["一、", "二、"]
    assert (doc.title, doc.salutation) == ("做堪当重任的年轻干部", "同学们：")
    assert ("ad", "学习强国打开APP，阅读体验更佳") in [(r.reason, r.text) for r in doc.removed]


def test_a_download_list_at_the_end_is_chrome_and_a_closing_may_join_two_addresses_with_a_comma():
    text = ("一、工作回顾\n正文。\n二、工作安排\n正文。\n各位代表、同志们！让我们凝心聚力，为建设一流企业而努力奋斗！\n"
            "附件下载：\n1.行政工作报告（审议稿）.pdf\n2.2024年为职工办实事项目清单.xlsx\n")
    doc = speechparse.parse(text)
    assert [n.marker for n in doc.walk()] == ["一、", "二、"]
    assert doc.closing == ["各位代表、同志们！让我们凝心聚力，为建设一流企业而努力奋斗！"]
    assert [r.reason for r in doc.removed] == ["chrome"] * 3


def test_a_wechat_articles_byline_follow_prompt_and_end_mark_are_chrome():
    text = ("原创 青溪职院 青溪职业技术学院 2025年09月15日 08:06 澜西\n点击蓝字 关注我们\n"
            "院长在开学典礼上的讲话\n同学们：\n一、立志\n正文。\n二、练功\n正文。\n谢谢大家！\n- END -\n")
    doc = speechparse.parse(text)
    assert (doc.title, doc.salutation) == ("院长在开学典礼上的讲话", "同学们：")
    assert [r.text for r in doc.removed] == ["原创 青溪职院 青溪职业技术学院 2025年09月15日 08:06 澜西", "点击蓝字 关注我们",
                                             "- END -"]
    assert doc.closing == ["谢谢大家！"]


# --- genres33: marker forms as copies mangle them, collections of remarks ----------------------

def test_a_space_before_the_markers_punctuation_is_a_slip():
    text = "一、回顾\n正文。\n二 、部署\n1.抓项目。\n2.抓产业。\n3 .抓服务。\n增长 3 . 5%。\n"
    assert _outline(text) == [(1, "一、"), (1, "二 、"), (2, "1."), (2, "2."), (2, "3 .")]


def test_a_bracketed_outline_label_and_an_unnumbered_entry_with_its_page():
    text = ("在党课上的讲话\n【党课提纲】\n一、把握重大意义\n二、把握目标要求\n附：学习书目……………………12\n同志们：\n"
            "一、把握重大意义\n正文。\n二、把握目标要求\n正文。\n第一部分　回顾\n")
    doc = speechparse.parse(text)
    assert [(t.marker, t.title) for t in doc.toc] == [("一、", "把握重大意义"), ("二、", "把握目标要求"), ("", "附：学习书目")]
    assert doc.salutation == "同志们：" and [n.line for n in doc.walk()][:2] == [7, 9]


def test_an_appendix_line_in_the_toc_opens_no_appendix_in_the_body():
    text = ("目　录\n第一部分　工作回顾……………1\n第二部分　工作安排……………6\n附：指标完成情况……………11\n\n"
            "各位代表、同志们：\n现在，我代表班子向大会报告工作。\n\n第一部分　工作回顾\n一、科研创新\n正文。\n"
            "第二部分　工作安排\n一、种业振兴\n正文。\n")
    assert _outline(text) == [(1, "第一部分"), (2, "一、"), (1, "第二部分"), (2, "一、")]


def test_a_speakers_line_in_a_collection_of_remarks_closes_every_item():
    text = ("■ 驻村第一书记 沈佳音：驻村要驻心\n第一，驻村先要住下来。\n第二，帮扶要帮到点子上。\n"
            "■ 区农业农村局局长 邵文川：把服务送到田间\n一是服务要下沉。\n二是主体要培育。\n")
    assert _outline(text) == [(1, "第一，"), (1, "第二，"), (1, "一是"), (1, "二是")]
    # without the speakers' lines, the 是 run is the second point's
    bare = "\n".join(line for line in text.split("\n") if not line.startswith("■"))
    assert _outline(bare) == [(1, "第一，"), (1, "第二，"), (2, "一是"), (2, "二是")]


# --- genres36-37: outlines with closing words, damaged markup ------------------------------------

def test_closing_words_under_their_label_are_the_closing():
    text = "一、形势\n1.看成绩。\n2.看差距。\n结束语\n——会议放在春节后召开，就是要表明态度。\n——希望大家……\n"
    doc = speechparse.parse(text)
    assert [(n.depth, n.marker) for n in doc.walk()] == [(1, "一、"), (2, "1."), (2, "2.")]
    assert doc.closing[:2] == ["结束语", "——会议放在春节后召开，就是要表明态度。"]


def test_reader_app_prefixes_and_an_ocr_letter_l_for_one():
    text = "> 同志们：\n>\n▌一、客观看待形势\n> l.工业园区建设加快。\n> 2.农业结构调整。\n▌二、明年的任务\n"
    assert _outline(text) == [(1, "一、"), (2, "l."), (2, "2."), (1, "二、")]
    assert _outline("l.e. 这不是一项\n") == []  # a Latin `l.` is no item, nor is a lone `l.` without its 2.


def test_markdown_section_numbers_before_the_speechs_markers_and_a_bullet_holding_a_numbered_item(tmp_path):
    source = ("## 1. 一、充分认识重大意义\n\n### 1.1. （一）县域强则全省强\n\n正文。\n\n> 注：这一部分现场没记全。\n\n"
              "第一，深化改革。第二，扩大开放。\n\n## 2. 二、保障\n\n- （一）安全生产\n  - 1. 燃气整治：完成3200处。\n"
              "  - 2. 自建房整治：其中：\n    - （1）C级房屋412栋；\n    - （2）D级房屋57栋。\n")
    doc = _parse_file(tmp_path, "notes.md", source)
    assert [(n.depth, n.marker) for n in doc.walk()] == [
        (1, "一、"), (2, "（一）"), (3, "第一，"), (1, "二、"), (2, "（一）"), (3, "1."), (3, "2."),
        (4, "（1）"), (4, "（2）")]
    assert doc.notes == []  # `注：` in the body is an aside, not a notes block to the end


def test_a_books_running_head_and_its_dotted_page_numbers_are_page_furniture():
    text = ("罗岩文集（第二卷）　　　　　　·236·\n在全县动员大会上的讲话\n（一九七五年十一月八日）\n同志们：\n"
            "一、形势\n正文。\n·2·\n罗岩文集（第二卷）　　　　　　·237·\n二、任务\n正文。\n")
    doc = speechparse.parse(text)
    assert (doc.title, doc.date) == ("在全县动员大会上的讲话", "一九七五年十一月八日")
    assert [r.reason for r in doc.removed] == ["chrome", "counter", "chrome"]
    assert [n.marker for n in doc.walk()] == ["一、", "二、"]


def test_an_imprint_line_at_the_end_is_no_cut_off_sentence():
    whole = "一、要求\n正文写完了。\n临川县人民政府办公室　　　　　　　　　　　2024年9月6日印发\n"
    assert not speechparse.parse(whole).truncated
    cut = "一、要求\n正文写完了。\n二、任务\n各地要抓紧落实各项安全生产措施，切实做到守土有责、守土负责、守土尽责，确保\n"
    assert speechparse.parse(cut).truncated


def test_a_speakers_own_sign_off_starts_the_closing_and_a_biography_ends_the_notes():
    text = ("一、形势\n正文①。\n二、建议\n第一，加强研究。\n第二，重视人才。\n以上是我的一些粗浅认识，请批评指正。\n"
            "【互动问答】\n问：效率何时提高？\n答：很难给出时间表。\n注释：\n①数据来源：某某统计年鉴，第12页。\n"
            "报告人简介：某某，1962年生，院士。\n")
    doc = speechparse.parse(text)
    assert [n.marker for n in doc.walk()] == ["一、", "二、", "第一，", "第二，"]
    assert doc.closing[0] == "以上是我的一些粗浅认识，请批评指正。" and doc.closing[-1].startswith("报告人简介：")
    assert [n.text for n in doc.notes] == ["注释：", "数据来源：某某统计年鉴，第12页。"]  # (the label kept)


def test_a_reposters_lead_is_front_matter_and_the_speechs_own_title_block_follows_it():
    text = ("重磅！区委书记在全区动员大会上的讲话\n3月4日，全区动员大会召开。区委书记钟明远出席会议并讲话，区长主持会议。"
            "现将讲话全文刊发如下。\n——在全区“作风建设年”动员大会上的讲话\n钟明远\n同志们：\n一、认清形势\n正文。\n二、明确任务\n")
    doc = speechparse.parse(text)
    assert doc.meta["导语"].endswith("现将讲话全文刊发如下。")
    assert (doc.subtitle, doc.speaker, doc.salutation) == ("——在全区“作风建设年”动员大会上的讲话", "钟明远", "同志们：")
    # a report's own opening (`现将有关情况报告如下`) is the report's text
    own = "关于农村公路养护的调研报告\n近期调研组深入十二个乡镇开展专题调研。现将有关情况报告如下。\n一、基本情况\n"
    assert speechparse.parse(own).meta == {}


def test_a_speaker_with_two_posts_and_a_sidebar_whose_boxes_are_divs(tmp_path):
    doc = speechparse.parse("在全市工作会议上的讲话\n市委副书记、市长　孟某某\n（2025年1月15日）\n同志们：\n一、形势\n")
    assert (doc.speaker, doc.date, doc.salutation) == ("市委副书记、市长　孟某某", "2025年1月15日", "同志们：")
    page = ("<html><body><div class=\"side-right\"><div class=\"box\"><h4>热点</h4><ul><li><a href=\"#\">甲</a></li></ul>"
            "</div><div class=\"box\"><h4>相关文章</h4></div></div><div id=\"zoom\"><h1>在全区农业工作会议上的讲话</h1>"
            "<p>同志们：</p><p>一、总结</p><p>正文。</p><p>二、部署</p><p>正文。</p></div></body></html>")
    doc = _parse_file(tmp_path, "page.html", page)
    assert doc.title == "在全区农业工作会议上的讲话"  # the sidebar's second box is chrome too


# --- genres38-42: national conferences, reprints, portals, blogs, partial copies ------------------

def test_a_newspapers_summary_box_and_bracketed_related_news_are_no_outline():
    text = ("某省政府工作报告（全文）\n【报告要点】\n1.去年生产总值增长13.2%\n2.今年增长目标11%\n3.新增就业十万个\n"
            "政府工作报告\n——在省人民代表大会上\n各位代表：\n一、过去一年的工作\n（一）经济快速增长。\n（二）改革迈出新步。\n"
            "二、今年的任务\n1.加强农业。\n2.发展工业。\n（完）\n【相关新闻】\n1.省人大会议开幕（A13）\n2.代表团访港签约（A15）\n")
    doc = speechparse.parse(text)
    assert [(n.depth, n.marker) for n in doc.walk()] == [(1, "一、"), (2, "（一）"), (2, "（二）"), (1, "二、"), (2, "1."),
                                                        (2, "2.")]
    assert [r.text for r in doc.removed if r.reason == "chrome"][-3:] == ["【相关新闻】", "1.省人大会议开幕（A13）",
                                                                          "2.代表团访港签约（A15）"]


def test_a_blog_platforms_recommendations_after_the_article_are_chrome():
    text = ("一、成绩\n正文。\n二、任务\n正文。\n同志们，让我们携手奋斗！\n点赞 9 踩 收藏 27 觉得还不错? 一键收藏 评论 0 分享\n"
            "1. 数字政府建设方案（word可编辑） 资源下载 积分 20\n2. 政务服务技术架构梳理 博客 阅读 2.3k\n")
    doc = speechparse.parse(text)
    assert [n.marker for n in doc.walk()] == ["一、", "二、"]
    assert doc.closing == ["同志们，让我们携手奋斗！"]


# --- genres43-44: bilingual decks, signed reports ----------------------------------------------

def test_a_slide_decks_bilingual_agenda_after_a_lead_paragraph_is_a_toc():
    lead = "1月10日，集团年度经营工作会议在总部召开。集团总裁作题为《攻坚突破》的讲话，全面回顾2025年工作，部署2026年任务。"
    text = (f"攻坚突破　全球布局\n{lead}\n【PPT提纲 / Agenda】\nPart 1 / 第一部分　回顾2025 Review\n"
            "Part 2 / 第二部分　攻坚突破 Priorities\n　1. 做强主业 Strengthen the Core\n　2. 全球布局 Go Global\n"
            "Part 3 / 第三部分　组织与文化 People\n各位同事：\n大家上午好！\n第一部分　回顾2025\n1.业绩好于预期。\n"
            "2.结构持续优化。\n第二部分　攻坚突破\n一、做强主业\n二、全球布局\n第三部分　组织与文化\n")
    doc = speechparse.parse(text)
    # (`Part 1 / ` is the slide's badge before the entry's own marker)
    assert len(doc.toc) == 5 and doc.toc[0].marker == "第一部分" and doc.toc[0].title == "回顾2025 Review" \
        and doc.toc[2].marker == "1."
    assert [(n.depth, n.marker) for n in doc.walk()] == [(1, "第一部分"), (2, "1."), (2, "2."), (1, "第二部分"), (2, "一、"),
                                                        (2, "二、"), (1, "第三部分")]


def test_a_signed_reports_sign_off_is_the_closing():
    text = "一、履职情况\n正文。\n二、廉洁自律\n正文。\n以上报告，请予评议。\n述职人：林某某\n2025年1月15日\n"
    doc = speechparse.parse(text)
    assert doc.closing == ["以上报告，请予评议。", "述职人：林某某", "2025年1月15日"]


# --- genres45: transcripts ---------------------------------------------------------------------

def test_a_transcripts_spoken_points_each_word_its_own_style():
    text = ("第一个，今年的账要算清楚。\n一是增长账；二是结构账。\n第二个呢，今年的事要抓实在。\n第二点，要把产业链条拉长。\n"
            "第三点，要把营商环境搞好。\n第三个，干部的劲要鼓起来。\n头一条，要讲政治。\n第二条，要守规矩。\n"
            "第一个报名的是老王。\n")
    assert _outline(text) == [(1, "第一个，"), (2, "一是"), (2, "二是"), (1, "第二个呢，"), (2, "第二点，"), (2, "第三点，"),
                              (1, "第三个，"), (2, "头一条，"), (2, "第二条，")]


def test_the_floors_words_give_no_items():
    text = ("一、政策\n要给企业办实事。\n　　（台下有企业家插话：一是融资难，二是用工难！）（笑声）\n二、服务\n"
            "学员（市人社局　张某）：您讲到数据共享，一是共享难；二是责任难分。请问怎么办？\n")
    assert _outline(text) == [(1, "一、"), (1, "二、")]


def test_a_toc_entry_is_reached_under_another_marker():
    text = "目录\n一、数字政府\n二、数据共享\n同志们：\n第一，数字政府。正文。\n第二，数据共享。正文。\n"
    doc = speechparse.parse(text)
    assert all(t.found for t in doc.toc) and not [w for w in doc.warnings if w.code == "missing-section"]


def test_a_paragraph_item_holds_the_run_after_it_while_its_own_run_goes_on():
    body = "我们把规划作为乡村振兴的第一道工序，坚持先规划后建设、不规划不建设，全镇上下形成了共识。"
    text = (f"一是坚持规划先行，下好全域发展先手棋。{body}\n（1）编制规划。聘请设计院编制。\n（2）摸清家底。逐村核查。\n"
            f"二是坚持产业为本，做强富民增收主引擎。{body}\n（1）做强莲藕。订单生产。\n（2）做活旅游。办好节会。\n"
            f"三是坚持改革赋能。{body}\n")
    assert _outline(text) == [(1, "一是"), (2, "（1）"), (2, "（2）"), (1, "二是"), (2, "（1）"), (2, "（2）"), (1, "三是")]


# --- genres47-48: converted Markdown, unusual HTML ---------------------------------------------

def test_html_pre_wrap_keeps_its_lines_and_a_picture_heading_gives_its_alt(tmp_path):
    wrapped = "　　一、总体要求\n　　今年是关键之年，要坚持稳中求进，推动高质量\n发展。\n　　二、主要任务\n　　抓项目。\n"
    page = (f"<html><body><div style=\"white-space: pre-wrap\">{wrapped}</div>"
            "<section><section><strong>三、</strong></section><section><img alt=\"强化组织保障\" src=\"a.png\"></section>"
            "</section><p>各级要落实责任。</p><p><img alt=\"图片\" src=\"b.png\"></p></body></html>")
    doc = _parse_file(tmp_path, "page.html", page)
    assert [(n.marker, n.title) for n in doc.walk()] == [("一、", "总体要求"), ("二、", "主要任务"), ("三、", "强化组织保障")]


def test_markdown_text_after_a_comment_a_revision_list_and_numbered_bold_headings(tmp_path):
    long = "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，持续优化市场化法治化国际化营商环境，激发各类经营主体活力。"
    source = (f"# 工作要点\n\n1. **总体要求**\n\n{long}\n\n2. **重点任务**\n\n### （一）提升效能\n\n"
              "<!-- 批注：数据待核实 -->1、深化改革。正文。\n\n2、推行承诺制。正文。\n\n### （二）强化保障\n\n正文。\n\n"
              "3. **保障措施**\n\n正文。\n\n---\n\n修改记录：\n\n1. v1　2025-02-20　初稿\n2. v2　2025-02-27　修改\n")
    doc = _parse_file(tmp_path, "plan.md", source)
    assert [(n.depth, n.marker) for n in doc.walk()] == [(1, "1."), (1, "2."), (2, "（一）"), (3, "1、"), (3, "2、"),
                                                        (2, "（二）"), (1, "3.")]
    assert "<!-- 批注：数据待核实 -->" in [r.text for r in doc.removed if r.reason == "markup"]


# --- genres49: wiki copies -----------------------------------------------------------------------

def test_a_wikis_edit_links_reference_list_and_header_note_are_not_the_speech(tmp_path):
    speech = "".join(f"第{n}，要抓好第{n}件事。同志们要认识到这件事的重要性，认真落实，抓出成效。\n\n" for n in "一二三")
    source = ("# 开幕词\n\n> 本作品收录于《某某文集》第二卷。\n\n## 开幕词[编辑]\n\n同志们：\n\n" + speech +
              "## 注释[编辑]\n\n1. ↑ 据当时的油印稿整理。\n\n## 参考资料\n\n编辑\n\n1. ^ 《某某文集》第二卷，第12页。\n"
              "2. ^ 《某某日报》1956年4月2日。\n\n本作品在全世界都属于公有领域，因为作者逝世已经超过100年。\n")
    doc = _parse_file(tmp_path, "wiki.md", source)
    assert [n.marker for n in doc.walk()] == ["第一，", "第二，", "第三，"]  # the header note deletes nothing
    # (each label a note of its own: `参考资料` is no line of the note above it)
    assert [(n.marker, n.text) for n in doc.notes] == [
        ("", "注释[编辑]"), ("1.↑", "据当时的油印稿整理。"), ("", "参考资料"), ("1.^", "《某某文集》第二卷，第12页。"),
        ("2.^", "《某某日报》1956年4月2日。")] and "编辑" in [r.text for r in doc.removed]


def test_the_papers_a_document_was_issued_with_and_its_number_are_meta_above_the_title():
    text = ("临沅市第十一届人民代表大会第五次会议文件\n政府工作报告\n——1997年2月25日在临沅市第十一届人民代表大会第五次会议上\n"
            "各位代表：\n一、过去一年的工作\n")
    doc = speechparse.parse(text)
    assert (doc.title, doc.meta) == ("政府工作报告", {"文件": "临沅市第十一届人民代表大会第五次会议文件"})
    doc = speechparse.parse("中共某市纪律检查委员会文件\n某纪发〔2025〕2号\n关于印发工作报告的通知\n一、总体要求\n")
    assert (doc.title, doc.meta["文号"]) == ("关于印发工作报告的通知", "某纪发〔2025〕2号")


def test_the_date_and_the_speakers_name_on_one_line():
    doc = speechparse.parse("在全县大会上的报告\n（2026年6月12日）　罗某某\n同志们：\n一、过去五年\n正文。\n二、今后五年\n")
    assert (doc.date, doc.speaker, doc.salutation) == ("2026年6月12日", "罗某某", "同志们：")


def test_a_notes_label_is_kept_in_the_notes():
    # `名词解释：` was in the notes' spans but in no Note: JSON and every renderer lost it
    doc = speechparse.parse("一、总体要求\n我们要抓好营改增。\n二、主要任务\n要抓好清理僵尸企业。\n"
                            "名词解释：\n1.营改增：营业税改征增值税的简称。\n2.僵尸企业：指主要靠补贴维持经营的企业。\n")
    assert [(n.marker, n.text) for n in doc.notes][:2] == [("", "名词解释："), ("1.", "营改增：营业税改征增值税的简称。")]


def test_an_attachment_list_at_the_end_is_not_a_cut_sentence():
    doc = speechparse.parse("一、总体要求\n我们要把各项工作做好。\n二、主要任务\n要抓好落实。\n附件：\n"
                            "1.2024年国民经济和社会发展计划主要指标\n2.关于二〇二四年国家预算执行情况和二〇二五年预算草案的报告\n")
    assert not doc.truncated


def test_ocr_misread_numerals_are_read_as_the_numerals():
    # a scan's OCR reads 一 as a dash, 二 as an equals sign, 1 as the letter l, 5 as S
    doc = speechparse.parse("—、总体要求\n（—）统一思想\nl、提高站位。\n2、压实责任。\n（二）突出重点\n"
                            "=、主要任务\n1.抓项目\n2.抓产业\n3.抓改革\n4.抓开放\nS.抓民生\n")
    assert [(n.depth, n.marker, n.ordinal) for n in doc.walk()] == [
        (1, "—、", 1), (2, "（—）", 1), (3, "l、", 1), (3, "2、", 2), (2, "（二）", 2),
        (1, "=、", 2), (2, "1.", 1), (2, "2.", 2), (2, "3.", 3), (2, "4.", 4), (2, "S.", 5)]


def test_a_lone_dash_line_is_no_ocr_numeral():
    # `—、` counts only in a run whose next number follows; a dash bullet stays a dash bullet
    doc = speechparse.parse("一、总体要求\n——坚持稳中求进。\n——坚持改革创新。\n—、这是一个孤立的破折号\n")
    assert "—、" not in [n.marker for n in doc.walk()]


def test_a_site_name_above_the_menu_is_no_title():
    doc = speechparse.parse("临川市应急管理局\n首页　机构概况　政务公开　应急动态　安全生产　防灾减灾　互动交流\n"
                            "当前位置：首页 > 政务公开 > 领导讲话\n在全市防汛工作动员会上的讲话\n"
                            "市应急管理局局长　林海涛\n（2025年5月15日）\n同志们：\n一、认清形势\n要做好准备。\n"
                            "二、压实责任\n要落实到人。\n")
    assert doc.title == "在全市防汛工作动员会上的讲话" and doc.meta["站点"] == "临川市应急管理局"
    assert doc.date == "2025年5月15日" and doc.salutation == "同志们："


def test_a_transcripts_timestamp_before_a_paragraph_is_a_prefix():
    doc = speechparse.parse("张书记讲话\n[00:01:10] 第一，要抓项目。项目是发展的生命线。\n"
                            "[00:03:20] 第二，要抓改革。改革是动力。\n[00:05:00] 第三，要抓作风。\n")
    assert [(n.marker, n.title) for n in doc.walk()] == [("第一，", "要抓项目"), ("第二，", "要抓改革"),
                                                         ("第三，", "要抓作风")]


# --- genres136: web pages whose CMS numbered the items with real list markup ---------------------

def test_a_list_item_holding_a_paragraph_keeps_its_number_and_a_nested_list_is_one_level_down(tmp_path):
    page = ("<html><body><h2>一、总体</h2><p>要求如下：</p>"
            "<ol><li><p>抓好就业。</p></li><li><p>抓好教育：</p>"
            "<ol type=\"1\"><li>建好学校。</li><li>配好教师。</li></ol></li><li><p>抓好医疗。</p></li></ol>"
            "<h2>二、保障</h2><p>正文。</p></body></html>")
    markdown = ("## 一、总体\n\n要求如下：\n\n1. 抓好就业。\n2. 抓好教育：\n   1. 建好学校。\n   2. 配好教师。\n"
                "3. 抓好医疗。\n\n## 二、保障\n\n正文。\n")
    for name, source in (("page.html", page), ("speech.md", markdown)):
        doc = _parse_file(tmp_path, name, source)
        assert [(n.depth, n.heading) for n in doc.walk()] == [
            (1, "一、总体"), (2, "1.抓好就业"), (2, "2.抓好教育"), (3, "1.建好学校"), (3, "2.配好教师"),
            (2, "3.抓好医疗"), (1, "二、保障")], name


def test_the_text_after_a_list_is_no_longer_its_last_items(tmp_path):
    items = "抓好就业工作。", "抓好教育工作。", "抓好医疗工作。"
    after = "这里还要说一段话，一是抓好养老；二是抓好托育。"
    page = ("<html><body><h2>一、总体</h2><p>总体要求。</p><h2>二、民生</h2><ol>"
            + "".join(f"<li>{item}</li>" for item in items) + f"</ol><p>{after}</p><h2>三、党建</h2><p>内容。</p></body></html>")
    markdown = ("## 一、总体\n\n总体要求。\n\n## 二、民生\n\n" + "".join(f"1. {item}\n" for item in items)
                + f"\n{after}\n\n## 三、党建\n\n内容。\n")
    want = [(1, "一、"), (1, "二、"), (2, "1."), (2, "2."), (2, "3."), (2, "一是"), (2, "二是"), (1, "三、")]
    for name, source in (("page.html", page), ("speech.md", markdown)):
        doc = _parse_file(tmp_path, name, source)
        assert [(n.depth, n.marker) for n in doc.walk()] == want, name
    # a lazy line of the last item, with no blank line before it, is still the item's
    lazy = markdown.replace(f"\n{after}", f"{after}")
    assert [(n.depth, n.marker) for n in _parse_file(tmp_path, "lazy.md", lazy).walk()] == [
        (1, "一、"), (1, "二、"), (2, "1."), (2, "2."), (2, "3."), (3, "一是"), (3, "二是"), (1, "三、")]


# --- genres135: provincial courts', procuratorates' and congresses' reports on portals ----------

def test_a_portal_headline_with_a_full_text_note_and_a_dateline_without_labels():
    text = ("海源检察网\n当前位置：首页 > 检察要闻 > 工作报告\n海源省人民检察院工作报告（全文）\n"
            "2025年01月23日 08:30　来源：海源日报　作者：本报记者 林书言 整理\n"
            "海源省人民检察院工作报告\n——2025年1月20日在海源省第十四届人民代表大会第四次会议上\n"
            "各位代表：\n现在，我代表省人民检察院向大会报告工作。\n一、主要工作\n正文。\n二、今年工作\n正文。\n")
    doc = speechparse.parse(text)
    assert (doc.title, doc.meta.get("站点"), doc.salutation) == ("海源省人民检察院工作报告（全文）", "海源检察网", "各位代表：")
    assert [(r.line, r.reason) for r in doc.removed] == [(2, "chrome"), (4, "chrome"), (5, "duplicate-title")]


def test_an_appended_glossary_and_bracketed_data_notes_are_notes():
    text = ("一、主要工作\n正文。\n二、今年工作\n正文。\n各位代表！让我们团结奋斗，为建设美好家园作出新的更大贡献！\n"
            "（注：报告中法规名称除首次出现外，一般使用简称。）\n附：名词解释\n（1）“两院”：指省高级人民法院、省人民检察院。\n"
            "（2）基层立法联系点：指设在基层的工作站点。\n（注：本报告中有关数据截至2024年12月31日。）\n")
    doc = speechparse.parse(text)
    assert [(n.line, n.marker) for n in doc.notes] == [(6, ""), (7, ""), (8, "（1）"), (9, "（2）"), (10, "")]
    assert [n.marker for n in doc.walk()] == ["一、", "二、"]
    assert doc.closing == ["各位代表！让我们团结奋斗，为建设美好家园作出新的更大贡献！"]


# --- genres137: 党课 and 中心组 speeches full of quotations -----------------------------------------

def test_every_notes_label_passes_the_cheap_look_before_the_pattern():
    from speechparse.cleaning import notes

    labels = ["注释", "注", "〔注释〕", "附注", "尾注", "参考文献", "參考文獻", "参考资料：", "參考資料", "说明", "說明",
              "声明", "聲明", "备注", "備註", "附：名词解释", "名词解释"]
    assert all(notes.NOTE_LABEL.match(label) for label in labels)
    assert [label for label in labels if not notes._may_label(label)] == []
    text = ("一、总体\n正文。\n二、任务\n正文。\n以上发言，不妥之处，请批评指正。\n参考资料：\n"
            "1.《干部学习读本》，东方出版社2021年版。\n2.《党课讲稿选编》，红星出版社2022年版。\n")
    assert [n.marker for n in speechparse.parse(text).walk()] == ["一、", "二、"]


# --- genres138: text OCR-ed from scanned paper --------------------------------------------------

def _ocr_wrap(paragraph: str, widths: tuple[int, ...] = (29, 30, 31, 30, 29, 31)) -> list[str]:
    """A paragraph as OCR lines it: hard wraps a character or so apart in length."""
    lines, k = [], 0
    while paragraph:
        width = widths[k % len(widths)] - (2 if not lines else 0)
        lines.append(("　　" if not lines else "") + paragraph[:width])
        paragraph, k = paragraph[width:], k + 1
    return lines


def test_ocr_lines_a_column_apart_are_rejoined_and_its_misread_markers_read():
    filler = "要坚持问题导向，聚焦群众急难愁盼，把各项工作抓实抓细抓到位，确保取得实实在在的成效。"
    lines = ["目        录", "第一部分  工作回顾……………………………………………1", "第二部分  重点工作……………………………………………3",
             "关于提案征集情况的说明……………………………………………5", "·1·", "各位代表：",
             *_ocr_wrap("现在，我代表镇人民政府向大会报告工作，请予审议，并请列席会议的同志提出意见。"),
             "第一部分  工作回顾", "-、农业基础进一步夯实", *_ocr_wrap(filler * 2), "（一）粮食生产", *_ocr_wrap(filler * 2),
             *_ocr_wrap("l.粮食生产稳中有增。" + filler), *_ocr_wrap("2.特色产业提质扩面。" + filler),
             "■（二）项目建设取得新突破", *_ocr_wrap("1,招商引资成效明显。" + filler), *_ocr_wrap("2,重点工程加快推进。" + filler),
             # (a wrap inside `二是`; `三是` ending a page, its title on the next)
             "　　坚持把新增财力用于民生。一是脱贫攻坚扎实推进，全镇贫困户全部", "脱贫。二",
             "是社会事业全面发展，新改建村卫生室五所。三是", "- 2 -", "社会治理不断加强，全镇未发生重大安全事故。",
             "二.2019年工作安排", *_ocr_wrap(filler * 2), "三丶保障措施", *_ocr_wrap(filler * 2),
             "第二部分  重点工作", *_ocr_wrap(filler * 3)]
    doc = speechparse.parse("\n".join(lines) + "\n")
    assert [(n.depth, n.marker, n.title[:6]) for n in doc.walk()] == [
        (1, "第一部分", "工作回顾"), (2, "-、", "农业基础进一"), (3, "（一）", "粮食生产"), (4, "l.", "粮食生产稳中"),
        (4, "2.", "特色产业提质"),
        (3, "（二）", "项目建设取得"), (4, "1,", "招商引资成效"), (4, "2,", "重点工程加快"),
        (5, "一是", "脱贫攻坚扎实"), (5, "二是", "社会事业全面"), (5, "三是", "社会治理不断"),
        (2, "二.", "2019年工"), (2, "三丶", "保障措施"), (1, "第二部分", "重点工作")]
    assert len(doc.toc) == 3


# --- genres140: Word files with heading-linked numbering, automatic lists, boxes and footnotes ----

def test_word_footnotes_are_notes_whatever_they_say_and_a_box_list_ends_where_the_main_list_goes_on():
    from support import ROOT

    doc = speechparse.parse_file(ROOT / "fixtures" / "genres140" / "city_gov_report_boxes_notes.docx")
    # (`[1] 地区生产总值……为初步核算数。` cites nothing, but footnotes.xml holds it)
    assert [n.marker for n in doc.notes] == ["[1]", "[2]"] and not any(p.startswith("[") for p in doc.closing)
    text = ("一、工作\n（一）投资\n1.扩大有效投资。全年实施重大项目520个。\n专栏2　重大项目“四个一批”\n1.开工一批。新开工项目180个。\n"
            "2.竣工一批。推动96个项目竣工。\n3.储备一批。储备项目300个。\n2.提振消费需求。开展促消费活动。\n3.稳定外贸外资。支持企业参展。\n"
            "（二）改革\n正文。\n")
    assert [(n.depth, n.marker, n.title[:4]) for n in speechparse.parse(text).walk()] == [
        (1, "一、", "工作"), (2, "（一）", "投资"), (3, "1.", "扩大有效"), (3, "2.", "提振消费"), (3, "3.", "稳定外贸"),
        (2, "（二）", "改革")]


# --- genres139: staff's year-end summaries and 述职 reports --------------------------------------

def test_a_sign_off_set_to_the_right_starts_the_closing_and_dates_the_document():
    text = ("一、工作完成情况\n　　全年完成预算编制。\n二、下一步打算\n　　新的一年，全体人员将为完成目标任务作出新的贡献。\n"
            "　　\n" + "　" * 26 + "财务部\n" + "　" * 24 + "2026年1月6日\n\n　　附：2025年主要指标完成情况表\n"
            "　　序号　　指标名称　　完成率\n　　1　　　营业收入　　102.2%\n")
    doc = speechparse.parse(text)
    assert doc.closing[:2] == ["财务部", "2026年1月6日"] and doc.date == "2026年1月6日"
    assert doc.outline[-1].body == ["新的一年，全体人员将为完成目标任务作出新的贡献。"]


def test_a_notices_label_goes_with_its_numbered_disclaimers_and_a_search_box_is_chrome():
    text = ("青禾文库 | 首页 > 实用范文 > 工作总结\n搜索文档\n2025年个人年终工作总结（精选）\n温馨提示：\n"
            "1、当您付费下载文档后，您只拥有了使用权限，并不意味着购买了版权。\n2、本站文档均由用户上传，如有侵权请联系客服处理。\n\n"
            "2025年个人年终工作总结\n一、工作完成情况\n正文。\n二、下一步打算\n正文。\n")
    doc = speechparse.parse(text)
    assert doc.title == "2025年个人年终工作总结"  # (the listing's `（精选）` removed as title-suffix)
    assert [(r.line, r.reason) for r in doc.removed if r.line in (2, 4)] == [(2, "chrome"), (4, "disclaimer")]
    assert doc.preamble == []


# --- genres142: speeches an AI assistant drafted, pasted into Markdown notes ----------------------

def test_an_assistants_numbered_offer_after_the_speechs_thanks_and_a_rule_is_no_outline(tmp_path):
    speech = "## 一、总体要求\n\n正文。\n\n## 二、重点任务\n\n正文。\n\n谢谢大家！🌟\n\n"
    offer = "---\n\n💬 **使用建议：**\n\n- 可加入本地事例。\n\n要不要我再帮你：\n\n1. 生成公文版本？\n2. 提炼PPT提纲？\n"
    doc = _parse_file(tmp_path, "draft.md", speech + offer)
    assert [n.marker for n in doc.walk()] == ["一、", "二、"]
    # ... but a rule with a heading after it opens the collection's next speech
    collection = speech + "---\n\n## 在另一次会议上的讲话\n\n### 一、形势\n\n正文。\n\n### 二、任务\n\n正文。\n"
    assert [n.marker for n in _parse_file(tmp_path, "two.md", collection).walk()] == ["一、", "二、", "一、", "二、"]


# --- genres141: corporate speeches copied from an intranet or OA system ---------------------------

def test_an_intranets_name_above_a_slogan_title_and_a_date_line_with_a_note_on_the_text():
    text = ("澜江建投集团协同办公平台\n当前位置：首页 > 公文中心 > 领导讲话\n坚定信心　实干争先　奋力开创集团高质量发展新局面\n"
            "——在集团公司2026年工作会议上的工作报告\n党委书记、董事长　韩立峰\n（2026年1月18日，根据录音整理）\n"
            "各位代表，同志们：\n现在，我代表集团公司党委作工作报告。\n一、过去一年的工作\n正文。\n二、今年的工作\n正文。\n")
    doc = speechparse.parse(text)
    assert (doc.title, doc.meta.get("站点")) == ("坚定信心　实干争先　奋力开创集团高质量发展新局面", "澜江建投集团协同办公平台")
    assert (doc.date, doc.salutation) == ("2026年1月18日", "各位代表，同志们：")


def test_a_journals_contents_with_bracketed_page_numbers_and_a_bar_before_a_title():
    text = ("目　　录\n在全市科技创新大会上的讲话……………………许嘉禾（1）\n    一、创新主体持续壮大……………………（1）\n"
            "    二、创新平台加快布局……………………（2）\n附件　交流发言题目……………………………（11）\n\n在全市科技创新大会上的讲话\n"
            "同志们：\n一、创新主体持续壮大\n正文，主要是：一是实施后补助；二是\n| 开展选派工作。\n二、创新平台加快布局\n正文。\n")
    doc = speechparse.parse(text)
    assert [(e.marker, e.title) for e in doc.toc] == [
        ("", "在全市科技创新大会上的讲话"), ("一、", "创新主体持续壮大"), ("二、", "创新平台加快布局"), ("", "附件　交流发言题目")]
    assert [(n.marker, n.title) for n in doc.walk()] == [
        ("一、", "创新主体持续壮大"), ("一是", "实施后补助"), ("二是", "开展选派工作"), ("二、", "创新平台加快布局")]


# --- genres144: news write-ups of speeches -------------------------------------------------------

def test_a_photos_numbered_caption_is_no_item_and_a_portals_top_bar_is_chrome(tmp_path):
    page = ("<html><body><div class=\"top\">澄溪县人民政府 2024年12月27日 星期五 <a href=\"/wza/\">无障碍</a> "
            "<a href=\"/old/\">长者模式</a></div><h1>省长在澜东调研</h1>"
            "<p><img src=\"p1.jpg\"></p><p class=\"pic-note\">①　6月12日，省长在港区了解运行情况。</p>"
            "<p><img src=\"p2.jpg\"></p><p class=\"pic-note\">②　省长在车间察看生产线。<br>本报记者　黎昭　摄</p>"
            "<p>他强调，要做到三点：</p><p>第一，加快产业升级。正文。</p><p>第二，扩大有效投资。一是抓项目；二是抓招商。</p>"
            "<p>第三，优化营商环境。正文。</p></body></html>")
    doc = _parse_file(tmp_path, "news.html", page)
    assert [(n.depth, n.marker) for n in doc.walk()] == [
        (1, "第一，"), (1, "第二，"), (2, "一是"), (2, "二是"), (1, "第三，")]
    assert "无障碍 长者模式" in [r.text for r in doc.removed if r.reason == "chrome"][0]
    assert "①　6月12日，省长在港区了解运行情况。" in doc.text  # the caption is kept, as quoted text


# --- genres143: office PDFs (a 会议材料汇编 of several papers) -------------------------------------

def test_each_paper_of_a_collection_starts_its_own_outline():
    text = ("在全区安全生产会议上的讲话\n同志们：\n一、认清形势\n正文。\n二、突出重点\n正文。\n三、压实责任\n正文。谢谢大家！\n"
            "坚守底线抓整治　全力打造本质安全企业\n枫林精细化工有限公司　总经理　苏晓峰\n尊敬的各位领导，同志们：\n"
            "近年来，我公司坚持把安全生产作为生命线。\n（一）抓责任\n正文。\n（二）抓投入\n正文。谢谢大家！\n"
            "枫林区2025年安全生产工作要点\n总体要求是：坚持人民至上。\n一、健全责任体系\n正文。\n二、深化专项整治\n正文。\n")
    assert [(n.depth, n.marker) for n in speechparse.parse(text).walk()] == [
        (1, "一、"), (1, "二、"), (1, "三、"), (1, "（一）"), (1, "（二）"), (1, "一、"), (1, "二、")]
    # ... but the speech's own salutation under its first heading closes nothing
    slides = "一、2024年经营回顾\n各位领导、各位同事：\n下面我汇报工作。\n1.销售业绩再创新高\n正文。\n2.市场拓展稳步推进\n正文。\n"
    assert [(n.depth, n.marker) for n in speechparse.parse(slides).walk()] == [(1, "一、"), (2, "1."), (2, "2.")]


# --- genres145: 致辞 and 主持词 ----------------------------------------------------------------------

def test_a_meetings_programme_is_no_run_and_the_hosts_points_after_the_speech_start_again():
    text = ("同志们：\n本次大会共有三项议程：一是宣读表彰决定；二是颁奖；三是县委书记作重要讲话。\n下面，进行第一项议程。\n"
            "同志们：\n第一，要坚定信心。正文。\n第二，要真抓实干。正文。\n谢谢大家！（掌声）\n同志们：\n"
            "刚才，书记作了重要讲话。我再强调三点：一是要抓好学习；二是要抓好落实；三是要抓好宣传。\n")
    assert [(n.depth, n.marker) for n in speechparse.parse(text).walk()] == [
        (1, "第一，"), (1, "第二，"), (1, "一是"), (1, "二是"), (1, "三是")]


# --- genres146: legacy encodings, line ends and control characters -------------------------------

def test_form_feeds_beside_line_ends_add_no_lines_and_words_non_breaking_hyphen_is_a_hyphen():
    doc = speechparse.parse("一、总体\n正文。\n\f二、任务\n1\x1e12月，完成投资。\f\n三、保障\n正文。\n")
    assert [(n.line, n.marker) for n in doc.walk()] == [(1, "一、"), (3, "二、"), (5, "三、")]
    assert "1-12月，完成投资。" in doc.text


def test_a_taiwan_archive_copys_header_title_meeting_speaker_and_republic_date():
    text = ("【嘉平縣議會議事資料庫】檔案編號：JP-098-0412\n本文件由紙本掃描後以文字辨識建檔，如與原件不符，以存檔紙本為準。\n"
            + "=" * 40 + "\n\n嘉平縣政府施政報告\n（嘉平縣議會第十六屆第四次定期大會）\n縣長　林文彬\n中華民國九十八年十月二十日\n\n"
            "一、前言\n正文。\n二、施政成果\n正文。\n（本件共15頁）\n")
    doc = speechparse.parse(text)
    assert (doc.title, doc.subtitle, doc.speaker, doc.date) == (
        "嘉平縣政府施政報告", "（嘉平縣議會第十六屆第四次定期大會）", "縣長　林文彬", "中華民國九十八年十月二十日")
    assert [(r.line, r.reason) for r in doc.removed] == [(1, "chrome"), (2, "disclaimer"), (14, "counter")]


def test_an_official_documents_red_head_number_signer_title_over_lines_and_addressee():
    text = ("青川县人民政府文件\n■\n青政报〔2025〕3号\n签发人：李国栋\n青川县人民政府\n关于2024年法治政府建设\n工作情况的报告\n"
            "清江市人民政府：\n　　现将有关情况报告如下。\n　　一、主要举措\n　　正文。\n　　二、存在问题\n　　正文。\n")
    doc = speechparse.parse(text)
    assert doc.title == "青川县人民政府关于2024年法治政府建设工作情况的报告" and doc.salutation == "清江市人民政府："
    assert doc.meta == {"文件": "青川县人民政府文件", "文号": "青政报〔2025〕3号", "签发人": "李国栋"}


def test_a_subtitle_wrapped_onto_its_own_line_and_a_hugo_pages_toml_front_matter(tmp_path):
    text = ("市纪委十届五次全会文件（二）\n坚持严的基调　一体推进“三不腐”\n——在中国共产党云禾市第十届纪律检查委员会\n"
            "第五次全体会议上的工作报告\n（2025年1月10日）\n陈慧敏\n同志们：\n一、工作回顾\n正文。\n二、今年任务\n正文。\n")
    doc = speechparse.parse(text)
    assert (doc.title, doc.subtitle, doc.date, doc.speaker, doc.meta) == (
        "坚持严的基调　一体推进“三不腐”", "——在中国共产党云禾市第十届纪律检查委员会第五次全体会议上的工作报告",
        "2025年1月10日", "陈慧敏", {"文件": "市纪委十届五次全会文件（二）"})
    page = ('+++\ntitle = "市长在全市数字经济发展推进会上的讲话"\ndate = 2025-09-18T10:00:00+08:00\ndraft = false\n+++\n\n'
            "同志们：\n\n## 一、抓产业\n\n正文。\n\n## 二、抓平台\n\n正文。\n")
    doc = _parse_file(tmp_path, "hugo.md", page)
    assert (doc.title, doc.date, doc.meta) == ("市长在全市数字经济发展推进会上的讲话", "2025-09-18T10:00:00+08:00", {"draft": "false"})


# --- genres149: 党校 lectures and 辅导报告 from recordings ----------------------------------------

def test_a_run_after_a_noun_and_its_copula_and_questions_under_their_own_heading_after_the_thanks():
    text = ("一、形势\n正文。\n二、对策\n我的建议是一要抓学习；二要抓落实；三要抓宣传。\n好，我就讲到这里，谢谢大家！（掌声）\n"
            "互动交流\n问：街道没有执法权，怎么办？\n答：我的建议有两条。\n一是，把隐患推送给执法大队；\n二是，用好网格员。\n")
    assert [(n.depth, n.marker) for n in speechparse.parse(text).walk()] == [
        (1, "一、"), (1, "二、"), (2, "一要"), (2, "二要"), (2, "三要")]


# --- genres150: Word files with page furniture, comments and review marks -------------------------

def test_a_word_lists_start_override_sets_where_it_counts_from(tmp_path):
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    numbering = d.part.numbering_part.element
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering.append(parse_xml(f'<w:abstractNum {w} w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                               '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%1）"/>'
                               '<w:suff w:val="nothing"/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="70"><w:abstractNumId w:val="7"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="71"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0">'
                               '<w:startOverride w:val="3"/></w:lvlOverride></w:num>'))

    def numbered(text: str, num_id: int) -> None:
        p = d.add_paragraph(text)
        p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {w}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))

    d.add_paragraph("一、总体要求")
    numbered("坚持源头治理。", 70)
    numbered("坚持综合治理。", 70)
    d.add_table(rows=1, cols=2).rows[0].cells[0].text = "指标"
    numbered("坚持系统治理。", 71)
    numbered("坚持依法治理。", 71)
    path = tmp_path / "speech.docx"
    d.save(path)
    assert [n.marker for n in speechparse.parse_file(path).walk()] == ["一、", "（一）", "（二）", "（三）", "（四）"]


# --- genres147: portal copies of 政府工作报告 (2024-2026) ------------------------------------------

def test_a_portals_date_widget_a_share_widgets_more_and_modes_run_together_are_chrome():
    text = ("今天是：2026年1月28日\n2025年1月20日　星期一无障碍English登录\n更多\n政府工作报告\n"
            "——2026年1月22日在溪宁省第十四届人民代表大会第五次会议上\n各位代表：\n现在，我代表省人民政府向大会报告工作。\n"
            "一、工作回顾\n正文。\n二、今年任务\n正文。\n")
    doc = speechparse.parse(text)
    assert (doc.title, doc.salutation, doc.preamble) == ("政府工作报告", "各位代表：", ["现在，我代表省人民政府向大会报告工作。"])
    assert [(r.line, r.reason) for r in doc.removed] == [(1, "chrome"), (2, "chrome"), (3, "chrome")]


# --- genres151-153: 人大/政协 reports, 工作要点 numbered through, 整改 reports ------------------------

def test_a_contents_list_ending_in_an_unnumbered_appendix_entry_and_numbers_a_decimal_cannot_be():
    text = ("标题\n目　录\n一、甲部分\n二、乙部分\n附件\n一、甲部分\n甲的正文。\n1．抓项目。正文。\n2．抓招商。正文。\n"
            "二、乙部分\n3．1-6月，全县门诊量增长。正文。\n4．2.1万名乡村医生完成培训。正文。\n5．完善制度。正文。\n")
    doc = speechparse.parse(text)
    assert [e.marker for e in doc.toc] == ["一、", "二、", ""] and all(e.found for e in doc.toc[:2])
    assert [(n.depth, n.marker) for n in doc.walk()] == [
        (1, "一、"), (2, "1．"), (2, "2．"), (1, "二、"), (2, "3．"), (2, "4．"), (2, "5．")]


def test_an_item_numbered_through_the_parts_holds_the_list_after_it():
    text = ("一、稳增长\n（一）抓项目。正文。\n（二）抓招商。正文。\n二、守牢底线\n（三）抓好安全生产。全年实现零事故。\n"
            "1．压实责任制。正文。\n2．开展隐患排查。正文。\n（四）防范经营风险。正文。\n")
    assert [(n.depth, n.marker) for n in speechparse.parse(text).walk()] == [
        (1, "一、"), (2, "（一）"), (2, "（二）"), (1, "二、"), (2, "（三）"), (3, "1．"), (3, "2．"), (2, "（四）")]


def test_a_reports_closing_formula_and_a_sites_name_above_an_official_title():
    text = ("云溪市纪委监委网站\n首页　|　要闻动态　|　巡视巡察\n当前位置：首页 > 巡视巡察 > 巡察整改\n"
            "中共某公司委员会关于巡察整改进展情况的通报\n根据市委统一部署，现将整改进展情况予以公布。\n一、主要做法\n正文。\n"
            "二、整改落实情况\n正文。\n欢迎广大干部群众对巡察整改落实情况进行监督。\n中共某公司委员会\n2025年4月17日\n")
    doc = speechparse.parse(text)
    assert (doc.title, doc.meta.get("站点")) == ("中共某公司委员会关于巡察整改进展情况的通报", "云溪市纪委监委网站")
    assert doc.closing == ["欢迎广大干部群众对巡察整改落实情况进行监督。", "中共某公司委员会", "2025年4月17日"]
    report = "一、情况\n正文。\n二、问题\n正文。\n特此报告。\n附件：整改台账\n松陵县教育局\n2025年1月8日\n"
    assert speechparse.parse(report).closing[:2] == ["特此报告。", "附件：整改台账"]


# --- genres158: 发言提纲 / 讲话要点 outlines ------------------------------------------------------

def test_an_outline_under_its_points_heading_is_the_document_and_a_dash_point_holds_a_run(tmp_path):
    points = ("# 在文旅大会上的讲话要点\n\n## 讲话要点\n\n- **一、正视差距，认清形势**（约5分钟）\n  - （一）成绩要看够\n"
              "  - （二）问题要看透\n- **二、突出重点**\n  - （一）抓项目\n  - （二）抓品牌\n")
    doc = _parse_file(tmp_path, "points.md", points)
    assert [(n.depth, n.marker) for n in doc.walk()] == [
        (1, "一、"), (2, "（一）"), (2, "（二）"), (1, "二、"), (2, "（一）"), (2, "（二）")] and doc.toc == []
    dash = "一、形势\n正文。\n（一）问题\n——一是项目接续不足，二是财政收支紧平衡，三是部分干部有畏难情绪\n二、要求\n正文。\n"
    assert [(n.depth, n.marker) for n in speechparse.parse(dash).walk()] == [
        (1, "一、"), (2, "（一）"), (3, "——"), (4, "一是"), (4, "二是"), (4, "三是"), (1, "二、")]
    bullets = "## 一、基层\n\n● 一要沉下去，二要钻进去，三要干出来\n● 三年以后再回头看，群众记住的是小事\n\n## 二、作风\n\n正文。\n"
    doc = _parse_file(tmp_path, "bullets.md", bullets)
    # (the third item's title ends with its line: the `●` line after it is a point of its own)
    assert [n.title for n in doc.walk()][1:4] == ["沉下去，二要钻进去，三要干出来", "钻进去，三要干出来", "干出来"]


# --- genres156: speeches reposted as 微博 / 头条 long posts ------------------------------------------

def test_a_weibo_posts_comment_thread_is_chrome_and_the_closing_before_it_is_found():
    speech = "".join(f"{n}、第{n}项工作\n要抓好第{n}项工作，确保各项任务落地见效，推动高质量发展取得新突破。\n" for n in "一二三")
    text = (speech + "同志们，让我们真抓实干，奋力完成全年目标任务！\n阅读 3.6万\n转发 128\n评论 46\n赞 593\n按热度 按时间\n"
            "青禾小李\n干货满满！一是抓项目，二是抓产业[赞]\n3-12 10:02 来自 iPhone客户端 回复 12\n农机手老陈\n"
            "1.希望多关注农机补贴 2.乡村道路也要修修\n3-12 11:40 来自 Android 回复 2\n")
    doc = speechparse.parse(text)
    assert [n.marker for n in doc.walk()] == ["一、", "二、", "三、"]
    assert doc.closing == ["同志们，让我们真抓实干，奋力完成全年目标任务！"]


# --- genres157: speeches copied from a phone, a clause a line ------------------------------------

def test_an_inline_run_whose_clauses_each_sit_on_a_line_of_their_own():
    text = ("一、总体\n正文。\n（一）抓环境\n今年要重点抓好三项工作，一是\n农村改厕提质，\n完成户厕改造800户，\n"
            "做到建一户、用一户、好一户；\n二是生活污水治理，\n新增污水管网12公里；\n三是长效管护。\n（二）抓治理\n正文。\n")
    assert [(n.depth, n.marker) for n in speechparse.parse(text).walk()] == [
        (1, "一、"), (2, "（一）"), (3, "一是"), (3, "二是"), (3, "三是"), (2, "（二）")]


# --- genres159: speeches copied from a company's 公众号 ------------------------------------------

def test_a_posts_account_name_and_stamp_are_meta_and_its_long_headline_is_the_title():
    body = "".join(f"{n}、第{n}项工作\n要抓好第{n}项工作，确保各项任务落地见效，推动高质量发展取得新突破。\n" for n in "一二")
    text = ("安信人寿某某中心支公司\n开门红｜决战四十天，奋力夺取2025年“开门红”全面胜利——总经理何某在开门红启动大会上的动员讲话\n"
            "安信某某  2024-11-29 21:06\n\n各位伙伴：\n" + body)
    doc = speechparse.parse(text)
    assert (doc.title, doc.subtitle) == ("开门红｜决战四十天，奋力夺取2025年“开门红”全面胜利", "——总经理何某在开门红启动大会上的动员讲话")
    assert doc.meta == {"公众号": "安信人寿某某中心支公司", "发布": "安信某某  2024-11-29 21:06"}
    assert doc.salutation == "各位伙伴：" and [n.marker for n in doc.walk()] == ["一、", "二、"]
    # a slogan title with a time line and its `——` subtitle is still the title (no account above it)
    slogan = speechparse.parse("凝心聚力谋发展\n2025-01-20 09:12\n——在全县工作会议上的讲话\n同志们：\n" + body)
    assert slogan.title == "凝心聚力谋发展" and "公众号" not in slogan.meta


# --- genres160: Markdown collected works ----------------------------------------------------------

def test_a_markdown_toc_list_names_bare_numbered_headings_and_a_rule_ends_the_footnotes(tmp_path):
    text = ("# 在座谈会上的讲话\n\n## 目录\n\n1. [一](#一)　落实政策\n2. [二](#二)　用好人才\n\n同志们：\n\n"
            "## 一\n\n落实政策要不折不扣[^1]。\n\n## 二\n\n用好人才要有用武之地。\n\n## 注释\n\n[^1]: 会后作出了决定。\n\n"
            "---\n\n本文录入：某市档案馆　校对：林某\n")
    doc = _parse_file(tmp_path, "talk.md", text)
    assert [n.marker for n in doc.walk()] == ["一", "二"]
    assert [e.found for e in doc.toc] == [True, True] and doc.warnings == []
    assert doc.notes[-1].text == "会后作出了决定。"
    assert [(r.reason, r.text) for r in doc.removed if "录入" in r.text] == [("chrome", "本文录入：某市档案馆　校对：林某")]


# --- genres161: GBK portal pages --------------------------------------------------------------------

def test_a_two_character_name_spaced_to_three_after_the_post_is_the_speaker():
    doc = speechparse.parse("在全县工作会议上的讲话\n县委书记　周　镕\n（2010年1月8日）\n同志们：\n一、形势\n正文。\n")
    assert (doc.speaker, doc.date, doc.salutation) == ("县委书记　周　镕", "2010年1月8日", "同志们：")


# --- genres162: reports scraped from a wiki ------------------------------------------------------

def test_a_wiki_headings_edit_link_is_no_title_and_ends_a_wrapped_heading():
    text = ("某某省政府工作报告\n一、一九八五年工作的\n回顾[编辑]\n　　去年全省经济稳定增长。\n（一）指导思想[编辑]\n　　正文。\n"
            "（二）\n稳定发展农业，\n进一步搞活农村经济[编辑]\n　　正文。\n二、今后的任务[编辑]​\n　　正文。\n")
    doc = speechparse.parse(text)
    assert [(n.depth, n.marker, n.title) for n in doc.walk()] == [
        (1, "一、", "一九八五年工作的回顾"), (2, "（一）", "指导思想"), (2, "（二）", "稳定发展农业，进一步搞活农村经济"),
        (1, "二、", "今后的任务")]
    # without edit links on the page a heading's line is its title
    plain = speechparse.parse(text.replace("[编辑]", ""))
    assert plain.outline[0].title == "一九八五年工作的"


# --- genres164: spoken points at a 座谈会 / 现场办公会 -----------------------------------------------

def test_spoken_steps_sayings_and_a_filler_after_di_are_points():
    text = ("我讲两点意见。\n第一点，要摸清底数。\n我讲三句话。\n第一句话，我们有积累。\n第二句话，我们有差距。\n第三句话，我们有信心。\n"
            "第二点，要依法依规。\n第一步，先把底数摸清。\n第二步呢，依法依规认定。\n第三步，把结果公开。\n"
            "办法有两个。\n第一呢，发展精深加工。\n第二呢，把茶和旅游结合起来。\n")
    assert [(n.depth, n.marker) for n in speechparse.parse(text).walk()] == [
        (1, "第一点，"), (2, "第一句话，"), (2, "第二句话，"), (2, "第三句话，"), (1, "第二点，"), (2, "第一步，"),
        (2, "第二步呢，"), (2, "第三步，"), (3, "第一呢，"), (3, "第二呢，")]
    # a first visit and a first secretary are no steps, and a step told in a sentence is none
    assert speechparse.parse("第一次到青石来，看了很多。\n第一步就是摸底。\n").outline == []


def test_a_minutes_head_its_fields_and_its_numbered_lists_are_meta():
    text = ("城东片区改造现场办公会\n区长讲话（根据录音整理）\n会议时间：2024年6月5日下午\n主持人：副区长　蒋某\n参会单位：\n"
            "1.区住建局\n2.区财政局\n会议议程：\n（一）现场踏勘；\n（二）区长讲话。\n同志们：\n今天现场办公。\n"
            "第一点，抓签约。\n要抓紧。\n第二点，抓安置。\n要抓实。\n")
    doc = speechparse.parse(text)
    assert (doc.subtitle, doc.salutation) == ("区长讲话（根据录音整理）", "同志们：")
    assert doc.meta == {"会议时间": "2024年6月5日下午", "主持人": "副区长　蒋某", "参会单位": "1.区住建局\n2.区财政局",
                        "会议议程": "（一）现场踏勘；\n（二）区长讲话。"}
    assert [n.marker for n in doc.walk()] == ["第一点，", "第二点，"]


# --- genres165: Markdown from 百科 / 知乎 / study notes ------------------------------------------------

def test_a_posts_quoted_speech_is_the_text_and_its_comments_hold_no_items(tmp_path):
    text = ("# 如何看待这篇讲话？\n\n先把全文贴出来：\n\n> **在座谈会上的讲话**\n>\n> 同志们：\n>\n> **一、坚定信念**\n>\n"
            "> 第一，要学。\n>\n> 第二，要干。\n\n我的看法：\n\n1. 结构工整；\n2. 例子具体。\n\n> **二、锤炼本领**\n>\n"
            "> 一是要到一线去。二是要向群众学。\n\n原话再贴一遍：\n\n> 一是要到一线去。二是要向群众学。\n\n以上。\n")
    doc = _parse_file(tmp_path, "answer.md", text)
    assert [(n.depth, n.marker) for n in doc.walk()] == [
        (1, "一、"), (2, "第一，"), (2, "第二，"), (1, "二、"), (2, "一是"), (2, "二是")]
    # a blockquote that holds no speech is still quoted text
    plain = _parse_file(tmp_path, "plain.md", "一、总体\n\n正文。\n\n> 一是要学。二是要干。\n\n二、要求\n\n正文。\n")
    assert [n.marker for n in plain.walk()] == ["一、", "二、"]


def test_an_encyclopedia_pages_numbered_sections_are_the_pages_and_its_commentary_no_items(tmp_path):
    text = ("# 某县政府工作报告\n\n## 1 报告背景\n\n背景。\n\n## 2 报告全文\n\n### 2.1 工作回顾\n\n各位代表：\n\n"
            "**一、工作回顾**\n\n（一）稳增长。正文。\n\n（二）促改革。正文。\n\n### 2.2 自身建设\n\n**二、自身建设**\n\n"
            "（一）依法行政。正文。\n\n（二）清正廉洁。正文。\n\n各位代表！让我们奋斗！\n\n## 3 报告解读\n\n"
            "1. 目标务实。\n2. 导向清晰。\n")
    doc = _parse_file(tmp_path, "baike.md", text)
    assert [(n.depth, n.marker) for n in doc.walk()] == [
        (1, "一、"), (2, "（一）"), (2, "（二）"), (1, "二、"), (2, "（一）"), (2, "（二）")]
    assert "3 报告解读" in doc.text  # (the page's section numbers are its text)


def test_a_note_that_items_were_left_out_lets_the_run_skip_them(tmp_path):
    text = ("### 一、回顾\n\n**（一）经济。**正文。\n\n**（二）创新。**正文。\n\n> 原文（三）（四）两段这里略去。\n\n"
            "**（五）自身建设。**正文。\n\n#### 我的小结\n\n1. 要点一\n2. 要点二\n\n### 二、任务\n\n正文。\n")
    doc = _parse_file(tmp_path, "notes.md", text)
    assert [(n.depth, n.marker) for n in doc.walk()] == [
        (1, "一、"), (2, "（一）"), (2, "（二）"), (2, "（五）"), (1, "二、")]
    assert any(w.code == "skipped-ordinal" for w in doc.warnings)
    # without the note, a gap of two is no continuation
    bare = _parse_file(tmp_path, "bare.md", text.replace("> 原文（三）（四）两段这里略去。\n\n", ""))
    assert "（五）" not in [n.marker for n in bare.walk()]


# --- genres166: pages saved as one file (.mhtml / .mht) ------------------------------------------

def test_a_part_number_in_an_element_of_its_own_is_set_apart_from_its_words(tmp_path):
    page = ("<html><body><h1>在集团年度工作会议上的讲话</h1><p>同志们：</p>"
            "<h3><span class=\"num\">第一部分</span><span class=\"tit\">2023年工作回顾</span></h3>"
            "<p>一、经营稳中有进</p><p>正文。</p><p>二、改革纵深推进</p><p>正文。</p>"
            "<h3><span class=\"num\">第二部分</span><span class=\"tit\">2024年重点工作</span></h3>"
            "<p>一、抓市场</p><p>正文。</p><p>二、抓创新</p><p>正文。</p><p>返回列表</p></body></html>")
    doc = _parse_file(tmp_path, "speech.html", page)
    assert [(n.depth, n.marker, n.title) for n in doc.walk()][:2] == [(1, "第一部分", "2023年工作回顾"), (2, "一、", "经营稳中有进")]
    assert [n.depth for n in doc.walk()] == [1, 2, 2, 1, 2, 2]
    assert ("chrome", "返回列表") in [(r.reason, r.text) for r in doc.removed]
    # in running text the unit stays a word: `第一部分内容` is no heading
    assert speechparse.parse("第一部分内容主要是回顾。\n").outline == []


def test_a_subtitle_with_a_gbk_pages_horizontal_bar_dash():
    doc = speechparse.parse("某县人大常委会工作报告\n――2010年2月25日在某县第十五届人民代表大会第五次会议上\n"
                            "县人大常委会主任　葛承堃\n各位代表：\n一、工作回顾\n正文。\n")
    assert (doc.subtitle[:2], doc.date, doc.speaker, doc.salutation) == (
        "――", "2010年2月25日", "县人大常委会主任　葛承堃", "各位代表：")


# --- genres167: files holding several speeches ---------------------------------------------------

def test_a_collections_editors_note_and_a_salutation_naming_a_post():
    text = ("某县重要会议讲话汇编\n编印说明\n1.本汇编收录县委、县政府主要领导在全县性会议上的讲话，按时间先后编排。\n"
            "2.所收讲话均根据会议录音整理，未经本人审阅。\n\n在全县消防工作会议上的讲话\n同志们：\n一、认清形势\n正文。\n"
            "二、压实责任\n正文。\n表态发言\n尊敬的唐局长，各位领导，同志们：\n一是守住底线。\n正文。\n二是落实责任。\n正文。\n")
    assert [(n.depth, n.marker) for n in speechparse.parse(text).walk()] == [
        (1, "一、"), (1, "二、"), (1, "一是"), (1, "二是")]


# --- genres169: unusual heading forms ------------------------------------------------------------

def test_tortoise_shell_and_financial_numerals_in_brackets_are_headings():
    text = ("壹、基本情况\n正文。\n（壹）制度建设\n正文。\n（贰）资金投入\n正文。\n贰、对策建议\n"
            "〔一〕培育特色产业\n正文。\n〔二〕改善人居环境\n正文。\n文号：青政〔2025〕3号\n")
    assert [(n.depth, n.marker) for n in speechparse.parse(text).walk()] == [
        (1, "壹、"), (2, "（壹）"), (2, "（贰）"), (1, "贰、"), (2, "〔一〕"), (2, "〔二〕")]


def test_an_inline_runs_next_item_in_its_paragraph_stays_on_that_run():
    text = ("【一】聚焦审批提速\n一是推行承诺即开工\n正文。\n二是压减审批时限\n具体做到三个减：一是减环节，整合为四个阶段；"
            "二是减材料，取消证明材料63项；三是减跑动，推行“邮寄送达”，企业全程“零跑腿”。\n三是优化一网通办\n正文。\n")
    assert [(n.depth, n.marker) for n in speechparse.parse(text).walk()] == [
        (1, "【一】"), (2, "一是"), (2, "二是"), (3, "一是"), (3, "二是"), (3, "三是"), (2, "三是")]


# --- genres170: Markdown converters mangled -------------------------------------------------------

def test_markdown_escapes_before_full_width_punctuation_are_dropped(tmp_path):
    text = "## 一\\、工作回顾\n\n**\\（一\\）****产业转型加快。**正文。\n\n**\\（二\\）民生改善。**正文。\n\n## 二\\、工作安排\n\n正文。\n"
    doc = _parse_file(tmp_path, "escaped.md", text)
    assert [(n.depth, n.marker) for n in doc.walk()] == [(1, "一、"), (2, "（一）"), (2, "（二）"), (1, "二、")]


def test_arabic_numbered_parts_and_chapters():
    text = "第1部分　总体要求\n正文。\n一、形势\n正文。\n第2部分　重点任务\n一、抓项目\n正文。\n"
    assert [(n.depth, n.marker) for n in speechparse.parse(text).walk()] == [
        (1, "第1部分"), (2, "一、"), (1, "第2部分"), (2, "一、")]


# --- genres174: corporate reports with figures and decimal sections -----------------------------

def test_a_run_of_figure_lines_holds_no_paragraph_after_it():
    text = ("一、经营回顾\n前三季度主要指标保持增长。\n▲1.营收：9.83亿元（+12.3%）\n▲2.毛利：2.16亿元（+6.1%）\n"
            "从客户结构看，前十大客户贡献营收4.47亿元。\n成绩来之不易。但问题也不少：一是订单不足；二是回款偏慢；三是费用偏高。\n"
            "二、四季度工作\n正文。\n")
    assert [(n.depth, n.marker) for n in speechparse.parse(text).walk()] == [
        (1, "一、"), (2, "1."), (2, "2."), (2, "一是"), (2, "二是"), (2, "三是"), (1, "二、")]


def test_a_decimal_section_heading_closes_the_lists_of_the_section_before():
    text = ("第4章　工作计划\n4.2　重点任务\n1）实施架桥工程。建设概念验证中心。\n2）实施筑巢工程。启动二期。\n"
            "4.3　保障措施\n第一，深化评价改革。正文。\n第二，完善分配机制。正文。\n2.3亿元社会资本参与设立基金。\n")
    assert [(n.depth, n.marker) for n in speechparse.parse(text).walk()] == [
        (1, "第4章"), (2, "1）"), (2, "2）"), (2, "第一，"), (2, "第二，")]


def test_a_dot_inside_a_mail_address_ends_no_title():
    doc = speechparse.parse("一、征求意见\n正文。\n一是邮件反馈，发送至qhjt@example.cn，邮件主题注明意见；二是书面反馈。\n")
    assert doc.outline[0].children[0].title == "邮件反馈，发送至qhjt@example.cn，邮件主题注明意见"


# --- genres172: numbers at line starts that are no markers ----------------------------------------

def test_a_line_counter_is_left_out_and_the_outline_behind_it_read():
    lines = ["某市行动方案", "（征求意见稿）", "为加快培育数据要素市场，制定本方案。", "一、总体要求", "（一）指导思想",
             "坚持以推动高质量发展为主题。", "（二）工作目标", "到2027年，数据要素市场体系基本建成。", "二、重点任务",
             "（一）培育市场主体", "引进数据服务企业50家。", "（二）完善基础设施", "建设算力中心。", "附件：1.重点任务分工表",
             "　　　2.意见反馈表"]
    doc = speechparse.parse("".join(f"{k}　{line}\n" for k, line in enumerate(lines, 1)))
    assert [(n.depth, n.marker) for n in doc.walk()] == [
        (1, "一、"), (2, "（一）"), (2, "（二）"), (1, "二、"), (2, "（一）"), (2, "（二）")]
    assert [w.code for w in doc.warnings if w.code == "line-counter"] == ["line-counter"]
    # a table's 序号 column (`1 | ……`, `1<TAB>……`) is no counter
    table = "".join(f"{k} | 第{k}项工作 | 牵头单位\n" for k in range(1, 13))
    assert "1 | 第1项工作" in speechparse.parse("一、工作安排\n" + table).text


def test_a_page_number_glued_to_a_chinese_marker_and_a_flattened_table_row():
    text = ("一、工作回顾\n正文。\n一是招商引资量质齐升。正文。\n3二是重大项目加快推进。正文。\n三是要素保障更加有力。正文。\n"
            "表1　主要收入项目\n一、税收收入　47.60　48.35　101.6\n1.增值税　19.80　20.12　101.6\n5二、2025年工作安排\n正文。\n")
    assert [(n.depth, n.marker) for n in speechparse.parse(text).walk()] == [
        (1, "一、"), (2, "一是"), (2, "二是"), (2, "三是"), (1, "二、")]


def test_a_disclaimers_numbered_lines_under_its_label_are_removed_together():
    text = ("一、形势\n正文。\n二、任务\n正文。\n免责声明：\n1、本站所有文章均来源于网络或用户投稿，仅供学习参考。\n"
            "2、如涉及侵权，请联系我们删除。\n3、转载请注明出处。\n")
    doc = speechparse.parse(text)
    assert [n.marker for n in doc.walk()] == ["一、", "二、"]
    assert [r.reason for r in doc.removed] == ["disclaimer"] * 4


# --- genres171: pages Word and WPS saved as web pages ---------------------------------------------

WORD_PAGE = ("<html><body><div class=WordSection1><p class=MsoNormal>一、主要目标</p>"
             "<p class=MsoNormal>今年的主要预期目标是<a style='mso-footnote-id:ftn1' href=\"#_ftn1\" name=\"_ftnref1\">[1]</a>：</p>"
             "<table class=MsoTableGrid><tr><td><p class=MsoNormal>1.</p></td><td><p class=MsoNormal>地区生产总值增长</p></td>"
             "<td><p class=MsoNormal>6%左右</p></td></tr><tr><td><p class=MsoNormal>2.</p></td>"
             "<td><p class=MsoNormal>城镇调查失业率</p></td><td><p class=MsoNormal>5.5%以内</p></td></tr></table>"
             "<p class=MsoNormal>总的看<a class=msocomanchor href=\"#_msocom_1\">[z1]</a>，目标是积极稳妥的。</p>"
             "<p class=MsoNormal>二、重点任务</p><p class=MsoNormal>正文。</p>"
             "<p class=MsoNormal>学习思考题</p><p class=MsoNormal>1.结合本职工作谈谈体会？</p>"
             "<p class=MsoNormal>2.你所在单位还有哪些差距？</p></div>"
             "<div style='mso-element:footnote-list'><div style='mso-element:footnote' id=ftn1>"
             "<p class=MsoFootnoteText><a href=\"#_ftnref1\" name=\"_ftn1\">[1]</a> 本报告数据说明：</p>"
             "<p class=MsoFootnoteText>1.地区生产总值按可比价格计算。</p><p class=MsoFootnoteText>2.部分数据为快报数。</p>"
             "</div></div><div style='mso-element:comment-list'><div style='mso-element:comment'>"
             "<p class=MsoCommentText>[z1]请再核实。</p></div></div></body></html>")


def test_a_word_web_pages_table_cells_footnotes_comments_and_study_questions(tmp_path):
    doc = _parse_file(tmp_path, "report.htm", WORD_PAGE)
    assert [n.marker for n in doc.walk()] == ["一、", "二、"]
    assert [(n.marker, n.text) for n in doc.notes] == [("[1]", "本报告数据说明： 1.地区生产总值按可比价格计算。 2.部分数据为快报数。")]
    assert "总的看，目标是积极稳妥的。" in doc.outline[0].body  # (the reviewer's anchor `[z1]` is no text of it)
    assert ("chrome", "[z1]请再核实。") in [(r.reason, r.text) for r in doc.removed]


# --- genres175-178: wiki pages, 公众号 pages, list-item Markdown, framed Word files ------------------

def test_an_ordered_list_that_numbers_the_paragraphs_gives_no_numbers(tmp_path):
    text = ("1. 同志们：\n2. 今天召开会议。\n3. 一、正视问题\n4. 正文。\n5. （一）组织体系\n6. 正文。\n7. 二、压实责任\n"
            "8. 正文。\n")
    doc = _parse_file(tmp_path, "numbered.md", text)
    assert [(n.depth, n.marker) for n in doc.walk()] == [(1, "一、"), (2, "（一）"), (1, "二、")]
    # a list of points keeps its numbers
    points = _parse_file(tmp_path, "points.md", "一、任务\n\n1. **做强产业**\n2. **做优服务**\n")
    assert [n.marker for n in points.walk()] == ["一、", "1.", "2."]


def test_an_item_going_on_its_run_is_its_next_whatever_the_indentation(tmp_path):
    text = ("- 一、回顾\n\n  - （一）稳增长。正文。\n\n  - （二）促改革。正文。\n\n- （三）惠民生。正文。\n\n"
            "    - 数据说明。\n\n    - （四）保安全。正文。\n\n- 二、安排\n\n- 第一，抓项目。\n\n  - 第二，抓招商。\n")
    doc = _parse_file(tmp_path, "indents.md", text)
    assert [(n.depth, n.marker) for n in doc.walk()] == [
        (1, "一、"), (2, "（一）"), (2, "（二）"), (2, "（三）"), (2, "（四）"), (1, "二、"), (2, "第一，"), (2, "第二，")]


def test_a_wiki_citation_mark_is_no_part_of_a_heading_and_an_original_note_label_opens_notes(tmp_path):
    page = ("<html><body><div class=\"mw-parser-output\"><h2><span class=\"mw-headline\">一、工作回顾</span></h2>"
            "<p>正文。</p><h3><span class=\"mw-headline\">（三）贸易</span><sup class=\"reference\"><a href=\"#cite_note-2\">"
            "&#91;2&#93;</a></sup></h3><p>正文。</p><h3>（四）交通</h3><p>正文。</p><p>同志们！让我们奋斗！</p>"
            "<p><b>原注</b></p><p>①　合作医疗，指农村的合作医疗制度。</p><p>②　本报告经大会讨论后通过。</p></div></body></html>")
    doc = _parse_file(tmp_path, "wiki.html", page)
    assert [(n.marker, n.title) for n in doc.walk()] == [("一、", "工作回顾"), ("（三）", "贸易"), ("（四）", "交通")]
    assert [n.marker for n in doc.notes if n.marker] == ["①", "②"]


def test_a_pages_notice_box_after_the_speech_holds_no_items():
    body = "要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，推动高质量发展取得新成效。" * 3
    text = (f"一、形势\n{body}\n二、任务\n{body}\n同志们，让我们共同努力！\n（根据录音整理，未经本人审阅）\n温馨提示\n"
            "1.请各班学员于3月8日前完成学籍信息确认\n2.晨读时间为每天7:30\n3.如有疑问，请联系校务部（内线8016）\n")
    assert [n.marker for n in speechparse.parse(text).walk()] == ["一、", "二、"]


def test_a_word_file_framed_in_one_table_cell_is_read_as_its_body(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].text = "在全县经济工作会议上的讲话"
    for line in ("同志们：", "一、回顾", "正文。", "二、安排", "正文。"):
        cell.add_paragraph(line)
    path = tmp_path / "framed.docx"
    document.save(str(path))
    doc = speechparse.parse_file(path)
    assert [n.marker for n in doc.walk()] == ["一、", "二、"] and "|" not in doc.text


# --- genres179: deep inline nesting ---------------------------------------------------------------

def test_an_item_whose_words_open_with_a_month_is_no_decimal():
    text = ("一是深化园区整治。\n1.11月底前完成园区安全风险评估复核。\n2.推动园区封闭化管理。\n"
            "二是加强队伍建设。\n1.8万名网格安全员全部到岗。\n")
    assert [(n.depth, n.marker) for n in speechparse.parse(text).walk()] == [
        (1, "一是"), (2, "1."), (2, "2."), (1, "二是")]


# --- genres180-182: old books, annual reports, document tools' HTML exports -------------------------

def test_a_spaced_di_heading_is_a_level_above_the_di_paragraphs_under_it():
    text = ("第一　立志\n诸生来此，首在立志。\n第二　勤学\n学问之道，在于勤。\n第三　爱民\n爱民之道，约言之。\n"
            "第一，不扰民。正文。\n第二，能护民。正文。\n诸生勉之。\n〔编者附记〕本期毕业学生共计如下：\n一、文科三十人。\n二、理科二十人。\n")
    assert [(n.depth, n.marker) for n in speechparse.parse(text).walk()] == [
        (1, "第一"), (1, "第二"), (1, "第三"), (2, "第一，"), (2, "第二，")]


def test_a_filing_head_is_meta_and_a_contents_entry_may_fill_its_line_with_leader_dots():
    dots = "." * 40
    text = ("证券代码：301987                证券简称：某某智装                公告编号：2026-018\n\n某某智能装备股份有限公司\n"
            "2025 年年度报告\n\n目录\n" + "".join(f"第{n}节 第{n}节的标题 {dots} {k}\n" for n, k in (("一", 2), ("二", 6), ("三", 10), ("四", 38)))
            + "\n第三节 第三节的标题\n一、概况\n正文。\n二、分析\n正文。\n第四节 第四节的标题\n一、治理\n正文。\n")
    doc = speechparse.parse(text)
    assert doc.meta["证券代码"] == "301987" and len(doc.toc) == 4
    assert [(n.depth, n.marker) for n in doc.walk()] == [
        (1, "第三节"), (2, "一、"), (2, "二、"), (1, "第四节"), (2, "一、")]


def test_document_tools_html_permalinks_callouts_checklists_and_quarter_headings(tmp_path):
    page = ("<html><body><div class=\"callout\"><ol><li>本稿根据会议录音整理</li><li>文中数据截至2月底</li></ol></div>"
            "<p>同志们：</p><h2><a class=\"heading-anchor\" href=\"#h1\">#</a>一、三季度经营情况：稳中有忧</h2><p>正文。</p>"
            "<h2>二、四季度重点工作：全力冲刺</h2><p>正文。</p><p>谢谢大家！</p><hr>"
            "<ul data-type=\"todo\"><li class=\"checked\"><div>1.讲话稿报区长审定</div></li>"
            "<li><div>2.讲话摘要发工作群</div></li></ul></body></html>")
    doc = _parse_file(tmp_path, "export.html", page)
    assert [(n.marker, n.title) for n in doc.walk()] == [("一、", "三季度经营情况"), ("二、", "四季度重点工作")]


def test_a_bare_qi_run_in_an_old_book_and_no_partial_start_warned_for_a_range():
    text = ("一、調查\n本會調查事項約分三種。\n其一調查全省學齡兒童。\n其二調查各縣教育經費。\n其三調查私塾。\n二、編輯\n正文。\n")
    assert [(n.depth, n.marker) for n in speechparse.parse(text).walk()] == [
        (1, "一、"), (2, "其一"), (2, "其二"), (2, "其三"), (1, "二、")]
    assert speechparse.parse("其一生事业在教育。\n").outline == []
    wrapped = speechparse.parse("各位同業：\n吾國商業之不振，由來已久。\n三、四十年來，外貨充斥。\n")
    assert wrapped.outline == [] and not any(w.code == "partial-start" for w in wrapped.warnings)


# --- genres183-185: wiki panels, newspaper copies, pandoc Markdown of wiki pages --------------------

def test_a_newspapers_editors_note_page_jumps_and_photo_captions():
    text = ("南湖县人民委员会工作报告（摘要）\n编者按：本报今天摘要发表县长的报告，请读者注意以下几点：\n"
            "一、要看到成绩，也要看到缺点；\n二、要把任务同实际结合起来。\n本报讯　县人民代表大会第三次会议于七月召开。\n各位代表：\n"
            "一、过去一年的工作\n正文。\n（附图片）\n①县长在会上作报告\n②拦河坝工地一角\n（上接第一版）二、今后的任务\n正文。\n")
    assert [(n.depth, n.marker, n.title) for n in speechparse.parse(text).walk()] == [
        (1, "一、", "过去一年的工作"), (1, "二、", "今后的任务")]


def test_pandoc_fenced_divs_and_a_soft_wrapped_number_in_markdown(tmp_path):
    wrapped = "\n".join(["过去一年全省经济运行总体平稳，主要指标好于预期，发展质量"] * 4) + "\n稳步提升。\n\n"
    text = ("# 政府工作报告\n\n## 一、工作回顾\n\n" + wrapped * 3 + "正文写到这里，今年要重点办好实事：一是在中西部\n120\n"
            "个贫困县实施义务教育工程；二是新建一批县级医院。\n\n## 二、今年任务\n\n正文。\n\n## 注释\n\n::: {.reflist}\n"
            "1.  [↑](#cite_ref-1) 粮食产量包括薯类，见《统计年鉴》。\n2.  [↑](#cite_ref-2) 据《财政年鉴》。\n:::\n")
    doc = _parse_file(tmp_path, "wiki.md", text)
    assert [(n.marker, n.title) for n in doc.walk()] == [
        ("一、", "工作回顾"), ("一是", "在中西部120个贫困县实施义务教育工程"), ("二是", "新建一批县级医院"), ("二、", "今年任务")]


def test_a_wiki_panel_is_the_pages_words_unless_the_speech_announces_its_list(tmp_path):
    page = ("<html><body><div class=\"confluence-information-macro\"><p>本页材料使用说明：</p><ol><li>仅供内部学习</li>"
            "<li>请勿外传</li></ol></div><p>同志们：</p><p>一、纪律要求</p><p>我再强调三条纪律：</p>"
            "<div class=\"confluence-information-macro\"><ol><li>严守保密纪律</li><li>严守工作纪律</li></ol></div>"
            "<p>二、工作安排</p><p>正文。</p></body></html>")
    doc = _parse_file(tmp_path, "wiki.html", page)
    assert [(n.depth, n.marker) for n in doc.walk()] == [(1, "一、"), (2, "1."), (2, "2."), (1, "二、")]


# --- genres186, 190, 191: corporate speeches, traditional-Chinese policy addresses, clipped Markdown ---------

def test_a_news_lead_and_a_key_points_box_sum_the_speech_up_and_hold_no_items():
    lead = ("本网讯 2月10日，集团战略研讨会召开。董事长作了讲话。讲话从三个方面部署了新一年的工作：一是抓改造，"
            "二是拓市场，三是强管理。\n以下为讲话全文（有删节）：\n同志们：\n")
    body = "一、抓改造\n正文。\n二、拓市场\n正文。\n三、强管理\n正文。\n"
    assert [(n.depth, n.marker) for n in speechparse.parse(lead + body).walk()] == [(1, "一、"), (1, "二、"), (1, "三、")]
    box = "要点速览\n\n第一，全年首次盈利。\n\n第二，砍掉三成定制项目。\n\n势，客户续费率提升到93%。\n\n（三）组织调整\n\n1、组织扁平化。\n\n2、干部能上能下。\n"
    assert [(n.depth, n.marker) for n in speechparse.parse(box).walk()] == [(1, "（三）"), (2, "1、"), (2, "2、")]


def test_a_decorative_section_number_before_a_heading_marker():
    text = "01｜一、回顾\n正文。\n02｜二、任务\n1.砍项目。\n2.砍会议。\nPart 3 / 三、组织\n正文。\n"
    assert [(n.depth, n.marker, n.title) for n in speechparse.parse(text).walk()] == [
        (1, "一、", "回顾"), (1, "二、", "任务"), (2, "1.", "砍项目"), (2, "2.", "砍会议"), (1, "三、", "组织")]


def test_a_markdown_list_item_wrapped_mid_word_runs_on(tmp_path):
    text = ("# 讲话\n\n销售体系要做三个转变：\n\n1. 从产品经理转向\n   方案经理。每个行业都要有人。\n"
            "2. 从项目制转向客户制。\n3. **从国内转向全球**\n")
    doc = _parse_file(tmp_path, "clip.md", text)
    assert [n.title for n in doc.walk()] == ["从产品经理转向方案经理", "从项目制转向客户制", "从国内转向全球"]


def test_a_speakers_items_of_work_and_the_hosts_words_after_the_thanks():
    text = ("一、今年的工作\n今年重点抓好两项工作。\n第一项，市场。要下沉渠道。\n第二项，产品。我提两点：一要盯住痛点；二要加快上市。\n"
            "二、作风\n正文。\n谢谢大家！\n同事们，刚才主席作了一个很好的讲话，大家要认真领会。会后请抓好两项工作：一要抓好传达；二要抓好分解。\n")
    assert [(n.depth, n.marker) for n in speechparse.parse(text).walk()] == [
        (1, "一、"), (2, "第一项，"), (2, "第二项，"), (3, "一要"), (3, "二要"), (1, "二、"), (1, "一要"), (1, "二要")]


def test_a_journals_alternating_running_headers_repeat_its_masthead():
    page = "集团党委坚持以党的政治建设为统领，各项工作取得新进展：一是引领更加有力；二是基层组"
    text = (f"云岫建工　2023年第2期（总第118期）\n特别关注\n\n以党建引领发展\n\n一、成效\n{page}\n·6·\n特别关注\n"
            "织更加坚强；三是融合更加紧密。\n·7·\n云岫建工　2023年第2期\n二、任务\n正文。\n")
    doc = speechparse.parse(text)
    assert [(n.marker, n.title) for n in doc.walk()][:3] == [("一、", "成效"), ("一是", "引领更加有力"),
                                                           ("二是", "基层组织更加坚强")]
    assert [r.text for r in doc.removed if r.reason == "chrome"] == ["特别关注", "云岫建工　2023年第2期"]


def test_paragraphs_numbered_through_a_copy_that_leaves_some_out():
    text = ("一、引言\n1. 今年是开局之年。\n2. 我們會穩中求進。\n二、經濟\n3. 經濟增長百分之三。\n4. 出口回升。\n……\n"
            "三、房屋\n9. 房屋是民生問題。\n10. 我們會增加供應。\n")
    assert [(n.depth, n.marker) for n in speechparse.parse(text).walk()] == [
        (1, "一、"), (2, "1."), (2, "2."), (1, "二、"), (2, "3."), (2, "4."), (1, "三、"), (2, "9."), (2, "10.")]


def test_a_tables_notes_are_its_own_and_the_body_goes_on_after_them():
    table = "表1　垃圾產生量\n年度　　產生量　　回收率\n112年　　981,307　　58.1\n113年　　967,240　　59.6\n"
    text = (f"四、廢棄物管理\n回收率穩定上升，詳如表1。\n{table}附註：\n①113年數據為初步統計。\n②回收率＝回收量／產生量。\n\n"
            f"1.焚化廠整建：已動工。\n2.源頭減量：推廣循環杯。\n五、未來重點\n正文。\n")
    doc = speechparse.parse(text)
    assert [(n.depth, n.marker) for n in doc.walk()] == [(1, "四、"), (2, "1."), (2, "2."), (1, "五、")]
    assert [n.marker for n in doc.notes] == ["", "①", "②"]
    # (a note's count begun on its label's line: the next `2.` is the note's, the one after it the body's)
    numbered = f"外銷值達9.4億元。\n{table}附註：1.資料來源：農業處。\n　　　2.外銷值以新臺幣計。\n2.強化韌性：採取措施。\n"
    doc = speechparse.parse("一、農業\n1.拓展外銷：成效明顯。\n" + numbered)
    assert [n.marker for n in doc.notes] == ["附註：", "2."]
    assert [(n.depth, n.marker, n.title) for n in doc.walk()] == [(1, "一、", "農業"), (2, "1.", "拓展外銷"),
                                                                   (2, "2.", "強化韌性")]


def test_a_hard_wrapped_flush_item_after_a_full_line_that_ends_its_sentence():
    width = "公務人員培訓工作要持續加強，各部門要密切配合共同推進落實。"
    para = "　　" + width[:-2] + "\n" + (width + "\n") * 4 + "完成。\n"
    text = ("第一章　施政方針\n" + para * 2 + "三、加強公務人員培訓\n"
            "第一，設立公務人員學院，未來三年培訓中高層人員三千人次。\n第二，完善績效評核制度。\n" + para)
    doc = speechparse.parse(text, reflow=True)
    assert [(n.marker, n.title) for n in doc.walk()][-2:] == [("第一，", "設立公務人員學院，未來三年培訓中高層人員三千人次"),
                                                             ("第二，", "完善績效評核制度")]


# --- genres187-189: classic speeches in a Markdown collection, news pages, spoken 讲评 ---------------------------

def test_markdown_heading_levels_that_invert_the_styles_order_give_way(tmp_path):
    text = ("# 整顿学风（下）\n\n### 三、反对党八股\n\n正文。\n\n## （一）空话连篇\n\n正文。\n\n## （二）装腔作势\n\n正文。\n\n"
            "### 四、结论\n\n正文。\n\n## （一）要调查\n\n正文。\n")
    doc = _parse_file(tmp_path, "collection.md", text)
    assert [(n.depth, n.marker) for n in doc.walk()] == [(1, "三、"), (2, "（一）"), (2, "（二）"), (1, "四、"), (2, "（一）")]


def test_a_bare_ordinal_word_heading_has_no_title(tmp_path):
    text = ("## 二、农会的工作\n\n概括起来是三件。\n\n## 第一\n\n减租。全县减了租。\n\n## 第二\n\n禁止高利盘剥。\n\n"
            "## 第三\n\n打倒土豪劣绅。罚款的用途，一是办夜校，二是修塘坝，三是救济会员。\n")
    doc = _parse_file(tmp_path, "report.md", text)
    assert [(n.depth, n.marker, n.title if n.depth < 3 else "") for n in doc.walk()] == [
        (1, "二、", "农会的工作"), (2, "第一", ""), (2, "第二", ""), (2, "第三", ""), (3, "一是", ""), (3, "二是", ""), (3, "三是", "")]


def test_a_speaker_varies_the_counter_word_within_one_run():
    text = ("第二点，问题。问题主要有这么几个。\n第一呢，预案不熟。\n第二个呢，物资不足。\n第三呢，联动不畅。\n"
            "第三点，要求。\n")
    doc = speechparse.parse(text)
    assert [(n.depth, n.marker) for n in doc.walk()] == [
        (1, "第二点，"), (2, "第一呢，"), (2, "第二个呢，"), (2, "第三呢，"), (1, "第三点，")]


def test_a_spaced_out_masthead_comes_back_as_a_running_header():
    text = ("督　查　简　报\n第5期\n\n关于汛前检查的情况通报\n\n一、存在的问题\n一是预案不细；二是责任没有落到具\n— 1 —\n督查简报\n"
            "体的人。\n— 2 —\n第5期\n二、下一步要求\n正文。\n")
    doc = speechparse.parse(text)
    assert [n.title for n in doc.walk()][1:3] == ["预案不细", "责任没有落到具体的人"]


def test_a_markdown_paragraph_wrapped_by_hand_at_full_lines(tmp_path):
    text = ("## 二、整理国民教育\n\n国民教育为建国之基础。本年度办理者，一是划定学区，每乡镇设中心\n"
            "学校一所；二是补助经费，凡乡镇保学校经费不足者，由省款补助；\n三是举办讲习会。\n\n## 三、结语\n正文。\n")
    doc = _parse_file(tmp_path, "report.md", text)
    assert [n.title for n in doc.walk()][1:4] == ["划定学区，每乡镇设中心学校一所", "补助经费，凡乡镇保学校经费不足者，由省款补助",
                                                  "举办讲习会"]


def test_a_line_break_between_cjk_characters_in_one_html_text_is_no_space(tmp_path):
    page = ("<html><body><p><strong>一、聚焦重点攻坚突破，\n奋力完成全年目标任务</strong></p><p>要加快数字化\n转型。</p>"
            "<p>二、工作要求</p><div><a href='/'>首页</a>\n<a href='/p'>上一页</a></div></body></html>")
    doc = _parse_file(tmp_path, "page.html", page)
    assert [n.title for n in doc.walk()] == ["聚焦重点攻坚突破，奋力完成全年目标任务", "工作要求"]
    assert doc.outline[0].body == ["要加快数字化转型。"]


# --- genres192-195: portal pages, 文集 e-books, converted Markdown, Word's automatic numbering -------------------

def test_a_numeral_series_at_a_paragraphs_start_whatever_the_word_it_counts():
    text = "三、抓作风\n正文。\n四、抓落实\n正文。\n一、二把手要亲自抓、负总责，把责任扛在肩上。\n"
    assert [n.marker for n in speechparse.parse(text).walk()] == ["三、", "四、"]


def test_each_piece_of_a_collection_has_its_own_outline_and_notes():
    piece_one = ("关于农业合作化的报告\n（一九五三年十一月）\n　　同志们：\n　　一\n　　正文〔1〕。\n　　二\n　　1.要抓住晴天抢收。\n"
                 "　　2.要组织好劳力。\n注　释\n〔1〕本篇是在会议上的报告。\n〔2〕指一九五三年的决议。\n\n")
    piece_two = ("在春耕生产会议上的讲话\n（一九五四年二月九日）\n　　第一，要把救灾和春耕结合起来。\n　　第二，要兴修水利〔1〕。\n"
                 "注　释\n〔1〕塘坝，指蓄水小塘。\n")
    doc = speechparse.parse("第四部分　一九五三年——一九五四年\n\n" + piece_one + piece_two)
    assert [(n.depth, n.marker) for n in doc.walk()] == [(1, "一"), (1, "二"), (2, "1."), (2, "2."), (1, "第一，"),
                                                         (1, "第二，")]
    assert [n.text[:4] for n in doc.notes if n.marker] == ["本篇是在", "指一九五", "塘坝，指"]


def test_bare_numeral_and_question_headings_in_an_e_book():
    body = "　　正文写在这里，段落都缩进两格，这一段是报告的正文，句子要写得长一些才像文集里的段落。\n"
    text = ("各位代表：\n" + body + "一　一九七九年计划的执行情况\n" + body + "二　一九八〇年计划的主要指标\n" + body
            + "三　关于调整国民经济比例关系和进一步\n搞活经济的几个问题\n" + body * 3 + "第一个问题　食堂要不要办\n" + body
            + "第二个问题　散了以后怎么办\n" + body)
    doc = speechparse.parse(text)
    assert [(n.marker, n.title) for n in doc.walk()] == [
        ("一", "一九七九年计划的执行情况"), ("二", "一九八〇年计划的主要指标"), ("三", "关于调整国民经济比例关系和进一步搞活经济的几个问题"),
        ("第一个问题", "食堂要不要办"), ("第二个问题", "散了以后怎么办")]


def test_a_collection_repositorys_notes_before_the_report_and_a_wrapped_count(tmp_path):
    text = ("# lanchuan-reports\n\n## 说明\n\n1. 文字依据报纸录入；\n2. 发现错漏欢迎提 Issue。\n\n# 政府工作报告\n\n各位代表：\n\n"
            "## 一、工作回顾\n\n扩大开放要抓好两项工作：一是大力招商引资；二是积极承接产业转移，每年引进项目\n50 个以上。\n\n"
            "## 二、今年任务\n\n正文。\n")
    doc = _parse_file(tmp_path, "lanchuan_2006.md", text)
    assert [(n.marker, n.title) for n in doc.walk()] == [("一、", "工作回顾"), ("一是", "大力招商引资"),
                                                         ("二是", "积极承接产业转移，每年引进项目50 个以上"), ("二、", "今年任务")]


def test_the_problems_after_one_sentence_items_and_a_heading_numbered_through_the_text():
    text = ("一、成绩\n（一）质量向好\n正文。\n（二）修复明显\n（1）完成矿山修复1.6万亩。\n（2）新增造林3.2万亩。\n"
            "在肯定成绩的同时，我们也要清醒看到问题：一是污染突出；二是水质不稳。\n二、任务\n正文。\n")
    assert [(n.depth, n.marker) for n in speechparse.parse(text).walk()] == [
        (1, "一、"), (2, "（一）"), (2, "（二）"), (3, "（1）"), (3, "（2）"), (2, "一是"), (2, "二是"), (1, "二、")]
    through = ("第一部分　回顾\n一、聚焦产业，加快转型升级\n正文。\n第二部分　今年的工作\n二、聚焦强村富民，加快发展集体经济\n"
               "今年重点抓好两项工作：\n（1）因村施策。\n（2）盘活资产。\n")
    assert [(n.depth, n.marker) for n in speechparse.parse(through).walk()] == [
        (1, "第一部分"), (2, "一、"), (1, "第二部分"), (2, "二、"), (3, "（1）"), (3, "（2）")]


def test_word_numbering_through_a_list_style_with_a_level_restart_and_shared_counts(tmp_path):
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    numbering = d.part.numbering_part.element
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def level(ilvl: int, fmt: str, text: str, restart: str = "") -> str:
        return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/>{restart}<w:numFmt w:val="{fmt}"/>'
                f'<w:lvlText w:val="{text}"/><w:suff w:val="nothing"/></w:lvl>')

    # the levels live in the definition the list style links to; level 3 starts again only after level 1
    numbering.append(parse_xml(f'<w:abstractNum {w} w:abstractNumId="8"><w:styleLink w:val="speechList"/>'
                               + level(0, "chineseCounting", "%1、") + level(1, "chineseCounting", "（%2）")
                               + level(2, "decimal", "%3.", '<w:lvlRestart w:val="1"/>') + '</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:abstractNum {w} w:abstractNumId="9"><w:numStyleLink w:val="speechList"/>'
                               '</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="80"><w:abstractNumId w:val="9"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="81"><w:abstractNumId w:val="9"/></w:num>'))

    def numbered(text: str, num_id: int, ilvl: int) -> None:
        p = d.add_paragraph(text)
        p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {w}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))

    numbered("突出重点", 80, 0)
    numbered("在城市更新上下功夫", 80, 1)
    numbered("实施城市更新。", 80, 2)
    numbered("推进老城改造。", 80, 2)
    numbered("在乡村振兴上下功夫", 80, 1)
    numbered("稳定粮食生产。", 80, 2)
    numbered("压实责任", 81, 0)  # (another list of the same definition: its count goes on)
    numbered("严格落实党政同责", 81, 1)
    path = tmp_path / "speech.docx"
    d.save(path)
    assert [n.marker for n in speechparse.parse_file(path).walk()] == ["一、", "（一）", "1.", "2.", "（二）", "3.", "二、",
                                                                        "（一）"]


# --- genres196-203: PDFs, corporate pages, blog copies, 人大/法院/检察院 reports, drafts, bilingual speeches ---------

def test_a_bilingual_speechs_english_lines_are_no_items():
    text = ("三、携手共建氢能生态\nIII. Building a Hydrogen Ecosystem Together\n　　1.共建标准互认机制。推动标准对接。\n"
            "1. Mutual recognition of standards. We will align standards.\n　　2.共享应用场景资源。开放港口。\n"
            "2. Sharing application scenarios, ports and mines.\n")
    assert [(n.depth, n.marker) for n in speechparse.parse(text).walk()] == [(1, "三、"), (2, "1."), (2, "2.")]


def test_a_drafts_revision_marks_and_review_comments():
    text = ("修改说明：\n根据常务会议意见，本稿作了以下修改：\n1.第二部分增加低空经济内容；\n2.第二部分原（三）整体删除。\n"
            "一、稳增长\n（一）【删除：城乡面貌】【增加：城乡融合】持续改善。正文。\n[批注：王蕾：\n1.建议改为“增长6%以上”；\n"
            "2.建议补充老旧小区改造。]\n【删除：（二）】【增加：（二）】深化国资国企改革。正文。\n【增加：（三）坚持底线思维。正文。】\n")
    doc = speechparse.parse(text)
    assert [(n.depth, n.marker, n.title) for n in doc.walk()] == [
        (1, "一、", "稳增长"), (2, "（一）", "城乡融合持续改善"), (2, "（二）", "深化国资国企改革"), (2, "（三）", "坚持底线思维")]
    assert [r.reason for r in doc.removed] == ["markup"] * 3


def test_a_blogs_excerpt_a_pictures_caption_and_a_line_that_stops_mid_phrase(tmp_path):
    text = ("---\ntitle: 讲话\n---\n\n录入前有三点说明：一是原稿没有标题；二是数字已核对；三是着重号改成粗体。\n\n<!-- more -->\n\n"
            "![会场](/img/1.jpg)\n*1. 1992年3月，大会会场（翻拍自原刊）*\n\n同志们：\n\n第一，要给权，省里的\n各个厅局要把权放下去。\n\n"
            "第二，要给钱。\n")
    doc = _parse_file(tmp_path, "post.md", text)
    assert [(n.marker, n.title) for n in doc.walk()] == [("第一，", "要给权，省里的各个厅局要把权放下去"), ("第二，", "要给钱")]


def test_a_group_row_between_rows_of_figures_and_an_attachment_list_over_a_page_break():
    table = "表1 主要预期目标\n序号 指标 单位 2024年完成 2025年目标\n1 地区生产总值 亿元 241.6 256\n"
    text = ("一、回顾\n正文。\n二、安排\n今年的目标是：（见表1）。\n" + table + "二、民生保障\n5 城镇新增就业 人 6120 6000以上\n"
            "做好今年工作，重点抓好两个方面。\n（一）抓产业\n正文。\n（二）抓民生\n正文。\n各位委员：让我们共同奋斗！\n"
            "附件：2014年委员提案分类统计\n1.经济建设类　112件\n— 2 —\n2.社会事业类　87件\n3.生态环境类　41件\n")
    assert [(n.depth, n.marker) for n in speechparse.parse(text).walk()] == [
        (1, "一、"), (1, "二、"), (2, "（一）"), (2, "（二）")]


def test_a_pages_footnote_between_the_halves_of_a_wrapped_title():
    # (the procuratorate's report: `……一是抓住量刑不当` / `①“检护民生”专项行动：指……` / `— 3 —` / header / `这一重点，……`)
    doc = speechparse.parse_file(FIXTURES / "genres199" / "tanzhou_procuratorate_2024_p3.txt")
    assert [n.title for n in doc.walk() if n.marker == "一是" and n.line == 31] == ["抓住量刑不当这一重点，提出量刑抗诉8件"]
    assert [(n.line, n.marker) for n in doc.notes] == [(32, "①")]


def test_a_word_header_that_names_each_pages_part_and_an_inline_run_over_two_wrapped_lines():
    pages = []
    for k in range(1, 4):
        pages.append(f"第二部分　重点工作 汇岭集团工作会议材料\n正文第{k}页写在这里。\n第 {k} 页 共 3 页\n")
    text = "第一部分　工作回顾 汇岭集团工作会议材料\n第一部分　工作回顾\n正文。\n" + "".join(pages) + "第二部分　重点工作\n正文。\n"
    doc = speechparse.parse(text)
    assert [(n.marker, n.title) for n in doc.walk()] == [("第一部分", "工作回顾"), ("第二部分", "重点工作")]


# --- genres205-212: 政协 摘登, 纪委 pages, app share pages, knowledge-base exports ---------------------------------

def test_each_speaker_of_a_digest_has_an_outline_of_their_own():
    text = ("大会发言摘登\n关于推动产业集群升级的建议\n民盟市委会\n　　为此，建议：\n　　1.实施龙头企业培育计划。\n　　2.补齐产业链短板。\n"
            "主持人：下面请职业学院发言。\n深化产教融合\n市政协委员　孟庆言\n　　一是把专业建在产业链上。\n　　二是让企业成为办学主体。\n"
            "┌─发言摘要──────\n│刘委员建议：一是设立转贷资金池；二是扩大担保覆盖面。\n└──────────\n"
            "工商联界别　刘俊岩委员（丰泰机械）\n　　第一，设立转贷资金池。\n　　第二，扩大担保覆盖面。\n"
            "市发展改革委主任　谭立松回应：\n　　一是年内设立资金池；二是推动担保降费。\n"
            "提案人：市政协委员　杜若衡\n　　1.推动医共体人员统筹使用。\n　　2.完善医保支付方式。\n")
    assert [(n.depth, n.marker) for n in speechparse.parse(text).walk()] == [
        (1, "1."), (1, "2."), (1, "一是"), (1, "二是"), (1, "第一，"), (1, "第二，"), (1, "一是"), (1, "二是"),
        (1, "1."), (1, "2.")]


def test_an_articles_prev_next_links_end_it_and_the_boxes_after_them_are_the_sites():
    body = "<p>正文写在这里，说的是监督工作怎么抓。</p>\n" * 30
    page = (f"<html><body>\n<div id='content'>\n<p>一、压实责任</p>\n{body}<p>二、强化监督</p>\n{body}</div>\n"
            "<div class='prevnext'>上一篇：<a href='/1.html'>集团纪委召开推进会</a></div>\n<div id='right'>\n"
            "<div class='box-t'>典型案例通报</div>\n<ul>\n<li>（一）某公司原副经理违规收受礼金问题</li>\n"
            "<li>（二）某公司物资部原主任虚报冒领问题</li>\n</ul></div>\n</body></html>\n")
    import tempfile
    from pathlib import Path
    with tempfile.TemporaryDirectory() as folder:
        doc = _parse_file(Path(folder), "page.html", page)
    assert [(n.depth, n.marker) for n in doc.walk()] == [(1, "一、"), (1, "二、")]


def test_an_exports_heading_numbers_and_footnote_calls_and_a_review_after_run_in_items(tmp_path):
    text = ("# 讲话\n\n## 1. 一、认清形势\n\n### 1.1 （一）成绩\n\n正文。\n\n### 1.2 （二）问题，责任存在“温差”[^1]\n\n正文。\n\n"
            "## 2. 二、抓好落实\n\n正文。\n\n## 3. 会后工作分工（办公室整理）\n\n- [ ] 1. 印发讲话\n\n[^1]: 1. 数据来源：通报。\n")
    doc = _parse_file(tmp_path, "export.md", text)
    assert [(n.depth, n.marker, n.title) for n in doc.walk()] == [
        (1, "一、", "认清形势"), (2, "（一）", "成绩"), (2, "（二）", "问题，责任存在“温差”"), (1, "二、", "抓好落实")]
    review = ("第一部分　回顾\n一、经营业绩稳中有进\n（一）主业壮大。全年吞吐量增长5.9%。\n（二）降本增效。压降费用1.3亿元。\n"
              "在肯定成绩的同时，我们也清醒地看到困难：一是盈利偏弱；二是规模偏小。\n二、改革攻坚\n正文。\n第二部分　任务\n正文。\n")
    assert [(n.depth, n.marker) for n in speechparse.parse(review).walk()] == [
        (1, "第一部分"), (2, "一、"), (3, "（一）"), (3, "（二）"), (3, "一是"), (3, "二是"), (2, "二、"), (1, "第二部分")]


def test_an_ocr_copys_bracketed_marginal_note_over_lines():
    text = "〔眉批：请核对两处数据：\n1.到位资金；\n2.增长幅度。〕\n一、成绩\n正文。\n二、任务\n正文。\n"
    doc = speechparse.parse(text)
    assert [n.marker for n in doc.walk()] == ["一、", "二、"]
    assert [r.reason for r in doc.removed] == ["markup"] * 3


def test_ocrs_look_alike_markers_go_on_their_runs():
    nine = "".join(f"{k}.完成第{k}项技改。\n" for k in range(1, 10))
    text = ("第—部分　回顾\n一,农业生产\n正文。\nI.粮食增产。\n2.油料增收。\n3.棉花稳定。\n二、工业生产\n正文。\n"
            + nine + "1O.节能降耗。\n第二部分　任务\n评比条件是：\n①工效高，群众满意；\n⑵质量好，验收合格；\n(3)安全无事故。\n")
    walked = [(n.depth, n.marker) for n in speechparse.parse(text).walk()]
    assert walked[:6] == [(1, "第—部分"), (2, "一,"), (3, "I."), (3, "2."), (3, "3."), (2, "二、")]
    assert walked[6:] == [(3, f"{k}.") for k in range(1, 10)] + [(3, "1O."), (1, "第二部分"), (2, "①"), (2, "⑵"), (2, "(3)")]


def test_an_app_pages_teaser_before_its_fold_is_chrome_when_the_full_text_repeats_it():
    doc = speechparse.parse_file(FIXTURES / "genres211" / "lanchuan_client_jiwei_report.html")
    assert [n.marker for n in doc.walk() if n.depth == 1].count("一、") == 1
    assert any(r.reason == "chrome" and r.text == "一、2024年主要工作" for r in doc.removed)


def test_a_runs_first_item_whose_second_the_cut_took():
    # (a page that breaks off mid-sentence after `一要……，`; a book's chapter cut after its bare `一`)
    page = speechparse.parse_file(FIXTURES / "genres207" / "linqiao_county_jiwei_2022_p2.html")
    assert [n.marker for n in page.walk()][-1] == "一要" and any(w.code == "run-cut-off" for w in page.warnings)
    book = speechparse.parse_file(FIXTURES / "genres193" / "huanglin_xuanji_1959_1961_zhongduan.txt")
    assert [(n.line, n.marker) for n in book.walk()][-2:] == [(79, "一"), (83, "（一）")]
    whole = speechparse.parse("一、总体要求\n正文。\n二、主要任务\n我们一要守纪律。这是底线。\n")
    assert [n.marker for n in whole.walk()] == ["一、", "二、"]  # (a text that ends whole: no cut, no lone item)


# --- genres213-219: Word reports, AI-assistant drafts, old portal pages, 党史资料, transcripts, 公众号 pages ---------

def test_an_assistants_words_around_the_speech_it_drafted(tmp_path):
    text = ("根据您的修改意见，我对讲话稿做了以下调整：\n\n1. 把原第三部分并入第二部分；\n2. 补充了关键数据。\n\n修改后的全文如下：\n\n---\n\n"
            "> ## 在全市优化营商环境大会上的讲话\n> 2025年3月12日\n\n---\n\n同志们：\n\n## 一、客观看待成效\n\n正文。\n\n"
            "## 二、下一步工作\n\n正文。\n\n谢谢大家！\n\n---\n\n### ✍️ 写作要点\n\n1. 结构：三段式。\n2. 数据：已核对。\n")
    doc = _parse_file(tmp_path, "draft.md", text)
    assert [(n.depth, n.marker) for n in doc.walk()] == [(1, "一、"), (1, "二、")]


def test_corner_brackets_quote_a_list_as_curly_quotes_do():
    text = "一、总结\n（一）冬季生产\n我在报告中说过：「今冬明春，一要巩固已有的合作社，二要有领导地发展新社。」这个方针是对的。\n"
    assert [n.marker for n in speechparse.parse(text).walk()] == ["一、", "（一）"]


def test_a_speech_recognition_transcripts_speaker_labels_and_its_tools_summary():
    text = ("智能纪要\n1. 会议回顾了一季度工作。\n2. 明确了二季度任务。\n文字记录\n"
            "发言人1 00:00:05 好，我们开始。今天讲两个问题。\n发言人2 00:02:31 第一个问题，一季度的账。收入增长百分之八。\n"
            "发言人2 00:05:10 第二个问题，二季度的活。要抓三件事。\n")
    assert [(n.depth, n.marker) for n in speechparse.parse(text).walk()] == [(1, "第一个问题，"), (1, "第二个问题，")]


# --- genres222-229: PDFs of group reports, university pages, outline-only documents, odd Markdown headings ---------

def test_drafters_remarks_after_an_outline_and_a_part_unit_after_a_space(tmp_path):
    outline = ("讲话提纲\n一、形势\n（一）成绩\n（二）问题\n二、任务\n（一）抓项目\n正文：\n（待起草）\n起草组意见：\n1.第三部分请补充数据；\n"
               "2.第四部分标题请领导定。\n")
    assert [(n.depth, n.marker) for n in speechparse.parse(outline).walk()] == [
        (1, "一、"), (2, "（一）"), (2, "（二）"), (1, "二、"), (2, "（一）")]
    text = "# 讲话\n\n## 第一 部分　过去一年工作回顾\n\n### 一、经济\n\n正文。\n\n## 第二 部分　今年工作安排\n\n### 一、任务\n\n正文。\n"
    doc = _parse_file(tmp_path, "plenary.md", text)
    assert [(n.depth, n.marker, n.title) for n in doc.walk()] == [
        (1, "第一 部分", "过去一年工作回顾"), (2, "一、", "经济"), (1, "第二 部分", "今年工作安排"), (2, "一、", "任务")]


UNNUMBERED_SECTIONS = (
    "某县农业农村局局长述职报告\n\n"
    "按照县委要求，现将一年来的工作报告如下：\n\n"
    "一年来的主要工作\n"
    "一是加强学习\n全年参加集中学习二十次。\n"
    "二是抓好主业\n1.粮食丰收。全年粮食增产。\n2.产业壮大。新建基地三个。\n\n"
    "存在的问题\n回顾一年来的工作，还有一些不足。\n"
    "（一）学习不够系统。有时满足于一般了解。\n（二）调研不够经常。下乡时间偏少。\n\n"
    "下一步工作打算\n"
    "一是持续加强学习\n二是改进工作作风\n"
)


def test_unnumbered_section_headings_close_the_items_before_them():
    assert _outline(UNNUMBERED_SECTIONS) == [
        (1, "一是"), (1, "二是"), (2, "1."), (2, "2."), (1, "（一）"), (1, "（二）"), (1, "一是"), (1, "二是")]


@pytest.mark.parametrize("change", [
    ("一年来的主要工作\n", ""),  # no heading opens the first item: the sections are not shown unnumbered
    ("现将一年来的工作报告如下：\n\n", ""),  # no opening words before that heading: it may be the title's
    ("。\n\n存在的问题", "。\n存在的问题"),  # no blank line before it: a short paragraph, not a heading
])
def test_a_short_line_closes_nothing_without_the_unnumbered_sections_shape(change: tuple[str, str]):
    text = UNNUMBERED_SECTIONS.replace(*change)
    assert text != UNNUMBERED_SECTIONS
    outline = _outline(text)
    assert (2, "（一）") in outline or (3, "（一）") in outline  # under the item before, as without the rule


SPEECH_THEN_PRESS_QA = (
    "一、抓好文旅融合\n要推动文旅深度融合。\n二、抓好市场监管\n要守住安全底线。\n"
    "同志们，让我们奋力开创文旅工作新局面！\n\n"
    "（根据录音整理，略有删节）\n\n答记者问\n\n会后，某厅长接受了本报记者的采访。\n\n"
    "问：怎样让文化资源活起来？\n\n答：一是推进活化利用；二是推动非遗进景区。\n"
)


def test_a_press_qa_after_a_transcribed_speech_is_back_matter():
    assert _outline(SPEECH_THEN_PRESS_QA) == [(1, "一、"), (1, "二、")]
    # without the speech's end (the editor's note) the answer's run stays: nothing says the speech is over
    no_end = SPEECH_THEN_PRESS_QA.replace("（根据录音整理，略有删节）\n\n", "")
    assert "一是" in [marker for _, marker in _outline(no_end)]


FORUM_DIGEST = (
    "座谈会发言摘编\n\n青石镇党委书记　李明远：\n一是坚持规划引领。\n二是坚持品牌塑造。\n\n"
    "县农业农村局局长　王海澄：\n1.抓好粮食生产。\n2.抓好特色产业。\n\n"
    "桐溪村党支部书记　赵春禾：\n一是选对了路子。\n二是建强了班子。\n"
)


def test_a_digests_speaker_lines_without_a_bullet_end_the_speaker_before():
    assert _outline(FORUM_DIGEST) == [(1, "一是"), (1, "二是"), (1, "1."), (1, "2."), (1, "一是"), (1, "二是")]
    # one such line alone may be the speech's own speaker: it closes nothing
    one = FORUM_DIGEST.replace("桐溪村党支部书记　赵春禾：\n", "").replace("青石镇党委书记　李明远：\n", "")
    assert (2, "1.") in _outline(one)


def test_the_lead_of_a_sections_lessons_opens_a_new_stretch_of_it():
    text = ("一、过去五年的工作\n县委团结带领全县人民奋勇前进。\n第一，经济实力跨越。全县生产总值翻番。\n"
            "第二，民生不断改善。新增就业三万人。\n五年来的基本经验是：\n一是坚持党的领导。\n二是坚持人民至上。\n"
            "二、今后五年的任务\n")
    assert _outline(text) == [(1, "一、"), (2, "第一，"), (2, "第二，"), (2, "一是"), (2, "二是"), (1, "二、")]


@pytest.mark.parametrize("alone", [True, False], ids=["marker alone on its line", "marker and clause on one line"])
def test_the_clauses_of_a_quoted_sentence_hold_no_paragraph_after_them(alone):
    # `（一）……；` `（二）……；` `（三）……。` after a colon: one sentence set out as a list; the
    # paragraphs after it, and the `第一，` run there, are the section's (a scraped page puts the
    # marker alone on its line and the clause on the next: the clause's end is read there)
    sep = "\n" if alone else ""
    text = ("一、基本情况\n规划是这样规定的：\n"
            f"（一）{sep}加固病险水库；\n（二）{sep}改造灌区；\n（三）{sep}保障农村供水。\n"
            "在水库方面，完成加固四十一座。\n成效体现在哪里呢？\n"
            f"第一，{sep}防洪能力增强。\n第二，{sep}灌溉面积扩大。\n二、存在的问题\n")
    assert _outline(text) == [(1, "一、"), (2, "（一）"), (2, "（二）"), (2, "（三）"), (2, "第一，"), (2, "第二，"),
                              (1, "二、")]


def test_a_heading_alone_under_its_marker_keeps_the_run_after_it():
    text = ("一、存在的问题\n（一）\n资金筹措难\n原因有两个。\n第一，\n财力有限。\n第二，\n渠道单一。\n"
            "（二）\n管护不健全\n二、下一步\n")
    assert _outline(text) == [(1, "一、"), (2, "（一）"), (3, "第一，"), (3, "第二，"), (2, "（二）"), (1, "二、")]


_REPORT_LINES = [
    "各位代表：",
    "　　" + "过去一年，全省经济运行总体平稳，主要指标完成了年初确定的目标，人民生活继续改善。" * 2,
    "一、工业生产",
    "　　" + "全年规模以上工业增加值增长百分之六点五，企业效益有所好转，新兴产业增长较快。" * 2,
    "二、农业生产",
    "　　" + "粮食总产量再创新高，农民收入增长快于城镇居民，农村基础设施进一步改善。" * 2,
    "（一）粮食生产",
    "　　" + "全年粮食播种面积稳定在四千万亩以上，单产提高，优质品种比重上升。" * 2,
    "（二）畜牧业",
    "　　" + "生猪出栏平稳，奶业振兴行动取得成效，畜禽养殖废弃物综合利用率提高。" * 2,
    "今年工作的主要任务",
    "　　" + "今年是规划实施的关键一年，做好政府工作，要着力抓好以下几个方面的工作。" * 2,
    "　　第一，扩大有效需求。" + "要稳定投资增长，扩大消费需求，推动外贸稳中提质，保持经济运行在合理区间。" * 2,
    "　　第二，推进产业升级。" + "要改造提升传统产业，培育壮大新兴产业，加快发展现代服务业。" * 2,
]
_PARTED = [(1, "一、"), (1, "二、"), (2, "（一）"), (2, "（二）"), (1, "第一，"), (1, "第二，")]


def test_a_part_heading_closes_the_items_in_text_of_one_paragraph_a_line():
    # `今年工作的主要任务`, flush between indented paragraphs, no blank line around it: the
    # `第一，` run after it is the second part's, not one inside `二、`
    assert _outline("\n".join(_REPORT_LINES) + "\n") == _PARTED
    assert _outline("\n\n".join(_REPORT_LINES) + "\n") == _PARTED  # (blank lines around it, as before)
    # ... and blank lines of white space only (`  ` or `　　` between paragraphs: a web or editor copy)
    assert _outline("\n  \n".join(_REPORT_LINES) + "\n") == _PARTED
    assert _outline("\n\u3000\u3000\n".join(_REPORT_LINES) + "\n") == _PARTED


def test_a_web_pages_paragraphs_keep_their_full_width_indent(tmp_path):
    # `<p>　　……</p>`: the indent is text, not markup's white space; the flush `<p>` between the
    # indented ones is the part heading it is in the text
    page = "<html><body>\n" + "\n".join(f"<p>{line}</p>" for line in _REPORT_LINES) + "\n</body></html>\n"
    doc = _parse_file(tmp_path, "report.html", page)
    assert [(n.depth, n.marker) for n in doc.walk()] == _PARTED
    assert doc.text.split("\n")[1].startswith("　　过去一年")


def test_markers_alone_on_their_lines_at_the_top_are_no_table_of_contents():
    # `第一，` alone, its words on the next line, one after another near the top: the body's
    # items (a TOC entry names its heading; nor do paragraphs stand between TOC entries)
    text = ("关于今年工作的报告\n各位代表：\n一年来，我们主要做了以下工作。\n"
            + "".join(f"{m}\n{w}方面取得新进展。这一年的工作很不容易，成绩来之不易。\n"
                      for m, w in (("第一，", "工业"), ("第二，", "农业"), ("第三，", "商贸"), ("第四，", "文教")))
            + "今后，我们要做好以下工作。\n第一，\n稳增长。\n第二，\n调结构。\n")
    doc = speechparse.parse(text)
    assert not doc.toc
    assert [n.marker for n in doc.walk()] == ["第一，", "第二，", "第三，", "第四，", "第一，", "第二，"]


def test_the_questions_after_the_applause_and_a_divider_are_no_part_of_the_speech():
    speech = ("一、今年的三件事\n第一，把客户服务好。\n第二，把产品做好。\n好了，我就讲到这里。谢谢大家！\n")
    qa = ("问：今年还招人吗？\n答：会招。一是先算清楚投入产出，二是优先内部转岗。\n"
          "问：出海会分走资源吗？\n答：不会。一是预算单独列，二是团队单独配。\n")
    for between in ("（掌声）\n——————————\n【现场问答环节】\n主持人：下面是提问时间。\n",
                    "（笑声）（掌声）\n***\n互动问答\n主持人：请大家提问。\n"):
        assert _outline(speech + between + qa) == [(1, "一、"), (2, "第一，"), (2, "第二，")], between


def test_a_bold_markdown_item_that_holds_a_list_is_a_list_item(tmp_path):
    text = ("## 三、下半年重点工作\n\n具体抓好两件事。\n\n1. **全力冲刺订单。**\n    1. 稳住老客户。\n"
            "    2. 开拓新市场。\n2. **推动板块扭亏。** 给三个月时间：\n    1. 完成验证；\n    2. 实行项目制。\n"
            "3. **守住安全底线。**\n")
    doc = _parse_file(tmp_path, "speech.md", text)
    assert [(n.depth, n.marker) for n in doc.walk()] == [(1, "三、"), (2, "1."), (3, "1."), (3, "2."), (2, "2."),
                                                          (3, "1."), (3, "2."), (2, "3.")]


def test_a_pasted_tables_rows_with_units_and_dashes_are_data():
    text = ("一、主要工作\n全年工作数据如下。\n表1　主要工作数据\n项　目　　　数　量　　　同比\n"
            "一、受理信访举报　　　　3215件次　　-6.2%\n二、立案　　　　1234件　　+8.1%\n"
            "三、挽回经济损失　　　　2.14亿元　　——\n（一）抓好日常监督\n要把监督挺在前面。\n二、下一步工作\n")
    assert _outline(text) == [(1, "一、"), (2, "（一）"), (1, "二、")]


def test_a_wrap_after_di_joins_the_citations_marker_to_its_line():
    # a hard-wrapped copy (indented paragraphs, flush continuations): `……第十二条第` then
    # `（二）项的规定，……` is the citation `第（二）项`, even after a line a little short of the width
    full = "这是一段按照固定宽度折行的说明文字内容，每行的字数都大致相同"  # 30 characters

    def paragraph(head: str) -> list[str]:
        return ["　　" + head + full[:28 - len(head)], full, full, "不搞一刀切。"]

    lines = ["　　三、关于几个需要说明的问题", *paragraph("（一）关于财政支持。")[:3], full[:23] + "第十二条第",
             "（二）项的规定，" + full[:22], "不宜写死具体数字。", *paragraph("（二）关于考核评价。"),
             *paragraph("（三）关于干部激励。")]
    doc = speechparse.parse("\n".join(lines) + "\n")
    assert [(n.depth, n.marker) for n in doc.walk()] == [(1, "三、"), (2, "（一）"), (2, "（二）"), (2, "（三）")]


_FLUSH_REPORT = [
    "各位代表：",
    "过去一年，全省经济运行总体平稳，主要指标完成了年初确定的目标，人民生活继续改善。" * 2,
    "一、工业生产",
    "全年规模以上工业增加值增长百分之六点五，企业效益有所好转，新兴产业增长较快。" * 2,
    "二、农业生产",
    "粮食总产量再创新高，农民收入增长快于城镇居民，农村基础设施进一步改善。" * 2,
    "{between}",
    "今年是规划实施的关键一年，做好政府工作，要着力抓好以下几个方面的工作，确保完成全年目标任务。" * 2,
    "第一，扩大有效需求。" + "要稳定投资增长，扩大消费需求，推动外贸稳中提质，保持经济运行在合理区间。" * 2,
    "第二，推进产业升级。" + "要改造提升传统产业，培育壮大新兴产业，加快发展现代服务业。" * 2,
]


@pytest.mark.parametrize(("between", "parted"), [
    ("今年工作的主要任务", True), ("最后，讲一讲今年的工作", True),
    ("表1　主要指标完成情况", False), ("4.3　保障措施", False), ("经济增速是综合性指标，今年目标设定", False),
], ids=["heading", "after 最后", "a caption", "a decimal section", "a comma inside"])
def test_a_part_heading_between_blank_lines_in_text_that_indents_nothing(between: str, parted: bool):
    # nothing indented, so no flush line stands out: a short line of words alone between blank
    # lines, after a sentence's end and before prose, is a part heading all the same
    text = "\n\n".join(_FLUSH_REPORT).replace("{between}", between) + "\n"
    depth = 1 if parted else 2
    assert _outline(text) == [(1, "一、"), (1, "二、"), (depth, "第一，"), (depth, "第二，")]


def test_a_paragraph_indented_by_its_style_is_indented(tmp_path):
    # `<p style="text-indent:2em">`: the page indents by style what a text indents with `　　`
    body = "\n".join(f'<p style="text-indent: 2em;">{line[2:]}</p>' if line.startswith("　　") else f"<p>{line}</p>"
                     for line in _REPORT_LINES)
    doc = _parse_file(tmp_path, "report.html", f"<html><body>\n{body}\n</body></html>\n")
    assert [(n.depth, n.marker) for n in doc.walk()] == _PARTED
    assert doc.text.split("\n")[1].startswith("　　过去一年")


def test_a_bare_numeral_alone_takes_the_heading_line_below_as_its_title():
    text = ("一　关于国内形势\n形势很好，大家都看到了。\n二\n关于政治生活问题\n人民民主的政权已经建立起来。\n"
            "三\n我们要努力工作，把各项事业办好。\n四\n关于干部的作风。\n干部要到生产队去。\n")
    # (a paragraph below says the point, a sentence its topic: no title, as the development set has it)
    assert [(n.marker, n.title) for n in speechparse.parse(text).walk()] == [
        ("一", "关于国内形势"), ("二", "关于政治生活问题"), ("三", ""), ("四", "")]


def test_a_spaced_ordinal_goes_on_the_run_of_the_comma_ones():
    text = ("第一，关于目的问题\n（一）依靠农民。\n（二）调查研究。\n第二、关于标准问题\n要划清界限。\n"
            "第三　关于纪律问题\n（一）住在农民家里。\n（二）按时归还东西。\n第四，关于学习问题\n要读文件。\n")
    assert _outline(text) == [(1, "第一，"), (2, "（一）"), (2, "（二）"), (1, "第二、"), (1, "第三"), (2, "（一）"),
                              (2, "（二）"), (1, "第四，")]
    # (a spaced heading's own run goes on over the comma points below it)
    text = "第一　立志\n第一，要立大志。\n第二　勤学\n第一，要多读书。\n第二，要多思考。\n"
    assert _outline(text) == [(1, "第一"), (2, "第一，"), (1, "第二"), (2, "第一，"), (2, "第二，")]


def test_a_marker_split_over_a_line_break_is_joined_in_text_not_hard_wrapped():
    text = ("（二）改革攻坚取得新突破\n坚持以改革激发活力。一是三项制度改革纵深推进；\n二是子公司治理取得实效；三\n"
            "是混合所有制改革稳步推进。\n（三）科技创新能力持续增强\n")
    doc = speechparse.parse(text)
    assert [n.marker for n in doc.walk()] == ["（二）", "一是", "二是", "三是", "（三）"]
    assert [n.line for n in doc.walk()][3] == 3


def test_a_bold_part_heading_with_a_year_and_a_hard_broken_paragraphs_run(tmp_path):
    text = ("**2024年工作回顾**\n\n**一、聚焦项目建设**\n\n全年新签约亿元以上项目46个，完成投资203亿元。\n\n"
            "**二、聚焦产业升级**\n\n传统产业焕发新机，新兴产业加速成长，产业结构持续优化。\n\n"
            "**2025年工作安排**\n\n2025年是“十四五”规划收官之年，也是为“十五五”良好开局打牢基础的关键之年。\n\n"
            "做好今年工作，必须坚持“三个导向”：一是坚持目标导向，  \n咬定目标不放松；二是坚持问题导向，破解难点；  \n"
            "三是坚持结果导向，以实实在在的成效取信于民。\n\n**一、坚持项目为王**\n\n全年谋划储备项目200个以上。\n")
    doc = _parse_file(tmp_path, "report.md", text)
    assert [(n.depth, n.marker) for n in doc.walk()] == [(1, "一、"), (1, "二、"), (1, "一是"), (1, "二是"),
                                                          (1, "三是"), (1, "一、")]


def test_a_reporters_background_box_holds_no_items():
    text = ("一、聚焦关键环节\n（一）在审批提速上突破。\n（二）在要素保障上突破。\n会议由方维宁主持。\n【链接】\n"
            "记者从市发改委获悉，去年我市主要做了三件事：一是推行改革；二是建成平台；三是设立热线。\n"
            "（责任编辑：周蔓）\n")
    assert _outline(text) == [(1, "一、"), (2, "（一）"), (2, "（二）")]
    # (the speech going on after the box is the speech's again)
    text = text.replace("（责任编辑：周蔓）\n", "二、加强组织领导\n要当好“店小二”。一是要主动，二是要高效。\n")
    assert _outline(text) == [(1, "一、"), (2, "（一）"), (2, "（二）"), (1, "二、"), (2, "一是"), (2, "二是")]


def test_a_word_paragraph_indented_by_its_format_is_indented(tmp_path):
    # `w:ind w:firstLineChars="200"`: Word indents by format what a text indents with `　　`
    import docx
    from docx.shared import Pt

    document = docx.Document()
    for line in _REPORT_LINES:
        paragraph = document.add_paragraph(line[2:] if line.startswith("　　") else line)
        if line.startswith("　　"):
            paragraph.paragraph_format.first_line_indent = Pt(24)
    path = tmp_path / "report.docx"
    document.save(str(path))
    doc = speechparse.parse_file(path)
    assert [(n.depth, n.marker) for n in doc.walk()] == _PARTED
    assert doc.text.split("\n")[1].startswith("　　过去一年")


def test_a_wiki_citations_mark_beside_a_marker_is_no_part_of_it():
    # a scraped wiki page: `[` `1` `]` split over lines leaves `]` glued to the next line's marker;
    # a citation `[2]` before a marker, `[1]` or a `[返回目录]` link after one alone on its line
    text = ("各位代表：\n现在报告工作。\n]一、过去五年的工作\n（一）经济结构调整迈出重要步伐。\n"
            "（二）[1]\n城乡统筹发展取得明显成效\n[2]（三）改革开放不断深化。\n二、[返回目录]\n今年的主要任务\n"
            "（一）扎实推进新农村建设。\n")
    doc = speechparse.parse(text)
    assert [(n.depth, n.marker, n.title) for n in doc.walk()] == [
        (1, "一、", "过去五年的工作"), (2, "（一）", "经济结构调整迈出重要步伐"), (2, "（二）", "城乡统筹发展取得明显成效"),
        (2, "（三）", "改革开放不断深化"), (1, "二、", "今年的主要任务"), (2, "（一）", "扎实推进新农村建设")]
