"""`speechparse lint`: numbering mistakes in a speech draft, found on the parsed outline.

    >>> import speechparse
    >>> from speechparse.lint import lint
    >>> doc = speechparse.parse("一、甲\\n正文。\\n二、乙\\n正文。\\n四、丁\\n正文。\\n")
    >>> [f.to_text() for f in lint(doc, path="draft.txt")]
    ['draft.txt:5:1: SP101 编号跳号：「四、」紧接在「二、」（第3行）之后，缺少「三、」']

Rules live in `rules/`, one module each, with their documentation and examples.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..errors import SpeechparseError
from ..model import Document
from .levels import column_of
from .rule import SEVERITIES, Finding, Rule
from .rules import RULES

__all__ = ["RULES", "SEVERITIES", "Finding", "Rule", "lint", "rule_for", "select_rules"]


class UnknownRuleError(SpeechparseError):
    """A --select/--ignore entry that names no rule."""


def _matches(rule: Rule, selector: str) -> bool:
    s = selector.strip()
    return s.upper() == "ALL" or rule.code.startswith(s.upper()) or rule.name == s.lower()


def select_rules(select: Sequence[str] = (), ignore: Sequence[str] = ()) -> list[Rule]:
    """Rules chosen by code, code prefix (`SP1`), name (`skipped-ordinal`) or `ALL`.

    No selection means every rule; `ignore` wins over `select`. An entry that matches no
    rule is an error, so that a typo does not quietly turn a rule off.
    """
    for selector in (*select, *ignore):
        if not any(_matches(rule, selector) for rule in RULES):
            raise UnknownRuleError(f"unknown rule {selector!r} (see `speechparse lint --list-rules`)")
    chosen = [r for r in RULES if not select or any(_matches(r, s) for s in select)]
    return [r for r in chosen if not any(_matches(r, s) for s in ignore)]


def rule_for(code: str) -> Rule:
    for rule in RULES:
        if rule.code == code.upper() or rule.name == code.lower():
            return rule
    raise UnknownRuleError(f"unknown rule {code!r} (see `speechparse lint --list-rules`)")


def lint(doc: Document, *, rules: Iterable[Rule] | None = None, path: str | None = None) -> list[Finding]:
    """Findings of `rules` (default: all) in `doc`, ordered by line, column and code."""
    where = path or doc.path or "-"
    out = []
    for rule in RULES if rules is None else rules:
        for node, message in rule.check(doc):
            out.append(Finding(where, node.line, column_of(doc, node), rule.code, rule.name,
                               rule.severity, message))
    return sorted(out, key=lambda f: (f.line, f.column, f.code))


def fails(findings: Iterable[Finding], fail_on: str = "warning") -> bool:
    """Does any finding reach the severity that makes `lint` exit with status 1?"""
    limit = SEVERITIES.index(fail_on)
    return any(SEVERITIES.index(f.severity) <= limit for f in findings)
