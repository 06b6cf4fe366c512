"""What must hold for every input: `check(text)` returns the problems found, empty if none."""

from __future__ import annotations

import io
import json
import traceback
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import yaml

import speechparse
from speechparse.errors import InputError
from speechparse.model import Document
from speechparse.render import FORMATS, render

SCHEMA = Path(speechparse.__file__).parent / "schema" / "speechparse-1.json"
WS = frozenset(" \t\u3000\n")
XML_FORMATS = ("opml", "mm", "svg")


@dataclass(frozen=True)
class Problem:
    kind: str     # crash, lossless, render-<fmt>, encoding-<form>
    message: str  # one line; the first line groups problems of one cause

    def __str__(self) -> str:
        return f"{self.kind}: {self.message}"


@lru_cache(maxsize=1)
def _validator() -> Any:
    import jsonschema  # type: ignore[import-untyped]

    return jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))


def _crash(exc: BaseException) -> str:
    frame = traceback.extract_tb(exc.__traceback__)[-1]
    return f"{type(exc).__name__}: {str(exc)[:120]} at {Path(frame.filename).name}:{frame.lineno}"


def lossless(doc: Document) -> str | None:
    """Every non-blank character of the text in exactly one place, or what is wrong."""
    text = doc.text
    owner: list[str | None] = [None] * len(text)
    for start, end, kind in doc.spans():
        if not 0 <= start <= end <= len(text):
            return f"span {kind} ({start}, {end}) outside the text of {len(text)}"
        for i in range(start, end):
            if text[i] not in WS:
                if owner[i] is not None:
                    return f"{text[i]!r} in {owner[i]} and {kind}"
                owner[i] = kind
    for i, ch in enumerate(text):
        if ch not in WS and owner[i] is None:
            return f"{ch!r} in no place (line {doc.source.line_of(i)})"
    return None


def _valid(fmt: str, out: str | bytes, doc: Document, data: dict[str, Any]) -> str | None:
    """What is wrong with one rendering, or None; `data` is the JSON rendering, read back."""
    text = out.decode("utf-8") if isinstance(out, bytes) and fmt != "xmind" else out
    if fmt == "json":
        errors = list(_validator().iter_errors(data))
        return f"schema: {errors[0].message[:100]} at {list(errors[0].path)}" if errors else None
    if fmt == "jsonl":  # the same document on one line
        return None if json.loads(str(text)) == data else "not the JSON rendering's data"
    if fmt == "yaml":  # the same document as YAML
        loaded = yaml.load(str(text), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        return None if loaded == data else "not the JSON rendering's data"
    if fmt in XML_FORMATS:
        ElementTree.fromstring(text)
        return None
    if fmt == "xmind":
        assert isinstance(out, bytes)
        with zipfile.ZipFile(io.BytesIO(out)) as z:
            json.loads(z.read("content.json"))
            for name in z.namelist():
                if name.endswith(".xml"):
                    ElementTree.fromstring(z.read(name))
        return None
    if fmt == "chunks":
        for line in str(text).split("\n")[:-1]:  # JSON Lines end at \n only (not at U+2028)
            c = json.loads(line)
            if not 0 <= c["start"] <= c["end"] <= len(doc.text):
                return f"chunk {c['index']} ({c['start']}, {c['end']}) outside the text of {len(doc.text)}"
            if doc.text[c["start"]:c["end"]] != c["text"]:
                return f"chunk {c['index']} text is not text[{c['start']}:{c['end']}]"
        return None
    return None  # outline, md, html: any text is well-formed


def forms(text: str) -> dict[str, bytes]:
    """The same text as users have it in files."""
    # (CRLF line ends for the text's own line ends: a `\r\n` or lone `\r` already in it is one line
    # end, not a `\r` to keep before a new `\r\n` — that would be two)
    lf = text.replace("\r\n", "\n").replace("\r", "\n")
    return {"utf-8": text.encode("utf-8"), "gb18030": text.encode("gb18030"),
            "utf-16": text.encode("utf-16"), "crlf": lf.replace("\n", "\r\n").encode("utf-8")}


def _gb18030_detectable(text: str) -> bool:
    # charset detection needs evidence: a short or mostly non-Chinese text in GB18030 bytes
    # may be read as another codec, which is a guess, not a defect
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    return cjk >= 40 and cjk * 2 >= len(text.strip())


def check(text: str, formats: bool = True, encodings: bool = True) -> list[Problem]:
    """Parse `text` and check every promise; the problems found (none: all held)."""
    try:
        doc = speechparse.parse(text)
    except InputError:
        return []
    except Exception as exc:  # noqa: BLE001 - any other exception is the finding
        return [Problem("crash", _crash(exc))]
    problems: list[Problem] = []
    lost = lossless(doc)
    if lost:
        problems.append(Problem("lossless", lost))
    if formats:
        data: dict[str, Any] = {}
        for fmt in sorted(FORMATS, key=lambda f: f != "json"):  # json first: the others match it
            try:
                out = render(doc, fmt)
                if fmt == "json":
                    data = json.loads(out)
                bad = _valid(fmt, out, doc, data)
            except Exception as exc:  # noqa: BLE001
                bad = _crash(exc)
            if bad:
                problems.append(Problem(f"render-{fmt}", bad))
    if encodings and "\x00" not in text:  # a NUL byte makes a file binary, by design
        want = doc.outline()
        for form, raw in forms(text).items():
            if form == "gb18030" and not _gb18030_detectable(text):
                continue
            try:
                got = speechparse.parse(raw).outline()
            except InputError as exc:
                problems.append(Problem(f"encoding-{form}", f"refused: {exc}"))
                continue
            except Exception as exc:  # noqa: BLE001
                problems.append(Problem(f"encoding-{form}", _crash(exc)))
                continue
            if got != want:
                problems.append(Problem(f"encoding-{form}", "a different outline"))
    return problems
