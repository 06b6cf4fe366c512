"""Encodings (issue 12 item 7): Big5 and Shift-JIS are not read as GB18030 mojibake, UTF-16
without a BOM is text, a few bad bytes are replaced with a warning that gives their lines,
a guess is reported, and an encoding can be forced."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import FIXTURES

import speechparse
from speechparse.errors import InputError

TRADITIONAL = ("各位代表：\n現在，我代表市人民政府，向大會報告工作，請予審議。\n一、過去一年的工作回顧\n"
               "過去一年，我們堅持穩中求進工作總基調，經濟運行總體平穩。\n（一）產業結構持續優化。\n"
               "（二）民生保障不斷加強。\n二、今年的主要任務\n（一）擴大有效投資。\n（二）深化改革開放。\n")
JAPANESE = ("皆様、本日はお集まりいただき、誠にありがとうございます。\n一、経済の安定について\n"
            "（一）雇用の確保を最優先にします。\n（二）物価の動向を注視します。\n二、地域の活性化について\n"
            "（一）観光の振興を図ります。\n（二）交通網を整備します。\n")
SIMPLIFIED = (FIXTURES / "core" / "deep_four_levels.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("text,encoding,name", [
    (TRADITIONAL, "big5", "big5"), (JAPANESE, "shift_jis", "cp932"), (SIMPLIFIED, "gb18030", "gb18030"),
    (SIMPLIFIED, "utf-16-le", "utf-16-le"), (SIMPLIFIED, "utf-16-be", "utf-16-be"),
])
def test_detected_without_mojibake(text: str, encoding: str, name: str):
    doc = speechparse.parse(text.encode(encoding))
    assert doc.source.encoding == name
    assert doc.outline_skeleton() == speechparse.parse(text).outline_skeleton()
    assert not [w for w in doc.warnings if w.code.startswith(("encoding", "decode"))]


def test_file_cut_mid_character_is_utf8_with_a_warning():
    text = SIMPLIFIED.rstrip("\n")
    cut = text.encode("utf-8")[:-1]  # `head -c`: two of the three bytes of the last character
    doc = speechparse.parse(cut)
    assert doc.source.encoding == "utf-8" and doc.text.endswith("\ufffd")
    [warning] = [w for w in doc.warnings if w.code == "decode-replaced"]
    assert warning.line == text.count("\n") + 1
    assert "1 byte sequence(s)" in warning.message and f"byte {len(cut) - 2}" in warning.message


def test_a_few_bad_bytes_are_replaced_with_their_positions():
    data = bytearray(SIMPLIFIED.encode("utf-8"))
    second_line = data.index(b"\n") + 1
    data[second_line + 6] = 0xFF
    doc = speechparse.parse(bytes(data))
    [warning] = [w for w in doc.warnings if w.code == "decode-replaced"]
    assert warning.line == 2 and f"line 2 (byte {second_line + 6})" in warning.message
    assert doc.outline_skeleton() == speechparse.parse(SIMPLIFIED).outline_skeleton()


def test_low_confidence_guess_is_reported():
    # mostly rare characters: GB18030 decodes it, but few of its characters are common ones
    rare = "一、" + "".join(chr(c) for c in range(0x4E00 + 3000, 0x4E00 + 3300)) + "\n二、其他\n"
    doc = speechparse.parse(rare.encode("gb18030"))
    assert doc.source.encoding == "gb18030"
    assert any(w.code == "encoding-guessed" for w in doc.warnings)


def test_forced_encoding(tmp_path: Path):
    data = TRADITIONAL.encode("big5")
    assert speechparse.parse(data, encoding="big5").source.encoding == "big5"
    path = tmp_path / "speech.txt"
    path.write_bytes(data)
    forced = speechparse.parse_file(path, encoding="gb18030")  # wrong, but what the user asked for
    assert forced.source.encoding == "gb18030" and forced.text != TRADITIONAL
    with pytest.raises(InputError, match="unknown encoding 'nope'"):
        speechparse.parse_file(path, encoding="nope")


def test_binary_is_still_refused():
    with pytest.raises(InputError, match="binary"):
        speechparse.parse(bytes(range(256)) * 20)


def test_short_traditional_text_of_rare_characters_in_gb18030_is_read():
    # found by the fuzzer: neither the common-character score nor charset detection placed it
    text = "共產國\U000455a7際執行委員會的代表一起討論了這個問題。\n\n起初，大多數人都反對加入國民黨。\n"
    doc = speechparse.parse(text.encode("gb18030"))
    assert doc.source.encoding == "gb18030" and doc.text == text
    assert "encoding-guessed" in [w.code for w in doc.warnings]
