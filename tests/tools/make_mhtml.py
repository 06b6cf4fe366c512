"""Save some of our HTML fixture pages as single-file web pages (fixtures/mhtml/), the way a
browser's "Save as: Webpage, Single File" writes them.

    .venv/bin/python tests/tools/make_mhtml.py

About one HTML fixture in four (chosen by a checksum of its path, so that a new fixture does
not change which others are saved), as Chrome writes the page (`From: <Saved by
Blink>`, the page quoted-printable, a style sheet part after it) or, every other one, as IE
wrote `.mht` files (the page base64, its charset on the MIME part). The page's bytes are the
fixture's own, so each saved page must give the fixture's outline.
"""

from __future__ import annotations

import base64
import quopri
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
OUT = FIXTURES / "mhtml"
EVERY = 4
BOUNDARY = "----MultipartBoundary--speechparseFixture----"


def _checksum(page: Path) -> int:
    return zlib.crc32(page.relative_to(FIXTURES).as_posix().encode("utf-8"))


def saved_pages() -> list[Path]:
    return sorted(p for p in FIXTURES.rglob("*.html") if p.parent != OUT and _checksum(p) % EVERY == 0)


def chrome_style(page: Path) -> bool:
    """Saved as Chrome does (else as IE did)."""
    return _checksum(page) // EVERY % 2 == 0


def mhtml_name(page: Path) -> str:
    return f"{page.parent.name}__{page.stem}{'.mhtml' if chrome_style(page) else '.mht'}"


def _declared(data: bytes) -> str | None:
    from speechparse.formats.html import declared_charset

    return declared_charset(data)


def saved(page: Path, chrome_style: bool) -> bytes:
    data = page.read_bytes()
    location = f"https://www.example.gov.cn/{page.parent.name}/{page.stem}.html"
    if chrome_style:  # Blink: no charset on the part (the page's <meta> says it), quoted-printable
        head = ("From: <Saved by Blink>\r\n"
                f"Snapshot-Content-Location: {location}\r\n"
                "Subject: =?utf-8?Q?speechparse_fixture?=\r\n"
                "Date: Tue, 1 Dec 2026 10:00:00 +0800\r\n"
                "MIME-Version: 1.0\r\n"
                "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
                f"\tboundary=\"{BOUNDARY}\"\r\n\r\n\r\n")
        part = ("--" + BOUNDARY + "\r\nContent-Type: text/html\r\nContent-ID: <frame-0@mhtml.blink>\r\n"
                "Content-Transfer-Encoding: quoted-printable\r\n"
                f"Content-Location: {location}\r\n\r\n")
        body = quopri.encodestring(data).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    else:  # IE's .mht: the charset on the part, base64
        charset = _declared(data) or "utf-8"
        head = ("MIME-Version: 1.0\r\n"
                f"Content-Type: multipart/related; boundary=\"{BOUNDARY}\"; type=\"text/html\"\r\n"
                "X-MimeOLE: Produced By Microsoft MimeOLE\r\n\r\n"
                "This is a multi-part message in MIME format.\r\n\r\n")
        part = ("--" + BOUNDARY + f"\r\nContent-Type: text/html; charset=\"{charset}\"\r\n"
                f"Content-Transfer-Encoding: base64\r\nContent-Location: {location}\r\n\r\n")
        body = base64.encodebytes(data).replace(b"\n", b"\r\n")
    style = ("\r\n--" + BOUNDARY + "\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
             "Content-Location: cid:css-0@mhtml.blink\r\n\r\nbody { margin: 0 }\r\n--" + BOUNDARY + "--\r\n")
    return head.encode("ascii") + part.encode("ascii") + body + style.encode("ascii")


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.mht*"):
        old.unlink()
    for page in saved_pages():
        out = OUT / mhtml_name(page)
        out.write_bytes(saved(page, chrome_style(page)))
        print(out)


if __name__ == "__main__":
    main()
