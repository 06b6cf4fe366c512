"""The rule registry, in code order: one module per rule."""

from __future__ import annotations

from ..rule import Rule
from . import (
    empty_section,
    heading_punctuation,
    level_order,
    mixed_bracket_width,
    mixed_marker_punctuation,
    repeated_ordinal,
    run_not_from_one,
    single_child,
    skipped_ordinal,
)

RULES: tuple[Rule, ...] = tuple(sorted((
    skipped_ordinal.RULE,
    repeated_ordinal.RULE,
    run_not_from_one.RULE,
    mixed_bracket_width.RULE,
    mixed_marker_punctuation.RULE,
    level_order.RULE,
    single_child.RULE,
    heading_punctuation.RULE,
    empty_section.RULE,
), key=lambda r: r.code))
