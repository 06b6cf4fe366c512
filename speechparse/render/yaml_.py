"""YAML: the same tree as the JSON output."""

from __future__ import annotations

from typing import Any

from ..model import Document


def render(doc: Document, **_: Any) -> str:
    import yaml  # imported only for this format (start-up time)

    # libyaml's emitter when it is there: the same text, several times faster
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(doc.to_dict(), Dumper=dumper, allow_unicode=True, sort_keys=False, width=1000)
