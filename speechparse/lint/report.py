"""Lint output: `path:line:col: CODE message` lines, JSON, or GitHub workflow annotations."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence

from ..github import annotation
from .rule import SEVERITIES, Finding

FORMATS = ("text", "json", "github")
_PLURAL = {"error": "errors", "warning": "warnings", "info": "info"}


def render(findings: Sequence[Finding], fmt: str, files: int) -> str:
    if fmt == "json":
        return json.dumps([f.to_dict() for f in findings], ensure_ascii=False, indent=2) + "\n"
    if fmt == "github":
        lines = [annotation(f.severity, f"{f.code} {f.message}", file=f.path, line=f.line, col=f.column,
                            title=f"{f.code} {f.name}") for f in findings]
    else:
        lines = [f.to_text() for f in findings]
    if findings:
        lines.append(summary(findings, files))
    return "".join(line + "\n" for line in lines)


def summary(findings: Sequence[Finding], files: int) -> str:
    """`Found 3 problems (2 errors, 1 info) in 1 of 4 files.`"""
    counts = Counter(f.severity for f in findings)
    parts = ", ".join(f"{counts[s]} {s if counts[s] == 1 else _PLURAL[s]}" for s in SEVERITIES if counts[s])
    in_files = len({f.path for f in findings})
    noun = "problem" if len(findings) == 1 else "problems"
    return f"Found {len(findings)} {noun} ({parts}) in {in_files} of {files} file{'s' if files != 1 else ''}."


def rule_table(rules: Sequence) -> str:
    return "".join(f"{r.code}  {r.name:<34} {r.severity:<8} {r.summary}\n" for r in rules)
