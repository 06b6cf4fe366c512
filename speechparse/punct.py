"""Punctuation classes several stages share (each stage reads them from here)."""

SENTENCE_END = "。！？；!?;"          # ends a sentence (a title, a chunk, a section's last line)
TITLE_END = SENTENCE_END + "：:.．"  # ends an item's title (the gold's rule: first 。！？；：)
# ends a line that ends a paragraph (a wrapped PDF line after one of these may start a new one)
LINE_END = SENTENCE_END + "：:”"

# a letter that is not Latin: in Chinese text, a Han character. Not `[\u4e00-\u9fff]`: `re` builds
# a class of 20,000 characters at every start (about 3 ms each), this one costs a tenth of that
HAN = r"[^\W\d_a-zA-Z]"

# the salutation a speech opens with, on a line of its own (`同志们：` `各位代表：` `尊敬的……：`)
SALUTATION = (r"^(?:各位|同志[们們]|女士[们們]|尊敬的|亲爱的|親愛的|老[师師][们們]|同[学學][们們]|朋友[们們]|全体|全體)"
              r"[^。！？!?]{0,40}[：:]$")

# the words of a wiki section heading's edit link (`[编辑]`), as the page or a copy of it shows them
EDIT_LINK_WORDS = ("编辑源代码", "編輯原始碼", "编辑", "編輯", "edit", "Edit", "修改")
EDIT_LINK_WORD = "(?:" + "|".join(EDIT_LINK_WORDS) + ")"

# the date line under the title of each piece of a collection (`在全省春耕生产会议上的讲话` /
# `（一九五四年二月九日）`): a new piece begins at its title, with its own outline and notes
PIECE_DATE_LINE = r"[ \t\u3000]*[（(](?:[一二三四五六七八九〇零○]{4}|1[89][0-9]{2}|20[0-9]{2})年[^（()）\n]{0,40}[）)][ \t\u3000]*"
