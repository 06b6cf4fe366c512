"""The command line, end to end: formats, stdin, errors, exit codes (in this process; a closed
pipe in a child process, since only a process has one)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
import yaml
from support import ROOT, SAMPLE
from support.cli import EXE, child_env
from support.cli import invoke as run


def test_version_and_help():
    assert run("--version").stdout.decode().startswith("speechparse ")
    help_text = run("parse", "--help").stdout.decode()
    assert "Examples:" in help_text and "jq" in help_text


def test_default_outline_is_plain_in_a_pipe():
    out = run("parse", str(SAMPLE)).stdout.decode()
    assert out.splitlines()[0] == "一、正确看待上半年经济运行态势"
    assert "\x1b[" not in out
    assert "  （一）全力以赴抓项目扩投资" in out.splitlines()


def test_json_from_stdin_matches_file():
    from_file = json.loads(run("parse", str(SAMPLE), "-f", "json").stdout)
    from_stdin = json.loads(run("parse", "-", "-f", "json", stdin=SAMPLE.read_bytes()).stdout)
    assert from_file["outline"] == from_stdin["outline"]
    assert from_stdin["source"] == "-"


def test_yaml_is_the_same_tree_as_json():
    as_json = json.loads(run("parse", str(SAMPLE), "-f", "json").stdout)
    as_yaml = yaml.safe_load(run("parse", str(SAMPLE), "-f", "yaml").stdout)
    assert as_yaml == as_json


def test_markdown_headings_then_lists():
    md = run("parse", str(SAMPLE), "-f", "md").stdout.decode().splitlines()
    assert md[0].startswith("# ")
    assert "## 一、正确看待上半年经济运行态势" in md
    assert "### （一）全力以赴抓项目扩投资" in md
    assert "- 1.加快在建项目进度" in md


def test_output_file_is_written(tmp_path: Path):
    target = tmp_path / "out.json"
    proc = run("parse", str(SAMPLE), "-f", "json", "-o", str(target))
    assert proc.returncode == 0 and proc.stdout == b""
    assert json.loads(target.read_text(encoding="utf-8"))["schema"] == "speechparse/1"


@pytest.mark.parametrize("make_input,expected", [
    (lambda d: d / "missing.txt", "no such file"),
    (lambda d: d, "is a directory"),
    (lambda d: _write(d / "empty.txt", b""), "empty"),
    (lambda d: _write(d / "blank.txt", b"  \n\n\t\n"), "empty"),
    (lambda d: _write(d / "binary.bin", bytes(range(256)) * 20), "binary"),
    (lambda d: _write(d / "garbage.txt", bytes([0x81, 0xFF, 0xFE, 0x80]) * 200 + b"\xff"), "decode"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, make_input, expected: str):
    proc = run("parse", str(make_input(tmp_path)))
    err = proc.stderr
    assert proc.returncode == 2
    assert err.count("\n") == 1 and err.startswith("speechparse: ") and expected in err, err
    assert "Traceback" not in err


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_usage_error_exits_2():
    proc = run("parse", str(SAMPLE), "-f", "nonsense")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


CORE = str(ROOT / "fixtures" / "core")


CLOSED_PIPE = "speechparse: output closed before the end (broken pipe)\n"


@pytest.mark.parametrize("args", [
    ["parse", str(SAMPLE), "-f", "json"], ["parse", str(SAMPLE), "-f", "md"],  # streamed, and whole
    ["parse", CORE, "-j", "1"],           # a batch's JSON Lines
    ["check", CORE], ["lint", CORE],      # these wrote through click.echo: exit 1, nothing said
    ["stats", CORE], ["stats", CORE, "--format", "csv"],  # the table is printed by rich
    ["parse", "--help"], ["--help"],      # click's own output
], ids=" ".join)
def test_closed_pipe_is_one_line_and_exit_2(args: list[str]):
    proc = run(*args, closed_stdout=True)
    assert (proc.returncode, proc.stderr) == (2, CLOSED_PIPE)


@pytest.mark.parametrize("args", [["parse", str(SAMPLE)], ["stats", CORE]], ids=" ".join)
def test_closed_pipe_in_a_real_process(args: list[str]):
    # the reader of our stdout is gone before we write (`speechparse parse x | head -1`); only a
    # process shows that nothing more is said when it exits (Python's last flush of stdout)
    read_end, write_end = os.pipe()
    os.close(read_end)
    env = child_env()
    try:
        proc = subprocess.run([*EXE, *args], stdout=write_end, stderr=subprocess.PIPE, env=env,
                              timeout=60, cwd=ROOT)
    finally:
        os.close(write_end)
    assert (proc.returncode, proc.stderr.decode()) == (2, CLOSED_PIPE)


@pytest.mark.parametrize("encoding,bom", [
    ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
    ("gb18030", b""), ("gbk", b""),
])
def test_encodings_give_the_same_outline(tmp_path: Path, encoding: str, bom: bytes):
    text = SAMPLE.read_text(encoding="utf-8")
    target = tmp_path / "speech.txt"
    target.write_bytes(bom + text.replace("\n", "\r\n").encode(encoding))
    assert run("parse", str(target)).stdout == run("parse", str(SAMPLE)).stdout


# --- the output file's format comes from its name -----------------------------------------------
@pytest.mark.parametrize("name,fmt", [
    ("out.json", "json"), ("out.jsonl", "jsonl"), ("out.yaml", "yaml"), ("out.yml", "yaml"),
    ("out.md", "md"), ("out.html", "html"), ("out.opml", "opml"), ("out.OUTLINE", "outline"),
    ("out.chunks.jsonl", "chunks"), ("out.txt", "outline"),
])
def test_output_file_format_from_its_extension(tmp_path: Path, name: str, fmt: str):
    target = tmp_path / name
    assert run("parse", str(SAMPLE), "-o", str(target)).returncode == 0
    assert target.read_bytes() == run("parse", str(SAMPLE), "-f", fmt).stdout
    # -f still wins over the name
    assert run("parse", str(SAMPLE), "-o", str(target), "-f", "md").returncode == 0
    assert target.read_bytes() == run("parse", str(SAMPLE), "-f", "md").stdout


def test_output_file_gets_the_usual_mode(tmp_path: Path):
    umask = os.umask(0o022)
    try:
        assert run("parse", str(SAMPLE), "-o", str(tmp_path / "a.json")).returncode == 0
    finally:
        os.umask(umask)
    assert (tmp_path / "a.json").stat().st_mode & 0o777 == 0o644


def test_a_symlink_loop_is_named_as_such(tmp_path: Path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    for command in ("parse", "lint", "stats", "check"):
        proc = run(command, str(loop))
        assert proc.returncode == 2, command
        assert proc.stderr == f"speechparse: {loop}: symlink loop (too many levels of symbolic links)\n", command
    # under a folder, and in a batch, it is reported too (not skipped as if it were not there)
    folder = tmp_path / "speeches"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SAMPLE.read_bytes())
    (folder / "b.txt").symlink_to(loop)
    proc = run("parse", str(folder))
    assert proc.returncode == 1 and len(proc.lines()) == 1
    assert f"{folder / 'b.txt'}: symlink loop" in proc.stderr
