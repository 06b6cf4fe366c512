"""Retrieval frameworks: speeches as section chunks for LangChain and LlamaIndex.

Both adapters are built on the `-f chunks` renderer (`speechparse.render.chunks`): one
document (LangChain) or node (LlamaIndex) per chunk, its text the chunk's text and its metadata
the chunk's other fields: `source`, `title`, `index`, `kind` (preamble, section, closing),
`heading_path`, `marker_path`, `start`/`end` (offsets into the parsed text), `line` (of the
input; for a PDF its extracted-line number), plus `page` for a PDF.

    from speechparse.integrations.langchain import SpeechLoader      # speechparse[langchain]
    from speechparse.integrations.llamaindex import SpeechReader     # speechparse[llamaindex]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

# metadata an embedding or a prompt does not need (positions and bookkeeping); the heading
# path and the title stay, since they are what places a chunk in the speech
POSITION_KEYS = ("index", "kind", "start", "end", "line", "page", "marker_path", "source")


def paths_of(paths: str | Path | Iterable[str | Path]) -> list[str]:
    if isinstance(paths, (str, Path)):
        return [str(paths)]
    return [str(p) for p in paths]


def chunk_records(doc: Any, max_chars: int | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
    """(text, metadata) of each chunk of a parsed Document, as `-f chunks` gives them."""
    from ..render.chunks import chunks

    for chunk in chunks(doc, max_chars):
        text = chunk.pop("text")
        page = doc.source.page_of(chunk["line"])
        if page is not None:
            chunk["page"] = page[0]
        yield text, chunk


def chunk_id(meta: dict[str, Any]) -> str:
    return f"{meta['source'] or '-'}#{meta['index']}"


def parse_options(input_format: str | None, keep_noise: bool, reflow: bool | None,
                  encoding: str | None) -> dict[str, Any]:
    return {"input_format": input_format, "keep_noise": keep_noise, "reflow": reflow, "encoding": encoding}
