"""Mutation round 11 (issue 15), the corpus reader, the units reader and the smaller readers: whole rule tables
round 10 left, one parametrized test per table.

Round 10 pinned the big tables of the corpus and units readers (``tests/test_rules_tables_text.py``); the fresh first
run of seed 10 then met the tables nobody had taken whole (``_MOJIBAKE``, ``_FILE_NAME_LINE``,
``_MARKDOWN_IMAGE``, …). This file takes them, biggest first: every alternative of a regex alternation, every
character of a class (a negated class too: a text where the refused character stands where the rule must stop),
every word of a tuple, every threshold and bound — one short text per alternative, written for it in my own words,
asserting what a reader sees (a line kept or removed, a warning, a repair, a task's unit, a deadline). Dropping any
one alternative fails its case. Alternatives that cannot change behaviour are listed with the reason in
``scripts/mutation_equivalent.md``."""
import pytest

from analysis.parse.corpus import normalize
from convention_docs import normalized


_TITLE = "某县河湖管护工作方案"
_BODY = "一、总体要求\n坚持系统治理，统筹推进河湖管护。\n"


def _repairs(source: str) -> list[str]:
    """The kinds of the repairs the normalizer made to ``source``."""
    return [r.kind for r in normalize(source)[2]]


def _after_body(source: str) -> str:
    """The normalized text of ``source`` written under a plan's title and first part, without them."""
    head = f"{_TITLE}\n{_BODY}"
    text = normalized(head + source)
    assert text.startswith(head)
    return text[len(head):]


# == the corpus reader (analysis/parse/corpus.py) =============================================================

# ``_MOJIBAKE``: question marks in a row, replacement characters, a UTF-8 text read as Latin-1 (every lead letter, a
# continuation byte and the € … ™ range), a character lost before its pinyin gloss (either bracket)
_MOJIBAKE_CASES = [("全县共有??个监测站点。", "??"), ("全县共有\ufffd\ufffd个监测站点。", "\ufffd\ufffd"),
                   ("全县共有\ufffd个监测站点。", "\ufffd"),
                   ("caf\u00c3\u00a9监测站点。", "\u00c3\u00a9"), ("\u00c2\u00b7监测站点。", "\u00c2\u00b7"),
                   ("\u00e2\u20ac\u2122监测站点。", "\u00e2\u20ac\u2122"),
                   ("监测试?guó)点。", "?guó)"), ("监测试?guó）点。", "?guó）")]


@pytest.mark.parametrize("line, found", _MOJIBAKE_CASES)
def test_undecodable_characters_are_flagged(line, found):
    """``_MOJIBAKE``, every alternative and lead letter: a line holding ??, �, Ã©, Â·, â€™ or a character lost
    before its pinyin gloss (试?guó)) gets one ``mojibake`` warning quoting exactly those characters, and the
    text is left as it is."""
    text, _, _, warnings, _ = normalize(f"{_TITLE}\n{_BODY}{line}\n")
    assert [w.message.split("'")[1] for w in warnings if w.kind == "mojibake"] == [found]
    assert found in text or found.replace(")", "）") in text


# ``_COLLECTION_LABEL`` and ``_remove_collection_wrapper``: every label word, and the spaces and tabs around it
_COLLECTION_LABELS = ["合集下载", "文档合集", "资料合集", "合集", " 合集下载", "\t合集下载", "合集下载 ", "合集下载\t"]


@pytest.mark.parametrize("label", _COLLECTION_LABELS)
def test_a_collection_page_s_label_and_the_lines_above_it_go(label):
    """``_COLLECTION_LABEL``, every word and space: a collection page's label (合集下载, 文档合集, 资料合集, 合集)
    under another document's cut headline: the headline and the label go, the plan begins with its title."""
    text = normalized(f"另一份方案的标题（节选）\n{label}\n{_TITLE}\n{_BODY}")
    assert text.split("\n")[:2] == [_TITLE, "一、总体要求"]


def test_a_collection_label_on_the_last_line_takes_the_lines_above_it():
    """``_remove_collection_wrapper``'s last line (``$``, no line end after it): a page holding only a headline and
    a collection's label closing the text is all page furniture; a line end after the label changes nothing."""
    assert normalized("另一份方案的标题\n合集下载") == ""
    assert normalized("另一份方案的标题\n合集下载\n") == ""
    assert normalized("另一份方案的标题\n合集说明") == "另一份方案的标题\n合集说明"


@pytest.mark.parametrize("ext", ["docx", "doc", "pdf", "wps", "xlsx", "xls", "txt"])
def test_a_file_name_above_its_title_goes(ext):
    """``_FILE_NAME_LINE``, every file type: a page's file name (某县河湖管护工作方案.wps) above the title it names
    is the page's, not the text's: the name line goes, the title stays once."""
    assert normalized(f"{_TITLE}.{ext}\n{_TITLE}\n{_BODY}").split("\n")[:2] == [_TITLE, "一、总体要求"]


# the spaces and tabs ``_FILE_NAME_LINE`` allows: before the name, after its type, on blank lines between, before
# the title (the name line goes; what stays of the blank line and the indentation is the text's)
_FILE_NAME_SPACES = [(f" {_TITLE}.pdf\n{_TITLE}", [_TITLE]), (f"\t{_TITLE}.pdf\n{_TITLE}", [_TITLE]),
                     (f"{_TITLE}.pdf \n{_TITLE}", [_TITLE]), (f"{_TITLE}.pdf\t\n{_TITLE}", [_TITLE]),
                     (f"{_TITLE}.pdf\n \n{_TITLE}", [" ", _TITLE]), (f"{_TITLE}.pdf\n\t\n{_TITLE}", ["\t", _TITLE]),
                     (f"{_TITLE}.pdf\n {_TITLE}", [f" {_TITLE}"]), (f"{_TITLE}.pdf\n\t{_TITLE}", [f"\t{_TITLE}"])]


@pytest.mark.parametrize("head, kept", _FILE_NAME_SPACES)
def test_a_file_name_line_with_spaces_goes(head, kept):
    """``_FILE_NAME_LINE``'s spaces and tabs (before the name, after its type, on a blank line between, before the
    title below): the name line goes all the same."""
    assert normalized(f"{head}\n{_BODY}").split("\n")[:len(kept) + 1] == kept + ["一、总体要求"]


# a name ``_FILE_NAME_LINE`` must not read: a stem holding a sentence's sign, or running over two lines
_NOT_FILE_NAMES = ["说明。方案文本.pdf\n说明。方案文本", "说明，方案文本.pdf\n说明，方案文本",
                   "说明；方案文本.pdf\n说明；方案文本", "说明：方案文本.pdf\n说明：方案文本",
                   "会议14:30纪要.pdf\n会议14:30纪要",  # (an ASCII colon stays between digits)
                   "某县\n河湖管护.pdf\n某县\n河湖管护"]


@pytest.mark.parametrize("head", _NOT_FILE_NAMES)
def test_a_sentence_or_two_lines_are_no_file_name(head):
    """``_FILE_NAME_LINE``'s refused characters: a line with 。，；： in its stem (说明。方案文本.pdf) is a sentence,
    not a file's name, and a name never runs over a line end: every line stays."""
    assert normalized(f"{head}\n{_BODY}").split("\n")[:head.count("\n") + 1] == head.split("\n")


# ``_MARKDOWN_IMAGE``'s refused characters: a ] in the description, a ( or ) in the address, a line end in either
_MARKDOWN_CASES = [("![图一](a.png)说明文字](b)", "说明文字]（b）"), ("![图\n一](a.png)", "![图一]（a.png）"),
                   ("![图](a(1).png)", "![图]（a（1）.png）"), ("![图](a.png)文字)", "文字）"),
                   ("![图](a.png\n文字)", "![图]（a.png文字）"), ("![](https://a.cn/b.jpg)文字", "文字")]


@pytest.mark.parametrize("line, kept", _MARKDOWN_CASES)
def test_a_markdown_image_goes_and_stops_where_it_ends(line, kept):
    """``_MARKDOWN_IMAGE``: an image (![图](a.png)) goes, and only the image: its description ends at the first ],
    its address at the first ), neither holds a ( or a line end — what follows stays."""
    assert _after_body(line + "\n") == kept + "\n"


# every dash and space ``_remove_page_numbers``' first test allows, on both sides of the number
_PAGE_NUMBERS = ["- 2 -", "—2—", "–2–", "-2-", "-\t2\t-", "— 2 —", "–\t2\t–"]


@pytest.mark.parametrize("number", _PAGE_NUMBERS)
def test_a_page_number_inside_a_sentence_is_joined_out(number):
    """``_remove_page_numbers``' first test, every dash and space: a printed page number (- 2 -, —2—, –2–, with
    spaces or tabs) between two halves of a sentence goes and the sentence is one again (a ``page_break``)."""
    source = f"二、主要任务\n加强河道巡查，及时清理\n{number}\n河道垃圾。\n三、保障措施\n加强领导。\n"
    assert _after_body(source) == "二、主要任务\n加强河道巡查，及时清理河道垃圾。\n三、保障措施\n加强领导。\n"
    assert "page_break" in _repairs(f"{_TITLE}\n{_BODY}{source}")


def test_a_page_number_under_a_one_character_first_line_joins_it():
    """``_remove_page_numbers``' line before the number (``prev_end > 0``): a first line of one character (为) that
    ends no sentence is continued after the page number — a ``page_break``, not a bare ``page_number``."""
    assert _repairs("为\n- 2 -\n推进河湖管护，制定本方案。\n") == ["page_break"]


# ``_remove_cjk_spaces``: the spaces and tabs between CJK and a number (either side, one or several), after a %
_CJK_SPACES = ["到 2025 年底", "到\t2025\t年底", "到 \t2025 \t年底", "到\t 2025\t 年底", "达到 50% 以上", "达到50%\t以上",
               "达到50% \t以上", "达到50%\t 以上"]


@pytest.mark.parametrize("words", _CJK_SPACES)
def test_spaces_between_cjk_and_numbers_go(words):
    """``_remove_cjk_spaces``, every space class: 到 2025 年底 → 到2025年底, 达到 50% 以上 → 达到50%以上, with spaces,
    tabs, or both."""
    assert _after_body(f"目标：{words}全部完成。\n") == f"目标：{''.join(words.split())}全部完成。\n"


# the lines ``_remove_cjk_spaces`` keeps as they are, and those it does not: (line, what stays)
_CJK_SPACE_LINES = [
    ("某市交通运输局 某市公安局", "某市交通运输局 某市公安局"),  # two organs signing: two tokens are enough
    ("某市 水利局", "某市水利局"),  # one organ alone is no joint signature
    ("主题分类 生态保护 时效 有效", "主题分类 生态保护 时效 有效"),  # a row of fields, four tokens
    ("发布日期 2024年3月1日 时效有效", "发布日期 2024年3月1日 时效有效"),  # three tokens are enough
    ("【主题分类】 生态保护", "【主题分类】生态保护"),  # two are not
    ("来源：县水利局 作者 王明", "来源：县水利局作者王明"),  # a row with a separator is read by its labels
    ("发布时间 2024-03-01 14:30 来源 县水利局", "发布时间2024-03-01 14:30来源县水利局"),
]


@pytest.mark.parametrize("line, kept", _CJK_SPACE_LINES)
def test_spaces_of_a_signature_or_a_field_row_stay(line, kept):
    """``_remove_cjk_spaces``' protected lines: the spaces between two organs signing jointly, or between the fields
    of a row separated by spaces alone, stay; a line of one organ, or a row whose fields carry a colon, loses them."""
    assert _after_body(f"二、主要任务\n{line}\n三、保障措施\n加强领导。\n").split("\n")[1] == kept


# ``_SPACED_ITEM_NUMBER``: an item number split from its dot at a line's start or after a CJK character or a
# sentence's sign (every one of 。；：！？”）), by a space or a tab, before a CJK character, “ or 《 — the gap goes
_SPACED_ITEMS = ["1 .按照要求推进。", "1\t.按照要求推进。", "1 .“三个一”行动。", "1 .《方案》印发。", "任务如下1 .按照要求推进。",
                 "任务如下。2 .按照要求推进。", "任务如下；2 .按照要求推进。", "任务如下：2 .按照要求推进。",
                 "任务如下！2 .按照要求推进。", "任务如下？2 .按照要求推进。", "“任务”2 .按照要求推进。",
                 "（任务）2 .按照要求推进。"]


@pytest.mark.parametrize("line", _SPACED_ITEMS)
def test_an_item_number_split_from_its_dot_is_closed(line):
    """``_SPACED_ITEM_NUMBER``, every opening and sign: 1 .按照… → 1.按照…, …；2 .按照… → …；2.按照…"""
    closed = line.replace(" .", ".").replace("\t.", ".")
    assert _after_body(f"二、主要任务\n{line}\n") == f"二、主要任务\n{closed}\n"


@pytest.mark.parametrize("line", ["共3 .5个", "2023 .按照要求推进。"])
def test_a_decimal_or_a_year_before_a_spaced_dot_stays(line):
    """``_SPACED_ITEM_NUMBER``'s bounds: a decimal's dot before a digit (3 .5) and a year (2023 .) are no item
    numbers: the gap stays."""
    assert _after_body(f"二、主要任务\n{line}\n") == f"二、主要任务\n{line}\n"


# ``_PARAGRAPH_OPENER``, every alternative: the first words of a paragraph under a title line
_OPENERS = ["为规范河湖巡查，制定本方案。", "根据有关规定，制定本方案。", "按照有关要求，制定本方案。", "近年来，河湖面貌明显改善。",
            "今年以来，河湖面貌明显改善。", "2023年，河湖面貌明显改善。", "1999年，河湖面貌明显改善。",
            "2023年以来，河湖面貌明显改善。", "2023年度，河湖面貌明显改善。", "受县政府委托，县水利局制定本方案。"]


@pytest.mark.parametrize("opening", _OPENERS)
def test_a_title_line_above_a_paragraph_s_opening_stays_a_line(opening):
    """``_PARAGRAPH_OPENER``, every opening (为 根据 按照 近年来 今年以来 2023年， 1999年， 2023年以来， 2023年度，
    受…委托): a title line (某县河湖巡查工作方案) above a paragraph that opens so is not joined to it."""
    source = f"二、主要任务\n坚持系统治理。\n某县河湖巡查工作方案\n{opening}\n"
    assert _after_body(source).split("\n")[2:4] == ["某县河湖巡查工作方案", opening]


@pytest.mark.parametrize("line", ["受理投诉后，县政府委托第三方评估。", "受理完毕。县政府委托第三方评估。", "河湖面貌明显改善。"])
def test_a_line_that_opens_no_paragraph_is_joined_to_the_title_line(line):
    """``_PARAGRAPH_OPENER``'s refused signs: 受…委托 never crosses a ， or a 。 (受理投诉后，县政府委托… opens no
    paragraph), so the line is joined to the title line above it, as any other line is."""
    source = f"二、主要任务\n坚持系统治理。\n某县河湖巡查工作方案\n{line}\n"
    assert _after_body(source).split("\n")[2] == "某县河湖巡查工作方案" + line


def test_ascii_signs_beside_chinese_become_full_width():
    """``_TO_FULL``, every sign: ASCII ( ) , : ; written beside Chinese become （ ） ， ： ；."""
    assert _after_body("加强领导(县水利局),统筹推进:全面落实;确保实效。\n") == "加强领导（县水利局），统筹推进：全面落实；确保实效。\n"


_NAVIGATION = "首页政务公开通知公告政策解读办事服务互动交流数据发布网站地图联系我们关于我们隐私声明"  # 42 characters


def _cut(source: str) -> list[str]:
    return [w.message for w in normalize(source)[3] if w.kind == "trailer_cut"]


def test_trailing_navigation_is_cut_from_forty_characters_and_never_from_the_first_line():
    """``_cut_trailer``'s bounds: a line of 40 characters or more without a sentence's sign closing the text is a
    page's navigation, cut (39 are not); a text of such lines only, the first among them, is never cut — also when
    the navigation begins on the second line."""
    assert len(_cut(f"{_TITLE}\n{_BODY}{_NAVIGATION[:40]}\n")) == 1
    assert _cut(f"{_TITLE}\n{_BODY}{_NAVIGATION[:39]}\n") == []
    assert len(_cut(f"{_TITLE}\n{_NAVIGATION}\n")) == 1
    assert _cut(f"{_NAVIGATION}\n{_NAVIGATION}\n") == []


# ``_READING_AID``: a pinyin gloss after a character, in either bracket, repeated in either
_GLOSSES = ["质（zhì）量", "质(zhì)量", "和(hé)(hé)国家", "和（hé）（hé）国家", "和（hé)(hé）国家"]


@pytest.mark.parametrize("word", _GLOSSES)
def test_a_pinyin_gloss_goes(word):
    """``_READING_AID``, every bracket (opening, closing, repeated): 质（zhì）量 → 质量, 和(hé)(hé)国家 → 和国家."""
    assert _after_body(f"提升{word}水平。\n") == f"提升{'质量' if '质' in word else '和国家'}水平。\n"


# ``_BULLET``: every bullet sign, a dash with a space or a tab, a 【label】
_BULLETS = ["• 清理河道垃圾", "· 清理河道垃圾", "▪ 清理河道垃圾", "● 清理河道垃圾", "- 清理河道垃圾", "-\t清理河道垃圾",
            "【制定机关】某县人民政府"]


@pytest.mark.parametrize("line", _BULLETS)
def test_a_bulleted_line_is_a_line_of_its_own(line):
    """``_BULLET``, every sign: a line opening with •, ·, ▪, ●, a dash or a 【label】 is an item of its own, not the
    rest of the line above (加强河道巡查, no stop)."""
    assert _after_body(f"二、主要任务\n加强河道巡查\n{line}\n") == f"二、主要任务\n加强河道巡查\n{line}\n"


# ``_ATTACHMENT_MARK``: 附件 and its number, spaces or tabs around the number, a colon
_ATTACHMENT_MARKS = [("附件2：", "附件2："), ("附件 2：", "附件2："), ("附件\t2：", "附件2："), ("附件2 ：", "附件2："),
                     ("附件2\t：", "附件2："), ("附件2", "附件2"), ("附件 2", "附件2")]


@pytest.mark.parametrize("mark, kept", _ATTACHMENT_MARKS)
def test_an_attachment_mark_is_a_line_of_its_own(mark, kept):
    """``_ATTACHMENT_MARK``, every space and sign: 附件2： under an attachment's title (某县河湖名录, no stop) is a
    line of its own, and the title below it too."""
    source = f"二、主要任务\n加强领导。\n附件1\n某县河湖名录\n{mark}\n某县河长名单\n"
    assert _after_body(source) == f"二、主要任务\n加强领导。\n附件1\n某县河湖名录\n{kept}\n某县河长名单\n"


@pytest.mark.parametrize("opening", ["??（一）加强巡查。", " ??加强巡查。", "\t??加强巡查。", "??《方案》印发。", "??“河长制”落实。",
                                     "??2024年完成。"])
def test_question_marks_opening_three_lines_are_their_lost_indentation(opening):
    """``_LOST_INDENT``, every space before the marks and every opening after them (a CJK character, （, 《, “, a
    digit): three lines opening with ?? get their indentation back, a ``lost_indentation`` repair each."""
    source = f"{_TITLE}\n{_BODY}二、主要任务\n" + f"{opening}\n" * 3
    assert _repairs(source).count("lost_indentation") == 3
    assert "??" not in normalized(source)


_TAGS = ["p", "br", "div", "h2", "li", "tr", "strong", "b", "em", "i", "span", "font", "u", "td"]


@pytest.mark.parametrize("tag", _TAGS)
def test_every_html_tag_goes(tag):
    """``_MARKUP``, every tag (a paragraph's, a line's, an inline one): a text carrying four of them keeps its words
    only; a block tag ends a line (the two lines are then one sentence, joined)."""
    text = _after_body(f"<{tag}>加强河道巡查</{tag}><{tag}>清理河道垃圾</{tag}>\n")
    assert text.replace("\n", "") == "加强河道巡查清理河道垃圾"
    assert text.startswith("\n") == (tag == "br")


@pytest.mark.parametrize("source, kept", [("<p>加强<p <b>巡查</b></p>\n", "加强<p 巡查\n\n"),
                                          ("<p\nclass=a>加强巡查</p><p>清理</p>\n", "<pclass=a>加强巡查清理\n\n")])
def test_a_tag_holds_no_other_tag_and_no_line_end(source, kept):
    """``_MARKUP``'s refused characters: a tag's attributes hold no < (``<p <b>`` is text, then a tag) and no line
    end (``<p`` ⏎ ``class=a>`` is no tag)."""
    assert _after_body(source) == kept


# ``_DATELINE``: 电 and 讯, spaces before, a byline in brackets, and what the byline may not hold (a bracket of its
# own, a closing one in its text, a line end): (the first line of a news item, what stays of it)
_DATELINES = [("某某网3月5日电 全县河湖管护工作全面启动。", " 全县河湖管护工作全面启动。"),
              ("某某网3月5日讯 全县河湖管护工作全面启动。", " 全县河湖管护工作全面启动。"),
              (" 某某网3月5日讯 全县河湖管护工作全面启动。", " 全县河湖管护工作全面启动。"),
              ("\t某某网3月5日讯 全县河湖管护工作全面启动。", " 全县河湖管护工作全面启动。"),
              ("某某网3月5日讯（记者 王明）全县河湖管护工作全面启动。", "全县河湖管护工作全面启动。"),
              ("某某网3月5日讯（记者（实习）王明）全县河湖管护工作全面启动。", "（记者（实习）王明）全县河湖管护工作全面启动。"),
              ("某某网3月5日讯（记者 王明）通讯员 李华）全县河湖管护工作全面启动。", "通讯员李华）全县河湖管护工作全面启动。"),
              ("某某网3月5日讯（记者\n王明）全县河湖管护工作全面启动。", "（记者\n王明）全县河湖管护工作全面启动。")]


@pytest.mark.parametrize("line, kept", _DATELINES)
def test_a_news_item_s_dateline_goes(line, kept):
    """``_DATELINE``, every word, space and bracket: a news item's dateline (某某网3月5日讯, with its byline in
    brackets) goes from its first paragraph; a byline holding a bracket or a line end is not the dateline's."""
    assert normalized(f"{line}\n{_BODY}") == f"{kept}\n{_BODY}"


# ``_CUT_UNIT_NOTE``: (a unit note cut at a line's end, the line normalized)
_CUT_NOTES = [("（牵头单位：县人社局", "（牵头单位：县人社局）"), ("（牵头单位：县人社局 ", "（牵头单位：县人社局） "),
              ("（牵头单位：县人社局\t", "（牵头单位：县人社局）\t"),
              # what the note's units may not hold: a bracket, a full stop, a semicolon, another label's colon
              ("（牵头单位：县人社局（含下属单位", "（牵头单位：县人社局（含下属单位"),
              ("（牵头单位：县人社局）县财政局", "（牵头单位：县人社局）县财政局"),
              ("（牵头单位：县人社局。县财政局", "（牵头单位：县人社局。县财政局"),
              ("（牵头单位：县人社局；县财政局", "（牵头单位：县人社局；县财政局"),
              ("（牵头单位：县人社局 配合单位：县财政局", "（牵头单位：县人社局配合单位：县财政局"),
              ("（牵头单位：局\n县财政局", "（牵头单位：局县财政局")]


@pytest.mark.parametrize("note, kept", _CUT_NOTES)
def test_a_unit_note_cut_at_a_line_s_end_is_closed(note, kept):
    """``_CUT_UNIT_NOTE``, its brackets, colon and trailing spaces, and every character its units may not hold: a
    note cut before its ）at a line's end (…。（牵头单位：县人社局) gets its ）back; a note whose units run into a
    bracket, a 。, a ；, another label or the next line is no cut note, left as it is."""
    source = f"二、主要任务\n发放就业补贴。{note}\n三、保障措施\n加强领导。\n"
    assert _after_body(source).split("\n")[1] == f"发放就业补贴。{kept}"


# a 序号 header whose column words the table reader does not know (河湖, 长度): only ``_TABLE_HEADER_LINE`` reads it
_HEADERS = ["序号 河湖 长度", " 序号 河湖 长度", "\t序号 河湖 长度", "序 号 河湖 长度", "序\t号 河湖 长度", "序号\t河湖 长度"]


@pytest.mark.parametrize("header", _HEADERS)
def test_a_flattened_table_s_columns_keep_their_spaces(header):
    """``_TABLE_HEADER_LINE``, every space: under a 序号 header (indented, 序 号 spaced, a tab after it) the rows
    of a flattened table keep the spaces between their columns (1 某河 12 公里)."""
    source = f"二、主要任务\n{header}\n1 某河 12 公里\n2 某湖 3 公里\n三、保障措施\n加强领导。\n"
    assert _after_body(source).split("\n")[1:4] == [header, "1 某河 12 公里", "2 某湖 3 公里"]


_LONG_ROW = "1 某县城区河道清理整治与生态修复工程建设项目 12 公里 县水利局 县财政局 县住建局"  # 44 characters, no sign
_LONG_CELL = "某县城区河道清理整治与生态修复工程建设项目县水利局县财政局县住建局县自然资源局县生态环境分局"


@pytest.mark.parametrize("lines", [["\u3000序号 河湖 长度", _LONG_ROW], ["序\u3000号 河湖 长度", _LONG_ROW],
                                   ["序号\u3000河湖 长度", _LONG_ROW], [f"\u3000| {_LONG_CELL}"] * 3,
                                   [f"{_LONG_CELL} |\u3000"] * 3])
def test_a_closing_table_is_no_navigation(lines):
    """``_TABLE_HEADER_LINE`` and ``PIPE_CELL_LINE`` before the width step (the trailer cut reads the text as it
    came, ideographic spaces in it): long lines without a sentence's sign closing a text are a table's rows under
    a 序号 header, or its cells between bars, not a page's navigation — nothing is cut (a line of 40 characters
    and more under any other line is, see above)."""
    assert _cut(f"{_TITLE}\n一、总体要求\n坚持系统治理。\n" + "\n".join(lines) + "\n") == []
    assert len(_cut(f"{_TITLE}\n一、总体要求\n坚持系统治理。\n编号 河湖 长度\n{_LONG_ROW}\n")) == 1


_PIPE_ROWS = [["清理河道 |", "县水利局 县财政局 |", "2024年 底 |"], ["| 清理河道", "| 县水利局 县财政局", "| 2024年 底"],
              [" | 清理河道", " | 县水利局 县财政局", " | 2024年 底"], ["清理河道 | ", "县水利局 县财政局 | ", "2024年 底 | "],
              ["\t| 清理河道", "\t| 县水利局 县财政局", "\t| 2024年 底"], ["清理河道 |\t", "县水利局 县财政局 |\t", "2024年 底 |\t"]]


@pytest.mark.parametrize("rows", _PIPE_ROWS)
def test_the_cells_of_a_table_flattened_one_a_line_keep_their_spaces(rows):
    """``PIPE_CELL_LINE``, both bars and their spaces: the lines of a table flattened one cell a line (a bar closing
    or opening each, spaces or a tab beside it) are neither joined nor stripped of the spaces between names."""
    source = "二、主要任务\n" + "\n".join(rows) + "\n三、保障措施\n加强领导。\n"
    assert _after_body(source).split("\n")[1:4] == rows


# == the units reader (analysis/parse/extract/units.py) =======================================================

def _note(text: str) -> tuple:
    """(labels, units as written, roles, standing units, deadline) of a responsibility note, or None."""
    from analysis.parse.extract import read_parenthetical
    p = read_parenthetical(text)
    return None if p is None else (p.labels, p.units_as_written, p.roles, p.standing_units, p.deadline_raw)


# ``_NOT_UNITS``: every wording of a note that names no unit (and the words before 不再列出)
_NO_UNIT_WORDS = ["不再列出", "不再重复", "不再做分工", "不再分工", "不再一一分工", "不再重复分工", "不再重复列出", "下同",
                  "具体任务由各地落实", "以上任务不再一一列出"]


@pytest.mark.parametrize("words", _NO_UNIT_WORDS)
def test_a_standing_remark_after_the_units_names_no_unit(words):
    """``_NOT_UNITS``, every alternative: （县水利局牵头，不再重复列出） names 县水利局, the lead, and nothing else: 不再列出,
    下同, 具体任务由各地落实 … are no units (without the rule the note is no unit list at all)."""
    assert _note(f"（县水利局牵头，{words}）") == ((), ("县水利局",), ("lead",), (), None)


# ``_LABEL_REMARK``: a label's remark in brackets (every word), at the note's start or after every sign
_LABEL_REMARKS = [(f"牵头科室（{w}）：县水利局", ("牵头科室",), ("县水利局",)) for w in ("单位", "部门", "处室", "科室")] + [
    (f"牵头单位：县水利局{s}配合科室（单位）：县财政局", ("牵头单位", "配合科室"), ("县水利局", "县财政局")) for s in "，；。 "]


@pytest.mark.parametrize("note, labels, units", _LABEL_REMARKS)
def test_a_label_s_remark_is_no_part_of_it(note, labels, units):
    """``_LABEL_REMARK``, every word and sign: 牵头科室（单位）：县水利局 is the label 牵头科室 naming 县水利局 — at the
    note's start, or after a ， ； 。 or space."""
    assert _note(f"（{note}）")[:2] == (labels, units)


# ``_LABEL_PAIR``: two labels joined by 、 or /, every second label, at the start or after every sign
_LABEL_PAIRS = [(f"责任单位{j}{w}：县水利局", ("责任单位",), ("县水利局",))
                for j, w in (("、", "科室"), ("/", "部门"), ("、", "处室"), ("、", "单位"), ("、", "股室"))] + [
    (f"牵头单位：县水利局{s}配合单位、科室：县财政局", ("牵头单位", "配合单位"), ("县水利局", "县财政局")) for s in "，；。 "]


@pytest.mark.parametrize("note, labels, units", _LABEL_PAIRS)
def test_two_labels_joined_are_read_as_the_first(note, labels, units):
    """``_LABEL_PAIR``, every second label and sign: 责任单位、科室：县水利局 (责任单位/部门：…) is the label 责任单位
    naming 县水利局 — at the note's start, or after a ， ； 。 or space."""
    assert _note(f"（{note}）")[:2] == (labels, units)


def _split(value: str) -> list[str]:
    from analysis.parse.extract import split_units
    return split_units(value)


# ``_split_conjunction``: every joining word, 等 before one, 等(其他/有关)部门 closing a list, a name of two characters
_CONJUNCTIONS = [("县水利局和县财政局", ["县水利局", "县财政局"]), ("县水利局及县财政局", ["县水利局", "县财政局"]),
                 ("县水利局与县财政局", ["县水利局", "县财政局"]), ("县水利局等县财政局", ["县水利局", "县财政局"]),
                 ("县水利局等和县财政局", ["县水利局", "县财政局"]), ("县水利局等及县财政局", ["县水利局", "县财政局"]),
                 ("县水利局等与县财政局", ["县水利局", "县财政局"]), ("县水利局等其他部门", ["县水利局"]),
                 ("县水利局等其它单位", ["县水利局"]), ("县水利局等有关部门", ["县水利局"]), ("县水利局等相关单位", ["县水利局"]),
                 ("县水利局等部门", ["县水利局"]), ("市水利局和海关", ["市水利局", "海关"])]


@pytest.mark.parametrize("value, names", _CONJUNCTIONS)
def test_a_list_joined_by_a_word_is_split_into_its_bodies(value, names):
    """``_split_conjunction``, every word: 县水利局和县财政局 (及, 与, 等, 等和 …) is two bodies; 县水利局等其他部门 (其它,
    有关, 相关, 单位) is one, the rest named by no name; a body of two characters after 和 (海关) is one too."""
    assert _split(value) == names


# ``_BARE_ORGAN``: an organ named without its place after 和 is one body with the name before it
@pytest.mark.parametrize("value", ["各县党委和人民政府", "各县党委和政府", "某区党工委和管委会", "某区党工委和管理委员会",
                                   "各县人民政府和党委", "各县人民政府和党工委", "某街道党工委和办事处"])
def test_an_organ_without_its_place_after_and_is_one_body(value):
    """``_BARE_ORGAN``, every organ: 各县党委和人民政府 (政府, 管委会, 管理委员会, 党委, 党工委, 办事处) is one body, the
    place shared."""
    assert _split(value) == [value]


_STANDING_UNITS = "各县人民政府，某园区管委会"  # (a comma inside the note: only the standing rules read it whole)

# ``_STANDING_AT`` and ``_STANDING``: every opening word, 均/都, 需/由/请, every verb, every sign before the note
_STANDING_NOTES = ([f"。{w}{_STANDING_UNITS}负责落实，不再列出" for w in (
    "以下各项工作均需", "以下各项任务均需", "以下工作均需", "以下任务均需", "以下各项均需", "以下均需", "以下都需", "以下均由",
    "以下均请")]
    + [f"。以下均需{_STANDING_UNITS}{v}，不再列出" for v in ("负责", "承担", "落实", "负责落实相关工作")]
    + [f"{s}以下均需{_STANDING_UNITS}负责落实，不再列出" for s in "；，"]
    # ``_STANDING_CLOSE``: every wording of what closes the note, one or two of them, with their signs
    + [f"。以下均需{_STANDING_UNITS}负责落实{c}" for c in (
        "，不再一一列出", "，不再重复列出", "，不再重复", "，不再做分工", "，不再分工", "；不再列出", "，下同", "，不再列出。",
        "，下同；", "，不再列出，下同", "")])


@pytest.mark.parametrize("note", _STANDING_NOTES)
def test_a_standing_note_after_the_units_names_the_units_of_every_later_task(note):
    """``_STANDING_AT``, ``_STANDING`` and ``_STANDING_CLOSE``, every alternative: （牵头单位：县水利局。以下各项工作均需
    各县人民政府，某园区管委会负责落实，不再重复列出） names the lead 县水利局, and the two bodies of the standing note,
    whose list holds a comma (以下都需…, 以下均由…承担, …；以下均需…, …，下同 …)."""
    assert _note(f"（牵头单位：县水利局{note}）") == (("牵头单位",), ("县水利局",), ("lead",),
                                                   ("各县人民政府", "某园区管委会"), None)


def test_a_standing_note_closing_an_unlabelled_note_with_a_semicolon():
    """``_STANDING_CLOSE``'s closing ；: an unlabelled note keeps its last sign (a labelled field's value is stripped
    of it), so （县水利局牵头。以下均需…负责落实，下同；） still names the standing bodies."""
    assert _note(f"（县水利局牵头。以下均需{_STANDING_UNITS}负责落实，下同；）") == (
        (), ("县水利局",), ("lead",), ("各县人民政府", "某园区管委会"), None)


def _alias(note: str):
    from analysis.parse.extract import read_parenthetical
    return read_parenthetical(note).alias


# ``_ALIAS``: 统称 and 简称, the name bare or in either quotes, and every sign that ends it
_ALIASES = ["以下统称两局", "以下简称两局", "以下简称“两局”", '以下简称"两局"', "以下简称两局，县住建局配合", "以下简称两局；县住建局配合",
            "以下简称两局。县住建局配合"]


@pytest.mark.parametrize("words", _ALIASES)
def test_an_alias_defined_in_a_note_is_its_name_alone(words):
    """``_ALIAS``, every word, quote and sign: （责任单位：县水利局、县财政局，以下简称“两局”） defines the alias 两局 —
    without its quotes, and ending at a ， ； or 。"""
    assert _alias(f"（责任单位：县水利局、县财政局，{words}）") == "两局"


def test_an_alias_defined_inside_a_body_s_name_ends_at_its_bracket():
    """``_ALIAS``'s closing bracket: 县河长制办公室（以下简称县河长办）、县水利局 defines 县河长办, not 县河长办）、县水利局."""
    assert _alias("（责任单位：县河长制办公室（以下简称县河长办）、县水利局）") == "县河长办"


@pytest.mark.parametrize("words", ["以下简称“两局”", '以下简称"两局"', "以下统称两局"])
def test_an_alias_defined_in_prose_stands_for_the_bodies_before_it(words):
    """``_ALIAS`` read whole in a bracket of prose, its closing quote of either kind among it: 县水利局、县财政局（以下简称
    “两局”）负责 defines 两局 as the two bodies."""
    from analysis.parse.extract import find_alias_definitions
    assert find_alias_definitions(f"县水利局、县财政局（{words}）负责。") == {"两局": ("县水利局", "县财政局")}


# ``_SEGMENT_SPLIT``: a list of bodies, each with its verb, split at every verb's 、 and every sign
_SEGMENTS = ([(f"县水利局{v}、县财政局配合", role) for v, role in (
    ("牵头", "lead"), ("负责", "responsible"), ("配合", "supporting"), ("参与", "supporting"), ("协办", "supporting"),
    ("协助", "supporting"), ("牵头督导", "lead"))]
    + [(f"县水利局牵头{s}县财政局配合", "lead") for s in "，；。"])


@pytest.mark.parametrize("note, role", _SEGMENTS)
def test_bodies_each_with_its_verb_are_read_one_by_one(note, role):
    """``_SEGMENT_SPLIT``, every verb before a 、 and every sign: （县水利局协助、县财政局配合） names two bodies, each
    with the role its own verb gives."""
    assert _note(f"（{note}）")[1:3] == (("县水利局", "县财政局"), (role, "supporting"))


# ``_JOINT``: X会Y / X会同Y, X ending in every body's ending
@pytest.mark.parametrize("note, units", [("规划处会办公室", ("规划处", "办公室")), ("县水利局会同县财政局", ("县水利局", "县财政局")),
                                         ("综合科会办公室", ("综合科", "办公室")), ("办公室会综合科", ("办公室", "综合科")),
                                         ("财务股会办公室", ("财务股", "办公室")), ("省水利厅会同省财政厅", ("省水利厅", "省财政厅")),
                                         ("县政务服务中心会同县数据局", ("县政务服务中心", "县数据局"))])
def test_a_body_with_another_is_the_lead_the_other_supports(note, units):
    """``_JOINT``, every ending of the leading body (处 局 科 室 股 厅 中心): （规划处会办公室） and （责任单位：县水利局会同
    县财政局） name the first body the lead and the second a supporting one."""
    assert _note(f"（{note}）")[1:3] == (units, ("lead", "supporting"))
    assert _note(f"（责任单位：{note}）")[1:3] == (units, ("lead", "supporting"))


@pytest.mark.parametrize("word", ["含", "包括", "包含", "不含"])
def test_a_remark_inside_a_unit_list_is_no_unit(word):
    """``_REMARK``, every word: （责任单位：县水利局（不含下属单位）、县财政局） names the two bodies, the remark gone."""
    assert _note(f"（责任单位：县水利局（{word}下属单位）、县财政局）")[1] == ("县水利局", "县财政局")


# ``_ADMIN_PREFIX``: a bare level before 、 (every level word, 特区, 自治县, 各…) is part of the next name
@pytest.mark.parametrize("value", ["省、市水利部门", "市、县水利部门", "区、县人民政府", "县、乡人民政府", "乡、镇人民政府",
                                   "州、县人民政府", "盟、旗人民政府", "旗、县人民政府", "特区、县人民政府", "自治县、区人民政府",
                                   "各县、区人民政府", "镇、街道办事处"])
def test_a_bare_level_before_a_list_sign_is_part_of_the_next_name(value):
    """``_ADMIN_PREFIX``, every level: （责任单位：盟、旗人民政府） names one body, 盟、旗人民政府 (省、市…, 特区、县…,
    自治县、区…, 各县、区…)."""
    assert _note(f"（责任单位：{value}）")[1] == (value,)


# ``_PLACES``: the places below named as bodies, every closing level word, a level in brackets inside or closing it
@pytest.mark.parametrize("place", ["各城区", "各区县", "各县市", "各乡镇", "各市州", "各县（区）", "各旗（县）市"])
def test_the_places_below_are_bodies_of_a_bare_list(place):
    """``_PLACES``, every closing word and bracket: （县水利局、各乡镇） is a bare list of two bodies (各城区, 各区县,
    各县市, 各市州, 各县（区）, 各旗（县）市), each responsible."""
    assert _note(f"（县水利局、{place}）")[1:3] == (("县水利局", place), ("responsible", "responsible"))


_VERB_ROLES = [("牵头", "lead"), ("负责", "responsible"), ("配合", "supporting"), ("参与", "supporting"),
               ("参加", "supporting"), ("协办", "supporting"), ("协同", "supporting"), ("协助", "supporting"),
               ("落实", "responsible"), ("实施", "responsible")]


@pytest.mark.parametrize("verb, role", _VERB_ROLES)
def test_a_generic_label_s_bodies_take_their_verbs_roles(verb, role):
    """``_HAS_VERB``, every verb: （部门分工：县水利局协同，县财政局协同） names two bodies, each with its verb's role
    (without the verb seen, the value is one list cut at its last verb: 县水利局协同，县财政局 → a body 县水利局协同)."""
    assert _note(f"（部门分工：县水利局{verb}，县财政局{verb}）")[1:3] == (("县水利局", "县财政局"), (role, role))


def test_a_verb_s_bodies_are_read_up_to_eighty_characters():
    """``_verb_segments``' bound: the words before a verb are read as the bodies when they run to 80 characters (a
    list of bodies may be long), not when they run to 81 and are no list of bodies' names."""
    assert _note(f"（{'某' * 80}负责，县财政局配合）")[1] == ("某" * 80, "县财政局")
    assert _note(f"（{'某' * 81}负责，县财政局配合）") is None


@pytest.mark.parametrize("words", ["年内见效", "长期坚持常抓不懈", "持续深入推进工作"])
def test_a_standing_deadline_after_the_bodies_is_the_note_s_deadline(words):
    """``_verb_segments``' deadline words: （县水利局负责，长期坚持常抓不懈） names 县水利局 and the deadline
    长期坚持常抓不懈 (年内见效, 持续深入推进工作: longer, or other, than the deadline reader's own ongoing words)."""
    assert _note(f"（县水利局负责，{words}）") == ((), ("县水利局",), ("responsible",), (), words)


@pytest.mark.parametrize("value", ["县水利局、县财政局，6月底前完成", "县水利局、县财政局；6月底前完成",
                                   "县水利局，县财政局，6月底前完成", "县水利局；县财政局；6月底前完成"])
def test_a_deadline_closing_a_labelled_unit_list_is_its_deadline(value):
    """``_read_labelled``'s closing deadline: （责任单位：县水利局，县财政局，6月底前完成） names the two bodies and the
    deadline 6月底前完成 — the last ， or ； opens it, never an earlier one."""
    assert _note(f"（责任单位：{value}）")[1:] == (("县水利局", "县财政局"), ("responsible", "responsible"), (),
                                              "6月底前完成")


@pytest.mark.parametrize("word, role", [("牵头", "lead"), ("主责", "lead"), ("主办", "lead"), ("主要责任", "lead"),
                                        ("配合", "supporting"), ("协办", "supporting"), ("协同", "supporting"),
                                        ("协作", "supporting"), ("参与", "supporting"), ("参加", "supporting")])
def test_a_label_s_word_gives_its_bodies_their_role(word, role):
    """``_LEAD_LABEL`` and ``_SUPPORT_LABEL``, every word: （主要责任单位：县水利局） names the lead, （协作单位：县水利局）
    a supporting body."""
    assert _note(f"（{word}单位：县水利局）")[1:3] == (("县水利局",), (role,))


@pytest.mark.parametrize("value, names", [("各县（市、区）人民政府、市直各部门", ["各县（市、区）人民政府", "市直各部门"]),
                                          ("县水利局）、县财政局", ["县水利局）", "县财政局"]),
                                          ("县水利局、县财政局", ["县水利局", "县财政局"])])
def test_a_list_sign_inside_brackets_separates_nothing(value, names):
    """``_split_outside_brackets``' depth: a 、 inside brackets (各县（市、区）人民政府) separates nothing, one outside does,
    also after a stray closing bracket (the depth never goes below nought)."""
    assert _split(value) == names


@pytest.mark.parametrize("note, units, roles", [
    ("（牵头单位：县水利局负责）", ("县水利局",), ("lead",)),
    ("（牵头单位：县水利局牵头，县财政局配合）", ("县水利局", "县财政局"), ("lead", "supporting")),
    ("（部门分工：县水利局负责，2024年底前完成，县财政局配合）", ("县水利局", "县财政局"), ("responsible", "supporting")),
    ("（部门分工：县水利局负责，以下由各县人民政府负责）", ("县水利局",), ("responsible",))])
def test_a_labelled_field_s_verbs_give_roles_only_when_they_tell_more(note, units, roles):
    """``_labelled_units``: a lead label's one body with 负责 stays the lead (one verb tells no more than the label); two
    bodies with verbs of their own take their verbs' roles; a deadline or a standing note among them is no body."""
    assert _note(note)[1:3] == (units, roles)


@pytest.mark.parametrize("word", ["由", "请", "对", "将", "经", "以"])
def test_an_alias_in_prose_leaves_out_the_word_before_the_bodies(word):
    """``find_alias_definitions``' opening words: 请县水利局、县财政局（以下简称两局）… defines 两局 as 县水利局 and 县财政局,
    without 请 (由, 对, 将, 经, 以)."""
    from analysis.parse.extract import find_alias_definitions
    assert find_alias_definitions(f"{word}县水利局、县财政局（以下简称两局）负责。") == {"两局": ("县水利局", "县财政局")}


# == the deadlines reader (analysis/parse/extract/deadlines.py) ===============================================

def _yearless(text: str) -> list[str]:
    from analysis.parse.extract.deadlines import find_yearless
    return find_yearless(text)


# ``_INLINE_YEARLESS``: every point (a day, 底, 末, the month alone, 年底) and every 前 word
@pytest.mark.parametrize("point", ["3月5日前", "3月底前", "3月末前", "3月前", "年底前", "3月底以前", "3月底之前"])
def test_a_deadline_without_a_year_in_task_text(point):
    """``_INLINE_YEARLESS``, every alternative: …3月5日前完成清理 (3月底前, 3月末前, 3月前, 年底前, 3月底以前, 3月底之前)
    sets a deadline without a year, read as written."""
    assert _yearless(f"{point}完成清理") == [point]


@pytest.mark.parametrize("text", ["2024年12月底前完成清理", "2024年3月底前完成清理", "每3月底前报送一次"])
def test_a_month_after_a_year_a_digit_or_every_is_no_yearless_deadline(text):
    """``_INLINE_YEARLESS``' refused characters: a month after a year (2024年3月底前 — a dated deadline), inside a
    two-digit month (12月 is no 2月) or after 每 (a recurring one) is no deadline without a year."""
    assert _yearless(text) == []


@pytest.mark.parametrize("text", ["3月底前完成征求意见", "3月底前报送意见建议", "3月底前反馈意见", "3月底前做好意见反馈",
                                  "3月底前提出意见", "3月底前明确有效期", "3月底前出台细则自印发之日起施行",
                                  "3月底前出台细则自印发之日起执行"])
def test_a_date_asking_for_comments_or_giving_effect_is_no_deadline(text):
    """``_NOT_A_DEADLINE``, every alternative: a clause that asks for comments (征求意见, 意见建议, 反馈意见, 提出意见 …)
    or says when a text takes effect (有效期, 起施行, 起执行) sets no deadline; in a clause of its own the date does."""
    assert _yearless(text) == []
    assert _yearless("3月底前出台细则，自印发之日起施行") == ["3月底前"]


# ``parse_deadline``'s tables: the signs a value is compacted of, 底/末 without 月, a span's dashes and words, the words
# after a date (前/以前/之前 and the verbs of completion), after a date then ongoing work, after a recurring point
_DEADLINE_VALUES = [
    ("2024年 6月底前", "date", "2024-06-30"), ("2024年，6月底前", "date", "2024-06-30"),
    ("2024年、6月底前", "date", "2024-06-30"), ("2024年；6月底前", "date", "2024-06-30"),
    ("2024年6底前", "date", "2024-06-30"), ("2024年6末前", "date", "2024-06-30"),
    *[(f"2023{d}2024年底前", "date", "2024-12-31") for d in ("—", "–", "-", "~", "～", "至", "到")],
    ("2024年6月以前完成", "date", "2024-05-31"), ("2024年6月之前完成", "date", "2024-05-31"),
    ("2024年6月前完成", "date", "2024-05-31"), ("2024年8月前", "date", "2024-07-31"),
    ("2024年8月以前", "date", "2024-07-31"), ("2024年8月之前", "date", "2024-07-31"),
    ("2024年6月完成", "date", "2024-06-30"), ("2024年6月落实到位", "date", "2024-06-30"),
    ("2024年6月落实", "date", "2024-06-30"), ("2024年6月到位", "date", "2024-06-30"),
    ("2024年6月出台", "date", "2024-06-30"),
    ("2024年6月完成后持续开展", "date_then_ongoing", "2024-06-30"),
    ("2024年6月之后持续开展", "date_then_ongoing", "2024-06-30"),
    ("2024年6月以后持续开展", "date_then_ongoing", "2024-06-30"),
    ("2024年6月后持续开展", "date_then_ongoing", "2024-06-30"),
    ("2024年6月落实并持续实施", "date_then_ongoing", "2024-06-30"),
    ("2024年6月完成后长期坚持", "date_then_ongoing", "2024-06-30"),
    ("2024年6月完成后常态化开展", "date_then_ongoing", "2024-06-30"),
    *[(f"每年6月底{w}", "recurring", None) for w in ("前", "以前", "之前", "内", "完成")]]


@pytest.mark.parametrize("raw, kind, date", _DEADLINE_VALUES)
def test_a_deadline_value_of_every_wording(raw, kind, date):
    """``parse_deadline``, every alternative: 2024年，6月底前 is 2024-06-30 (a space, 、 or ； inside, 6底前 without its
    月); 2023—2024年底前 is by the later year (every dash, 至, 到); 2024年8月前 is before August (以前, 之前);
    …完成/落实到位/落实/到位/出台 closes a date; …完成后持续开展 (之后, 以后, 后, 并, 长期, 常态化) is a date then ongoing
    work; 每年6月底前 (以前, 之前, 内, 完成) recurs yearly."""
    from analysis.parse.extract.deadlines import parse_deadline
    d = parse_deadline(raw)
    assert (d.kind, d.date) == (kind, date)


# == flattened tables (analysis/parse/text_tables.py) ==========================================================

_TELEPHONES = ["0371-65432101", "0371—65432101", "0371 65432101", "0371\t65432101", "65432101/65432102",
               "65432101、65432102", "65432101，65432102", "65432,101", "6543.2101", "（0371）65432101"]


@pytest.mark.parametrize("figures", _TELEPHONES)
def test_a_telephone_number_of_any_writing_is_no_task(figures):
    """``_FIGURES``, every character: in a table flattened one cell a line without its header, row 2 shows no task
    (its task cell merged with row 1's); its contact's number — with a dash of either kind, a space, a tab, a slash,
    a 、 or a comma between numbers, a dot, an area code in brackets — goes to the other column, not the task's."""
    from analysis.parse.text_tables import find_text_tables
    [table] = find_text_tables((
        f"1\n整治河道沿岸乱堆乱放问题\n县水利局\n张明\n{figures}\n2024年底\n"
        f"2\n县自然资源局\n李强\n{figures}\n2024年6月底\n"
        f"3\n开展入河排污口排查\n县生态环境局\n王刚\n{figures}\n2024年9月底").split("\n"))
    assert (table.column_cells(table.rows[1], "task"), table.column_cells(table.rows[1], None)) == ([], [figures])


# == citations (analysis/parse/extract/citations.py) ===========================================================

_VERBS_BEFORE_A_NUMBER = ["落实", "执行", "发布", "颁布", "公布", "根据", "按照", "依据", "依照", "印发", "贯彻", "参照", "详见",
                          "转发", "下发", "对照", "按", "见", "和", "及", "与", "的", "对"]


@pytest.mark.parametrize("verb", _VERBS_BEFORE_A_NUMBER)
def test_a_bare_number_cited_after_a_verb_is_the_number_alone(verb):
    """``_LEADING_VERB``, every word: 全县要贯彻县政发〔2024〕3号的要求 cites the number 县政发〔2024〕3号 — the words a
    sentence runs into it (落实, 根据, 下发, 对 …) are no part of the issuer's abbreviation."""
    from analysis.parse.extract.citations import find_citations
    cited = [c.number for c in find_citations(f"全县要{verb}县政发〔2024〕3号的要求。") if c.title is None]
    assert cited == ["县政发〔2024〕3号"]


# == the format sniffer (analysis/ingest/sniff.py) =============================================================

@pytest.mark.parametrize("head", [b"<!DOCTYPE html>\n<html>", b"<!doctype  html>", b"<html>\n<head>", b"<html lang=\"zh\">",
                                  b"<html\n>"])
def test_a_whole_web_page_saved_as_markdown_is_html(tmp_path, head):
    """``_WHOLE_PAGE``, both alternatives and every sign after <html: a .md file opening with <!DOCTYPE html> or an
    <html> tag (with attributes, or a line end) is a web page, read as HTML; a Markdown file with an HTML block
    inside (<div>) stays Markdown."""
    from analysis.ingest import sniff_format
    page = tmp_path / "page.md"
    page.write_bytes(head + "<body><p>某县河湖管护工作方案</p></body></html>\n".encode())
    assert sniff_format(page) == "html"
    doc = tmp_path / "doc.md"
    doc.write_bytes("# 某县河湖管护工作方案\n\n<div>一、总体要求</div>\n".encode())
    assert sniff_format(doc) == "md"


# ``_POINT`` and ``_QUARTER``: every point in a dated year, every quarter written either way
_DATED = [("2024年6月15日", "2024-06-15"), ("2024年6月份", "2024-06-30"), ("2024年6月底", "2024-06-30"),
          ("2024年6月末", "2024-06-30"), ("2024年6月中旬", "2024-06-20"), ("2024年6月上旬", "2024-06-10"),
          ("2024年6月下旬", "2024-06-30"), ("2024年上半年", "2024-06-30"), ("2024年下半年", "2024-12-31"),
          ("2024年第一季度", "2024-03-31"), ("2024年第二季度", "2024-06-30"), ("2024年三季度", "2024-09-30"),
          ("2024年第四季度末", "2024-12-31"), ("2024年第1季度", "2024-03-31"), ("2024年2季度底", "2024-06-30"),
          ("2024年第3季度", "2024-09-30"), ("2024年4季度", "2024-12-31"), ("2024年底", "2024-12-31"),
          ("2024年末", "2024-12-31"), ("2024年年底", "2024-12-31"), ("2024年年末", "2024-12-31")]


@pytest.mark.parametrize("raw, date", _DATED)
def test_a_dated_deadline_at_every_point_of_its_year(raw, date):
    """``_POINT`` and ``_QUARTER``, every alternative: 2024年6月中旬 is 2024-06-20, 2024年三季度 2024-09-30, 2024年2季度底
    2024-06-30, 2024年年末 2024-12-31 …"""
    from analysis.parse.extract.deadlines import parse_deadline
    d = parse_deadline(raw)
    assert (d.kind, d.date) == ("date", date)


_YEARLESS_VALUES = [("本年6月底前", "2024-06-30"), ("当年6月底前", "2024-06-30"), ("今年6月底前", "2024-06-30"),
                    ("6月15日前", "2024-06-15"), ("6月份", "2024-06-30"), ("6月底前", "2024-06-30"),
                    ("6月末前", "2024-06-30"), ("6月中旬", "2024-06-20"), ("6月上旬", "2024-06-10"),
                    ("6月下旬", "2024-06-30"), ("上半年", "2024-06-30"), ("下半年", "2024-12-31"),
                    ("第一季度", "2024-03-31"), ("第二季度", "2024-06-30"), ("三季度", "2024-09-30"),
                    ("第四季度末", "2024-12-31"), ("4季度底", "2024-12-31"), ("年底前", "2024-12-31"),
                    ("年末", "2024-12-31"), ("今年底前", "2024-12-31"), ("今年末前", "2024-12-31"), ("年内", "2024-12-31"),
                    ("今年内", "2024-12-31"), ("全年", "2024-12-31"), ("年中", "2024-06-30"), ("6月底以前", "2024-06-30"),
                    ("6月底之前", "2024-06-30")]


@pytest.mark.parametrize("raw, date", _YEARLESS_VALUES)
def test_a_deadline_without_a_year_takes_the_plan_s_year(raw, date):
    """``_YEARLESS``, every alternative: in a plan of 2024, 今年6月底前 (本年, 当年) is 2024-06-30, 今年底前 and 年内
    2024-12-31, 年中 2024-06-30, 第四季度末 2024-12-31 …"""
    from analysis.parse.extract.deadlines import parse_deadline
    d = parse_deadline(raw, 2024)
    assert (d.kind, d.date) == ("date", date)


_INLINE_TEXTS = [("于2024年6月底前完成清理", "于2024年6月底前", "date"), ("在2024年6月底前完成清理", "在2024年6月底前", "date"),
                 ("到2024年完成清理", "到2024年", "date"), ("至2024年完成清理", "至2024年", "date"),
                 ("截至2024年完成清理", "截至2024年", "date"), ("2024年6月底以前完成清理", "2024年6月底以前", "date"),
                 ("2024年6月底之前完成清理", "2024年6月底之前", "date"), ("每年6月底前报送", "每年6月底前", "recurring"),
                 ("每年度6月底前报送", "每年度6月底前", "recurring"), ("每年6月末报送", "每年6月末", "recurring"),
                 ("每年6月报送", "每年6月", "recurring"), ("每年6月5日报送", "每年6月5日", "recurring"),
                 ("每年第一季度报送", "每年第一季度", "recurring"), ("每年第二季度报送", "每年第二季度", "recurring"),
                 ("每年三季度报送", "每年三季度", "recurring"), ("每年第四季度报送", "每年第四季度", "recurring"),
                 ("每月5日前报送", "每月5日前", "recurring"), ("每月5日以前报送", "每月5日以前", "recurring"),
                 ("每月5日之前报送", "每月5日之前", "recurring"), ("20个工作日内办结", "20个工作日内", "relative"),
                 ("20日内办结", "20日内", "relative"), ("20天内办结", "20天内", "relative"),
                 ("20天以内办结", "20天以内", "relative")]


@pytest.mark.parametrize("text, raw, kind", _INLINE_TEXTS)
def test_a_deadline_inside_task_text_of_every_wording(text, raw, kind):
    """``_INLINE``, every alternative: 截至2024年完成清理 sets the deadline 截至2024年 (于, 在, 到, 至; 以前, 之前), 每年度
    6月底前报送 a yearly one (每年第三季度 …), 每月5日之前报送 a monthly one, 20个工作日内办结 a relative one (日, 天, 以内)."""
    from analysis.parse.extract.deadlines import find_deadlines
    assert [(d.raw, d.kind) for d in find_deadlines(text)] == [(raw, kind)]


# == training requirements (analysis/parse/extract/training.py) ===============================================

def _training(text: str) -> list[tuple]:
    from analysis.parse.extract.training import find_training
    return [(r.audience, r.hours_per_year, r.times_per_year) for r in find_training(text)]


@pytest.mark.parametrize("period, per_year", [("年", 1), ("年度", 1), ("半年", 2), ("季度", 4), ("季", 4), ("月", 12),
                                              ("周", 52)])
def test_study_times_and_hours_of_every_period_are_counted_per_year(period, per_year):
    """``PER_YEAR`` and ``_PERIOD``, every period: 每半年组织干部学法2次 is 4 times a year, 干部每人每周学法不少于3学时 is
    156 hours a year."""
    assert _training(f"每{period}组织干部学法2次。") == [("干部", None, 2.0 * per_year)]
    assert _training(f"干部每人每{period}学法不少于3学时。") == [("干部", 3.0 * per_year, None)]


@pytest.mark.parametrize("text", [f"每年组织干部{w}2次。" for w in ("学习", "培训", "学法", "轮训", "讲堂", "研讨", "学考", "授课")]
                         + ["干部每年完成40学时。", "干部每年完成40课时。", "干部每年集中学习40小时。"])
def test_every_study_word_makes_a_training_requirement(text):
    """``_STUDY`` and ``_HOURS``' units, every word: 每年组织干部研讨2次 (学习, 培训, 学法, 轮训, 讲堂, 学考, 授课) and
    干部每年完成40课时 (学时, 小时) are training requirements of 干部."""
    assert [a for a, *_ in _training(text)] == ["干部"]


@pytest.mark.parametrize("staff", ["人员", "医生", "医师", "护士", "教师", "干部", "职工", "员工", "工作者", "社工"])
def test_every_staff_word_names_the_audience(staff):
    """``_STAFF``, every word: 每年组织乡村教师学习2次 is a requirement of 乡村教师 (人员, 医生, 医师, 护士, 干部, 职工, 员工,
    工作者, 社工)."""
    assert _training(f"每年组织乡村{staff}学习2次。") == [(f"乡村{staff}", None, 2.0)]


@pytest.mark.parametrize("verb", ["确保", "要求", "督促", "组织", "推动", "鼓励", "引导", "提升", "提高", "加强", "强化", "培养",
                                  "培训", "开展", "安排", "选派"])
def test_a_verb_before_the_staff_word_is_no_part_of_the_audience(verb):
    """``_VERBS``, every verb: 每年选派乡村医生参加学习2次 is a requirement of 乡村医生, not of 年选派乡村医生."""
    assert _training(f"每年{verb}乡村医生参加学习2次。") == [("乡村医生", None, 2.0)]


# == flattened tables, the measures column (analysis/parse/text_tables.py) ====================================

_MEASURES_TABLE = ("某县全民健身设施补短板重点任务分工方案\n序号\n工作任务\n{measures}\n牵头单位\n完成时限\n"
                   "1\n建设一批社区健身步道\n利用河道绿地和闲置空地新建健身步道。\n县住房城乡建设局\n2023年10月底前\n"
                   "2\n完善体育公园配套设施\n在县城体育公园增设笼式足球场两处。\n县文化旅游体育局\n2023年12月底前\n")


@pytest.mark.parametrize("measures", ["落实措施", "工作举措"])
def test_a_task_column_before_a_measures_column_holds_the_task(measures):
    """``_MEASURES_HEADER``, both words: under 序号 工作任务 落实措施 (工作举措) 牵头单位 完成时限, every row with its own
    工作任务 cell, the tasks are the 工作任务 cells, not the measures."""
    from convention_docs import plan_corpus
    c = plan_corpus(normalized(_MEASURES_TABLE.format(measures=measures)))
    assert list(c.tasks.title) == ["建设一批社区健身步道", "完善体育公园配套设施"]
