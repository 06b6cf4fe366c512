"""`parse --encoding` and `--max-size` reach the readers."""

from __future__ import annotations

from support.cli import invoke

SPEECH = "一、總體要求\n（一）穩中求進。\n（二）以進促穩。\n"


def test_encoding_forces_the_codec(tmp_path):
    path = tmp_path / "big5.txt"
    path.write_bytes(SPEECH.encode("big5"))
    out = invoke("parse", str(path), "--encoding", "big5")
    assert out.returncode == 0
    assert out.lines() == ["一、總體要求", "  （一）穩中求進", "  （二）以進促穩"]


def test_max_size_refuses_a_larger_input_with_one_line(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(SPEECH.encode("utf-8") + "业".encode() * 400_000)  # about 1.2 MB
    out = invoke("parse", str(path), "--max-size", "1")
    assert out.returncode == 2
    assert len(out.stderr.strip().splitlines()) == 1 and "big.txt" in out.stderr
    assert invoke("parse", str(path), "--max-size", "2").returncode == 0
