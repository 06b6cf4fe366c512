"""Chinese-numeral markers: `一、` (top-level headings) and `（一）` / `(一)`."""

from ..numerals import FORMAL_DIGITS
from . import CN_NUM, Family

# `一、二、三产业` is a list of numerals, never a marker
_NOT_A_LIST = r"(?![一二三四五六七八九十两]{1,3}[、，,])"
# `一、二月份` and `一、二季度` are date ranges, but `一、一年来工作回顾` and `二、九十年代的主要任务`
# are headings: the builder decides (a heading line in a run of heading lines is an item)
# (`to`: the range's second number, which follows the first: `三、四月`, `三、五年`, `五、六十年代`;
# `四、两个文明要一起抓` counts on from 三、, no range)
# (whatever word the next number counts: `一、二把手` `二、三产业` `三、四季度`; not a year, `一、二〇二四年……`)
RANGE_LIKE = r"(?P<to>[一二三四五六七八九十两]{1,3})(?=[^\s一二三四五六七八九十〇零○百千万、，,。．.])"

CN_DUN = Family(
    name="cn-dun",
    style="cn",
    # (a space before the 、 is an OCR or typing slip: `二 、扎实做好……`)
    # (`四丶`: OCR's 丶 for the 、; `二.2019年……`: a year after the dot, never a decimal's digits)
    pattern=rf"(?P<n>{CN_NUM}) ?(?:[、丶]|[.．](?![0-9０-９]{{1,3}}(?![0-9０-９]))){_NOT_A_LIST}",
    description="Chinese numeral with 、 — the usual first level of a speech.",
    examples=("一、要认清形势，把握发展方向", "十二、加强党的建设", "二 、扎实做好明年的经济工作", "四丶加强队伍建设",
              "二.2019年工作安排"),
    not_markers=("一、二月份全市经济运行平稳", "一、二、三产业协调发展", "一、二组的群众反映"),
    heading=True,
    doubt=RANGE_LIKE,
)

CN_PAREN = Family(
    name="cn-paren",
    style="cn-paren",
    # (`㈠` … `㈩`: Word's one-character parenthesized ideographs, U+3220)
    pattern=rf"(?:[（(][ \u3000]*(?P<n>{CN_NUM})[ \u3000]*[）)][、.．]?|(?P<n2>[㈠-㈩]))",
    description="Chinese numeral in full- or half-width brackets — usually the second level (`㈠` too).",
    examples=("（一）工作总要求。", "(二)发展总目标", "㈢强化安全生产"),
    not_markers=("中国(一)智慧大会 (mid-sentence: only paragraph starts count)",),
    heading=True,
)

# `【一】` section headings (WeChat articles, some offices): a level of their own, ranked by where
# they open like every style; `【一图读懂】` `【编者按】` are labels (no numeral alone in the brackets)
CN_LENTICULAR = Family(
    name="cn-lenticular",
    style="cn-lenticular",
    pattern=rf"【[ \u3000]*(?P<n>{CN_NUM})[ \u3000]*】",
    description="Chinese numeral in lenticular brackets (`【一】`): section headings of WeChat articles and some offices.",
    examples=("【一】坚守初心，护佑一方健康", "【二】改革攻坚"),
    not_markers=("【一图读懂】 (a label: words in the brackets)",),
    heading=True,
)

CN_FORMAL = Family(
    name="cn-formal",
    style="cn-formal",
    pattern=rf"(?P<n>[{FORMAL_DIGITS[1:]}]{{1,3}}) ?、",
    description="Financial (大写) numerals with `、` (`壹、` `貳、`): the top level of Taiwan's reports and some formal ones.",
    examples=("壹、前言", "貳、過去一年施政成果"),
    not_markers=("壹万元整 (an amount)",),
    heading=True,
)

# OCR reads the stroke of `一` as a dash and `二` as an equals sign: `—、` `（—）` `(-)` `=、`
CN_OCR = Family(
    name="cn-ocr",
    style="cn",
    pattern=r"(?P<n>[—－\-=＝]) ?、",
    description="`—、` / `-、` / `=、`: `一、` / `二、` as OCR reads them (a dash, a hyphen, an equals sign), in a run "
                "whose next number follows.",
    examples=("—、总体要求", "-、2018年工作回顾", "=、主要任务"),
    not_markers=("——坚持稳中求进 (a dash bullet)",),
    heading=True,
    weak=True,
)
# ... and the 、 of `一、` as a comma: `一,推进城乡融合`, a heading in a run whose next number follows
CN_OCR_COMMA = Family(
    name="cn-ocr-comma",
    style="cn",
    pattern=rf"(?P<n>{CN_NUM}) ?[,](?=[^\s0-9一二三四五六七八九十])",
    description="`一,` with a half-width comma for the 、, as OCR reads it: in a run whose next number follows.",
    examples=("一,推进城乡融合发展",),
    not_markers=("一,二,三 (numerals in a row)",),
    heading=True,
    weak=True,
)
CN_PAREN_OCR = Family(
    name="cn-paren-ocr",
    style="cn-paren",
    pattern=r"[（(][ \u3000]*(?P<n>[—－\-=＝])[ \u3000]*[）)]",
    description="`（—）` / `(-)` / `（－）`: `（一）` as OCR reads it, in a run whose next number follows.",
    examples=("（—）强化组织领导", "(-)加强统筹"),
    heading=True,
    weak=True,
)

# (`壹、` after `一、`: a house style declared `before = "cn-dun"` for it still comes first)
CN_TORTOISE = Family(
    name="cn-tortoise",
    style="cn-tortoise",
    pattern=rf"[〔［][ \u3000]*(?P<n>{CN_NUM})[ \u3000]*[〕］]",
    description="Chinese numeral in tortoise-shell or full-width square brackets (`〔一〕` `［二］`): a heading level "
                "of some offices' papers (`〖一〗` is a house style: declare it).",
    examples=("〔一〕培育壮大特色产业", "［二］改善农村人居环境"),
    not_markers=("〔2025〕3号 (a document number: digits)",),
    heading=True,
)

CN_FORMAL_PAREN = Family(
    name="cn-formal-paren",
    style="cn-formal-paren",
    pattern=rf"[（(][ \u3000]*(?P<n>[{FORMAL_DIGITS[1:]}]{{1,3}})[ \u3000]*[）)]",
    description="Financial (大写) numerals in brackets (`（壹）` `（貳）`): the level below `壹、`.",
    examples=("（壹）基本情况", "(貳)主要問題"),
    not_markers=("（壹万元整） (an amount: the bracket does not close after the numeral)",),
    heading=True,
)

FAMILIES = (CN_DUN, CN_FORMAL, CN_PAREN, CN_FORMAL_PAREN, CN_LENTICULAR, CN_TORTOISE, CN_OCR, CN_OCR_COMMA, CN_PAREN_OCR)
