"""What a file's first bytes say it is, whatever its name: PDF, ZIP (a .docx), HTML, a page
saved as one MIME file (MHTML), another binary format, or text (None). Read before anything is decoded, so that a PDF or an archive
is never decoded as text and a misnamed file gets a one-line error."""

from __future__ import annotations

import re

HEAD = 8192  # bytes looked at

# (format, description) of binary formats by their magic bytes at offset 0
_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"PK\x03\x04", "zip", "a ZIP archive"),
    (b"PK\x05\x06", "zip", "an empty ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole", "an old binary Office file (.doc/.wps): save it as .docx"),
    (b"{\\rtf", "rtf", "an RTF file: save it as .docx or .txt"),
    (b"\x89PNG", "image", "a PNG image"),
    (b"\xff\xd8\xff", "image", "a JPEG image"),
    (b"GIF8", "image", "a GIF image"),
    (b"II*\x00", "image", "a TIFF image"),
    (b"MM\x00*", "image", "a TIFF image"),
    (b"\x1f\x8b", "archive", "a gzip archive"),
    (b"BZh", "archive", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "archive", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "archive", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "archive", "a RAR archive"),
    (b"\x7fELF", "binary", "an executable"),
)
# compiled (and cached by `re`) when a head holds a `<` at all: plain text never pays for it
_HTML = (rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*|<\?xml[^>]*>\s*)*"
         rb"<(?:!doctype\s+html|html|head|body|meta|title)\b")


# a web page saved as one MIME file (MHTML): mail-style headers, then a multipart/related body
_MHTML = (rb"^(?:\xef\xbb\xbf)?(?:[A-Za-z][\w-]*:[^\r\n]*\r?\n|[ \t][^\r\n]*\r?\n){0,40}?"
          rb"content-type:\s*multipart/related")


class Sniffed:
    """`format` is "pdf", "zip", "html", "mhtml", another binary kind, or None for text."""

    __slots__ = ("format", "description")

    def __init__(self, fmt: str | None, description: str) -> None:
        self.format = fmt
        self.description = description


def sniff(data: bytes) -> Sniffed:
    head = data[:HEAD]
    if b"%PDF-" in head[:1024]:  # the spec allows junk before the header
        return Sniffed("pdf", "a PDF file")
    for magic, fmt, description in _MAGIC:
        if head.startswith(magic):
            return Sniffed(fmt, description)
    if b"<" in head and re.match(_HTML, head, re.I | re.S):
        return Sniffed("html", "an HTML page")
    if b"ultipart/related" in head and re.match(_MHTML, head, re.I):
        return Sniffed("mhtml", "a saved web page (MHTML)")
    return Sniffed(None, "text")


# the input format that reads each sniffed container
READER_OF = {"pdf": "pdf", "zip": "docx", "html": "html", "mhtml": "mhtml"}
