"""`speechparse diff`: our own pairs of drafts (fixtures/diff/), one kind of change each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import FIXTURES
from support.cli import invoke as run

import speechparse
from speechparse.diff import diff

PAIRS = FIXTURES / "diff"
BASE = PAIRS / "base.txt"


def changes(name: str) -> list[tuple[str, str | None, str | None]]:
    result = diff(speechparse.parse_file(BASE), speechparse.parse_file(PAIRS / f"{name}.txt"))
    return [(c.kind, c.old.heading if c.old else None, c.new.heading if c.new else None)
            for c in result.changes]


EXPECTED = {
    "added": [("added", None, "（三）抓好秸秆综合利用"),
              ("renumbered", "（三）抓好农产品销售对接", "（四）抓好农产品销售对接")],
    "removed": [("removed", "（二）加强督促检查", None),
                ("renumbered", "（三）强化要素保障", "（二）强化要素保障")],
    "retitled": [("retitled", "三、强化组织保障", "三、强化责任落实")],
    "moved": [("moved", "（三）抓好农产品销售对接", "（一）抓好农产品销售对接"),
              ("renumbered", "（三）抓好农产品销售对接", "（一）抓好农产品销售对接"),
              ("renumbered", "（一）抓好秋粮田间管理", "（二）抓好秋粮田间管理"),
              ("renumbered", "（二）抓好秋收秋种准备", "（三）抓好秋收秋种准备")],
    "reparented": [("moved", "（三）抓好农产品销售对接", "（四）抓好农产品销售对接"),
                   ("renumbered", "（三）抓好农产品销售对接", "（四）抓好农产品销售对接")],
    "renumbered": [("renumbered", "（一）夏粮丰收打下了好基础", "1.夏粮丰收打下了好基础"),
                   ("renumbered", "（二）秋季生产面临不少挑战", "2.秋季生产面临不少挑战")],
    "split": [("split", "（一）抓好秋粮田间管理", "（一）抓好秋粮田间管理"),
              ("renumbered", "（二）抓好秋收秋种准备", "（三）抓好秋收秋种准备"),
              ("renumbered", "（三）抓好农产品销售对接", "（四）抓好农产品销售对接")],
    "merged": [("merged", "（一）压实工作责任", "（一）压实工作责任"),
               ("renumbered", "（三）强化要素保障", "（二）强化要素保障")],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_kind_of_change(name: str):
    assert changes(name) == EXPECTED[name]


def test_split_and_merge_name_their_parts():
    old = speechparse.parse_file(BASE)
    split = diff(old, speechparse.parse_file(PAIRS / "split.txt")).changes[0]
    assert [i.heading for i in split.others] == ["（一）抓好秋粮田间管理", "（二）抓好病虫害防治"]
    merged = diff(old, speechparse.parse_file(PAIRS / "merged.txt")).changes[0]
    assert [i.heading for i in merged.others] == ["（一）压实工作责任", "（二）加强督促检查"]


def test_moved_says_where_from():
    result = diff(speechparse.parse_file(BASE), speechparse.parse_file(PAIRS / "reparented.txt"))
    assert result.changes[0].detail == "from under 二、抓好秋季生产重点环节 to under 三、强化组织保障"


@pytest.mark.parametrize("path", sorted(PAIRS.glob("*.txt")), ids=lambda p: p.name)
def test_a_document_against_itself_is_empty(path: Path):
    doc = speechparse.parse_file(path)
    assert diff(doc, speechparse.parse_file(path)).same
    proc = run("diff", str(path), str(path))
    assert proc.returncode == 0 and proc.stdout == b"" and proc.stderr == ""


def test_text_in_a_pipe_and_exit_1():
    proc = run("diff", str(BASE), str(PAIRS / "added.txt"))
    assert proc.returncode == 1
    assert proc.stdout.decode().splitlines() == [
        "added       （三）抓好秸秆综合利用  (line 11, under 二、抓好秋季生产重点环节)",
        "renumbered  （三）抓好农产品销售对接 -> （四）抓好农产品销售对接  (line 11 -> 12)",
        "1 added, 1 renumbered",
    ]
    assert "\x1b[" not in proc.stdout.decode()  # no colour codes in a pipe


def test_json_for_tools():
    proc = run("diff", str(BASE), str(PAIRS / "removed.txt"), "--format", "json")
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    assert data["same"] is False and data["counts"]["removed"] == 1
    assert data["changes"][0] == {"kind": "removed", "new": None,
                                  "old": {"marker": "（二）", "title": "加强督促检查", "line": 14, "depth": 2,
                                          "parent": "三、强化组织保障"}}
    assert data["counts"] == {"added": 0, "removed": 1, "moved": 0, "renumbered": 1, "retitled": 0,
                              "split": 0, "merged": 0}
    same = json.loads(run("diff", str(BASE), str(BASE), "--format", "json").stdout)
    assert same == {"same": True, "counts": dict.fromkeys(same["counts"], 0), "changes": []}


def test_coloured_tree_on_a_terminal():
    from rich.console import Console

    from speechparse.diff import rich_tree

    result = diff(speechparse.parse_file(BASE), speechparse.parse_file(PAIRS / "removed.txt"))
    console = Console(force_terminal=True, width=120, color_system="standard", record=True)
    console.print(rich_tree(result, "秋季农业生产"))
    text = console.export_text(clear=False)
    assert "- （二）加强督促检查 (removed)" in text
    assert text.index("（一）压实工作责任") < text.index("加强督促检查")  # in its old place
    assert "\x1b[9;31m- （二）加强督促检查" in console.export_text(styles=True)  # removed: red, struck


def test_errors_exit_2():
    proc = run("diff", str(BASE), str(PAIRS / "missing.txt"))
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1
