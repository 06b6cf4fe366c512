"""What a lint rule is and what it reports.

A Rule has a stable code (`SP101`; the first digit is the group: 1 numbering, 2 marker form,
3 structure), an English name, a severity, a Chinese summary and explanation, and a bad and
a good example draft: the tests lint both, so the documentation cannot drift from the code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..model import Document, Node

SEVERITIES = ("error", "warning", "info")  # most severe first

# A rule's check yields (node, message): the node places the finding (line, column).
Hit = tuple[Node, str]


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: str
    summary: str   # 中文一句话
    why: str       # 中文说明：查什么、为什么
    bad: str       # a short draft the rule reports
    good: str      # the same draft, fixed: no rule reports anything
    check: Callable[[Document], Iterable[Hit]]

    def explain(self) -> str:
        """The rule's page, as `speechparse lint --explain CODE` prints it."""
        return (f"{self.code} {self.name} ({self.severity})\n{self.summary}\n\n{self.why}\n\n"
                f"错误示例 (bad):\n{_indent(self.bad)}\n\n正确示例 (good):\n{_indent(self.good)}\n")


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    column: int
    code: str
    name: str
    severity: str
    message: str

    def to_text(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.code} {self.message}"

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "column": self.column, "code": self.code,
                "name": self.name, "severity": self.severity, "message": self.message}


def _indent(text: str) -> str:
    return "\n".join("    " + line if line else "" for line in text.strip("\n").split("\n"))
