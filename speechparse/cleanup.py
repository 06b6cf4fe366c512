"""Document-level clean-up around the outline: front matter, noise, TOC, notes, closing.

`Cleanup.before_outline` decides which lines are not speech body (they are excluded from
tokenizing and recorded in the Document with a reason); `after_outline` looks at the tree
(closing remarks, truncation, partial pages, missing sections).
"""

from __future__ import annotations

import re

from .model import Document, Span
from .tokenizer import Token

_SENTENCE_END = re.compile(r"[。！？!?]$")
_SALUTATION = re.compile(r"^(?:各位|同志们|女士们|尊敬的|亲爱的|老师们|同学们|朋友们)[^。！？]{0,30}[：:]$")


class Cleanup:
    def __init__(self, doc: Document, keep_noise: bool = False) -> None:
        self.doc = doc
        self.keep_noise = keep_noise
        self._excluded: list[Span] = []

    # --- before the outline -------------------------------------------------------------
    def before_outline(self) -> None:
        self._front_matter()
        self._excluded.sort()

    def excluded(self) -> list[Span]:
        return self._excluded

    def filter_tokens(self, tokens: list[Token]) -> list[Token]:
        if not self._excluded:
            return tokens
        ex = self._excluded
        out, i = [], 0
        for tok in tokens:
            while i < len(ex) and ex[i][1] <= tok.mstart:
                i += 1
            if i < len(ex) and ex[i][0] <= tok.mstart:
                continue
            out.append(tok)
        return out

    def _lines(self, limit: int = 40):
        """(start, end, stripped text) of the first non-blank lines."""
        text = self.doc.text
        pos, n = 0, 0
        while pos < len(text) and n < limit:
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            line = text[pos:end].strip(" \t\u3000")
            if line:
                n += 1
                yield pos, end, line
            pos = end + 1

    def _front_matter(self) -> None:
        doc = self.doc
        for start, end, line in self._lines(6):
            if doc.title is None and len(line) <= 60 and not _SENTENCE_END.search(line) \
                    and not line[0].isdigit() and not _SALUTATION.match(line):
                doc.title = line
                self._front((start, end), "title")
                continue
            if doc.salutation is None and _SALUTATION.match(line):
                doc.salutation = line
                self._front((start, end), "salutation")
            break

    def _front(self, span: Span, kind: str) -> None:
        self.doc.front_spans.append((span, kind))
        self._excluded.append(span)

    # --- after the outline --------------------------------------------------------------
    def after_outline(self) -> None:
        doc = self.doc
        if doc.outline and doc.outline[0].ordinal not in (None, 1):
            doc.partial = True
