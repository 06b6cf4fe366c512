"""`speechparse lint`: every rule against its documented examples and its fixture pair; the
numbering rules against the hand-made gold outlines; the project's clean fixtures stay clean;
the command line (formats, selection, severities, configuration, errors)."""

from __future__ import annotations

import json
import re
import shutil
import unicodedata
from pathlib import Path

import pytest
import yaml
from support import FIXTURES, ROOT, all_fixture_texts, by_folder, each, gold_fixtures
from support.cli import TextResult, invoke_text
from support.documents import parsed
from support.goldscore import _ordinal

import speechparse
from speechparse.lint import RULES, SEVERITIES, lint, rule_for, select_rules
from speechparse.lint.levels import with_ordinal
from speechparse.markers.di import FILLERS, LEADS
from speechparse.numerals import FORMAL_DIGITS

LINT_FIXTURES = FIXTURES / "lint"
DOCS = ROOT / "docs" / "check-and-lint.md"



def known_findings(speech: Path) -> set[tuple[int, str]]:
    """The findings kept beside a fixture as data (`X.lint.yaml`); none when there is no file."""
    data = speech.with_name(speech.stem + ".lint.yaml")
    if not data.exists():
        return set()
    return {(f["line"], f["code"]) for f in yaml.safe_load(data.read_text(encoding="utf-8"))["findings"]}


def run(*args: str, cwd: Path = ROOT, stdin: str = "") -> TextResult:
    return invoke_text("lint", *args, cwd=cwd, stdin=stdin)


def codes(text: str) -> list[str]:
    return [f.code for f in lint(speechparse.parse(text))]


def rel(path: Path) -> str:
    return path.relative_to(FIXTURES).as_posix()


# --- the rules and their documentation -------------------------------------------------------

def test_rules_have_stable_codes_names_and_chinese_docs():
    assert [r.code for r in RULES] == ["SP101", "SP102", "SP103", "SP201", "SP202", "SP203",
                                       "SP301", "SP302", "SP303"]
    assert len({r.name for r in RULES}) == len(RULES)
    for rule in RULES:
        assert re.fullmatch(r"[a-z]+(-[a-z]+)+", rule.name)
        assert rule.severity in SEVERITIES
        assert re.search("[\u4e00-\u9fff]", rule.summary) and re.search("[\u4e00-\u9fff]", rule.why)
    assert rule_for("SP203").severity == "info"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_the_bad_example_breaks_exactly_its_rule_and_the_good_one_is_clean(rule):
    assert set(codes(rule.bad)) == {rule.code}
    assert codes(rule.good) == []


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_each_rule_has_a_failing_and_a_passing_fixture(rule):
    stem = f"{rule.code.lower()}_{rule.name.replace('-', '_')}"
    bad, good = LINT_FIXTURES / f"{stem}.bad.txt", LINT_FIXTURES / f"{stem}.good.txt"
    found = lint(speechparse.parse_file(bad))
    assert {f.code for f in found} == {rule.code}
    assert {(f.line, f.code) for f in found} == known_findings(bad) != set()
    assert lint(speechparse.parse_file(good)) == []


def test_the_docs_page_carries_every_rule_with_its_examples():
    docs = DOCS.read_text(encoding="utf-8")
    for rule in RULES:
        assert f"{rule.code} {rule.name}" in docs
        for example in (rule.bad, rule.good):
            assert example.strip("\n") in docs, f"{rule.code}: example out of date in {DOCS.name}"


# --- the numbering rules against the gold ------------------------------------------------

def _style_key(marker: str) -> str:
    """The marker's style as a reader sees it, from the gold marker alone."""
    if "\u2460" <= marker[0] <= "\u2473":
        return "circled"
    # (`二 、` is `二、` with a slip, `第二个呢，` `这个第二个方面，` `第二个，` with a filler; `头一条` is `第一条`)
    m = re.sub(rf"\s+|[{FILLERS}]|^(?:{'|'.join(LEADS)})", "", unicodedata.normalize("NFKC", marker)).replace("头", "第")
    m = re.sub(r"^(\d+)\)", r"(\1)", m)  # (`3)` is `（3）` with its opening bracket lost: one style)
    m = re.sub("[一二三四五六七八九十]+", "C", re.sub(r"\d+", "D", re.sub(f"[{FORMAL_DIGITS}]+", "F", m)))
    m = m.rstrip("、.,:：，丶")  # (`四丶`: OCR's 丶 for the 、)
    # (a speaker counts `第一，` `第二个，` `第三点，` as one run: the counter word is no other style)
    return re.sub(r"^第C(?:个|個|点|點|个问题|個問題|个方面|個方面|方面)$", "第C", m)


def _gold_breaks(gold: Path) -> set[tuple[int, str]]:
    """Where the gold's own numbering skips, repeats or does not start at 1."""
    rows, stack = [], []
    for raw in gold.read_text(encoding="utf-8").splitlines():
        cols = raw.split("\t")
        if not raw.strip() or (len(cols) > 4 and cols[4].strip() == "?"):
            continue  # optional rows: the parser does not emit them (test_check verifies it)
        line, depth, marker = int(cols[0]), int(cols[1]), cols[2]
        del stack[depth - 1:]
        rows.append((line, marker, stack[-1] if stack else None))
        stack.append(len(rows) - 1)
    groups: dict[tuple[int | None, str], list[tuple[int, int]]] = {}
    for line, marker, parent in rows:
        groups.setdefault((parent, _style_key(marker)), []).append((line, _ordinal(marker)))
    out = set()
    for items in groups.values():
        for i, (line, n) in enumerate(items):
            prev = items[i - 1][1] if i else None
            if prev is None:
                if n != 1:
                    out.add((line, "SP103"))
            elif n == prev + 2 and i >= 2 and items[i - 2][1] == prev:
                pass  # `（五）` `（五）` `（七）`: the repeat stood for 六, one finding (SP102), not two
            elif n > prev + 1:
                out.add((line, "SP101"))
            elif n <= prev and n != 1:
                out.add((line, "SP102"))
    return out


GOLD = gold_fixtures()


def _breaks_in_the_gold(speech: Path) -> None:
    found = {(f.line, f.code) for f in lint(parsed(speech)) if f.code.startswith("SP1")}
    assert found == _gold_breaks(speech.with_name(speech.stem + ".gold.tsv"))


@pytest.mark.parametrize("speeches", by_folder(GOLD))
def test_numbering_findings_are_the_breaks_in_the_gold(speeches: list[Path]):
    each(speeches, _breaks_in_the_gold)


def test_the_gold_has_numbering_breaks_to_find():
    """The comparison above is not vacuous: the fixtures keep skips, repeats and late starts."""
    breaks = {rel(p): _gold_breaks(p.with_name(p.stem + ".gold.tsv")) for p in GOLD}
    assert breaks["core/skipped_repeated_ordinals.txt"] == {(13, "SP102"), (14, "SP101"), (16, "SP101")}
    assert (43, "SP103") in breaks["reports/county2019_qingwu.txt"]
    assert breaks["core/partial_page_starts_er.txt"] == {(1, "SP103")}


@pytest.mark.parametrize("speeches", by_folder(GOLD))
def test_numbering_findings_agree_with_the_parser_warnings(speeches: list[Path]):
    each(speeches, _agree_with_the_parser_warnings)


def _agree_with_the_parser_warnings(speech: Path) -> None:
    doc = parsed(speech)
    warned = {(w.line, {"skipped-ordinal": "SP101", "repeated-ordinal": "SP102",
                        "run-not-from-one": "SP103", "partial-start": "SP103"}[w.code])
              for w in doc.warnings if w.code in ("skipped-ordinal", "repeated-ordinal",
                                                  "run-not-from-one", "partial-start")}
    assert {(f.line, f.code) for f in lint(doc) if f.code.startswith("SP1")} == warned


# --- the project's fixtures ------------------------------------------------------------------

def _expected(speech: Path) -> set[tuple[int, str]]:
    """What lint must find: the fixture's data file, plus the breaks in its gold's numbering."""
    gold = speech.with_name(speech.stem + ".gold.tsv")
    return known_findings(speech) | (_gold_breaks(gold) if gold.exists() else set())


ALL = sorted(set(all_fixture_texts()) | set(GOLD))  # (with the PDFs written with their own gold)


def _known_findings(speech: Path) -> None:
    found = {(f.line, f.code) for f in lint(parsed(speech))}
    assert found == _expected(speech)


@pytest.mark.parametrize("speeches", by_folder(ALL))
def test_every_fixture_gets_exactly_its_known_findings(speeches: list[Path]):
    each(speeches, _known_findings)


def test_every_findings_file_belongs_to_a_fixture():
    data = sorted(FIXTURES.rglob("*.lint.yaml"))
    speeches = {p.with_name(p.stem + ".lint.yaml") for p in ALL}
    assert len(data) >= 14 and set(data) <= speeches, set(data) - speeches


def test_lint_reports_nothing_on_the_clean_fixtures(shared_parses: None):
    """Clean: the gold shows the numbering is whole, and reading found no style slip."""
    clean = [p for p in ALL if not _expected(p)]  # here, not at collection in every worker
    assert len(clean) >= 30
    assert {p.parent.name for p in clean} >= {"core", "reports", "web", "html", "lint"}
    proc = run(*[str(p.relative_to(ROOT)) for p in clean])
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "", "")


# --- the command line ------------------------------------------------------------------------

def test_a_skipped_number_is_reported_at_its_line_and_column_with_exit_1():
    path = LINT_FIXTURES / "sp101_skipped_ordinal.bad.txt"
    lines = path.read_text(encoding="utf-8").split("\n")
    line = next(i for i, text in enumerate(lines, 1) if text.lstrip("\u3000").startswith("四、"))
    column = lines[line - 1].index("四、") + 1
    proc = run(str(path.relative_to(ROOT)))
    assert proc.returncode == 1
    out = proc.stdout.split("\n")
    assert out[0] == (f"fixtures/lint/sp101_skipped_ordinal.bad.txt:{line}:{column}: SP101 "
                      f"编号跳号：「四、」紧接在「二、」（第6行）之后，缺少「三、」")
    assert out[1] == "Found 1 problem (1 error) in 1 of 1 file."


def test_the_column_of_an_inline_marker():
    path = FIXTURES / "core" / "skipped_repeated_ordinals.txt"
    text = path.read_text(encoding="utf-8").split("\n")[13]
    [finding] = [f for f in lint(speechparse.parse_file(path)) if f.line == 14]
    assert finding.column == text.index("四是") + 1


def test_stdin_and_a_folder():
    proc = run("-", stdin="一、甲\n正文。\n二、乙\n正文。\n四、丁\n正文。\n")
    assert proc.returncode == 1 and proc.stdout.startswith("-:5:1: SP101 ")
    proc = run("fixtures/lint")
    assert proc.returncode == 1
    bad = sorted(LINT_FIXTURES.glob("*.bad.txt"))
    assert proc.stdout.count("\n") == sum(len(known_findings(p)) for p in bad) + 1
    assert proc.stdout.endswith("in 9 of 18 files.\n")


def test_json_format():
    proc = run("fixtures/core/skipped_repeated_ordinals.txt", "--format", "json")
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    assert [(d["line"], d["code"]) for d in data] == [(13, "SP102"), (14, "SP101"), (16, "SP101")]
    assert data[0] == {"path": "fixtures/core/skipped_repeated_ordinals.txt", "line": 13, "column": 3,
                       "code": "SP102", "name": "repeated-ordinal", "severity": "error",
                       "message": "编号重复：「（二）」与第12行的「（二）」序号相同"}
    clean = run("fixtures/core/inline_shi_runs.txt", "--format", "json")
    assert clean.returncode == 0 and json.loads(clean.stdout) == []


def test_github_format():
    proc = run("fixtures/lint/sp101_skipped_ordinal.bad.txt", "fixtures/lint/sp203_non_standard_level_order.bad.txt",
               "--format", "github")
    lines = proc.stdout.split("\n")
    assert lines[0].startswith("::error file=fixtures/lint/sp101_skipped_ordinal.bad.txt,line=10,col=3,"
                               "title=SP101 skipped-ordinal::SP101 编号跳号")
    assert lines[1].startswith("::notice file=fixtures/lint/sp203_non_standard_level_order.bad.txt,line=5,")
    assert proc.returncode == 1


def test_select_and_ignore():
    path = "fixtures/core/fullwidth_digits_dunhao.txt"
    assert run(path).returncode == 1
    assert run(path, "--select", "SP1").stdout == ""
    assert run(path, "--ignore", "SP202,SP302").returncode == 0
    assert run(path, "--ignore", "SP202", "--ignore", "inconsistent-heading-punctuation").stdout == ""
    only = run(path, "--select", "mixed-marker-punctuation").stdout
    assert only.count("SP202") == 3 and "SP302" not in only
    assert [r.code for r in select_rules(["SP2"], ["SP203"])] == ["SP201", "SP202"]
    bad = run(path, "--select", "SP999")
    assert bad.returncode == 2 and bad.stderr == "speechparse: unknown rule 'SP999' (see `speechparse lint --list-rules`)\n"


def test_info_hints_are_shown_but_do_not_fail_unless_asked():
    path = "fixtures/lint/sp203_non_standard_level_order.bad.txt"
    proc = run(path)
    assert proc.returncode == 0 and proc.stdout.count(" SP203 ") == 2
    assert "(2 info)" in proc.stdout
    assert run(path, "--fail-on", "info").returncode == 1
    # and errors can be the only thing that fails
    assert run("fixtures/lint/sp201_mixed_bracket_width.bad.txt", "--fail-on", "error").returncode == 0


def test_config_from_pyproject_and_yaml(tmp_path: Path):
    shutil.copy(LINT_FIXTURES / "sp101_skipped_ordinal.bad.txt", tmp_path / "draft.txt")
    shutil.copy(LINT_FIXTURES / "sp203_non_standard_level_order.bad.txt", tmp_path / "report.txt")
    assert run(".", cwd=tmp_path).returncode == 1
    (tmp_path / "pyproject.toml").write_text('[tool.speechparse.lint]\nignore = ["SP101"]\nfail-on = "info"\n')
    proc = run(".", cwd=tmp_path)
    assert proc.returncode == 1 and "SP101" not in proc.stdout and "SP203" in proc.stdout
    assert run(".", "--fail-on", "warning", cwd=tmp_path).returncode == 0
    (tmp_path / ".speechparse.yaml").write_text("lint:\n  select: [SP2]\n")
    proc = run(".", cwd=tmp_path)
    assert proc.returncode == 0 and "SP203" in proc.stdout and "SP101" not in proc.stdout
    assert run(".", "--select", "SP1", cwd=tmp_path).returncode == 1  # the command line wins
    assert run(".", "--config", str(tmp_path / "pyproject.toml"), cwd=tmp_path).stdout.count("SP203") == 2


def test_an_unreadable_file_is_exit_2_and_the_others_are_still_linted(tmp_path: Path):
    shutil.copy(LINT_FIXTURES / "sp101_skipped_ordinal.bad.txt", tmp_path / "draft.txt")
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01\x02" * 40)
    proc = run(str(tmp_path))
    assert proc.returncode == 2
    assert "SP101" in proc.stdout
    assert proc.stderr == f"speechparse: {tmp_path / 'broken.txt'}: input looks binary (NUL bytes), not a text speech\n"
    missing = run("no/such/draft.txt")
    assert missing.returncode == 2 and missing.stderr == "speechparse: no/such/draft.txt: no such file or directory\n"
    assert run().returncode == 2


def test_list_rules_and_explain():
    listing = run("--list-rules").stdout
    assert all(r.code in listing and r.name in listing for r in RULES)
    page = run("--explain", "SP101")
    assert page.returncode == 0 and page.stdout.startswith("SP101 skipped-ordinal (error)\n")
    assert "错误示例" in page.stdout and "正确示例" in page.stdout and "四、强化组织保障" in page.stdout
    assert run("--explain", "empty-section").stdout.startswith("SP303 ")
    assert run("--explain", "SP000").returncode == 2


@pytest.mark.parametrize("marker,n,expected", [
    ("（三）", 2, "（二）"), ("(三)", 1, "(一)"), ("四、", 13, "十三、"), ("2.", 1, "1."),
    ("２．", 3, "３．"), ("③", 1, "①"), ("⑵", 1, "⑴"), ("第三，", 2, "第二，"), ("四是", 3, "三是"),
])
def test_suggested_markers_keep_the_writing(marker: str, n: int, expected: str):
    assert with_ordinal(marker, n) == expected


def test_single_child_is_not_reported_when_the_run_goes_on_inside_the_paragraph():
    def single_child_lines(text: str) -> set[int]:
        return {f.line for f in lint(speechparse.parse(text)) if f.code == "SP301"}

    run_on = "一、总体要求\n（一）指导思想\n第一，坚持稳中求进。第二，坚持改革创新。\n（二）主要目标\n"
    alone = "一、总体要求\n（一）指导思想\n第一，坚持稳中求进。要坚持改革创新。\n（二）主要目标\n"
    assert 3 not in single_child_lines(run_on)
    assert 3 in single_child_lines(alone)
