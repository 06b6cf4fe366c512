"""`speechparse fmt`: renumber and restyle a draft's markers in place (see speechparse/fmt.py)."""

from __future__ import annotations

import os

import click

EXAMPLES = """\b
Examples:
  speechparse fmt draft.txt                 # renumber in place
  speechparse fmt --diff draft.txt          # show what would change, write nothing
  speechparse fmt --check drafts/           # exit 1 if any draft needs renumbering (CI, pre-commit)
  cat draft.txt | speechparse fmt - > fixed.txt
  speechparse fmt --levels '一、,（一）,1.,（1）' draft.txt

\b
Levels are written as each level's first item: 一、 （一） 1. （1） (GB/T 9704, the default),
〖一〗, 壹、, Ⅰ., A. ... Config: [tool.speechparse.fmt] levels = [...] or `fmt: levels:` in
.speechparse.yaml; house-style families under `families`.
Exit status: 0 done (or nothing to do), 1 --check found drafts to renumber, 2 an error
(the file is left untouched: fmt refuses when re-parsing the result would change the outline).
"""


@click.command("fmt", epilog=EXAMPLES)
@click.argument("paths", nargs=-1, metavar="PATH...", required=True)
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if some file would change.")
@click.option("--diff", "show_diff", is_flag=True, help="Write nothing; print a unified diff.")
@click.option("--levels", default=None, metavar="STYLES",
              help="Comma-separated level styles, replacing the config's.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="Config file (default: nearest .speechparse.yaml or pyproject.toml).")
def fmt_cmd(paths: tuple[str, ...], check: bool, show_diff: bool, levels: str | None,
            config_path: str | None) -> None:
    """Renumber the outline markers of the speeches in PATH... (files, folders, - for stdin)."""
    from ..config import load_config
    from ..corpus import patterns_for, speech_files
    from ..errors import SpeechparseError
    from ..fmt import format_file, level_style, level_styles_for, unified_diff
    from ..house_styles import install
    from .output import EXIT_ERROR, EXIT_FOUND, EXIT_OK, write_atomic, write_stdout

    try:
        cfg = load_config(config_path)
        install(cfg.families)
        styles = tuple(s.strip() for s in levels.split(",") if s.strip()) if levels else \
            level_styles_for(cfg.fmt_levels)
        for s in styles:
            level_style(s)
        files = speech_files(paths, patterns_for(cfg.speech_suffixes), stdin=True)
    except SpeechparseError as exc:
        click.echo(f"speechparse: {exc}", err=True)
        raise SystemExit(EXIT_ERROR) from None
    changed = unchanged = failed = 0
    for path in map(str, files):
        try:
            old, new, result = format_file(path, levels=styles)
        except SpeechparseError as exc:  # report and go on with the other files
            click.echo(f"speechparse: {exc}", err=True)
            failed += 1
            continue
        if result.changed:
            changed += 1
        else:
            unchanged += 1
        if show_diff:
            if result.changed:
                from ..source import decode

                write_stdout(unified_diff(path, decode(old)[0], result.text))
        elif path == "-":
            if not check:
                write_stdout(new)
        elif result.changed:
            if check:
                click.echo(f"would renumber {path} ({len(result.edits)} markers)", err=True)
            else:
                mode = os.stat(path).st_mode & 0o7777  # keep the file's permission bits
                write_atomic(path, new)
                os.chmod(path, mode)
                click.echo(f"renumbered {path} ({len(result.edits)} markers)", err=True)
    verb = "would be renumbered" if check or show_diff else "renumbered"
    click.echo(f"{changed} file{'s' * (changed != 1)} {verb}, {unchanged} unchanged"
               + (f", {failed} failed" if failed else "") + ".", err=True)
    raise SystemExit(EXIT_ERROR if failed else EXIT_FOUND if check and changed else EXIT_OK)


command = fmt_cmd
