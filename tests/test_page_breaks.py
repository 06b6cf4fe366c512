"""A word marker after a page break: the rest of a broken sentence, or an item."""

import speechparse

PARAGRAPH = "　　要坚持稳中求进，推动高质量发展，把各项工作做细做实做到位，确保全年目标任务圆满完成，加快推进都市圈范围内的统"


def _markers(text: str) -> list[str]:
    return [n.marker for n in speechparse.parse(text).walk()]


def test_a_sentence_broken_by_the_page_goes_on_after_it():
    text = (f"一、总体要求\n{PARAGRAPH}\n\n- 6 -\n材料汇编\n\n一要素市场建设，让要素自由流动。\n"
            "二、重点任务\n要抓好落实。\n")
    assert _markers(text) == ["一、", "二、"]


def test_after_a_heading_at_the_foot_of_the_page_the_item_stays():
    text = ("一、总体要求\n要坚持稳中求进。\n二、狠抓落实\n\n- 6 -\n材料汇编\n\n一要压实责任。各级各部门要把责任扛在肩上。\n"
            "二要强化督查。要定期通报进展情况。\n")
    assert _markers(text) == ["一、", "二、", "一要", "二要"]


def test_the_builder_that_lets_tokens_go_builds_what_the_explaining_one_does():
    # without --explain the builder drops each token once placed (memory); the tree is the same
    from support import FIXTURES

    for path in sorted(FIXTURES.rglob("*.txt"))[:60]:
        text = path.read_text(encoding="utf-8")
        assert speechparse.parse(text).to_json() == speechparse.parse(text, explain=True).to_json(), path


def test_a_short_heading_at_the_foot_of_the_page_keeps_its_title():
    # a page break cuts a line only where it is full: `2．成立工会` ends the page as a whole
    # heading, and the paragraph after the furniture is its text, no more of its title ...
    text = ("1．发展党员\n这项工作要坚持标准，成熟一个发展一个，把政治标准放在首位。\n2．成立工会\n- 1 -\n"
            "这个问题更是困难，因为去年一年之中新成立的工会很多，有的还没有理顺关系。\n")
    doc = speechparse.parse(text)
    assert [(n.marker, n.title) for n in doc.walk()] == [("1．", "发展党员"), ("2．", "成立工会")]
    # ... while a heading that fills the line goes on over the break
    long_heading = "2．关于进一步深化国有企业改革和加快建立现代企业制度的几个"
    text = text.replace("2．成立工会", long_heading).replace("这个问题更是困难，", "问题。这个问题更是困难，")
    assert [n.title for n in speechparse.parse(text).walk()][1] == long_heading[2:] + "问题"
