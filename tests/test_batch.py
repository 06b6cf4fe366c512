"""Batch mode of `speechparse parse`: many files, directories and globs; JSON Lines in input
order or a mirrored output tree; workers; failures reported at the end; the click-free
fast path agreeing with the click command. In this process, except what only a process
shows: Ctrl-C, a terminal, the modules a cold start imports."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support import FIXTURES, ROOT
from support.cli import EXE, Result, child_env
from support.cli import invoke as run

from speechparse import corpus
from speechparse.cli import options as cli_options
from speechparse.cli.options import PARSE_DEFAULTS, fast_parse_args

CORE = sorted((FIXTURES / "core").glob("*.txt"))


def lines(proc: Result | subprocess.CompletedProcess[bytes]) -> list[dict]:
    return [json.loads(line) for line in proc.stdout.decode().splitlines()]


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    """corpus/{a,b/c}/*.txt plus files a batch must skip."""
    root = tmp_path / "corpus"
    for i, src in enumerate(CORE[:6]):
        sub = root / ("a" if i < 3 else "b/c")
        sub.mkdir(parents=True, exist_ok=True)
        shutil.copy(src, sub / src.name)
    (root / "a" / "notes.csv").write_text("一、不是输入\n", encoding="utf-8")
    (root / ".hidden").mkdir()
    (root / ".hidden" / "x.txt").write_text("一、隐藏\n", encoding="utf-8")
    return root


def test_many_files_are_json_lines_in_input_order():
    files = [str(p) for p in reversed(CORE[:4])]  # not sorted: the order given is kept
    proc = run("parse", *files, "-j", "2")
    assert proc.returncode == 0, proc.stderr
    docs = lines(proc)
    assert [d["source"] for d in docs] == files
    single = json.loads(run("parse", files[0], "-f", "json").stdout)
    assert docs[0] == single  # same document as the one-file JSON, one line instead of pretty


def test_directory_is_walked_recursively_sorted_and_globbed(tree: Path):
    proc = run("parse", str(tree))
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr  # no progress bar in a pipe
    sources = [Path(d["source"]).relative_to(tree).as_posix() for d in lines(proc)]
    assert sources == sorted(sources, key=lambda s: (s.count("/"), s)) and len(sources) == 6
    assert not any(".hidden" in s or s.endswith(".csv") for s in sources)
    # one policy for every command: README files and hidden files are not speeches, a suffix
    # in capitals is still the suffix
    (tree / "a" / "README.txt").write_text("一、说明\n", encoding="utf-8")
    (tree / "a" / ".draft.txt").write_text("一、草稿\n", encoding="utf-8")
    shutil.copy(CORE[0], tree / "a" / "LOUD.TXT")
    names = [Path(d["source"]).name for d in lines(run("parse", str(tree)))]
    assert "LOUD.TXT" in names and "README.txt" not in names and ".draft.txt" not in names
    csv = run("parse", str(tree), "--glob", "*.csv")
    assert [Path(d["source"]).name for d in lines(csv)] == ["notes.csv"]
    (tree / "a" / "notes.md").write_text("一、标题\n（一）要点。\n（二）要点。\n", encoding="utf-8")
    names = [Path(d["source"]).name for d in lines(run("parse", str(tree)))]
    assert "notes.md" in names and "notes.csv" not in names  # Markdown is an input form (issue 13)


def test_glob_pattern_argument(tree: Path):
    proc = run("parse", str(tree / "b" / "**" / "*.txt"))
    assert proc.returncode == 0, proc.stderr
    assert len(lines(proc)) == 3


def test_jobs_do_not_change_the_output(tree: Path):
    one = run("parse", str(tree), "-j", "1")
    two = run("parse", str(tree), "-j", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout


def test_output_dir_mirrors_the_input_tree(tree: Path, tmp_path: Path):
    out = tmp_path / "out"
    proc = run("parse", str(tree), "-o", str(out), "-j", "2")
    assert proc.returncode == 0 and proc.stdout == b"", proc.stderr
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    expected = sorted(p.relative_to(tree).with_suffix(".json").as_posix()
                      for p in tree.rglob("*.txt") if ".hidden" not in p.parts)
    assert written == expected
    for path in out.rglob("*.json"):
        assert json.loads(path.read_text(encoding="utf-8"))["schema"] == "speechparse/1"
    md = run("parse", str(tree), "-o", str(tmp_path / "md"), "-f", "md")
    assert md.returncode == 0 and len(list((tmp_path / "md").rglob("*.md"))) == 6


def test_an_output_that_cannot_be_written_is_one_line_and_the_batch_goes_on(tree: Path, tmp_path: Path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "a").write_text("a file where the mirror needs a folder\n", encoding="utf-8")
    proc = run("parse", str(tree), "-o", str(out), "-j", "1")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    err = proc.stderr.splitlines()
    assert len(err) == 4 and all(e.startswith("speechparse: ") for e in err), err
    assert all("cannot write" in e and f"{out / 'a'}" in e for e in err[:3])
    assert err[-1] == "speechparse: 3 of 6 outputs could not be written"
    assert len(list((out / "b" / "c").glob("*.json"))) == 3  # the others were written


def test_an_unwritable_single_output_is_one_line(tmp_path: Path):
    (tmp_path / "file").write_text("x\n", encoding="utf-8")
    proc = run("parse", str(CORE[0]), "-o", str(tmp_path / "file" / "out.json"))
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "cannot write" in proc.stderr


def test_single_input_into_an_existing_directory(tmp_path: Path):
    proc = run("parse", str(CORE[0]), "-o", str(tmp_path), "-f", "md")
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / CORE[0].with_suffix(".md").name).read_text(encoding="utf-8").startswith("#")


def test_bad_files_do_not_stop_the_batch(tree: Path, tmp_path: Path):
    (tree / "a" / "empty.txt").write_bytes(b"")
    (tree / "a" / "binary.txt").write_bytes(bytes(range(256)) * 20)
    proc = run("parse", str(tree), str(tmp_path / "missing.txt"))
    assert proc.returncode == 1
    assert len(lines(proc)) == 6  # every good file is still there
    err = proc.stderr.splitlines()
    assert "Traceback" not in proc.stderr
    assert any("empty.txt" in e and "empty" in e for e in err)
    assert any("binary.txt" in e and "binary" in e for e in err)
    assert any("missing.txt: no such file" in e for e in err)
    assert err[-1] == "speechparse: 3 of 9 inputs failed"
    assert all(e.startswith("speechparse: ") for e in err)


def test_batch_usage_errors_exit_2(tree: Path, tmp_path: Path):
    for args, expected in [
        (("parse", str(tree), "-f", "md"), "use -o DIR"),
        (("parse", str(tmp_path / "nothing-*.txt")), "no files match"),
        (("parse", str(tree), "-"), "standard input"),
        (("parse", str(tree), "-o", str(CORE[0])), "not a directory"),
    ]:
        proc = run(*args)
        err = proc.stderr
        assert proc.returncode == 2 and err.count("\n") == 1 and expected in err, (args, err)


def test_interrupted_batch_leaves_no_half_written_file(tmp_path: Path):
    sys.path.insert(0, str(ROOT / "bench"))
    import generate

    corpus = tmp_path / "corpus"
    for rel, text in generate.corpus(2_000_000, seed=3):
        (corpus / rel).parent.mkdir(parents=True, exist_ok=True)
        (corpus / rel).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    env = child_env()
    proc = subprocess.Popen([*EXE, "parse", str(corpus), "-o", str(out), "-j", "2"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not any(out.rglob("*.json")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode in (0, 130), err  # 0 only if it finished before the signal
    if proc.returncode == 130:
        assert err.decode() == "speechparse: interrupted\n"
    leftovers = [p for p in out.rglob("*") if p.name.startswith(".speechparse-")]
    assert leftovers == []
    for path in out.rglob("*.json"):  # every file there is whole
        assert json.loads(path.read_text(encoding="utf-8"))["schema"] == "speechparse/1"


# --- the click-free fast path -----------------------------------------------------------------
FAST_AND_CLICK = [
    ["parse", "a.txt"],
    ["parse", "a.txt", "b", "-f", "json", "--jobs=3", "--glob", "*.txt", "--glob=*.md", "--no-body"],
    ["parse", "--reflow", "-", "--max-chars", "80", "--input-format", "html", "--keep-noise"],
    ["parse", "a", "--no-reflow", "-o", "out", "--body", "--format=yaml", "-j", "1"],
    ["parse", "--", "-o"],
]


@pytest.mark.parametrize("args", FAST_AND_CLICK)
def test_fast_path_reads_arguments_as_click_does(args):
    # both readers are built from one table; this guards the two parsers' reading of it
    from speechparse.cli.parse import command

    params = command().make_context("parse", args[1:]).params  # type: ignore[attr-defined]
    paths = list(params.pop("paths"))
    assert fast_parse_args(args) == (paths, params)


def test_every_option_of_the_table_is_a_click_option():
    from speechparse.cli.parse import command

    options = [p for p in command().params if p.name != "paths"]  # type: ignore[attr-defined]
    spellings = {o for p in options for o in (*p.opts, *p.secondary_opts)}
    assert spellings == {n for o in cli_options.PARSE_OPTIONS for n in (*o.names, *o.off)}
    assert [p.name for p in options] == [o.dest for o in cli_options.PARSE_OPTIONS]


@pytest.mark.parametrize("args,expected", [
    (["parse", "a.txt"], (["a.txt"], {})),
    (["parse", "a.txt", "b", "-f", "json", "--jobs=3", "--glob", "*.txt", "--glob=*.md", "--no-body"],
     (["a.txt", "b"], {"fmt": "json", "jobs": 3, "globs": ("*.txt", "*.md"), "body": False})),
    (["parse", "--reflow", "-", "--max-chars", "80"], (["-"], {"reflow": True, "max_chars": 80})),
    (["parse", "--", "-o"], (["-o"], {})),
    (["parse", "a", "-j2", "-fjson", "-oout"], (["a"], {"jobs": 2, "fmt": "json", "output": "out"})),
])
def test_fast_path_reads_plain_arguments(args, expected):
    paths, options = expected
    assert fast_parse_args(args) == (paths, {**PARSE_DEFAULTS, **options})


@pytest.mark.parametrize("args", [
    ["parse"], ["parse", "--help"], ["parse", "a", "-h"], ["parse", "a", "-f=json"], ["parse", "a", "-j0"],
    ["parse", "a", "-f", "nonsense"], ["parse", "a", "-j", "0"], ["parse", "a", "-j"],
    ["parse", "a", "--max-chars", "x"], ["parse", "a", "--unknown"], ["check", "a"],
    ["parse", "a", "--keep-noise=1"],
])
def test_fast_path_leaves_the_rest_to_click(args):
    assert fast_parse_args(args) is None


def test_fast_path_and_click_give_the_same_output(monkeypatch):
    fast = run("parse", str(CORE[0]), "-fmd", "--body")
    monkeypatch.setattr(cli_options, "fast_parse_args", lambda args: None)  # click reads them all
    slow = run("parse", str(CORE[0]), "-fmd", "--body")
    assert fast.returncode == slow.returncode == 0
    assert fast.stdout == slow.stdout and fast.stdout.startswith(b"# ")


def test_expand_keeps_argument_order_and_mirrors_from_the_common_root(tree: Path):
    jobs = corpus.find_inputs([str(tree / "b"), str(tree / "a")])
    assert all(j.error is None for j in jobs)
    assert [j.rel for j in jobs][:1] == [os.path.join("b", "c", CORE[3].name)]
    assert [j.rel.split(os.sep)[0] for j in jobs] == ["b"] * 3 + ["a"] * 3


def test_progress_bar_only_on_a_terminal(tree: Path):
    import pty

    master, slave = pty.openpty()
    env = dict(child_env(), COLUMNS="80", TERM="xterm")
    try:
        proc = subprocess.run([*EXE, "parse", str(tree), "-j", "1"], stdout=subprocess.PIPE,
                              stderr=slave, env=env, timeout=120)
        os.close(slave)
        seen = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the terminal closed: everything is read
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(master)
    assert proc.returncode == 0 and len(lines(proc)) == 6  # stdout is still clean JSON Lines
    assert b"parsing" in seen and b"6/6" in seen


def test_common_commands_do_not_import_click():
    # click alone takes as long to import as Python takes to start: the cold-start budget
    code = ("import sys, io; from speechparse import cli; sys.stdout = io.StringIO()\n"
            "for args in (['--version'], ['parse', sys.argv[1]], ['parse', sys.argv[1], '-f', 'json']):\n"
            "    try:\n        cli.main(args)\n    except SystemExit as e:\n        assert not e.code, e.code\n"
            "assert 'click' not in sys.modules and 'rich' not in sys.modules, sorted(sys.modules)\n")
    env = child_env()
    proc = subprocess.run([sys.executable, "-c", code, str(CORE[0])], capture_output=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr.decode()


def test_the_parent_imports_the_parser_and_compiles_its_patterns_before_forking():
    # fork shares what the parent has loaded: the workers start with the parser instead of
    # each importing it and compiling its patterns again (a fresh process: nothing loaded yet)
    code = ("import sys\nfrom speechparse import corpus\n"
            "assert 'speechparse.builder' not in sys.modules\n"
            "items = corpus.find_inputs(sys.argv[1:])\n"
            "outcomes = corpus.parse_many(items, corpus.Options('jsonl'), workers=2)\n"
            "first = next(outcomes)\n"
            "from speechparse import tokenizer\n"
            "print(type(first.data).__name__, 'speechparse.builder' in sys.modules,\n"
            "      tokenizer._tables.cache_info().currsize > 0, len(list(outcomes)) + 1)\n")
    proc = subprocess.run([sys.executable, "-c", code, *map(str, CORE[:4])], capture_output=True,
                          text=True, env=child_env(), timeout=120, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["bytes", "True", "True", "4"]
