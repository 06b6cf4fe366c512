"""Deterministic synthetic speeches for benchmarks and scale tests.

Every marker family appears: `第一部分` `第一章` `第一节` `第一条` `第一讲` `第一，` `一、` `（一）`
`1.` `1、` `⒈` `（1）` `⑴` `①` `其一，` `一是` (line start and inline) `一要` and `——` bullets, in
five outline shapes. Body sentences carry the numbers that look like markers but are not
(`2.5万亿元`, `3、4月份`, `一、二季度`). Optional web noise: navigation, reading counters,
download disclaimers, page numbers.

`speech(seed, size)` also returns the outline it wrote, as (depth, marker, title) rows: the
same shape as `Document.outline_skeleton()`, so a test can check the parser against it.
The same seed always gives the same text (a private `random.Random`, no global state).

    python bench/generate.py --size 20MB --out /tmp/corpus          # many files
    python bench/generate.py --size 5MB --one /tmp/big.txt --noise   # one long file
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from pathlib import Path

Row = tuple[int, str, str]

CN = "一二三四五六七八九十"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
DOT_DIGITS = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"

VERBS = ("坚持", "加快", "深化", "强化", "推动", "完善", "健全", "提升", "扎实推进", "全力抓好", "持续优化",
         "着力构建", "大力发展", "统筹推进", "切实加强", "积极稳妥推进", "不断巩固", "加力提速")
OBJECTS = ("现代化产业体系", "营商环境", "重大项目建设", "科技创新能力", "民生保障水平", "乡村全面振兴",
           "城市更新行动", "生态环境治理", "基层治理体系", "开放型经济", "安全生产责任", "财政金融风险防控",
           "数字经济发展", "县域商业体系", "人才引进培养机制", "党风廉政建设", "教育医疗资源配置",
           "重点领域改革", "粮食安全保障", "新型工业化")
CLAUSES = ("确保各项任务落地见效", "推动高质量发展取得新突破", "不断增强人民群众获得感",
           "形成上下联动的工作格局", "切实把好事办好、实事办实", "为全年目标完成打下坚实基础",
           "努力在新的起点上实现新跨越", "以实干实绩检验工作成效")
FACTS = ("全年地区生产总值增长{p}%", "一般公共预算收入完成{d}亿元", "固定资产投资增长{p}%",
         "城镇居民人均可支配收入达到{i}元", "新开工亿元以上项目{n}个", "3、4月份工业用电量增长{p}%",
         "一、二季度累计完成投资{d}亿元", "社会消费品零售总额{d}万亿元", "研发投入强度提高到{p}%",
         "{y}年以来累计新增就业{n}万人", "一、二、三产业结构调整为{p}∶{p}∶{p}")
OPENERS = ("今天召开这次会议，主要任务是总结工作、分析形势、部署任务。", "刚才，几位同志作了很好的发言，我都同意。",
           "下面，我讲几点意见。", "这次会议很重要，大家要认真领会、抓好落实。")
CLOSING = "同志们，让我们更加紧密地团结起来，真抓实干、奋勇争先，奋力完成全年目标任务！"

NOISE_HEAD = ("首页 | 范文大全 | 讲话稿 | 工作总结", "当前位置：首页 > 领导讲话 > 经济发展", "阅读：3862次　　下载：126次",
              "全文共5862字，阅读约需18分钟")
NOISE_TAIL = ("1、本站文档均由用户上传，仅供学习交流，版权归原作者所有。", "2、下载后如有疑问，请联系客服处理，恕不提供退款。",
              "3、客服微信：fanwen_kf2025", "上一篇：在全县安全生产工作会议上的讲话", "下一篇：在全县乡村振兴推进会上的讲话")


def cn(n: int) -> str:
    """1..99 as a Chinese numeral (`十二`, `二十`)."""
    if n < 10:
        return "〇一二三四五六七八九"[n]
    tens, units = divmod(n, 10)
    return ("" if tens == 1 else CN[tens - 1]) + "十" + ("〇一二三四五六七八九"[units] if units else "")


class _Writer:
    """Builds one speech: paragraphs out, outline rows alongside."""

    def __init__(self, rng: random.Random, noise: bool) -> None:
        self.rng = rng
        self.noise = noise
        self.paras: list[str] = []
        self.rows: list[Row] = []
        self.size = 0

    # --- text pieces ------------------------------------------------------------------------
    def fact(self) -> str:
        r = self.rng
        return r.choice(FACTS).format(p=f"{r.randint(1, 19)}.{r.randint(1, 9)}", d=f"{r.randint(2, 980)}.{r.randint(1, 9)}",
                                      i=r.randint(21000, 68000), n=r.randint(3, 120), y=r.randint(2018, 2025))

    def title(self) -> str:
        return self.rng.choice(VERBS) + self.rng.choice(OBJECTS)

    def sentence(self) -> str:
        r = self.rng
        if r.random() < 0.4:
            return f"{self.fact()}，{r.choice(CLAUSES)}。"
        return f"要{r.choice(VERBS)}{r.choice(OBJECTS)}，{r.choice(CLAUSES)}。"

    def body(self, paragraphs: int) -> str:
        """Body text: about three sentences per unit, like the real speeches in fixtures/."""
        return "".join(self.sentence() for _ in range(paragraphs * self.rng.randint(2, 5)))

    def para(self, text: str) -> None:
        self.paras.append(text)
        self.size += len(text.encode("utf-8")) + 1

    def item(self, depth: int, marker: str, title: str, rest: str = "", end: str = "。") -> None:
        """A paragraph that opens with an item: `marker title` + `end` + rest."""
        self.rows.append((depth, marker, title))
        self.para(f"{marker}{title}{end}{rest}" if rest or end != "\n" else f"{marker}{title}")

    def heading(self, depth: int, marker: str, sep: str = "") -> None:
        """A heading line with no punctuation: the whole line is the title."""
        title = self.title()
        self.rows.append((depth, marker, title))
        self.para(f"{marker}{sep}{title}")

    def inline_run(self, depth: int, lead: str, word: str = "是") -> None:
        """`lead：一是……；二是……；三是……。` in one paragraph."""
        n = self.rng.randint(2, 6)
        parts = []
        for k in range(1, n + 1):
            title = f"{self.title()}，{self.rng.choice(CLAUSES)}"
            self.rows.append((depth, f"{cn(k)}{word}", title))
            parts.append(f"{cn(k)}{word}{title}")
        self.para(f"{lead}：" + "；".join(parts) + "。")

    # --- shapes: each writes one top-level section ------------------------------------------
    def speech_section(self, k: int) -> None:
        self.heading(1, f"{cn(k)}、")
        self.para(self.body(2))
        for j in range(1, self.rng.randint(2, 4) + 1):
            self.item(2, f"（{cn(j)}）", self.title(), self.body(2))
            shape = self.rng.randrange(4)
            if shape == 0:
                self.inline_run(3, f"{self.fact()}，重点抓好以下工作")
            elif shape == 1:
                sep = self.rng.choice((".", "．", "、"))
                for m in range(1, self.rng.randint(2, 3) + 1):
                    self.item(3, f"{m}{sep}", self.title(), self.body(1))
                    if self.rng.random() < 0.5:
                        for q in range(1, 3):
                            self.item(4, f"（{q}）", self.title(), self.body(1))
                        for c in range(1, 3):
                            self.item(5, CIRCLED[c - 1], self.title(), self.body(1))
            elif shape == 2:
                for _ in range(self.rng.randint(2, 4)):
                    title = self.title()
                    self.rows.append((3, "——", title))
                    self.para(f"——{title}。{self.body(1)}")
            else:
                for m in range(1, self.rng.randint(2, 3) + 1):
                    self.item(3, DOT_DIGITS[m - 1], self.title(), self.body(1))
                    if m == 1:
                        for q in range(1, 3):
                            self.item(4, PAREN_DIGITS[q - 1], self.title(), self.body(1))

    def report_section(self, k: int) -> None:
        self.heading(1, f"第{cn(k)}部分", "　")
        self.para(self.body(3))
        for j in range(1, self.rng.randint(2, 3) + 1):
            self.heading(2, f"{cn(j)}、")
            for m in range(1, self.rng.randint(2, 3) + 1):
                self.item(3, f"（{cn(m)}）", self.title(), self.body(2))
                if self.rng.random() < 0.4:
                    for q in range(1, 3):
                        self.item(4, f"{q}.", self.title(), self.body(1))

    def rules_section(self, k: int) -> None:
        self.heading(1, f"第{cn(k)}章", "　")
        for j in range(1, self.rng.randint(2, 3) + 1):
            self.heading(2, f"第{cn(j)}节", "　")
            self.article = 1  # the parser expects articles to restart in each section
            for _ in range(self.rng.randint(2, 4)):
                title = self.title()
                self.rows.append((3, f"第{cn(self.article)}条", title))
                self.para(f"第{cn(self.article)}条　{title}。{self.body(1)}")
                self.article += 1

    def lecture_section(self, k: int) -> None:
        self.heading(1, f"第{cn(k)}讲", "　")
        self.para(self.body(1))
        for j in range(1, self.rng.randint(2, 4) + 1):
            self.item(2, f"第{cn(j)}，", self.title(), self.body(2), end="。")
            if j == 1:
                for m in range(1, 3):
                    self.item(3, f"其{cn(m)}，", self.title(), self.body(1))
            elif j == 2:
                for m in range(1, 4):
                    self.item(3, f"{cn(m)}要", self.title(), self.body(1))

    def shi_section(self, k: int) -> None:
        self.heading(1, f"{cn(k)}、")
        self.para(self.body(2))
        for m in range(1, self.rng.randint(2, 5) + 1):
            self.item(2, f"{cn(m)}是", self.title(), self.body(2))

    # --- whole speech -----------------------------------------------------------------------
    def write(self, target: int) -> None:
        r = self.rng
        shape = r.choice((self.speech_section, self.speech_section, self.report_section,
                          self.rules_section, self.lecture_section, self.shi_section))
        self.article = 1
        if self.noise:
            for line in r.sample(NOISE_HEAD, 2):
                self.para(line)
        self.para(f"在全市{r.choice(OBJECTS)}工作会议上的讲话")
        self.para(f"——{r.randint(2015, 2025)}年{r.randint(1, 12)}月{r.randint(1, 28)}日")
        self.para("同志们：")
        self.para("".join(r.sample(OPENERS, 3)) + self.body(2))
        k = 1
        while self.size < target or k <= 2:
            if k > 10:
                break  # ordinals past 十 are rare in real speeches; stop the outline here
            shape(k)
            k += 1
        self.para(CLOSING)
        if self.noise:
            for line in NOISE_TAIL:
                self.para(line)


def speech(seed: int, size: int = 20_000, noise: bool = False) -> tuple[str, list[Row]]:
    """One speech of about `size` UTF-8 bytes (a speech stops at 十、, so very large sizes
    give shorter texts) and the outline it contains."""
    w = _Writer(random.Random(seed), noise)
    w.write(size)
    return "\n".join(w.paras) + "\n", w.rows


def corpus(total: int, seed: int = 1, noise: bool = False) -> Iterator[tuple[str, str]]:
    """(relative path, text) of speeches adding up to at least `total` bytes, in 10 folders."""
    rng = random.Random(seed)
    written = 0
    i = 0
    while written < total:
        size = int(rng.lognormvariate(9.8, 0.6))  # median ~18 KB, a few over 60 KB
        text, _ = speech(rng.randrange(1 << 30), size, noise)
        yield f"d{i % 10}/speech{i:05d}.txt", text
        written += len(text.encode("utf-8"))
        i += 1


def long_text(total: int, seed: int = 1, noise: bool = False) -> str:
    """One text of at least `total` bytes: speeches back to back."""
    parts: list[str] = []
    size = 0
    for _, text in corpus(total, seed, noise):
        parts.append(text)
        size += len(text.encode("utf-8"))
    return "".join(parts)


def parse_size(value: str) -> int:
    units = {"KB": 10**3, "MB": 10**6, "GB": 10**9, "K": 10**3, "M": 10**6, "G": 10**9}
    v = value.strip().upper()
    for unit, mult in units.items():
        if v.endswith(unit):
            return int(float(v[: -len(unit)]) * mult)
    return int(v)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", default="20MB", help="total size, e.g. 500KB, 20MB (default 20MB)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--noise", action="store_true", help="add web noise (navigation, disclaimers)")
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", type=Path, help="write a corpus of files into this directory")
    where.add_argument("--one", type=Path, help="write one long file")
    args = ap.parse_args()
    total = parse_size(args.size)
    if args.one:
        args.one.write_text(long_text(total, args.seed, args.noise), encoding="utf-8")
        return
    for rel, text in corpus(total, args.seed, args.noise):
        path = args.out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
