"""Pages saved as one file (.mhtml / .mht): each saved fixture page gives the outline, title
and line numbers of the page itself; a saved page is known by its headers whatever its name;
one without an HTML page is a one-line error."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from support import FIXTURES, ROOT
from support.cli import invoke
from support.documents import parsed
from test_lossless import assert_lines_in_spans, assert_lossless

import speechparse
from speechparse.corpus import find_inputs
from speechparse.errors import InputError

sys.path.insert(0, str(ROOT / "tests" / "tools"))
from make_mhtml import mhtml_name, saved, saved_pages  # noqa: E402

SAVED = FIXTURES / "mhtml"
PAGES = saved_pages()


def test_about_one_html_fixture_in_four_is_saved_as_one_file():
    assert sorted(p.name for p in SAVED.iterdir()) == sorted(mhtml_name(p) for p in PAGES)
    assert len(PAGES) * 6 > len(list(FIXTURES.rglob("*.html")))  # (a checksum picks them: about a quarter)
    # (both writers: Blink's quoted-printable .mhtml and IE's base64 .mht with the part's charset)
    assert {p.suffix for p in SAVED.iterdir()} == {".mhtml", ".mht"}


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_the_saved_page_reads_as_the_page(page: Path):
    doc = speechparse.parse_file(SAVED / mhtml_name(page))
    html = parsed(page)
    assert doc.source.input_format == "mhtml"
    assert doc.outline_skeleton() == html.outline_skeleton() and doc.title == html.title
    assert [n.line for n in doc.walk()] == [n.line for n in html.walk()]  # the page's own lines
    assert doc.source.encoding == html.source.encoding
    assert_lossless(doc)
    assert_lines_in_spans(doc)


def test_a_saved_page_is_known_by_its_headers_under_any_name_and_on_stdin(tmp_path: Path):
    page = PAGES[0]
    data = saved(page, True)
    misnamed = tmp_path / "page.txt"
    misnamed.write_bytes(data)
    result = invoke("parse", str(misnamed))
    assert result.returncode == 2 and result.stdout == b""
    assert result.stderr.strip().endswith("this is a saved web page (MHTML), not a text file "
                                          "(--input-format mhtml, or rename it)")
    assert invoke("parse", str(misnamed), "--input-format", "mhtml").stdout == invoke("parse", str(page)).stdout
    assert invoke("parse", "-", stdin=data).stdout == invoke("parse", str(page)).stdout


def test_a_saved_file_without_a_page_is_a_one_line_error(tmp_path: Path):
    only_css = (b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
                b"Content-Type: text/css\r\n\r\nbody{}\r\n--b--\r\n")
    path = tmp_path / "empty.mhtml"
    path.write_bytes(only_css)
    with pytest.raises(InputError, match="holds no HTML page"):
        speechparse.parse_file(path)
    result = invoke("parse", str(path))
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_a_batch_takes_saved_pages_from_a_folder(tmp_path: Path):
    (tmp_path / "a.mhtml").write_bytes(saved(PAGES[0], True))
    (tmp_path / "b.MHT").write_bytes(saved(PAGES[1], False))
    assert [Path(i.path).name for i in find_inputs([str(tmp_path)])] == ["a.mhtml", "b.MHT"]
