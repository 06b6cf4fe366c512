"""`speechparse stats`: counts per document and in total; table, JSON and CSV; bad inputs."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from support import FIXTURES, ROOT
from support.cli import Result, invoke

import speechparse
from speechparse.render.chunks import body_text
from speechparse.stats import document_stats, total_stats

SAMPLE = ROOT / "speechparse" / "data" / "sample_speech.txt"


def run(*args: str, cwd: Path = ROOT) -> Result:
    return invoke("stats", *args, cwd=cwd)


def test_sample_counts_by_hand():
    doc = speechparse.parse_file(SAMPLE)
    s = document_stats(doc)
    assert s["nodes"] == 14 and s["max_depth"] == 3
    assert s["nodes_per_depth"] == {"1": 3, "2": 9, "3": 2}
    assert s["nodes_per_style"] == {"cn": 3, "shi": 3, "cn-paren": 3, "yao": 3, "arabic": 2}
    assert [x["heading"] for x in s["sections"]] == [n.heading for n in doc.outline]
    assert s["warnings"] == 0 and s["removed_lines"] == 8
    assert s["removed_per_reason"] == {"chrome": 3, "disclaimer": 3, "title-suffix": 1, "counter": 1}
    # section 三、 by hand: heading, its text and its three 要 items, without white space
    third = "三、压紧压实责任确保目标完成各级领导干部要坚持一线工作法，一要强化调度，每月召开一次经济运行分析会；" \
            "二要强化督查，对重点工作实行清单化管理；三要强化考核，把考核结果作为评先评优的重要依据。"
    assert s["sections"][2]["chars"] == len(third)
    # the document's characters are those of the body text the chunks cover
    assert s["chars"] == len(re.sub(r"\s", "", body_text(doc)))


def test_totals_add_up():
    docs = [document_stats(speechparse.parse_file(p)) for p in sorted(FIXTURES.glob("web/*.txt"))]
    total = total_stats(docs)
    assert total["documents"] == len(docs)
    assert total["nodes"] == sum(d["nodes"] for d in docs) == sum(total["nodes_per_depth"].values())
    assert sum(total["nodes_per_style"].values()) == total["nodes"]
    assert total["max_depth"] == max(d["max_depth"] for d in docs)
    assert total["removed_lines"] == sum(total["removed_per_reason"].values()) > 0
    assert total["warnings"] == sum(total["warnings_per_code"].values()) > 0
    sizes = [x["chars"] for d in docs for x in d["sections"]]
    assert total["sections"] == len(sizes)
    assert total["section_chars"]["min"] == min(sizes) and total["section_chars"]["max"] == max(sizes)


def test_no_documents_no_crash():
    total = total_stats([])
    assert total["documents"] == 0 and total["max_depth"] == 0 and total["section_chars"]["mean"] == 0


def test_json_over_files_and_directories_recursively(tmp_path: Path):
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    (nested / "one.txt").write_bytes(SAMPLE.read_bytes())
    (tmp_path / "a" / "two.TXT").write_text("一、甲\n（一）乙\n二、丙\n", encoding="utf-8")
    (tmp_path / "a" / "ignored.md").write_text("一、不算\n", encoding="utf-8")
    proc = run(str(tmp_path / "a"), str(SAMPLE), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    data = json.loads(proc.stdout)
    assert [Path(d["path"]).name for d in data["documents"]] == ["one.txt", "two.TXT", "sample_speech.txt"]
    assert data["total"]["documents"] == 3
    assert data["total"]["nodes"] == 14 + 3 + 14
    assert data["documents"][1]["nodes_per_depth"] == {"1": 2, "2": 1}


def test_bad_inputs_are_one_line_each_and_exit_1(tmp_path: Path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "blank.txt").write_text("   \n", encoding="utf-8")
    proc = run(str(SAMPLE), str(tmp_path / "missing.txt"), str(tmp_path / "empty"),
               str(tmp_path / "blank.txt"), "--format", "json")
    assert proc.returncode == 1
    errors = proc.stderr.splitlines()
    assert len(errors) == 3 and all(line.startswith("speechparse: ") for line in errors), errors
    # in the order given
    assert errors[0].endswith("missing.txt: no such file or directory")
    assert errors[1].endswith("empty: is a directory with no files matching *.txt")
    assert errors[2].endswith("blank.txt: input is empty (only white space)")
    assert "Traceback" not in proc.stderr
    assert json.loads(proc.stdout)["total"]["documents"] == 1  # the good file is still counted


def test_nothing_readable_is_exit_2(tmp_path: Path):
    proc = run(str(tmp_path / "missing.txt"))
    assert proc.returncode == 2 and proc.stdout == b""
    assert proc.stderr == f"speechparse: {tmp_path / 'missing.txt'}: no such file or directory\n"


def test_csv_has_a_row_per_document_and_a_total():
    proc = run(str(SAMPLE), str(FIXTURES / "core" / "deep_four_levels.txt"), "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout.decode())))
    assert [r["path"] for r in rows][-1] == "TOTAL" and len(rows) == 3
    sample, deep, total = rows
    assert sample["nodes"] == "14" and sample["depth_3"] == "2" and sample["depth_4"] == "0"
    assert deep["max_depth"] == "4" and total["max_depth"] == "4"
    assert int(total["nodes"]) == int(sample["nodes"]) + int(deep["nodes"])
    assert sample["style_yao"] == "3" and sample["section_3_chars"] and not sample.get("section_4_chars")
    assert sample["removed_lines"] == "8"


def test_table_in_a_pipe_is_plain_and_complete():
    proc = run(str(FIXTURES / "web"))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode()
    assert "\x1b[" not in out
    assert "speechparse stats in" in out and "web01_chrome_vip_toc.txt" in out
    assert re.search(r"total \(\d+ files\)", out) and "Marker styles" in out
    assert max(len(line) for line in out.splitlines()) < 400  # one line per row, not folded
    assert "cn-paren:" in out  # wide enough for each file's styles


def test_help_documents_exit_codes():
    out = run("--help").stdout.decode()
    assert "Exit codes" in out and "--format" in out
