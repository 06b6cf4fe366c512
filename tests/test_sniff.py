"""Content sniffing and bounded reading: formats recognised from their bytes whatever the
name, misnamed files refused in one line, stdin in any format, FIFOs and devices refused
without blocking, a size limit (issue 12 items 5 and 9, issue 13 item 3)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from support import FIXTURES
from support.cli import EXE, child_env, invoke

import speechparse
from speechparse import inputs, source
from speechparse.errors import InputError
from speechparse.formats.sniff import sniff

HTML = FIXTURES / "html" / "township_environment.html"
PDF = FIXTURES / "pdf" / "core__deep_four_levels.pdf"
TEXT = FIXTURES / "core" / "deep_four_levels.txt"


def cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """In a child process, for reads that must not block (a FIFO, a device): a timeout ends it."""
    return subprocess.run([*EXE, *args], capture_output=True, env=child_env(), timeout=timeout)


def test_input_formats_list_pdf_md_and_mhtml():
    assert {"txt", "md", "docx", "html", "mhtml", "pdf"} == set(inputs.INPUT_FORMATS)
    assert {"*.pdf", "*.md", "*.markdown", "*.txt", "*.docx", "*.html", "*.htm", "*.mhtml", "*.mht"} \
        <= set(inputs.DEFAULT_GLOBS)


@pytest.mark.parametrize("data,fmt", [
    (b"%PDF-1.7\n", "pdf"), (b"junk\n%PDF-1.4\n", "pdf"), (b"PK\x03\x04rest", "zip"),
    (b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\tboundary=x\r\n", "mhtml"),
    (b"MIME-Version: 1.0\nContent-Type: multipart/related; boundary=x\n", "mhtml"),
    (b"\xe4\xb8\x80\xe3\x80\x81Content-Type: multipart/related\n", None),  # a speech's text that says it
    (b"\xef\xbb\xbf  <!DOCTYPE html><html>", "html"), (b"<!-- saved --><html lang=zh>", "html"),
    (b"\x89PNG\r\n", "image"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
    ("一、总体要求\n<b>不是网页</b>".encode(), None),
])
def test_sniff(data: bytes, fmt: str | None):
    assert sniff(data).format == fmt


def test_html_piped_without_a_flag_is_read_as_html():
    proc = invoke("parse", "-", stdin=HTML.read_bytes())
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode() == (FIXTURES / "html" / "township_environment.outline").read_text(encoding="utf-8")


def test_stdin_with_input_format_html_and_docx(tmp_path: Path):
    proc = invoke("parse", "-", "--input-format", "html", stdin=HTML.read_bytes())
    assert proc.returncode == 0, proc.stderr
    docx = pytest.importorskip("docx")
    d = docx.Document()
    for text in ("一、第一部分", "内容。", "二、第二部分", "内容。"):
        d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    for args in (("--input-format", "docx"), ()):
        proc = invoke("parse", "-", *args, stdin=buf.getvalue())
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.decode().split("\n")[:2] == ["一、第一部分", "二、第二部分"]


@pytest.mark.parametrize("name,data,message", [
    ("speech.txt", PDF.read_bytes(), "this is a PDF file, not a text file"),
    ("speech.md", b"PK\x03\x04" + b"\x00" * 30, "ZIP archive, not a Markdown file"),
    ("speech.txt", HTML.read_bytes(), "HTML page, not a text file"),
    ("speech.docx", PDF.read_bytes(), "PDF file, not a .docx file"),
    ("speech.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "PNG image, not a speech"),
    ("speech.txt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "save it as .docx"),
])
def test_misnamed_files_get_one_line_errors(tmp_path: Path, name: str, data: bytes, message: str):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=message):
        speechparse.parse_file(path)
    proc = invoke("parse", str(path))
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1, proc.stderr


def test_explicit_format_against_the_bytes(tmp_path: Path):
    with pytest.raises(InputError, match=r"PDF file, not a HTML page \(--input-format pdf\)"):
        speechparse.parse_file(PDF, input_format="html")
    unnamed = tmp_path / "speech.data"  # an extension that names no format: the bytes decide
    unnamed.write_bytes(PDF.read_bytes())
    assert speechparse.parse_file(unnamed).source.input_format == "pdf"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_refused_without_blocking(tmp_path: Path):
    fifo = tmp_path / "speech.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="FIFO"):
        speechparse.parse_file(fifo)
    (tmp_path / "a.txt").write_bytes(TEXT.read_bytes())
    proc = cli("parse", str(tmp_path), "-j", "1", timeout=60)  # a FIFO in a batch folder must not block
    assert proc.returncode == 1 and b"FIFO" in proc.stderr
    assert proc.stdout.count(b"\n") == 1  # the good file is still parsed


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_device_refused():
    proc = cli("parse", "/dev/zero", timeout=30)
    assert proc.returncode == 2 and b"device" in proc.stderr


def test_size_limit(tmp_path: Path):
    big = tmp_path / "big.txt"
    big.write_bytes(TEXT.read_bytes() * 3)
    limit = len(TEXT.read_bytes()) * 2
    with pytest.raises(InputError, match="larger than the .* limit"):
        speechparse.parse_file(big, max_bytes=limit)
    assert speechparse.parse_file(big, max_bytes=limit * 2).outline
    with pytest.raises(InputError, match="larger than the .* limit"):
        source.read_stream(io.BytesIO(b"x" * 5000), max_bytes=4096)
    assert source.DEFAULT_MAX_BYTES >= 50_000_000  # bench parses a 50 MB speech


def test_binary_stdin_stops_at_the_limit():
    # 80 MB of NULs on stdin: refused at the 64 MB cap, not read whole
    proc = subprocess.run(f"head -c 80000000 /dev/zero | {sys.executable} -m speechparse parse -",
                          shell=True, capture_output=True, timeout=120)
    assert proc.returncode == 2 and b"limit" in proc.stderr
