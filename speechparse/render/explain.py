"""`--explain`: why each candidate marker became an item where it did, or was rejected.

One line per candidate, in document order: the source line, the marker, the depth it got
(or `rejected`), the rule that decided (see `speechparse/builder.py`) and the evidence, e.g.

    L243   一、      depth 4   restart   nested run: the run of 三、第一個五年計 (line 223) goes on at 四、
    L212   第一条，  rejected  quotation the line continues a quotation opened on the line before

With `-f json` (or `jsonl`, one line per document in a batch): `{"source": …, "decisions": [{"line", "marker", "depth", "rule", "evidence"}]}`.
"""

from __future__ import annotations

import json

from ..model import Document

_FULL_WIDTH_SPACE = "\u3000"


def render(doc: Document, *, as_json: bool = False, one_line: bool = False) -> str:
    """The explanation as text, or as JSON (`one_line`: a JSON Lines record, for batches)."""
    if as_json:
        return json.dumps({"source": doc.path, "decisions": [d.to_dict() for d in doc.decisions]},
                          ensure_ascii=False, indent=None if one_line else 2) + "\n"
    width = max((len(d.marker) for d in doc.decisions), default=2)
    lines = []
    for d in doc.decisions:
        where = f"depth {d.depth}" if d.depth is not None else "rejected"
        marker = d.marker.ljust(width, _FULL_WIDTH_SPACE)  # markers are CJK: pad in their width
        lines.append(f"L{d.line:<5} {marker}  {where:<9} {d.rule:<12} {d.evidence}")
    return "\n".join(lines) + "\n" if lines else ""
