"""Parse a corpus on a Dask cluster: file paths, or a bag of texts, to a bag of documents.

Needs the optional extra: `pip install 'speechparse[dask]'`.

    from dask.distributed import Client
    from speechparse.dask import parse_bag

    client = Client("tcp://scheduler:8786")          # or Client() for this machine's cores
    docs = parse_bag(paths, npartitions=2000)        # a dask.bag.Bag of Documents
    docs.map(lambda d: d.to_json(indent=None)).to_textfiles("out/part-*.jsonl")

Every worker must be able to read the paths (a shared file system), or give texts instead:
a bag of `str`/`bytes`, or of `(source, text)` pairs so each document keeps its name.
Parsing runs where the data is; only finished documents (or their dicts) travel.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from .errors import SpeechparseError

if TYPE_CHECKING:
    import dask.bag

ERRORS = ("raise", "keep", "skip")


class Failure(NamedTuple):
    """A document that could not be parsed (`errors="keep"`): its source and the reason."""

    source: str | None
    error: str


def parse_bag(items: Iterable[str | Path] | dask.bag.Bag, *, npartitions: int | None = None,
              as_dict: bool = False, errors: str = "raise", keep_noise: bool = False,
              reflow: bool | None = None, input_format: str | None = None) -> dask.bag.Bag:
    """A lazy bag of parsed documents, one per input, in input order.

    items:       file paths (read on the workers), or a dask Bag of texts (`str`, `bytes`
                 or `(source, text)` pairs)
    npartitions: how many tasks to cut a list of paths into (default: about 100 paths each)
    as_dict:     give `Document.to_dict()` (the `speechparse/1` JSON contract) instead of
                 Document objects: smaller to move, ready for `json.dumps`
    errors:      "raise" fails the computation on the first bad input (speechparse.InputError);
                 "keep" puts a `Failure(source, error)` in its place; "skip" drops it
    keep_noise, reflow, input_format: as for `speechparse.parse_file`
    """
    import dask.bag as db

    if errors not in ERRORS:
        raise ValueError(f"errors must be one of {', '.join(ERRORS)}, not {errors!r}")
    options = {"keep_noise": keep_noise, "reflow": reflow}
    if isinstance(items, db.Bag):
        bag = items.map(_parse_text, options, as_dict, errors)
    else:
        paths = [str(p) for p in items]
        parts = npartitions or max(1, min(len(paths), -(-len(paths) // 100)))
        bag = db.from_sequence(paths, npartitions=parts).map(
            _parse_path, {**options, "input_format": input_format}, as_dict, errors)
    return bag.filter(_not_skipped) if errors == "skip" else bag


class _Skipped:
    """Placeholder for a failed input under errors="skip" (filtered out of the bag)."""


_SKIPPED = _Skipped()


def _not_skipped(item: Any) -> bool:
    return not isinstance(item, _Skipped)


def _parse_path(path: str, options: dict[str, Any], as_dict: bool, errors: str) -> Any:
    from .api import parse_file

    return _guarded(path, errors, as_dict, lambda: parse_file(path, **options))


def _parse_text(item: str | bytes | tuple[str, str | bytes], options: dict[str, Any], as_dict: bool,
                errors: str) -> Any:
    from .api import parse

    source, text = item if isinstance(item, tuple) else (None, item)
    return _guarded(source, errors, as_dict, lambda: parse(text, path=source, **options))


def _guarded(source: str | None, errors: str, as_dict: bool, parse_one: Any) -> Any:
    try:
        doc = parse_one()
    except SpeechparseError as exc:
        if errors == "raise":
            raise
        return _SKIPPED if errors == "skip" else Failure(source, str(exc))
    return doc.to_dict() if as_dict else doc
