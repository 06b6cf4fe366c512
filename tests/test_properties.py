"""Property tests: arbitrary text never raises, nothing is lost, Markdown round-trips."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_lossless import assert_lossless

import speechparse
from speechparse.errors import InputError
from speechparse.numerals import int_to_cn
from speechparse.source import normalise

SPEECHY = st.sampled_from(list("一二三四五六七八九十是要第其部分章节（）()、.．，,。；：:——①②③1234567890 \u3000\t\n年月亿%“”加强工作发展"))
TEXTS = st.one_of(st.text(max_size=300), st.lists(SPEECHY, max_size=400).map("".join))

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(TEXTS)
def test_arbitrary_text_never_raises_and_loses_nothing(text: str):
    try:
        doc = speechparse.parse(text)
    except InputError:
        # only empty text may be refused: nothing but white space, control and zero-width
        # characters (what normalising takes out)
        assert not normalise(text).strip()
        return
    assert_lossless(doc)
    doc.to_json()
    doc.to_markdown()
    doc.outline_text()


@SETTINGS
@given(st.binary(max_size=300))
def test_arbitrary_bytes_never_raise_anything_but_input_error(data: bytes):
    try:
        doc = speechparse.parse(data)
    except InputError:
        return
    assert_lossless(doc)


MARKERS = {
    "cn": lambda n: f"{int_to_cn(n)}、",
    "cn-paren": lambda n: f"（{int_to_cn(n)}）",
    "arabic": lambda n: f"{n}.",
    "arabic-paren": lambda n: f"（{n}）",
    "shi": lambda n: f"{int_to_cn(n)}是",
    "di": lambda n: f"第{int_to_cn(n)}，",
}
ORDER = ["cn", "cn-paren", "arabic", "arabic-paren", "shi"]


@st.composite
def speeches(draw) -> str:
    """A well-formed speech: nested runs of styles in conventional order, with body text."""
    words = st.text(alphabet="加强推进工作发展建设经济产业项目改革创新服务", min_size=2, max_size=12)
    lines = ["在全县工作会议上的讲话", "同志们："]

    def level(depth: int, count: int) -> None:
        for n in range(1, count + 1):
            style = ORDER[depth]
            lines.append(f"{MARKERS[style](n)}{draw(words)}。{draw(words)}。")
            if draw(st.booleans()):
                lines.append(draw(words) + "。")
            if depth + 1 < len(ORDER) and draw(st.integers(0, 2)) == 0:
                level(depth + 1, draw(st.integers(1, 3)))

    level(draw(st.integers(0, 1)), draw(st.integers(1, 4)))
    return "\n".join(lines) + "\n"


@SETTINGS
@given(speeches(), st.booleans())
def test_markdown_round_trip_keeps_the_skeleton(text: str, body: bool):
    doc = speechparse.parse(text)
    again = speechparse.parse(doc.to_markdown(body=body))
    assert again.outline_skeleton() == doc.outline_skeleton()


@SETTINGS
@given(speeches())
def test_generated_speech_outline_is_complete(text: str):
    doc = speechparse.parse(text)
    expected = sum(1 for line in text.splitlines()[2:] if line[:1] in "一二三四五六七八九十（1234567890")
    assert len(doc.outline_skeleton()) == expected
