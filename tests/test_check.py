"""`speechparse check`, end to end through the command line: the repository's own fixtures,
a broken expectation, --update, missing and unreadable files, JUnit XML, GitHub annotations,
configuration."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from support import FIXTURES, ROOT, all_fixture_texts, by_folder, each, gold_fixtures
from support.cli import TextResult, invoke_text
from support.goldscore import as_the_gold_writes

from speechparse.checking import expectation_for, lines_of
from speechparse.config import find_config, load_config

SUMMARY = re.compile(r"^(\d+) passed, (\d+) failed$")
SAMPLE = "skipped_repeated_ordinals"


def run(*args: str, cwd: Path = ROOT) -> TextResult:
    return invoke_text(*args, cwd=cwd)


def summary(proc: TextResult) -> tuple[int, int]:
    last = proc.stdout.rstrip("\n").split("\n")[-1]
    m = SUMMARY.match(last)
    assert m, f"last line is not the summary: {last!r}\n{proc.stdout}{proc.stderr}"
    return int(m.group(1)), int(m.group(2))


@pytest.fixture()
def core(tmp_path: Path) -> Path:
    """A copy of fixtures/core (speeches and expectations) that a test may break."""
    target = tmp_path / "core"
    shutil.copytree(FIXTURES / "core", target)
    return target


# --- the repository's own fixtures ---------------------------------------------------------

def test_the_repository_fixtures_are_green(shared_parses: None):
    proc = run("check", "fixtures/")
    speeches = [p for p in FIXTURES.rglob("*.txt") if not p.name.startswith("README")]
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert summary(proc) == (len(speeches), 0)
    assert len(speeches) >= 40 and proc.stderr == ""


def test_every_fixture_speech_has_an_expected_outline(shared_parses: None):
    speeches = all_fixture_texts()
    missing = [str(p) for p in speeches if not expectation_for(p).is_file()]
    assert not missing
    explicit = [str(p.relative_to(ROOT)) for p in speeches if p.suffix != ".txt"]
    assert explicit, "the .html/.docx fixtures are checked when named"
    proc = run("check", *explicit)
    assert proc.returncode == 0 and summary(proc) == (len(explicit), 0), proc.stdout


def _gold_rows(gold: Path) -> list[tuple[int, str, str, bool]]:
    rows = []
    for raw in gold.read_text(encoding="utf-8").splitlines():
        if raw.strip():
            cols = raw.split("\t")
            rows.append((int(cols[1]), cols[2], cols[3], len(cols) > 4 and cols[4].strip() == "?"))
    return rows


def _numbered_outline_rows(outline: Path) -> list[tuple[int, str]]:
    """(depth, marker+title) of each outline line; dash bullets, which the gold leaves unscored
    (GOLD_FORMAT: 'no ordinal; not scored'), are dropped and their children moved up."""
    rows, dashes = [], []
    for line in lines_of(outline.read_text(encoding="utf-8")):
        body = line.lstrip(" ")
        depth = (len(line) - len(body)) // 2 + 1
        while dashes and dashes[-1] >= depth:
            dashes.pop()
        if body.startswith(("——", "──", "－－")):
            dashes.append(depth)
        else:
            rows.append((depth - len(dashes), body))
    return rows


_NEXT_INLINE_ITEM = re.compile(r"^[，,、]?\s*[一二三四五六七八九十]{1,3}[是要]")
_CUT_MARKER = re.compile(r"[，,、]?\s*[一二三四五六七八九十]{0,3}")
GOLD_TITLE_CHARS = 30  # GOLD_FORMAT: a title is cut at this many characters


def _same_title(title: str, gold: str) -> bool:
    """Equal, or the gold runs on past a comma into the next inline item (`……，二要……`: the
    gold cuts only at 。！？；：, the parser ends an inline item's title where the next begins)."""
    if title == gold or title == gold.rstrip("，,、"):  # (a line that ends at a comma: the parser drops it)
        return True
    rest = gold[len(title):]
    # (… or into the first characters of its marker, where the gold's 30-character cut fell: `……，二`)
    return gold.startswith(title) and bool(_NEXT_INLINE_ITEM.match(rest)
                                           or (len(gold) >= GOLD_TITLE_CHARS and _CUT_MARKER.fullmatch(rest)))


def _is_row(body: str, gold: tuple) -> bool:
    """Is the outline row `body` (marker and title) the gold row's (marker, then title)?"""
    _, marker, title, _ = gold
    body = as_the_gold_writes(body)
    return body.startswith(marker) and _same_title(body[len(marker):].strip()[:30].strip(), title.strip())


@pytest.mark.parametrize("speeches", by_folder(gold_fixtures()))
def test_expected_outlines_agree_with_the_gold(speeches: list[Path]):
    """The gold is the standard: each expectation has every gold row, at its depth, with its
    marker and title (the gold cuts titles at 30 characters); only optional rows may be absent."""
    each(speeches, _agrees_with_the_gold)


def _agrees_with_the_gold(speech: Path) -> None:
    rows = _numbered_outline_rows(expectation_for(speech))
    gold = _gold_rows(speech.with_name(speech.stem + ".gold.tsv"))
    i = 0
    for depth, body in rows:
        while i < len(gold) and gold[i][3] and not _is_row(body, gold[i]):
            i += 1  # an optional gold row the parser does not emit
        assert i < len(gold), f"outline row not in the gold: {depth} {body}"
        g_depth, g_marker, g_title, _ = gold[i]
        body = as_the_gold_writes(body)
        assert body.startswith(g_marker), (body, g_marker + g_title)
        title = body[len(g_marker):].strip()[:30].strip()
        assert depth == g_depth and _same_title(title, g_title.strip()), (body, g_title)
        i += 1
    assert all(optional for *_, optional in gold[i:]), gold[i:]


# --- breaking and repairing expectations --------------------------------------------------

def test_a_broken_expectation_shows_a_diff_and_exits_1_until_updated(core: Path):
    outline = core / f"{SAMPLE}.outline"
    good = outline.read_text(encoding="utf-8")
    outline.write_text(good.replace("  （二）基础设施逐步完善\n", "  （二）基础设施全面完善\n"), encoding="utf-8")
    total = len(list(core.glob("*.txt")))

    proc = run("check", str(core))
    assert proc.returncode == 1
    assert summary(proc) == (total - 1, 1)
    out = proc.stdout
    assert f"FAIL {core / SAMPLE}.txt: outline differs from {outline}" in out
    assert f"--- {outline} (expected)" in out and f"+++ {core / SAMPLE}.txt (actual)" in out
    assert "\n-  （二）基础设施全面完善\n+  （二）基础设施逐步完善\n" in out
    assert "@@ " in out

    proc = run("check", str(core), "--update")
    assert proc.returncode == 0, proc.stdout
    assert f"updated {outline}" in proc.stdout
    assert summary(proc) == (total, 0)
    assert outline.read_text(encoding="utf-8") == good

    proc = run("check", str(core))
    assert proc.returncode == 0 and summary(proc) == (total, 0)


def test_a_missing_expectation_fails_and_update_creates_it(core: Path):
    outline = core / f"{SAMPLE}.outline"
    good = outline.read_text(encoding="utf-8")
    outline.unlink()
    proc = run("check", str(core / f"{SAMPLE}.txt"))
    assert proc.returncode == 1
    assert f"no expected outline {outline} (create it with --update)" in proc.stdout
    assert summary(proc) == (0, 1)
    umask = os.umask(0o022)
    try:
        proc = run("check", str(core / f"{SAMPLE}.txt"), "--update")
    finally:
        os.umask(umask)
    assert proc.returncode == 0 and f"created {outline}" in proc.stdout
    assert outline.read_text(encoding="utf-8") == good
    # the mode every new file gets (it was 0600: a file others in the project could not read)
    assert outline.stat().st_mode & 0o777 == 0o644


def test_an_unreadable_speech_is_a_failure_line_and_exit_2(core: Path):
    (core / "broken.txt").write_bytes(b"\x00\x01binary" * 50)
    (core / "empty.txt").write_bytes(b"")
    proc = run("check", str(core))
    assert proc.returncode == 2
    assert f"FAIL {core / 'broken.txt'}: cannot read the speech: input looks binary" in proc.stdout
    assert f"FAIL {core / 'empty.txt'}: cannot read the speech: input is empty" in proc.stdout
    total = len(list(core.glob("*.txt")))
    assert summary(proc) == (total - 2, 2)
    assert "Traceback" not in proc.stdout + proc.stderr
    # --update cannot write an outline for a speech it cannot read
    proc = run("check", str(core), "--update")
    assert proc.returncode == 2 and not (core / "broken.outline").exists()


def test_an_unreadable_expectation_is_exit_2(core: Path):
    (core / f"{SAMPLE}.outline").write_bytes(b"\xff\xfe\xfa not utf-8")
    proc = run("check", str(core / f"{SAMPLE}.txt"))
    assert proc.returncode == 2
    assert "not UTF-8" in proc.stdout and summary(proc) == (0, 1)


def test_line_ends_bom_and_final_newline_do_not_matter(core: Path):
    outline = core / f"{SAMPLE}.outline"
    text = outline.read_text(encoding="utf-8")
    outline.write_bytes(b"\xef\xbb\xbf" + text.rstrip("\n").replace("\n", "\r\n").encode("utf-8"))
    proc = run("check", str(core / f"{SAMPLE}.txt"))
    assert proc.returncode == 0 and summary(proc) == (1, 0), proc.stdout


def test_an_extra_line_is_a_difference(core: Path):
    outline = core / f"{SAMPLE}.outline"
    outline.write_text(outline.read_text(encoding="utf-8") + "六、多出来的一节\n", encoding="utf-8")
    proc = run("check", str(core / f"{SAMPLE}.txt"))
    assert proc.returncode == 1 and "\n-六、多出来的一节\n" in proc.stdout


# --- what gets checked --------------------------------------------------------------------

def test_readme_and_hidden_folders_are_skipped_and_outlines_name_their_speech(core: Path):
    (core / "README.txt").write_text("这不是讲话稿。\n", encoding="utf-8")
    hidden = core / ".cache"
    hidden.mkdir()
    (hidden / "x.txt").write_text("一、甲\n二、乙\n", encoding="utf-8")
    total = len([p for p in core.glob("*.txt") if p.name != "README.txt"])
    assert summary(run("check", str(core))) == (total, 0)
    # naming an expectation checks its speech (what a pre-commit hook passes)
    proc = run("check", str(core / f"{SAMPLE}.outline"), str(core / f"{SAMPLE}.txt"), "-v")
    assert summary(proc) == (1, 0) and f"ok {core / SAMPLE}.txt" in proc.stdout
    orphan = core / "orphan.outline"
    orphan.write_text("一、甲\n", encoding="utf-8")
    proc = run("check", str(orphan))
    assert proc.returncode == 1 and "no speech for the expected outline" in proc.stdout


@pytest.mark.parametrize("args,expected", [
    (["no/such/folder"], "no/such/folder: no such file or directory"),
    (["-"], "standard input"),
    (["--expect-suffix", ".txt", "fixtures/core"], "would not name a file"),
])
def test_usage_errors_are_one_line_and_exit_2(args: list[str], expected: str):
    proc = run("check", *args)
    assert proc.returncode == 2
    assert proc.stderr.startswith("speechparse: ") and proc.stderr.count("\n") == 1
    assert expected in proc.stderr and "Traceback" not in proc.stderr


def test_a_folder_without_speeches_is_a_usage_error(tmp_path: Path):
    proc = run("check", str(tmp_path))
    assert proc.returncode == 2 and "no speeches found" in proc.stderr


def test_no_path_is_a_usage_error():
    assert run("check").returncode == 2


# --- CI reports -----------------------------------------------------------------------------

def test_junit_xml_is_valid_and_counts_failures_and_errors(core: Path, tmp_path: Path):
    (core / f"{SAMPLE}.outline").write_text("一、别的标题\n", encoding="utf-8")
    (core / "inline_shi_runs.outline").unlink()
    (core / "broken.txt").write_bytes(b"\x00" * 100)
    report = tmp_path / "report.xml"
    proc = run("check", str(core), "--junit-xml", str(report))
    assert proc.returncode == 2
    root = ET.parse(report).getroot()
    assert root.tag == "testsuites"
    suite = root.find("testsuite")
    assert suite is not None
    cases = suite.findall("testcase")
    total = len(list(core.glob("*.txt")))
    assert len(cases) == total == int(suite.get("tests"))
    assert (suite.get("failures"), suite.get("errors")) == ("2", "1")
    by_name = {c.get("name"): c for c in cases}
    failure = by_name[(core / f"{SAMPLE}.txt").as_posix()].find("failure")
    assert failure is not None and failure.get("type") == "fail"
    assert "-一、别的标题" in failure.text
    assert by_name[(core / "inline_shi_runs.txt").as_posix()].find("failure").get("type") == "missing"
    assert by_name[(core / "broken.txt").as_posix()].find("error") is not None
    passed = by_name[(core / "deep_four_levels.txt").as_posix()]
    assert list(passed) == [] and float(passed.get("time")) >= 0


def test_github_format_annotates_the_first_differing_line(core: Path):
    outline = core / f"{SAMPLE}.outline"
    lines = outline.read_text(encoding="utf-8").split("\n")
    lines[4] = "二、改过的标题"
    outline.write_text("\n".join(lines), encoding="utf-8")
    (core / "inline_shi_runs.outline").unlink()
    proc = run("check", str(core), "--format", "github")
    assert proc.returncode == 1
    notes = [line for line in proc.stdout.split("\n") if line.startswith("::")]
    assert len(notes) == 2
    assert notes[1].startswith(f"::error file={outline},line=5,title=speechparse check::outline differs")
    assert "%0A" in notes[1] and "\n" not in notes[1]
    assert notes[0].startswith(f"::error file={core / 'inline_shi_runs.txt'},line=1,")
    assert summary(proc) == (len(list(core.glob("*.txt"))) - 2, 2)


# --- configuration --------------------------------------------------------------------------

def _one_speech(folder: Path) -> Path:
    shutil.copy(FIXTURES / "core" / f"{SAMPLE}.txt", folder / "talk.txt")
    return folder / "talk.txt"


def test_expect_suffix_from_the_command_line_and_from_config(tmp_path: Path):
    _one_speech(tmp_path)
    assert run("check", ".", "--expect-suffix", ".expected", "--update", cwd=tmp_path).returncode == 0
    assert (tmp_path / "talk.expected").is_file() and not (tmp_path / "talk.outline").exists()
    assert run("check", ".", cwd=tmp_path).returncode == 1  # default suffix: no talk.outline
    (tmp_path / "pyproject.toml").write_text('[tool.speechparse.check]\nexpect-suffix = ".expected"\n')
    assert run("check", ".", cwd=tmp_path).returncode == 0
    (tmp_path / ".speechparse.yaml").write_text("check:\n  expect-suffix: .nothing\n")
    assert run("check", ".", cwd=tmp_path).returncode == 1  # the YAML file wins in its folder


def test_config_speech_suffixes_take_html_from_folders(tmp_path: Path):
    shutil.copy(FIXTURES / "html" / "township_environment.html", tmp_path / "page.html")
    shutil.copy(FIXTURES / "html" / "township_environment.outline", tmp_path / "page.outline")
    assert run("check", ".", cwd=tmp_path).returncode == 2  # no .txt speech in the folder
    (tmp_path / ".speechparse.yaml").write_text("speech-suffixes: [.txt, .html]\n")
    proc = run("check", ".", cwd=tmp_path)
    assert proc.returncode == 0 and summary(proc) == (1, 0)


@pytest.mark.parametrize("name,content,expected", [
    ("pyproject.toml", "[tool.speechparse.check]\nexpect_suffix = '.x'\n", "unknown key 'check.expect_suffix'"),
    ("pyproject.toml", "[tool.speechparse\n", "invalid TOML"),
    (".speechparse.yaml", "lint: [1, 2]\n", "must be a table/mapping"),
    (".speechparse.yaml", "lint:\n  fail-on: sometimes\n", "fail-on must be one of"),
    (".speechparse.yaml", "check: {expect-suffix: 3}\n", "expect-suffix must be a file suffix"),
])
def test_a_bad_config_is_a_usage_error(tmp_path: Path, name: str, content: str, expected: str):
    _one_speech(tmp_path)
    (tmp_path / name).write_text(content)
    proc = run("check", ".", cwd=tmp_path)
    assert proc.returncode == 2 and expected in proc.stderr and proc.stderr.count("\n") == 1, proc.stderr


def test_config_lookup_goes_upwards_and_skips_foreign_pyprojects(tmp_path: Path):
    (tmp_path / ".speechparse.yaml").write_text("check:\n  expect-suffix: .exp\n")
    inner = tmp_path / "a" / "b"
    inner.mkdir(parents=True)
    (tmp_path / "a" / "pyproject.toml").write_text("[tool.other]\nx = 1\n")
    assert find_config(inner) == tmp_path / ".speechparse.yaml"
    assert load_config(start=inner).expect_suffix == ".exp"
    (inner / "pyproject.toml").write_text("[tool.speechparse.lint]\nignore = ['SP203']\n")
    cfg = load_config(start=inner)
    assert cfg.path == inner / "pyproject.toml" and cfg.ignore == ["SP203"] and cfg.expect_suffix == ".outline"
