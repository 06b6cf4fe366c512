"""JSON (the `speechparse/1` contract) and JSON Lines (one compact document per line)."""

from __future__ import annotations

import json
from typing import Any

from ..model import Document


def render(doc: Document, indent: int | None = 2, **_: Any) -> str:
    return json.dumps(doc.to_dict(), ensure_ascii=False, indent=indent) + "\n"


def render_line(doc: Document, **_: Any) -> str:
    return json.dumps(doc.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n"
