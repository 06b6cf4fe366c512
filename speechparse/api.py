"""The Python API: `parse(text_or_bytes)` and `parse_file(path)` return a Document.

    >>> import speechparse
    >>> doc = speechparse.parse("一、总体要求\\n（一）稳中求进。\\n（二）以进促稳。\\n")
    >>> print(doc.outline(), end="")
    一、总体要求
      （一）稳中求进
      （二）以进促稳
    >>> doc.to_dict()["outline"][0]["children"][1]["title"]
    '以进促稳'

Errors a caller can cause (empty, binary or undecodable input, a missing file) raise
`speechparse.InputError` with a one-line reason; `parse()` given something that is neither
str nor bytes raises `TypeError("parse() takes str or bytes, not int")` (a programming error,
not bad input). Nothing else is raised on purpose.
"""

from __future__ import annotations

from pathlib import Path

from . import source as _source
from .builder import Decision, OutlineBuilder
from .model import Document, Span, gc_paused
from .tokenizer import Token, tokenize


def parse(data: str | bytes, *, path: str | None = None, keep_noise: bool = False, explain: bool = False,
          reflow: bool | None = None, encoding: str | None = None) -> Document:
    """Parse one speech given as text or raw bytes (UTF-8/16/32 with or without BOM, GB18030,
    or anything charset detection recognises).

    path:       recorded as the document's `source` (nothing is read from it).
    keep_noise: do not remove web chrome, disclaimers and other noise.
    explain:    record why each candidate marker went where it did (`doc.decisions`).
    reflow:     None detects PDF hard wraps, True forces re-joining, False turns it off.
    encoding:   decode bytes with this codec instead of detecting one.
    """
    if isinstance(data, (bytes, bytearray)):
        src = _source.from_bytes(bytes(data), path, reflow, encoding)
    elif isinstance(data, str):
        src = _source.from_text(data, path, reflow=reflow)
    else:
        raise TypeError(f"parse() takes str or bytes, not {type(data).__name__}")
    return build_document(src, keep_noise=keep_noise, explain=explain)


def parse_file(path: str | Path, *, keep_noise: bool = False, reflow: bool | None = None,
               input_format: str | None = None, encoding: str | None = None,
               max_bytes: int = _source.DEFAULT_MAX_BYTES, explain: bool = False) -> Document:
    """Parse a file: `.txt` (any encoding), `.md`, `.docx`, `.html` or `.pdf`, chosen by
    extension unless `input_format` (see `speechparse.inputs.INPUT_FORMATS`) says otherwise;
    `-` reads standard input (its format sniffed). Files over `max_bytes` are refused.
    Raises speechparse.InputError with a one-line reason. Options as for `parse`."""
    from .inputs import read_source

    src = read_source(path, input_format=input_format, reflow=reflow, encoding=encoding,
                      max_bytes=max_bytes)
    return build_document(src, keep_noise=keep_noise, explain=explain)


def build_document(src: _source.Source, *, keep_noise: bool = False, explain: bool = False) -> Document:
    """Run the pipeline on a Source: clean-up, tokenizer, builder, document-level checks."""
    from .cleanup import Cleanup

    with gc_paused():  # every object made here lives on in the document
        doc = Document(src)
        for warning in src.warnings:  # what the reader noticed (encoding guesses, bad bytes)
            doc.warn(*warning)
        cleanup = Cleanup(doc, keep_noise=keep_noise)
        candidates = tokenize(src.text, src.line_of)
        tokens = cleanup.before_outline(candidates)
        cut_off = any(r.reason == "truncation" for r in doc.removed)  # (the copy says it breaks off)
        if not explain:  # memory: the builder lets each token go once placed; keep no other list
            del candidates
            builder = OutlineBuilder(src.text, tokens, cleanup.excluded(), src.hints, consume=True, cut_off=cut_off)
            del tokens
            built = builder.build()
        else:
            built = OutlineBuilder(src.text, tokens, cleanup.excluded(), src.hints, explain=True,
                                   cut_off=cut_off).build()
        doc.outline = built.roots
        doc.preamble_spans.extend(built.preamble_spans)
        doc.warnings.extend(built.warnings)
        cleanup.after_outline()
        if explain:
            doc.decisions = _with_excluded(doc, candidates, tokens, built.decisions)
    return doc


def _with_excluded(doc: Document, candidates: list[Token], kept: list[Token],
                   decisions: list[Decision]) -> list[Decision]:
    """The builder's decisions plus one for each candidate the clean-up took out, naming
    where its text went (removed noise with its reason, the TOC, front matter, notes)."""
    from .spans import is_inside

    kept_at = {t.mstart for t in kept}
    places: list[tuple[list[Span], str]] = [
        (sorted(r.span for r in doc.removed if r.reason == reason), f"removed as {reason}")
        for reason in sorted({r.reason for r in doc.removed})]
    places += [(sorted(doc.toc_spans), "in the table of contents"),
               (sorted(s for s, _ in doc.front_spans), "front matter"),
               (sorted(doc.note_spans), "in the notes")]
    out = list(decisions)
    for tok in candidates:
        if tok.mstart in kept_at:
            continue
        where = next((label for spans, label in places if is_inside(spans, tok.mstart)), "not speech body")
        out.append(Decision(tok.line, tok.marker, None, "excluded", where))
    out.sort(key=lambda d: d.line)
    return out
