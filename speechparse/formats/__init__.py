"""Readers for input formats other than plain text; each returns (text, hints).

`hints` maps a 1-based line of the produced text to evidence the format carries beyond the
words: `chrome` for lines from a page's nav/header/footer, `heading:N` for Word headings
and outline levels. Hints are evidence only; the markers still decide the outline.
"""
