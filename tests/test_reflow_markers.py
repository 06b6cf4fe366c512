"""Reflow asks the marker registry whether a line opens a new paragraph: every family's own
examples survive a hard-wrapped PDF text without indentation (issue 10: `第二条 `, `第二讲 `,
`⑵` and `2）` after a sentence end were joined onto the line before and lost)."""

from __future__ import annotations

import pytest

import speechparse
from speechparse.markers import registry
from speechparse.tokenizer import tokenize

WRAP = 30  # characters per hard-wrapped line (60 columns: wider than MIN_WRAP_WIDTH)
FILLER = "我们坚持稳中求进工作总基调，统筹发展和安全，扎实推进各项工作，经济社会发展取得新成效。"


def _wrapped(paragraph: str) -> list[str]:
    return [paragraph[i:i + WRAP] for i in range(0, len(paragraph), WRAP)]


def _line_examples() -> list[tuple[str, str]]:
    out = []
    for fam in registry():
        for example in fam.examples:
            toks = tokenize(example + "\n")
            if toks and not toks[0].inline and toks[0].family.name == fam.name and toks[0].ordinal:
                out.append((fam.name, example))
    return out


@pytest.mark.parametrize("family,example", _line_examples())
def test_a_family_example_after_a_sentence_end_survives_reflow(family: str, example: str):
    # a paragraph whose last wrapped line is full and ends a sentence, then the example
    before = _wrapped(FILLER * 3)
    before[-1] = before[-1].ljust(WRAP, "。")
    text = "\n".join([*before, example, *_wrapped(FILLER * 3)]) + "\n"
    doc = speechparse.parse(text, reflow=True)
    assert doc.source.reflowed_lines > 0  # the wraps were joined ...
    assert "\n" + example in doc.text, (family, example)  # ... and the example still opens a line
    tok = tokenize(example + "\n")[0]
    # a run from 1 (alone: no 二 needed) is an item; `1 总体要求` is one on a heading line only
    if tok.ordinal == 1 and not tok.family.weak and not tok.family.heading_line:
        assert tok.marker in [n.marker for n in doc.walk()], (family, example)


@pytest.mark.parametrize("heading", ["第一，", "（三）", "第一，进一步稳定和加强农业"])
def test_a_flush_heading_line_after_a_full_line_in_an_indented_text_survives_reflow(heading: str):
    # a text that indents its paragraphs: a flush line after a full line that ends a sentence
    # goes on that paragraph (`……。` / `第二步，……`), unless it is a marker alone (its heading on the
    # line below) or a short line opening with a marker and ending in no sentence end: no
    # paragraph's last line is either
    lead = ("\u3000\u3000" + FILLER * 2)[:2 * WRAP - 1] + "："  # two full lines, the second ends in `：`
    paragraph = _wrapped("\u3000\u3000" + FILLER * 3)
    body = [*paragraph, *_wrapped(lead), heading, *(["加强农业基础地位"] if heading in ("第一，", "（三）") else []),
            *paragraph, *paragraph]
    doc = speechparse.parse("\n".join(body) + "\n", reflow=True)
    assert doc.source.reflowed_lines > 0
    assert "\n" + heading in doc.text
    assert [n.marker for n in doc.walk()][:1] == [heading[:3]]


def _after_a_full_line(lead: str, last: str) -> str:
    """The text of `lead` wrapped to full lines (its last one full too), then `last`, in a text that
    indents its paragraphs, as it reads after reflow."""
    paragraph = _wrapped("\u3000\u3000" + FILLER * 3)
    return speechparse.parse("\n".join([*paragraph, *_wrapped(lead), last, *paragraph, *paragraph]) + "\n",
                             reflow=True).text


def test_a_short_flush_line_that_ends_a_sentence_still_goes_on_the_paragraph():
    # (`……：` / `第二，到本世纪末再翻一番。`: a wrapped paragraph's last line, no heading)
    last = "第二，到本世纪末再翻一番。"
    assert "：" + last in _after_a_full_line(("\u3000\u3000" + FILLER * 2)[:2 * WRAP - 1] + "：", last)


def test_a_short_flush_line_that_goes_on_an_inline_run_stays_on_its_paragraph():
    # (`……二是要……。` / `三是要进一步狠抓工作落实（掌声）`: the run's next item, no heading line)
    last = "三是要进一步狠抓工作落实（掌声）"
    lead = ("\u3000\u3000一是要加强组织领导，二是要" + FILLER * 2)[:2 * WRAP - 1] + "。"
    assert "。" + last in _after_a_full_line(lead, last)
