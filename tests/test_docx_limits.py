""".docx limits and messages (issue 12 items 3 and 12): a zip bomb is refused from the sizes
in the archive before anything is inflated; errors name the problem, never an exception class."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

import speechparse
from speechparse.errors import InputError
from speechparse.formats import docx as docx_reader

docx = pytest.importorskip("docx", reason="python-docx is not installed (pip install 'speechparse[docx]')")


def _good_docx() -> bytes:
    d = docx.Document()
    d.add_paragraph("一、第一部分")
    d.add_paragraph("二、第二部分")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _rezip(data: bytes, change) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            result = change(item.filename, src.read(item.filename))
            if result is not None:
                dst.writestr(item.filename, result)
    return out.getvalue()


def test_zip_bomb_refused_before_inflating(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(docx_reader, "MAX_XML_PART", 1_000_000)
    pad = b"<!--" + b" " * 2_000_000 + b"-->"  # 2 MB of spaces: a few KB compressed
    bomb = _rezip(_good_docx(), lambda name, data: data.replace(b"?>", b"?>" + pad, 1)
                  if name == "word/document.xml" else data)
    assert len(bomb) < 100_000
    path = tmp_path / "bomb.docx"
    path.write_bytes(bomb)
    with pytest.raises(InputError, match=r"word/document.xml would inflate to 1.9 MB \(more than 1.0 MB; a zip bomb\?\)"):
        speechparse.parse_file(path)


def test_total_inflated_size_is_capped(tmp_path: Path):
    path = tmp_path / "many.docx"
    path.write_bytes(_good_docx())
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/media/blob.bin", b"\x00" * 3_000_000)
    with pytest.raises(InputError, match="would inflate to .*zip bomb"):
        speechparse.parse_file(path, max_bytes=500_000)
    assert speechparse.parse_file(path).outline  # within the default limit


@pytest.mark.parametrize("change,message", [
    (lambda name, data: None if name == "word/document.xml" else data, "no word/document.xml"),
    (lambda name, data: b"<w:document" if name == "word/document.xml" else data, "not well-formed XML"),
    (lambda name, data: None if name == "[Content_Types].xml" else data, "not a Word document"),
    (lambda name, data: data.replace(b"document.main+xml", b"x") if name == "[Content_Types].xml" else data,
     "not a readable .docx"),
])
def test_broken_docx_messages_have_no_class_names(tmp_path: Path, change, message: str):
    path = tmp_path / "bad.docx"
    path.write_bytes(_rezip(_good_docx(), change))
    with pytest.raises(InputError, match=message) as info:
        speechparse.parse_file(path)
    assert not re.search(r"\b[A-Z][a-z]+(?:Error|Exception)\b|\bKeyError\b", str(info.value)), info.value


def test_truncated_docx(tmp_path: Path):
    path = tmp_path / "cut.docx"
    path.write_bytes(_good_docx()[:3000])
    with pytest.raises(InputError, match="ZIP archive is damaged or incomplete"):
        speechparse.parse_file(path)
