"""LangChain and LlamaIndex adapters, against the real packages (dev extra): one document or
node per `-f chunks` chunk, with its text and metadata."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import FIXTURES

import speechparse
from speechparse.render import render


@pytest.fixture(autouse=True, scope="module")
def rag_packages() -> None:
    # imported when the tests run, not at collection: only the worker that runs them pays for it
    pytest.importorskip("langchain_core", reason="langchain-core is not installed (pip install 'speechparse[langchain]')")
    pytest.importorskip("llama_index.core", reason="llama-index-core is not installed (pip install 'speechparse[llamaindex]')")


TEXT = FIXTURES / "core" / "deep_four_levels.txt"
PDF = FIXTURES / "pdf" / "core__deep_four_levels.pdf"


def _chunks(path: Path, max_chars: int | None = None) -> list[dict]:
    doc = speechparse.parse_file(path)
    return [json.loads(line) for line in render(doc, "chunks", max_chars=max_chars).splitlines()]


@pytest.mark.parametrize("path", [TEXT, PDF], ids=["txt", "pdf"])
def test_langchain_loader_yields_the_chunks(path: Path):
    from langchain_core.document_loaders import BaseLoader
    from langchain_core.documents import Document

    from speechparse.integrations.langchain import SpeechLoader

    loader = SpeechLoader(path, max_chars=120)
    assert isinstance(loader, BaseLoader)
    docs = list(loader.lazy_load())
    expected = _chunks(path, 120)
    assert all(isinstance(d, Document) for d in docs) and len(docs) == len(expected)
    for doc, chunk in zip(docs, expected, strict=True):
        assert doc.page_content == chunk.pop("text")
        page = doc.metadata.pop("page", None)
        assert doc.metadata == chunk
        assert (page is not None) == (path.suffix == ".pdf")
        assert doc.id == f"{chunk['source']}#{chunk['index']}"
    assert ["一、2024年工作完成情况", "（一）粮食生产稳中有增", "1.稳定播种面积"] in [d.metadata["heading_path"] for d in docs]


def test_langchain_loader_many_files():
    from speechparse.integrations.langchain import SpeechLoader

    docs = SpeechLoader([TEXT, FIXTURES / "core" / "inline_shi_runs.txt"]).load()
    assert {d.metadata["source"] for d in docs} == {str(TEXT), str(FIXTURES / "core" / "inline_shi_runs.txt")}


def test_llamaindex_reader_and_directory_reader(tmp_path: Path):
    from llama_index.core import SimpleDirectoryReader
    from llama_index.core.readers.base import BaseReader
    from llama_index.core.schema import MetadataMode

    from speechparse.integrations.llamaindex import SpeechReader

    reader = SpeechReader()
    assert isinstance(reader, BaseReader)
    docs = reader.load_data(PDF)
    expected = _chunks(PDF)
    assert [d.text for d in docs] == [c["text"] for c in expected]
    assert docs[3].metadata["marker_path"] == ["一、", "（一）", "1."] and docs[3].metadata["page"] == 1
    embedded = docs[3].get_content(metadata_mode=MetadataMode.EMBED)
    assert "heading_path" in embedded and "start:" not in embedded  # positions are not embedded
    (tmp_path / "a.pdf").write_bytes(PDF.read_bytes())
    via_dir = SimpleDirectoryReader(str(tmp_path), file_extractor={".pdf": SpeechReader()}).load_data()
    assert [d.text for d in via_dir] == [c["text"] for c in expected]


def test_llamaindex_node_parser_splits_whole_speeches():
    from llama_index.core import Document
    from llama_index.core.node_parser import NodeParser
    from llama_index.core.schema import NodeRelationship

    from speechparse.integrations.llamaindex import SpeechNodeParser

    text = TEXT.read_text(encoding="utf-8")
    parser = SpeechNodeParser(max_chars=150)
    assert isinstance(parser, NodeParser)
    whole = Document(text=text, metadata={"file_path": "speech.txt"})
    nodes = parser.get_nodes_from_documents([whole])
    expected = _chunks(TEXT, 150)
    assert [n.text for n in nodes] == [c["text"] for c in expected]
    for node, chunk in zip(nodes, expected, strict=True):
        assert node.metadata["heading_path"] == chunk["heading_path"]
        assert node.metadata["file_path"] == "speech.txt"
        assert text[node.start_char_idx:node.end_char_idx] == node.text
        assert node.relationships[NodeRelationship.SOURCE].node_id == whole.doc_id
