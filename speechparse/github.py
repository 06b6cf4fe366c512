"""GitHub Actions workflow commands (`::error file=…,line=…::message`), shown as annotations
on the pull request. Values are escaped as the runner expects, so a `:` or `,` in a path
or a newline in a message cannot break the command."""

from __future__ import annotations

LEVELS = {"error": "error", "warning": "warning", "info": "notice", "notice": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(level: str, message: str, *, file: str | None = None, line: int | None = None,
               col: int | None = None, title: str | None = None) -> str:
    """One workflow command line; `level` is error, warning or info (shown as a notice)."""
    props = []
    if file is not None:
        props.append(f"file={_prop(file)}")
    if line is not None:
        props.append(f"line={line}")
    if col is not None:
        props.append(f"col={col}")
    if title is not None:
        props.append(f"title={_prop(title)}")
    head = f"::{LEVELS[level]}"
    if props:
        head += " " + ",".join(props)
    return f"{head}::{_data(message)}"
