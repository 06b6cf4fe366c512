"""speechparse: the outline of a Chinese speech or work report, as a tree.

    >>> import speechparse
    >>> doc = speechparse.parse("一、总体要求\\n（一）稳中求进。\\n（二）以进促稳。\\n")
    >>> [n.heading for n in doc.outline[0].children]
    ['（一）稳中求进', '（二）以进促稳']

The API:

- `parse(text_or_bytes, *, path=None, keep_noise=False, reflow=None) -> Document`
- `parse_file(path, *, keep_noise=False, reflow=None, input_format=None) -> Document`
- `Document`: `outline` (top-level `Node`s), `walk()`, `title`, `warnings`, `removed`, ...;
  output with `to_dict()`, `to_json()`, `to_markdown()` and `outline()` (skeleton text)
- `Node`: `marker`, `style`, `ordinal`, `title`, `body`, `line`, `children`
- `InputError` (a subclass of `SpeechparseError`): input a caller must fix, one-line reason
- many files: `speechparse parse DIR -j N` (see speechparse.corpus); many machines:
  `speechparse.dask.parse_bag` (the `speechparse[dask]` extra)

Names are imported on first use, so `import speechparse` costs almost nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["parse", "parse_file", "Document", "Node", "InputError", "SpeechparseError", "__version__"]

if TYPE_CHECKING:
    from .api import parse, parse_file
    from .errors import InputError, SpeechparseError
    from .model import Document, Node


def __getattr__(name: str) -> Any:
    # lazy, so that `speechparse --version` does not import the parser
    if name in ("parse", "parse_file"):
        from . import api

        return getattr(api, name)
    if name in ("Document", "Node"):
        from . import model

        return getattr(model, name)
    if name in ("InputError", "SpeechparseError"):
        from . import errors

        return getattr(errors, name)
    raise AttributeError(name)
