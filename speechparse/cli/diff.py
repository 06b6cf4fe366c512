"""`speechparse diff OLD NEW`: what changed in the structure between two drafts (speechparse/diff.py)."""

from __future__ import annotations

import click

EXAMPLES = """\b
Examples:
  speechparse diff draft-v3.txt draft-v4.txt
  speechparse diff report-2023.txt report-2024.txt --format json | jq '.counts'
  speechparse diff old.docx new.docx | grep ^moved

\b
Sections are matched by title and text, not by number: added, removed, moved, renumbered,
retitled, split, merged. On a terminal: the new outline as a coloured tree; in a pipe: one
change per line.
Exit status: 0 the same structure, 1 it differs, 2 an error (as diff(1)).
"""


@click.command("diff", epilog=EXAMPLES)
@click.argument("old", metavar="OLD")
@click.argument("new", metavar="NEW")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text (a tree on a terminal, lines in a pipe) or JSON for tools.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="Config file, for house-style families (default: the nearest one).")
def diff_cmd(old: str, new: str, fmt: str, config_path: str | None) -> None:
    """Compare the outlines of the speeches OLD and NEW (`-` for stdin)."""
    import json
    import sys

    from ..api import parse_file
    from ..config import load_config
    from ..diff import diff
    from ..errors import SpeechparseError
    from ..house_styles import install
    from ..render.opml import document_title
    from .output import EXIT_ERROR, EXIT_FOUND, EXIT_OK, write_stdout

    try:
        install(load_config(config_path).families)
        old_doc, new_doc = parse_file(old), parse_file(new)
    except SpeechparseError as exc:
        click.echo(f"speechparse: {exc}", err=True)
        raise SystemExit(EXIT_ERROR) from None
    result = diff(old_doc, new_doc)
    if fmt == "json":
        write_stdout(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
    elif sys.stdout.isatty():
        from rich.console import Console

        from ..diff import rich_tree

        console = Console()
        if result.same:
            console.print("[green]same structure[/]")
        else:
            console.print(rich_tree(result, document_title(new_doc)))
            counts = ", ".join(f"{v} {k}" for k, v in result.counts().items() if v)
            console.print(f"[bold]{counts}[/]")
    else:
        write_stdout(result.to_text())
    raise SystemExit(EXIT_OK if result.same else EXIT_FOUND)


command = diff_cmd
