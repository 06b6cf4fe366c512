"""The Python API: `parse(text_or_bytes)` and `parse_file(path)` return a Document."""

from __future__ import annotations

from pathlib import Path

from . import source as _source
from .builder import OutlineBuilder
from .model import Document
from .tokenizer import tokenize


def parse(data: str | bytes, *, path: str | None = None, keep_noise: bool = False,
          reflow: bool | None = None) -> Document:
    """Parse one speech given as text or raw bytes (any supported encoding).

    keep_noise: do not remove web chrome, disclaimers and other noise.
    reflow:     None detects PDF hard wraps, True forces re-joining, False turns it off.
    """
    if isinstance(data, (bytes, bytearray)):
        src = _source.from_bytes(bytes(data), path, reflow)
    else:
        if not data.strip():
            from .errors import InputError

            raise InputError("input is empty")
        src = _source.from_text(data, path, reflow=reflow)
    return build_document(src, keep_noise=keep_noise)


def parse_file(path: str | Path, *, keep_noise: bool = False, reflow: bool | None = None,
               input_format: str | None = None) -> Document:
    """Parse a file: `.txt` (any encoding), `.docx` or `.html`, chosen by extension unless
    `input_format` says otherwise. Raises speechparse.InputError with a one-line reason."""
    from .inputs import read_source

    src = read_source(path, input_format=input_format, reflow=reflow)
    return build_document(src, keep_noise=keep_noise)


def build_document(src: _source.Source, *, keep_noise: bool = False) -> Document:
    """Run the pipeline on a Source: clean-up, tokenizer, builder, document-level checks."""
    from .cleanup import Cleanup

    doc = Document(src)
    cleanup = Cleanup(doc, keep_noise=keep_noise)
    tokens = cleanup.before_outline(tokenize(src.text, src.line_of))
    doc.outline = OutlineBuilder(doc, tokens, cleanup.excluded()).build()
    cleanup.after_outline()
    return doc
