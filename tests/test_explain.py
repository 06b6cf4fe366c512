"""`--explain`: every candidate marker with the rule that placed or rejected it."""

from __future__ import annotations

import json

from support.cli import invoke

import speechparse

NESTED = """一、总体情况
今年以来，全县经济稳中有进。
二、重点工作
下面讲几项具体任务。
一、抓项目。项目是发展的生命线。
二、抓产业。产业是发展的根基。
三、抓民生。民生是发展的目的。
三、保障措施
各级各部门要压实责任。
"""

QUOTED = """一、加强移风易俗
村规民约写得明白：“
第一条，婚事新办；第二条，丧事简办
”。各村要抓好落实。
二、加强组织领导
"""


def decisions(text: str) -> list[tuple[int, str, int | None, str]]:
    return [(d.line, d.marker, d.depth, d.rule) for d in speechparse.parse(text, explain=True).decisions]


def test_nested_restart_is_explained_by_the_run_that_goes_on():
    doc = speechparse.parse(NESTED, explain=True)
    restart = next(d for d in doc.decisions if d.line == 5)
    assert (restart.depth, restart.rule) == (2, "restart")
    assert "goes on at 三、" in restart.evidence
    assert [(d.line, d.depth) for d in doc.decisions] == [(1, 1), (3, 1), (5, 2), (6, 2), (7, 2), (8, 1)]


def test_rejected_candidates_say_why():
    found = decisions(QUOTED)
    assert (3, "第一条", None, "quotation") in [(ln, m.rstrip("，"), d, r) for ln, m, d, r in found]
    assert (5, "二、", 1, "continue") in found


def test_candidates_the_clean_up_took_out_are_listed_with_where_they_went():
    text = "目录\n一、总体要求\n二、重点任务\n同志们：\n一、总体要求\n要稳中求进。\n二、重点任务\n要狠抓落实。\n"
    doc = speechparse.parse(text, explain=True)
    assert [(d.line, d.rule, d.evidence) for d in doc.decisions if d.depth is None] == [
        (2, "excluded", "in the table of contents"), (3, "excluded", "in the table of contents")]


def test_explain_off_records_nothing():
    assert speechparse.parse(NESTED).decisions == []


def test_command_line_text_and_json(tmp_path):
    path = tmp_path / "speech.txt"
    path.write_text(NESTED, encoding="utf-8")
    text = invoke("parse", str(path), "--explain")
    assert text.returncode == 0
    assert text.lines()[2].startswith("L5") and "restart" in text.lines()[2]
    as_json = json.loads(invoke("parse", str(path), "--explain", "-f", "json").text)
    assert as_json["decisions"][2] == {"line": 5, "marker": "一、", "depth": 2, "rule": "restart",
                                       "evidence": as_json["decisions"][2]["evidence"]}


def test_a_batch_explains_each_file_on_one_line(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(NESTED, encoding="utf-8")
    out = invoke("parse", str(tmp_path), "--explain", "-j", "1")
    assert out.returncode == 0
    records = [json.loads(line) for line in out.lines()]
    assert [r["source"].rsplit("/", 1)[-1] for r in records] == ["a.txt", "b.txt"]
    assert all(len(r["decisions"]) == 6 for r in records)
