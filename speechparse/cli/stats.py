"""`speechparse stats`: counts per document and in total, as a table, JSON or CSV."""

from __future__ import annotations

import sys
from typing import Any

import click

from .output import EXIT_ERROR, EXIT_FOUND, console, error, write_stdout

EXAMPLES = """\b
Examples:
  speechparse stats speeches/                       # every *.txt below, as a table
  speechparse stats a.txt b.docx --format json | jq '.total.nodes_per_style'
  speechparse stats corpus/ --format csv > stats.csv

Exit codes: 0 all inputs read; 1 some could not be read (the others are still counted);
2 none could be read. Each unreadable input is one line on stderr.
"""


@click.command("stats", epilog=EXAMPLES)
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True, help="table for people; json or csv for pipelines.")
def command(paths: tuple[str, ...], fmt: str) -> None:
    """Count outline items per depth and marker style, section sizes, warnings and removed
    lines, for each PATH (files, or directories searched for *.txt, hidden ones left out) and in total."""
    from ..api import parse_file
    from ..corpus import SPEECH_PATTERNS, find_inputs
    from ..errors import SpeechparseError
    from ..stats import document_stats, total_stats

    docs: list[dict[str, Any]] = []
    errors = 0
    for item in find_inputs(paths, SPEECH_PATTERNS):
        reason = item.error
        if reason is None:
            try:
                docs.append(document_stats(parse_file(item.path), item.path))
                continue
            except SpeechparseError as exc:
                reason = str(exc)
        errors += 1
        error(reason)
    if not docs:
        raise SystemExit(EXIT_ERROR)
    total = total_stats(docs)
    if fmt == "json":
        _write_json(docs, total)
    elif fmt == "csv":
        _write_csv(docs, total)
    else:
        _print_table(docs, total)
    if errors:
        raise SystemExit(EXIT_FOUND)


def _write_json(docs: list[dict[str, Any]], total: dict[str, Any]) -> None:
    import json

    write_stdout(json.dumps({"documents": docs, "total": total}, ensure_ascii=False, indent=2) + "\n")


def _write_csv(docs: list[dict[str, Any]], total: dict[str, Any]) -> None:
    import csv
    import io

    from ..stats import csv_rows

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(csv_rows(docs, total))
    write_stdout(buffer.getvalue())


def _print_table(docs: list[dict[str, Any]], total: dict[str, Any]) -> None:
    from rich import box
    from rich.table import Table

    # a pipe has no width: use one wide enough that rows stay on one line
    out = console(width=None if sys.stdout.isatty() else 10_000)
    wide = out.width >= 110  # room for each file's marker styles in the first table
    sizes = total["section_chars"]
    prefix = _common_dir([d["path"] for d in docs])
    table = Table(title="speechparse stats" + (f" in {prefix}" if prefix else ""), title_style="bold",
                  show_footer=len(docs) > 1, box=box.SIMPLE_HEAD, pad_edge=False,
                  collapse_padding=True)
    columns: list[tuple[str, str, str]] = [
        ("File", f"total ({total['documents']} files)", "left"),
        ("Nodes", str(total["nodes"]), "right"),
        ("Depth", str(total["max_depth"]), "right"),
        ("Per level", _levels(total["nodes_per_depth"]), "left"),
        *([("Styles", _styles(total["nodes_per_style"]), "left")] if wide else []),
        ("Section chars", f"{total['sections']} sections, {sizes['min']}–{sizes['max']} "
                          f"(mean {sizes['mean']})", "left"),
        ("Chars", str(total["chars"]), "right"),
        ("Warnings", str(total["warnings"]), "right"),
        ("Removed", str(total["removed_lines"]), "right"),
    ]
    for header, footer, justify in columns:
        # numbers keep their width; on a narrow terminal the text columns fold instead
        table.add_column(header, footer=footer, justify=justify,  # type: ignore[arg-type]
                         overflow="fold", no_wrap=justify == "right",
                         min_width=12 if header == "File" else None)
    for d in docs:
        table.add_row(
            d["path"][len(prefix):], str(d["nodes"]), str(d["max_depth"]), _levels(d["nodes_per_depth"]),
            *([_styles(d["nodes_per_style"])] if wide else []),
            " ".join(str(s["chars"]) for s in d["sections"]),
            str(d["chars"]), str(d["warnings"]), str(d["removed_lines"]),
        )
    out.print(table)

    styles = Table(title="Marker styles", title_style="bold", box=box.SIMPLE_HEAD, pad_edge=False)
    for header in ("Style", "Nodes", "Files"):
        styles.add_column(header, justify="left" if header == "Style" else "right")
    for style, n in total["nodes_per_style"].items():
        files = sum(1 for d in docs if style in d["nodes_per_style"])
        styles.add_row(style, str(n), str(files))
    out.print(styles)


def _common_dir(paths: list[str]) -> str:
    """The directory all paths share, with its trailing slash, to print once in the title."""
    import os

    if len(paths) < 2:
        return ""
    common = os.path.commonpath(paths) if all(p.startswith("/") for p in paths) or \
        not any(p.startswith("/") for p in paths) else ""
    if not common or common in paths:
        return ""
    return common.rstrip("/") + "/"


def _levels(per_depth: dict[str, int]) -> str:
    return " ".join(str(n) for n in per_depth.values())


def _styles(counts: dict[str, int]) -> str:
    return " ".join(f"{style}:{n}" for style, n in counts.items())
