"""House-style marker families declared in configuration (`〖一〗`, `壹、`, `Ⅰ.`, `A.` ...).

A user declares a family by its pattern, the kind of numeral it counts with and where it goes
in the matching order; `family_of(declaration)` checks it and returns a `HouseFamily` (a
`markers.Family` that also knows how to read and write its numerals), and `install(families)`
makes the installed families join the registry:

    [[tool.speechparse.families]]
    name = "lenticular"          # stable identifier, also the builder style unless `style` says
    pattern = "〖{n}〗"           # a regular expression; {n} stands for the numeral
    numeral = "chinese"          # chinese 一 | financial 壹 | roman Ⅰ/I | latin A | arabic 1 | circled ①
    before = "cn-dun"            # matching order: tried before this family (default: before all)
    heading = true               # authors use it for section headings

User patterns are compiled with the `regex` module and tried, with a timeout, on strings made
to provoke catastrophic backtracking, so a pattern that would hang the tokenizer is refused
with a one-line ConfigError naming it.

`install` hands the families to `markers.register`; the tokenizer reads each family's numerals
with its `read_ordinal` when it has one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .errors import ConfigError
from .markers import Family
from .numerals import FORMAL_DIGITS, cn_to_int, formal_to_int, int_to_cn, int_to_formal

PROBE_TIMEOUT = 0.25  # seconds per probe string; a sane marker pattern needs microseconds
PROBE_LENGTH = 3000   # characters per probe: exponential patterns die at 30, quadratic ones here


# --- numeral kinds ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Numeral:
    """One way of writing ordinals: its regex, reader and writer, and how 1 looks."""

    kind: str
    pattern: str
    one: str
    read: Callable[[str], int | None]
    write: Callable[[int], str | None]  # None: the number cannot be written in this kind


def _table_numeral(kind: str, chars: str, alias: str = "") -> Numeral:
    """Numerals that are one character each (circled digits, Ⅰ…Ⅻ, A…Z)."""
    def read(s: str) -> int | None:
        if len(s) != 1:
            return None
        i = chars.find(s)
        if i < 0 and alias:
            i = alias.find(s)
        return i + 1 if i >= 0 else None

    return Numeral(kind, f"[{re.escape(chars + alias)}]", chars[0], read,
                   lambda n: chars[n - 1] if 1 <= n <= len(chars) else None)


_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
          (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _roman_write(n: int) -> str | None:
    if not 1 <= n < 400:
        return None
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _roman_read(s: str) -> int | None:
    total, i, rest = 0, 0, s.upper()
    for value, letters in _ROMAN:
        while rest.startswith(letters, i):
            total += value
            i += len(letters)
    # only the canonical spelling counts (IIII and VX are not numbers)
    return total if i == len(rest) and total and _roman_write(total) == rest else None


def _fin_write(n: int) -> str | None:
    return int_to_formal(n) if 1 <= n <= 99 else None


def _arabic(kind: str, digits: str) -> Numeral:
    def read(s: str) -> int | None:
        return int(s) if s.isdigit() and s[0] not in "0０" else None

    def write(n: int) -> str | None:
        return "".join(digits[int(d)] for d in str(n)) if n >= 1 else None

    return Numeral(kind, f"[{digits}]{{1,2}}", digits[1], read, write)


NUMERALS: dict[str, Numeral] = {n.kind: n for n in (
    Numeral("chinese", "[一二三四五六七八九十]{1,3}", "一", cn_to_int,
            lambda n: int_to_cn(n) if 1 <= n <= 99 else None),
    Numeral("financial", f"[{FORMAL_DIGITS[1:]}]{{1,3}}", "壹", formal_to_int, _fin_write),
    _table_numeral("roman", "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"),
    _table_numeral("roman-lower", "ⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹⅺⅻ"),
    Numeral("roman-ascii", "[IVXLC]{1,8}", "I", _roman_read, _roman_write),
    Numeral("roman-ascii-lower", "[ivxlc]{1,8}", "i", _roman_read,
            lambda n: (_roman_write(n) or "").lower() or None),
    _table_numeral("latin", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    _table_numeral("latin-lower", "abcdefghijklmnopqrstuvwxyz"),
    _arabic("arabic", "0123456789"),
    _arabic("arabic-full", "０１２３４５６７８９"),
    _table_numeral("circled", "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"),
    _table_numeral("paren-digit", "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"),
    _table_numeral("dot-digit", "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"),
)}

# what a user may write in `numeral =`: the kinds of the issue, each naming its variants
KIND_NAMES = {
    "chinese": ("chinese",), "financial": ("financial",),
    "roman": ("roman", "roman-lower", "roman-ascii", "roman-ascii-lower"),
    "latin": ("latin", "latin-lower"), "arabic": ("arabic", "arabic-full"), "circled": ("circled",),
}
for _kind in NUMERALS:
    KIND_NAMES.setdefault(_kind, (_kind,))


def numeral(kind: str) -> Numeral:
    """The numeral kind called `kind`; ConfigError naming the known kinds otherwise."""
    variants = KIND_NAMES.get(kind)
    if variants is None:
        raise ConfigError(f"unknown numeral kind {kind!r} (known: {', '.join(sorted(KIND_NAMES))})")
    if len(variants) == 1:
        return NUMERALS[variants[0]]
    return _either(kind, [NUMERALS[v] for v in variants])


def _either(kind: str, variants: list[Numeral]) -> Numeral:
    """`roman` reads Ⅰ and I alike; it writes like the first variant."""
    def read(s: str) -> int | None:
        for v in variants:
            if (n := v.read(s)) is not None:
                return n
        return None

    pattern = "(?:" + "|".join(v.pattern for v in variants) + ")"
    return Numeral(kind, pattern, variants[0].one, read, variants[0].write)


def numeral_in(marker: str, ordinal: int) -> tuple[Numeral, int, int] | None:
    """The numeral inside `marker` that reads as `ordinal`: (kind, start, end), or None.
    Used to renumber a marker without changing its brackets or punctuation."""
    for num in NUMERALS.values():
        for m in re.finditer(num.pattern, marker):
            if num.read(m.group()) == ordinal:
                return num, m.start(), m.end()
    return None


# --- families ---------------------------------------------------------------------------------
class HouseFamily(Family):
    """A family from configuration: a Family that reads its numerals with its own kind."""

    __slots__ = ("numeral", "before")

    def __init__(self, name: str, style: str, pattern: str, description: str, *, numeral: str = "chinese",
                 before: str | None = None, **options: Any) -> None:
        super().__init__(name, style, pattern, description, **options)
        self.numeral, self.before = numeral, before

    def read_ordinal(self, raw: str) -> int | None:
        return numeral(self.numeral).read(raw)

    def write_ordinal(self, n: int) -> str | None:
        return numeral(self.numeral).write(n)


_DECLARATION_KEYS = ("name", "pattern", "numeral", "before", "style", "heading", "inline",
                     "description", "examples")


def family_of(decl: Mapping[str, Any], *, probe_timeout: float = PROBE_TIMEOUT,
              probe_length: int = PROBE_LENGTH, known: Iterable[str] | None = None) -> HouseFamily:
    """Check one declaration and build its family; ConfigError (one line, naming it) if not."""
    if not isinstance(decl, Mapping):
        raise ConfigError("each entry of 'families' must be a table/mapping")
    name = decl.get("name")
    if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z0-9-]*", name):
        raise ConfigError(f"family name {name!r} must be lower-case letters, digits and '-'")
    where = f"family '{name}'"
    for key in decl:
        if key not in _DECLARATION_KEYS:
            raise ConfigError(f"{where}: unknown key '{key}' (known: {', '.join(_DECLARATION_KEYS)})")
    kind = decl.get("numeral", "chinese")
    if not isinstance(kind, str):
        raise ConfigError(f"{where}: numeral must be a string")
    try:
        num = numeral(kind)
    except ConfigError as exc:
        raise ConfigError(f"{where}: {exc}") from None
    pattern = decl.get("pattern")
    if not isinstance(pattern, str) or not pattern.strip():
        raise ConfigError(f"{where}: 'pattern' must be a non-empty regular expression")
    full = compile_pattern(name, pattern, num, probe_timeout=probe_timeout, probe_length=probe_length)
    before = decl.get("before")
    if before is not None and (not isinstance(before, str)
                               or (known is not None and before not in set(known))):
        raise ConfigError(f"{where}: before = {before!r} names no family")
    style = decl.get("style", name)
    flags = {k: decl.get(k, False) for k in ("heading", "inline")}
    for k, v in flags.items():
        if not isinstance(v, bool):
            raise ConfigError(f"{where}: {k} must be true or false")
    examples = tuple(decl.get("examples", ()))
    family = HouseFamily(name=name, style=str(style), pattern=full,
                         description=str(decl.get("description", f"house style {pattern}")),
                         examples=examples, heading=flags["heading"], inline=flags["inline"],
                         numeral=kind, before=before)
    for example in examples:
        if (m := re.match(full, example)) is None or family.read_ordinal(m.group("n")) is None:
            raise ConfigError(f"{where}: example {example!r} does not match '{pattern}'")
    return family


def compile_pattern(name: str, pattern: str, num: Numeral, *, probe_timeout: float = PROBE_TIMEOUT,
                    probe_length: int = PROBE_LENGTH) -> str:
    """The family's full pattern (`{n}` replaced by the numeral group), checked three ways:
    it compiles with `regex` and with `re` (the tokenizer's engine), has exactly one group
    `n`, and matches every probe string within `probe_timeout` seconds."""
    import regex

    where = f"family '{name}'"
    full = pattern.replace("{n}", f"(?P<n>{num.pattern})") if "{n}" in pattern else pattern
    try:
        compiled = regex.compile(full, regex.V0)
        re.compile(full)
    except (regex.error, re.error) as exc:
        raise ConfigError(f"{where}: invalid pattern '{pattern}': {exc}") from None
    groups = set(compiled.groupindex)
    if groups != {"n"}:
        raise ConfigError(f"{where}: pattern '{pattern}' needs {{n}} (or one group (?P<n>...)) "
                          f"for the numeral and no other named group")
    if compiled.match("") is not None:
        raise ConfigError(f"{where}: pattern '{pattern}' matches the empty string")
    # The tokenizer's engine (`re`) has no timeout and backtracks harder than `regex`, so the
    # shapes that make it explode are refused by their form first ...
    risky = _risky_part(full)
    if risky:
        raise ConfigError(f"{where}: pattern '{pattern}' {risky}, which can backtrack "
                          f"catastrophically; simplify it")
    # ... and whatever else is slow shows on the probes, which `regex` runs with a timeout
    check_time(name, pattern, compiled, _probes(pattern, num, probe_length), probe_timeout)
    return full


def check_time(name: str, pattern: str, compiled: Any, probes: Iterable[str], timeout: float) -> None:
    """ConfigError naming the family if `compiled` (a `regex` pattern) needs more than
    `timeout` seconds to search one of `probes`."""
    for probe in probes:
        try:
            compiled.search(probe, timeout=timeout)
        except TimeoutError:
            raise ConfigError(f"family '{name}': pattern '{pattern}' takes too long on a line of "
                              f"{len(probe)} characters (catastrophic backtracking); simplify it") from None


def _risky_part(pattern: str) -> str | None:
    """What makes `pattern` risky for a backtracking engine, or None: a repeated group that
    holds another repetition or an alternation of more than single characters (the `(a+)+`
    and `(a|a)*` shapes), or a back-reference."""
    if TYPE_CHECKING:
        # typeshed has no stubs for re._constants / re._parser (3.11+), but types them under
        # their old names, which on 3.11+ are deprecated aliases of the same modules
        import sre_constants as C
        import sre_parse as parser
    else:
        try:
            from re import _constants as C
            from re import _parser as parser
        except ImportError:  # Python 3.10
            import sre_constants as C
            import sre_parse as parser

    repeats = {C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)}

    # (opcode, argument) pairs; the argument's shape depends on the opcode, which the stubs'
    # union cannot follow, hence Any
    def walk(items: Iterable[tuple[int, Any]], inside_repeat: bool) -> str | None:
        for op, av in items:
            if op in (C.GROUPREF, C.GROUPREF_EXISTS):
                return "uses a back-reference"
            if op in repeats:
                lo, hi, body = av
                unbounded = hi is C.MAXREPEAT or hi > 8
                if inside_repeat and unbounded:
                    return "repeats a group that holds a repetition"
                if (found := walk(body, inside_repeat or unbounded)) is not None:
                    return found
            elif op is C.SUBPATTERN:
                if (found := walk(av[-1], inside_repeat)) is not None:
                    return found
            elif op is C.BRANCH:
                branches = av[1]
                single = all(len(b) == 1 and b[0][0] in (C.LITERAL, C.IN) for b in branches)
                if inside_repeat and not single:
                    return "repeats an alternation of longer alternatives"
                for b in branches:
                    if (found := walk(b, inside_repeat)) is not None:
                        return found
            elif op in (C.ASSERT, C.ASSERT_NOT):
                if (found := walk(av[1], inside_repeat)) is not None:
                    return found
        return None

    return walk(parser.parse(pattern).data, False)


def _probes(pattern: str, num: Numeral, length: int) -> list[str]:
    """Strings that make backtracking patterns explode: each prefix of a line the pattern
    would match (its literal characters in order, {n} written as 1), followed by a long run
    of one character the pattern or its numerals mention, then one that makes it fail."""
    sample = "".join(num.one if part == "{n}" else "".join(
        ch for ch in part if not ch.isspace() and ch not in "\\()[]{}?*+|^$.-")
        for part in re.split(r"(\{n\})", pattern))[:24]
    chars = sorted({*sample, *(num.one + (num.write(2) or "") + "一1 a、。（")})
    mixed = "".join(chars)
    probes = [(mixed * (length // len(mixed) + 1))[:length] + "\u0000"]
    for k in range(len(sample) + 1):
        for ch in chars:
            probes.append(sample[:k] + ch * length + "\u0000")
    return probes


# --- the registry hook ----------------------------------------------------------------------------
def install(families: Iterable[HouseFamily]) -> None:
    """Make `families` join the registry (replacing any installed before); () removes them."""
    from . import markers, tokenizer

    markers.register(tuple(families))
    for cached in (tokenizer._patterns, tokenizer._tables):  # the tokenizer compiles the registry once
        cached.cache_clear()


def installed() -> tuple[HouseFamily, ...]:
    from . import markers

    return tuple(f for f in markers.registered() if isinstance(f, HouseFamily))


def read_ordinal(family: Family, raw: str) -> int | None:
    """Ordinal of a marker's number: a house family reads its own numerals (`Ⅳ`, `D`, `肆`)."""
    from .numerals import ordinal_of

    reader = getattr(family, "read_ordinal", None)
    return reader(raw) if reader is not None else ordinal_of(raw)


def families_from(declarations: Iterable[Mapping[str, Any]], **probe: Any) -> tuple[HouseFamily, ...]:
    """Families of a config's `families` list, checked; names must be new."""
    from .markers import registry

    builtin = [f.name for f in registry() if not isinstance(f, HouseFamily)]
    out: list[HouseFamily] = []
    for decl in declarations:
        fam = family_of(decl, known=[*builtin, *(f.name for f in out)], **probe)
        if fam.name in builtin or any(f.name == fam.name for f in out):
            raise ConfigError(f"family '{fam.name}' is declared twice (or is a built-in family)")
        out.append(fam)
    return tuple(out)
