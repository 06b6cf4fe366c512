"""Chinese and Arabic ordinal numerals as they appear in enumeration markers."""

from __future__ import annotations

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}


def cn_to_int(s: str) -> int | None:
    """Value of a Chinese numeral up to 99 (`一`, `十`, `十二`, `二十`, `二十三`); None if malformed."""
    if not s:
        return None
    if "十" not in s:
        return _DIGITS[s] if len(s) == 1 and s in _DIGITS else None
    tens, _, units = s.partition("十")
    if "十" in units or len(tens) > 1 or len(units) > 1:
        return None
    t = _DIGITS.get(tens, -1) if tens else 1
    u = _DIGITS.get(units, -1) if units else 0
    if t <= 0 or u < 0 or (tens and t == 0):
        return None
    return t * 10 + u


_CN_DIGITS = "〇一二三四五六七八九"


def int_to_cn(n: int) -> str:
    """`12` -> `十二` (1..99), used by generators and by the linter's suggestions."""
    if n < 10:
        return _CN_DIGITS[n]
    tens, units = divmod(n, 10)
    return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[units] if units else "")


# the financial (大写) digits, simplified and traditional (`壹、` `貳、` `參、`: Taiwan's top level)
FORMAL_DIGITS = "零壹贰貳叁參肆伍陆陸柒捌玖拾"
_FORMAL_TO_PLAIN = str.maketrans(FORMAL_DIGITS, "〇一二二三三四五六六七八九十")
_PLAIN_TO_FORMAL = (str.maketrans("〇一二三四五六七八九十", "零壹贰叁肆伍陆柒捌玖拾"),
                    str.maketrans("〇一二三四五六七八九十", "零壹貳參肆伍陸柒捌玖拾"))


def formal_to_int(s: str) -> int | None:
    """Value of a numeral in financial digits (`壹` `拾贰` `貳拾參`); None if malformed."""
    plain = s.translate(_FORMAL_TO_PLAIN)
    return cn_to_int(plain) if plain != s else None


def int_to_formal(n: int, traditional: bool = False) -> str:
    """`12` -> `拾贰` (`拾貳` in traditional characters), 1..99."""
    return int_to_cn(n).translate(_PLAIN_TO_FORMAL[traditional])


# what OCR reads a printed numeral as: the letter l and a capital S for 1 and 5, a dash for 一,
# an equals sign for 二
OCR_DIGITS = {"l": 1, "I": 1, "S": 5, "—": 1, "－": 1, "-": 1, "=": 2, "＝": 2}
_OCR_ZERO = str.maketrans("O", "0")  # (`1O.`: OCR's letter O for the digit 0)


# one-character numbers of ten: dingbat circled digits ❶ ➀ ➊, double-circled ⓵, parenthesized
# ideographs ㈠ (一 … 十)
_ONE_CHARACTER_RUNS = (("\u2776", "\u277f"), ("\u2780", "\u2789"), ("\u278a", "\u2793"),
                       ("\u24f5", "\u24fe"), ("\u3220", "\u3229"))


def ordinal_of(raw_number: str) -> int | None:
    """Ordinal of the number part of a marker: Chinese, ASCII or full-width digits, circled digits."""
    if not raw_number:
        return None
    ch = raw_number[0]
    if "\u2460" <= ch <= "\u2473":  # ①..⑳
        return ord(ch) - 0x2460 + 1
    for first, last in _ONE_CHARACTER_RUNS:  # ❶ ➀ ➊ ⓵ ㈠
        if first <= ch <= last:
            return ord(ch) - ord(first) + 1
    if "\u2474" <= ch <= "\u2487":  # ⑴..⒇
        return ord(ch) - 0x2474 + 1
    if "\u2488" <= ch <= "\u249b":  # ⒈..⒛
        return ord(ch) - 0x2488 + 1
    if raw_number.isdigit():
        return int(raw_number)  # int() reads full-width digits too
    if raw_number in OCR_DIGITS:  # a digit as OCR misreads it (`l.` `S.` `—、` `（－）` `=、`: markers/)
        return OCR_DIGITS[raw_number]
    if "O" in raw_number and raw_number.translate(_OCR_ZERO).isdigit():
        return int(raw_number.translate(_OCR_ZERO))
    if ch in FORMAL_DIGITS:
        return formal_to_int(raw_number)
    return cn_to_int(raw_number)
