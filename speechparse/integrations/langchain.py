"""LangChain: `SpeechLoader`, a document loader (langchain-core's `BaseLoader`).

    >>> from speechparse.integrations.langchain import SpeechLoader
    >>> docs = SpeechLoader("report.pdf", max_chars=800).load()
    >>> docs[3].metadata["heading_path"]
    ['一、2024年工作回顾', '（二）产业转型升级']

`lazy_load()` parses one file at a time and yields one `Document` per chunk (see
`speechparse.integrations`); a file that cannot be read raises `speechparse.InputError`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from . import chunk_id, chunk_records, parse_options, paths_of

try:
    from langchain_core.document_loaders import BaseLoader
    from langchain_core.documents import Document
except ImportError:  # pragma: no cover - depends on the environment
    raise InputError("the LangChain loader needs langchain-core: pip install 'speechparse[langchain]'") from None


class SpeechLoader(BaseLoader):
    """Section chunks of speeches (`.txt`, `.md`, `.docx`, `.html`, `.pdf`, or `-`)."""

    def __init__(self, paths: str | Path | Iterable[str | Path], *, max_chars: int | None = None,
                 input_format: str | None = None, keep_noise: bool = False, reflow: bool | None = None,
                 encoding: str | None = None) -> None:
        self.paths = paths_of(paths)
        self.max_chars = max_chars
        self.options = parse_options(input_format, keep_noise, reflow, encoding)

    def lazy_load(self) -> Iterator[Document]:
        from ..api import parse_file

        for path in self.paths:
            doc = parse_file(path, **self.options)
            for text, meta in chunk_records(doc, self.max_chars):
                yield Document(page_content=text, metadata=meta, id=chunk_id(meta))
