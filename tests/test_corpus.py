"""One policy for the files a folder yields, the same in every command (speechparse.corpus)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from support import FIXTURES
from support.cli import invoke

from speechparse import corpus

SPEECH = FIXTURES / "lint" / "sp101_skipped_ordinal.bad.txt"  # one lint finding: lint names each file


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "speeches"
    for rel in ("a.txt", "b/LOUD.TXT", "b/c/deep.txt", "README.txt", ".draft.txt", ".git/x.txt",
                "notes.csv", "notes.md", "page.html"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SPEECH, root / rel)
    return root


def names(inputs: list[corpus.Input]) -> list[str]:
    return [Path(i.path).as_posix().split("/speeches/")[1] for i in inputs]


def test_the_policy(folder: Path):
    # sorted by parts, capitals matched, README and hidden left out, patterns decide the rest
    assert names(corpus.find_inputs([str(folder)], corpus.SPEECH_PATTERNS)) == ["a.txt", "b/LOUD.TXT",
                                                                               "b/c/deep.txt"]
    assert names(corpus.find_inputs([str(folder)])) == ["a.txt", "b/LOUD.TXT", "b/c/deep.txt", "notes.md",
                                                        "page.html"]
    assert names(corpus.find_inputs([str(folder)], ["b/c/*"])) == ["b/c/deep.txt"]
    # a file named explicitly is taken whatever its name; each file once
    named = corpus.find_inputs([str(folder / "README.txt"), str(folder), str(folder / "a.txt")],
                               corpus.SPEECH_PATTERNS)
    assert names(named) == ["README.txt", "a.txt", "b/LOUD.TXT", "b/c/deep.txt"]


def test_what_is_not_there_is_said(folder: Path, tmp_path: Path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "file").write_text("x\n", encoding="utf-8")
    found = corpus.find_inputs([str(tmp_path / "missing.txt"), str(tmp_path / "empty"),
                                str(tmp_path / "file" / "x.txt"), str(tmp_path / "none-*.txt")])
    assert [i.error.split(": ", 1)[1] if i.error else None for i in found] == [
        "no such file or directory", f"is a directory with no files matching {' '.join(corpus.PARSE_PATTERNS)}",
        "no such file or directory (a part of the path is a file)", "no files match"]
    assert [i.empty for i in found] == [False, True, False, True]


def test_every_command_takes_the_same_files_from_a_folder(folder: Path):
    expected = ["a.txt", "b/LOUD.TXT", "b/c/deep.txt"]

    def rel(path: str) -> str:
        return Path(path).relative_to(folder).as_posix()

    parse = invoke("parse", str(folder), "--glob", "*.txt")
    assert [rel(json.loads(line)["source"]) for line in parse.lines()] == expected
    stats = json.loads(invoke("stats", str(folder), "--format", "json").stdout)
    assert [rel(d["path"]) for d in stats["documents"]] == expected
    lint = json.loads(invoke("lint", str(folder), "--format", "json").stdout)
    assert [rel(f["path"]) for f in lint] == expected
    check = invoke("check", str(folder), "--update")
    created = [line.removeprefix("created ") for line in check.lines()[:-2]]
    assert [rel(c) for c in created] == ["a.outline", "b/LOUD.outline", "b/c/deep.outline"]


def test_parse_many_keeps_the_order_and_hands_back_errors(folder: Path, tmp_path: Path):
    inputs = corpus.find_inputs([str(folder / "a.txt"), str(tmp_path / "missing.txt"), str(folder / "b")])
    out = list(corpus.parse_many(inputs, corpus.Options("outline"), workers=1))
    assert [o.path for o in out] == [i.path for i in inputs]
    assert [o.error is None for o in out] == [True, False, True, True]
    two = list(corpus.parse_many(inputs, corpus.Options("outline"), workers=2))
    assert two == out


def test_each_file_once_whatever_the_path_that_leads_to_it(folder: Path, tmp_path: Path, monkeypatch):
    # the folder through a link to it, relative and absolute, a file named through `..`, and a
    # link inside the folder to a file of it: one input each (found once, in argument order)
    (tmp_path / "link").symlink_to(folder)
    (folder / "b" / "alias.txt").symlink_to(folder / "a.txt")
    (folder / "b" / "away.txt").symlink_to(SPEECH)  # a link out of the folder: a file of its own
    monkeypatch.chdir(tmp_path)
    found = corpus.find_inputs([str(tmp_path / "link"), "speeches", str(folder / "b" / ".." / "a.txt")],
                               corpus.SPEECH_PATTERNS)
    assert [(i.path, i.rel) for i in found] == [
        (str(tmp_path / "link" / "a.txt"), "link/a.txt"),
        (str(tmp_path / "link" / "b" / "LOUD.TXT"), "link/b/LOUD.TXT"),
        (str(tmp_path / "link" / "b" / "away.txt"), "link/b/away.txt"),
        (str(tmp_path / "link" / "b" / "c" / "deep.txt"), "link/b/c/deep.txt")]


@pytest.mark.parametrize(("count", "workers"), [(1, 2), (7, 2), (100, 2), (925, 2), (925, 8)])
def test_tasks_cover_every_input_once_and_shrink_towards_the_end(count: int, workers: int):
    bounds = corpus.task_bounds(count, workers)
    assert [i for start, end in bounds for i in range(start, end)] == list(range(count))
    sizes = [end - start for start, end in bounds]
    assert max(sizes) <= corpus.MAX_TASK and sizes == sorted(sizes, reverse=True)
    assert sizes[-workers:] == [1] * min(workers, len(sizes))  # nobody waits on a long last task
