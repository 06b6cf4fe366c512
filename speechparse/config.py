"""Project configuration for `check` and `lint`: `[tool.speechparse]` in pyproject.toml, or
`.speechparse.yaml`.

The file is looked up from the current directory upwards; in each directory a
`.speechparse.yaml` (or `.yml`) wins over `pyproject.toml`, and a pyproject.toml without a
`[tool.speechparse]` table is passed over (as ruff does), so a project's own pyproject
does not hide a config further up. Command-line options override the file.

    [tool.speechparse]
    speech-suffixes = [".txt", ".html"]  # which files under a folder are speeches

    [tool.speechparse.check]
    expect-suffix = ".outline"           # X.txt is compared with X.outline

    [tool.speechparse.lint]
    select = ["SP1", "SP2"]              # codes or code prefixes; default: every rule
    ignore = ["SP203"]
    fail-on = "warning"                  # lowest severity that makes the exit status 1

    [tool.speechparse.fmt]
    levels = ["一、", "（一）", "1.", "（1）"]  # marker style per level, written as item 1 (GB/T 9704)

    [[tool.speechparse.families]]        # a house-style marker family (see house_styles.py)
    name = "lenticular"
    pattern = "〖{n}〗"
    numeral = "chinese"
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .corpus import SPEECH_SUFFIXES
from .errors import ConfigError, SpeechparseError  # noqa: F401  (ConfigError is part of this module's API)

YAML_NAMES = (".speechparse.yaml", ".speechparse.yml")


class Config:
    """The settings of a config file (the defaults without one). A plain class: `dataclasses`
    imports `inspect`, a sixth of a cold start."""

    __slots__ = ("speech_suffixes", "expect_suffix", "select", "ignore", "fail_on", "fmt_levels", "families",
                 "path")

    def __init__(self, path: Path | None = None) -> None:
        self.speech_suffixes: tuple[str, ...] = SPEECH_SUFFIXES
        self.expect_suffix = ".outline"
        self.select: list[str] = []
        self.ignore: list[str] = []
        self.fail_on = "warning"
        self.fmt_levels: tuple[str, ...] | None = None  # None: fmt's default (GB/T 9704)
        self.families: tuple[Any, ...] = ()  # house_styles.HouseFamily, checked when the file is read
        self.path = path  # the file it came from (None: defaults)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Config) and all(getattr(self, k) == getattr(other, k) for k in self.__slots__)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return "Config(" + ", ".join(f"{k}={getattr(self, k)!r}" for k in self.__slots__) + ")"


def find_config(start: Path | None = None) -> Path | None:
    """The nearest config file at or above `start` (default: the current directory)."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for name in YAML_NAMES:
            if (folder / name).is_file():
                return folder / name
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
    return None


def load_config(path: str | Path | None = None, *, start: Path | None = None) -> Config:
    """Read `path`, or the nearest config file; defaults when there is none."""
    found = Path(path) if path is not None else find_config(start)
    if found is None:
        return Config()
    if not found.is_file():
        raise ConfigError(f"{found}: no such config file")
    if found.suffix in (".yaml", ".yml"):
        table = _read_yaml(found)
    else:
        table = _read_toml(found).get("tool", {}).get("speechparse", {})
    return _from_table(table, found)


def _has_tool_table(pyproject: Path) -> bool:
    # cheap test first: most pyproject files never mention us, and parsing TOML costs imports
    try:
        text = pyproject.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return "tool.speechparse" in text and "speechparse" in _read_toml(pyproject).get("tool", {})


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        try:
            import tomli as tomllib  # type: ignore[no-redef, import-not-found, unused-ignore]
        except ModuleNotFoundError:
            raise ConfigError(f"{path}: reading TOML needs Python 3.11 or the tomli package") from None
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None


def _read_yaml(path: Path) -> dict[str, Any]:
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ConfigError(f"{path}: invalid YAML: {first}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping at the top level")
    return data


_KEYS = {
    "": ("speech-suffixes", "check", "lint", "fmt", "families"),
    "check": ("expect-suffix",),
    "fmt": ("levels",),
    "lint": ("select", "ignore", "fail-on"),
}


def _from_table(table: dict[str, Any], path: Path) -> Config:
    where = "[tool.speechparse]" if path.suffix == ".toml" else path.name
    _known(table, "", where, path)
    check = _section(table, "check", where, path)
    lint = _section(table, "lint", where, path)
    cfg = Config(path=path)
    if "speech-suffixes" in table:
        suffixes = _strings(table["speech-suffixes"], "speech-suffixes", path)
        cfg.speech_suffixes = tuple(s.lower() if s.startswith(".") else f".{s.lower()}" for s in suffixes)
    if "expect-suffix" in check:
        value = check["expect-suffix"]
        if not isinstance(value, str) or not value or "/" in value:
            raise ConfigError(f"{path}: check.expect-suffix must be a file suffix such as '.outline'")
        cfg.expect_suffix = value
    cfg.select = _strings(lint.get("select", []), "lint.select", path)
    cfg.ignore = _strings(lint.get("ignore", []), "lint.ignore", path)
    fail_on = lint.get("fail-on", cfg.fail_on)
    from .lint.rule import SEVERITIES  # here: importing lint loads every rule

    if fail_on not in SEVERITIES:
        raise ConfigError(f"{path}: lint.fail-on must be one of {', '.join(SEVERITIES)}, not {fail_on!r}")
    cfg.fail_on = fail_on
    fmt = _section(table, "fmt", where, path)
    if "levels" in fmt:
        cfg.fmt_levels = tuple(_strings(fmt["levels"], "fmt.levels", path))
    if "families" in table:
        cfg.families = _families(table["families"], path)
    return cfg


def _families(value: Any, path: Path) -> tuple[Any, ...]:
    from .house_styles import families_from

    if not isinstance(value, list):
        raise ConfigError(f"{path}: 'families' must be a list of tables ([[tool.speechparse.families]])")
    try:
        return families_from(value)
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from None


def _section(table: dict[str, Any], name: str, where: str, path: Path) -> dict[str, Any]:
    value = table.get(name, {})
    if not isinstance(value, dict):
        raise ConfigError(f"{path}: '{name}' in {where} must be a table/mapping")
    _known(value, name, where, path)
    return value


def _known(table: dict[str, Any], section: str, where: str, path: Path) -> None:
    # a misspelt key silently ignored would leave a CI job checking something else
    known = _KEYS[section]
    for key in table:
        if key not in known:
            name = f"{section}.{key}" if section else key
            raise ConfigError(f"{path}: unknown key '{name}' in {where} (known: {', '.join(known)})")


def _strings(value: Any, key: str, path: Path) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{path}: {key} must be a list of strings")
    return [v.strip() for v in value if v.strip()]
