"""Counting across documents (`speechparse stats`): what a corpus looks like, per file and in total.

Characters are counted without white space (line breaks, indentation and spaces are layout in
Chinese text, and they vary with the source). A top-level section's characters are those of
its heading and body and of all its descendants; a document's `chars` are those of its
preamble, sections and closing (the speech itself: no front matter, TOC, notes or noise).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from .model import Document, Node


def content_chars(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def section_chars(doc: Document, node: Node) -> int:
    text = doc.text
    return sum(content_chars(text[s:e]) for n in node.walk() for s, e in [n.head, *n.body_spans])


def document_stats(doc: Document, path: str | None = None) -> dict[str, Any]:
    """Counts for one parsed document, as plain data (what `--format json` prints)."""
    depths: Counter[int] = Counter()
    styles: Counter[str] = Counter()
    for node in doc.walk():
        depths[node.depth] += 1
        styles[node.style] += 1
    sections = [{"heading": n.heading, "chars": section_chars(doc, n)} for n in doc.outline]
    return {
        "path": path if path is not None else doc.path,
        "title": doc.title,
        "nodes": sum(depths.values()),
        "max_depth": max(depths, default=0),
        "nodes_per_depth": {str(d): n for d, n in sorted(depths.items())},
        "nodes_per_style": dict(styles.most_common()),
        "sections": sections,
        "chars": sum(content_chars(doc.text[s:e]) for s, e in [*doc.preamble_spans, *doc.closing_spans])
        + sum(n["chars"] for n in sections),
        "warnings": len(doc.warnings),
        "warnings_per_code": dict(Counter(w.code for w in doc.warnings).most_common()),
        "removed_lines": len(doc.removed),
        "removed_per_reason": dict(Counter(r.reason for r in doc.removed).most_common()),
    }


def _add(total: Counter[str], counts: dict[str, int]) -> None:
    for key, n in counts.items():
        total[key] += n


def total_stats(docs: list[dict[str, Any]]) -> dict[str, Any]:
    """The same counts summed over documents; sections are summarised by size."""
    depths: Counter[str] = Counter()
    styles: Counter[str] = Counter()
    codes: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    for d in docs:
        _add(depths, d["nodes_per_depth"])
        _add(styles, d["nodes_per_style"])
        _add(codes, d["warnings_per_code"])
        _add(reasons, d["removed_per_reason"])
    sizes = [s["chars"] for d in docs for s in d["sections"]]
    return {
        "documents": len(docs),
        "nodes": sum(d["nodes"] for d in docs),
        "max_depth": max((d["max_depth"] for d in docs), default=0),
        "nodes_per_depth": dict(sorted(depths.items(), key=lambda kv: int(kv[0]))),
        "nodes_per_style": dict(styles.most_common()),
        "sections": len(sizes),
        "section_chars": {"min": min(sizes, default=0), "max": max(sizes, default=0),
                          "mean": round(sum(sizes) / len(sizes), 1) if sizes else 0},
        "chars": sum(d["chars"] for d in docs),
        "warnings": sum(d["warnings"] for d in docs),
        "warnings_per_code": dict(codes.most_common()),
        "removed_lines": sum(d["removed_lines"] for d in docs),
        "removed_per_reason": dict(reasons.most_common()),
    }


def csv_rows(docs: list[dict[str, Any]], total: dict[str, Any]) -> list[list[Any]]:
    """One row per document and a last `TOTAL` row; a column per depth, style and section."""
    depths = sorted({k for d in docs for k in d["nodes_per_depth"]}, key=int)
    styles = sorted({k for d in docs for k in d["nodes_per_style"]}, key=lambda s: (-total["nodes_per_style"][s], s))
    width = max((len(d["sections"]) for d in docs), default=0)
    header = ["path", "title", "nodes", "max_depth", *(f"depth_{k}" for k in depths),
              *(f"style_{s}" for s in styles), "sections", *(f"section_{i}_chars" for i in range(1, width + 1)),
              "chars", "warnings", "removed_lines"]
    rows: list[list[Any]] = [header]
    for d in docs:
        sizes = [s["chars"] for s in d["sections"]]
        rows.append([d["path"], d["title"] or "", d["nodes"], d["max_depth"],
                     *(d["nodes_per_depth"].get(k, 0) for k in depths),
                     *(d["nodes_per_style"].get(s, 0) for s in styles),
                     len(sizes), *sizes, *([""] * (width - len(sizes))),
                     d["chars"], d["warnings"], d["removed_lines"]])
    rows.append(["TOTAL", f"documents: {total['documents']}", total["nodes"], total["max_depth"],
                 *(total["nodes_per_depth"].get(k, 0) for k in depths),
                 *(total["nodes_per_style"].get(s, 0) for s in styles),
                 total["sections"], *([""] * width), total["chars"], total["warnings"], total["removed_lines"]])
    return rows
