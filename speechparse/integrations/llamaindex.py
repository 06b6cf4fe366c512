"""LlamaIndex: `SpeechReader` (a `BaseReader`: files -> one Document per section chunk) and
`SpeechNodeParser` (a `NodeParser`: Documents holding whole speeches -> one node per chunk).

    >>> from speechparse.integrations.llamaindex import SpeechReader, SpeechNodeParser
    >>> docs = SpeechReader(max_chars=800).load_data("report.pdf")
    >>> from llama_index.core import SimpleDirectoryReader       # or inside a directory reader:
    >>> SimpleDirectoryReader("speeches/", file_extractor={".pdf": SpeechReader()}).load_data()
    >>> nodes = SpeechNodeParser(max_chars=800).get_nodes_from_documents(whole_speeches)

Metadata as described in `speechparse.integrations`; positions and bookkeeping are left out of
what is embedded and what the LLM sees (`POSITION_KEYS`), the heading path stays in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..errors import InputError
from . import POSITION_KEYS, chunk_id, chunk_records, parse_options

try:
    from llama_index.core.bridge.pydantic import Field
    from llama_index.core.node_parser import NodeParser
    from llama_index.core.readers.base import BaseReader
    from llama_index.core.schema import BaseNode, Document, NodeRelationship, TextNode
except ImportError:  # pragma: no cover - depends on the environment
    raise InputError("the LlamaIndex reader needs llama-index-core: pip install 'speechparse[llamaindex]'") from None

_HIDDEN = list(POSITION_KEYS)


class SpeechReader(BaseReader):
    """Files to one Document per section chunk."""

    def __init__(self, *, max_chars: int | None = None, input_format: str | None = None,
                 keep_noise: bool = False, reflow: bool | None = None, encoding: str | None = None) -> None:
        self.max_chars = max_chars
        self.options = parse_options(input_format, keep_noise, reflow, encoding)

    def lazy_load_data(self, file: str | Path, extra_info: dict[str, Any] | None = None,
                       **_: Any) -> Iterable[Document]:
        from ..api import parse_file

        doc = parse_file(file, **self.options)
        for text, meta in chunk_records(doc, self.max_chars):
            yield Document(text=text, metadata={**(extra_info or {}), **meta}, id_=chunk_id(meta),
                           excluded_embed_metadata_keys=_HIDDEN, excluded_llm_metadata_keys=_HIDDEN)


class SpeechNodeParser(NodeParser):
    """Split Documents that each hold one whole speech into nodes, one per section chunk."""

    max_chars: int | None = Field(default=None, description="Longest chunk, in characters (cut at sentence ends).")
    keep_noise: bool = Field(default=False, description="Keep web chrome and other noise in the text.")

    def _parse_nodes(self, nodes: Sequence[BaseNode], show_progress: bool = False,
                     **kwargs: Any) -> list[BaseNode]:
        from ..api import parse

        out: list[BaseNode] = []
        for node in nodes:
            text = node.get_content()
            if not text.strip():
                continue
            source = node.metadata.get("file_path") or node.metadata.get("source") or node.node_id
            doc = parse(text, path=str(source), keep_noise=self.keep_noise)
            for chunk_text, meta in chunk_records(doc, self.max_chars):
                out.append(TextNode(
                    text=chunk_text, metadata={**node.metadata, **meta},
                    excluded_embed_metadata_keys=_HIDDEN, excluded_llm_metadata_keys=_HIDDEN,
                    relationships={NodeRelationship.SOURCE: node.as_related_node_info()}))
        return out
