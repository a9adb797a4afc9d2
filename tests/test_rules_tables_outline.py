"""Mutation round 12 (issue 15, item 5): whole rule tables of the decimal outline reader
(``analysis/parse/decimal_outline.py``) and of the one-line page reader (``analysis/parse/one_line.py``).

The fresh run of round 11 (seed 11) left single punctuation marks in character classes and the new outline module
(3/8). Here each test is one table (a character class, an alternation, a threshold) and its cases run **every**
member of it, one short invented text per member, in my own words, asserting what a reader sees: the tasks of an
outline and their clauses, the parts, a line split where a heading's first child runs into it, the titles of a table of
contents printed in one line, a one-line page's title and parts. The texts are read through the public path (the
corpus tables of a plain text, ``plan_corpus``) wherever it reaches the member; the outline's own functions
(``split_run_in_heads``, ``find_decimal_outline``, ``_run_in_contents``) where the case is one line or one run.
Members that cannot change what the module does are listed, with the reason, in ``scripts/mutation_equivalent.md``."""
import pytest

from analysis.parse.decimal_outline import _run_in_contents, find_decimal_outline, split_run_in_heads
from analysis.parse.structure import _line_table
from convention_docs import plan_corpus, rows


def _tasks(text: str) -> list[tuple[str, str]]:
    return rows(plan_corpus(text).tasks, ["task_no", "title"])


def _outline_numbers(text: str) -> list[str] | None:
    """The numbers of an outline's headings, as the outline reader finds them in a text's lines (None: no outline)."""
    outline = find_decimal_outline(_line_table(text), set())
    return None if outline is None else [h.no for h in outline.heads]


def _split(line: str) -> list[str]:
    """A line's pieces after ``split_run_in_heads`` (a heading's first child run into it starts a piece)."""
    return [c for _, _, c in split_run_in_heads([(0, len(line), line.strip())], line)]


_PART1 = "1 监测预警\n1.1 监测\n内容。\n1.2 预警\n内容。\n"
_PART2 = "2 处置\n2.1 人员转移\n内容。\n"
_BASE_TASKS = [("1.1", "监测"), ("1.2", "预警"), ("2.1", "人员转移")]


# -- _HEADING_START, _NUMBER: what a heading opens with after its number -----------------------------------------

@pytest.mark.parametrize("title", ["“双盲”演练", "（跨区）增援", "《条例》宣传", "物资调拨"])
def test_a_heading_may_open_with_a_quote_a_bracket_or_a_title_mark(title):
    """``_HEADING_START``: “ （ 《 or a Chinese character after the number (2.2 “双盲”演练 is the task 2.2)."""
    assert _tasks(_PART1 + _PART2 + f"2.2 {title}\n内容。\n") == _BASE_TASKS + [("2.2", title)]


# -- _HEAD: the space or tab between a heading's number and its title ---------------------------------------------

@pytest.mark.parametrize("sep", [" ", "\t", ""])
def test_a_headings_number_and_title_may_be_apart_by_a_space_or_a_tab(sep):
    text = (f"1{sep}监测预警\n1.1{sep}监测\n内容。\n1.2{sep}预警\n内容。\n2{sep}处置\n2.1{sep}人员转移\n内容。\n"
            f"2.2{sep}物资调拨\n内容。\n")
    assert _tasks(text) == _BASE_TASKS + [("2.2", "物资调拨")]


# -- _SHORT_TITLE, _candidate: a part heading is short and holds no sentence punctuation ---------------------------

@pytest.mark.parametrize("line", [
    "2 名专家赶赴现场。", "2 名专家赶赴现场，核查灾情", "2 名专家赶赴现场；核查灾情", "2 名专家赶赴现场：核查灾情",
    "2 次会商8:30开始", "2 批物资1,200件", "2 名专家赶赴现场！", "2 名专家能否赶赴现场？",
    "2 名专家赶赴现场核查灾情并于当日向县防汛办报告",   # more than twenty characters
])
def test_a_line_opening_with_a_count_and_holding_a_sentence_is_text_not_a_part(line):
    """A line 2 名专家赶赴现场，核查灾情 under 1.2 (a count at its start, then a sentence sign or more than 20
    characters) is the task's text, not a part 2 heading; the parts stay 监测预警 and 处置."""
    c = plan_corpus(_PART1.replace("1.2 预警\n内容。\n", f"1.2 预警\n{line}\n") + _PART2 + "2.2 物资调拨\n内容。\n")
    assert rows(c.clauses, ["task_seq", "text"])[1] == (2, line)
    assert rows(c.sections[c.sections.subsection.isna()], ["section", "title"]) == [("1", "监测预警"), ("2", "处置")]


@pytest.mark.parametrize("text, expected", [
    # a heading below part level may hold a sentence (its text run into it)
    (_PART1 + _PART2 + "2.2 物资调拨，由县应急局统一调配。\n", _BASE_TASKS + [("2.2", "物资调拨，由县应急局统一调配")]),
    # a count at a line's start after the last heading is no part 3
    (_PART1 + _PART2 + "2.2 物资调拨\n3个工作日内完成调拨。\n", _BASE_TASKS + [("2.2", "物资调拨")]),
], ids=["sentence-below-part-level", "count-after-the-last-heading"])
def test_only_a_part_heading_must_be_short(text, expected):
    """``_candidate``'s ``len(number) == 1``: the title rule is a part's only."""
    assert _tasks(text) == expected


def test_a_count_line_after_the_last_heading_stays_the_tasks_text():
    c = plan_corpus(_PART1 + _PART2 + "2.2 物资调拨\n3个工作日内完成调拨。\n")
    assert rows(c.clauses, ["task_seq", "text"])[-1] == (4, "3个工作日内完成调拨。")


# -- _run_in_child, _NUMBER_IN_TEXT, _PART_WITH_CHILD: where a line is split at a heading run into it ---------------

@pytest.mark.parametrize("line, pieces", [
    ("3处置3.1人员转移", ["3处置", "3.1人员转移"]),            # a title of two characters, then the first child
    ("3甲3.1人员转移", ["3甲3.1人员转移"]),                    # one character is no title
    ("4应急响应4.1先期处置4.1.1立即转移群众。", ["4应急响应", "4.1先期处置", "4.1.1立即转移群众。"]),
    ("7附则1总则1.1编制目的", ["7附则", "1总则", "1.1编制目的"]),   # the contents' last entry, the body's first part
    # a sentence sign before the number: text, not a heading
    ("4应急响应。4.1先期处置", None), ("4应急响应，4.1先期处置", None), ("4应急响应；4.1先期处置", None),
    ("4应急响应：4.1先期处置", None), ("4会商8:30后4.1先期处置", None), ("4物资1,200件4.1先期处置", None),
    # a digit or a stop before the number: part of another number (an amount, a date), no heading's
    ("2物资储备102.1万元", None), ("2试运行2024.2.1起", None),
    ("3完成2024年造林4.1万亩", None), ("7附则3.1总则1.1目的", None),
])
def test_a_line_is_split_where_a_headings_first_child_runs_into_it(line, pieces):
    assert _split(line) == (pieces or [line])


def test_a_part_heading_of_two_characters_with_its_child_run_in_is_read_through_the_public_path():
    assert _tasks(_PART1 + "2处置2.1人员转移\n内容。\n2.2 物资调拨\n内容。\n") == _BASE_TASKS + [("2.2", "物资调拨")]


# -- _ENTRY, _run_in_contents: a table of contents printed in one line ------------------------------------------------

_SIX = {(1,): "总则", (1, 1): "目的", (1, 2): "原则", (2,): "措施", (2, 1): "报告", (2, 2): "处置"}
_FIVE = {k: v for k, v in _SIX.items() if k != (2, 2)}


@pytest.mark.parametrize("content, titles", [
    ("目录1总则1.1目的1.2原则2措施2.1报告2.2处置", _SIX),                 # the line opens with 目录
    ("目录 1 总则 1.1 目的 1.2 原则 2 措施 2.1 报告 2.2 处置", _SIX),       # spaces around the numbers
    ("目录1\t总则\t1.1\t目的\t1.2\t原则\t2\t措施\t2.1\t报告\t2.2\t处置", _SIX),  # tabs
    ("目录1总则1.1目的1.2原则2措施2.1报告", _FIVE),                       # five entries are enough
    # an entry whose title holds a space, a digit or a sentence sign ends the contents before it
    ("目录1总则1.1目的1.2原则2措施2.1报告2.2处 置", _FIVE),
    ("目录1总则1.1目的1.2原则2措施2.1报告2.2处置2024年3月修订", _FIVE),
    ("目录1总则1.1目的1.2原则2措施2.1报告2.2处置 3 2024年计划", _FIVE),   # (nor is 3 2024… an entry after it)
    ("目录1总则1.1目的1.2原则2措施2.1报告2.2处置。善后", _FIVE),
    ("目录1总则1.1目的1.2原则2措施2.1报告2.2处置，善后", _FIVE),
    ("目录1总则1.1目的1.2原则2措施2.1报告2.2处置；善后", _FIVE),
    ("目录1总则1.1目的1.2原则2措施2.1报告2.2处置：善后", _FIVE),
    ("目录1总则1.1目的1.2原则2措施2.1报告2.2附录A:B", _FIVE),
    # a number of five levels is no entry's number
    ("目录1总则1.1目的1.2原则2措施2.1报告2.2处置1.1.1.1.1", _FIVE),
])
def test_the_titles_of_a_contents_printed_in_one_line(content, titles):
    assert _run_in_contents(content) == titles


def test_a_contents_title_cuts_a_heading_from_the_text_run_into_it():
    text = "目录1总则1.1目的1.2原则2措施2.1报告2.2处置\n" + _PART1 + "2 措施\n2.1 报告发现险情立即报告。\n2.2 处置\n内容。\n"
    assert _tasks(text)[2:] == [("2.1", "报告"), ("2.2", "处置")]


# -- _follows: which numbers continue an outline ----------------------------------------------------------------------

@pytest.mark.parametrize("tail, numbers", [
    ("2.2 处置\n内容。\n3.1.1 甲\n内容。\n3.1.2 乙\n内容。\n", ["3.1.1", "3.1.2"]),   # part 3 entered two levels down
    ("2.2 处置\n内容。\n3.1.1.1 甲\n内容。\n", []),                                   # three: no continuation
    ("2.2 处置\n内容。\n3.2 甲\n内容。\n", []),                                      # past the first child
])
def test_a_part_may_be_entered_at_its_first_child_two_levels_down_at_most(tail, numbers):
    assert _outline_numbers(_PART1 + "2 措施\n2.1 报告\n内容。\n" + tail) == ["1", "1.1", "1.2", "2", "2.1", "2.2", *numbers]


def test_a_part_entered_at_its_first_child_through_the_public_path():
    assert _tasks(_PART1 + "2.1 人员转移\n内容。\n2.2 物资调拨\n内容。\n") == _BASE_TASKS + [("2.2", "物资调拨")]


# -- _sequences: the longest run stays in reach however many stray numbers follow it ---------------------------------

def test_the_first_run_stays_in_reach_after_many_stray_numbers():
    """Seventeen amounts at lines' starts (5.5万元…, each a run of one) after 1 总则: 1.1 still continues 1 总则 (the
    first of the longest runs is kept in reach, not the latest)."""
    text = "1 总则\n" + "5.5万元补助由县财政承担。\n" * 17 + "1.1 目的\n内容。\n1.2 原则\n内容。\n" + _PART2 + "2.2 处置\n内容。\n"
    assert _outline_numbers(text) == ["1", "1.1", "1.2", "2", "2.1", "2.2"]


# -- find_decimal_outline, _subheads: four headings below part level, across two parts ------------------------------

@pytest.mark.parametrize("text, numbers", [
    (_PART1 + _PART2 + "2.2 处置\n内容。\n", ["1", "1.1", "1.2", "2", "2.1", "2.2"]),   # four below part level, two parts
    (_PART1 + _PART2, None),                                                         # three
    ("1.1 甲\n内容。\n1.2 乙\n内容。\n1.3 丙\n内容。\n1.4 丁\n内容。\n", None),            # one part
], ids=["four", "three", "one-part"])
def test_an_outline_has_four_headings_below_part_level_in_two_parts(text, numbers):
    assert _outline_numbers(text) == numbers


# == one-line pages (analysis/parse/one_line.py) ========================================================================

_CLAUSE = "，做到河面无漂浮物、河岸无垃圾、沿岸无违章建筑，确保河湖面貌明显改善"
_OPENING = "某县河湖管护工作方案为加强河湖管理，改善水环境质量，制定本方案。"
_PARTS = f"一、清理河道垃圾{_CLAUSE}。二、加强河湖巡查{_CLAUSE}。三、建设监测站点{_CLAUSE}。"


def _pieces(page: str, width: int = 30) -> list[str]:
    """The first ``width`` characters of each piece of a one-line page cut where its lost line breaks go."""
    from analysis.parse.one_line import one_line_breaks
    cuts = [0, *one_line_breaks(page), len(page)]
    return [page[a:b][:width] for a, b in zip(cuts, cuts[1:])]


def _cut_after(page: str, words: str) -> bool:
    """Is the page cut right after ``words``?"""
    from analysis.parse.one_line import one_line_breaks
    return page.index(words) + len(words) in one_line_breaks(page)


# -- _HEADING: an item's marker and what may stand before its number ----------------------------------------------------

@pytest.mark.parametrize("marker", ["{}、", "{}）", "{}.", "（{}）"])
def test_items_of_a_one_line_page_numbered_with_any_marker(marker):
    """``_HEADING``'s item markers (1、 1） 1. （1）): each item after a full stop opens a line of its own."""
    items = [marker.format(n) for n in (1, 2, 3)]
    page = _OPENING + "".join(f"{m}{w}{_CLAUSE}。" for m, w in zip(items, ("清理河道垃圾", "加强河湖巡查", "建设监测站点")))
    assert [p[:len(items[0]) + 2] for p in _pieces(page)[2:]] == [f"{items[0]}清理", f"{items[1]}加强", f"{items[2]}建设"]


_LATER = f"二、加强河湖巡查{_CLAUSE}。三、建设监测站点{_CLAUSE}。"


@pytest.mark.parametrize("page, not_an_item", [
    # a number's last digits (102.), a decimal item's second number (1.1、), a number in a bracket (（1、)
    (f"{_OPENING}一、主要任务1.整治河道102.加强河湖巡查{_CLAUSE}。{_LATER}", "02.加强"),
    (f"{_OPENING}一、主要任务1.1、清理河道垃圾{_CLAUSE}。1.2、加强河湖巡查{_CLAUSE}。{_LATER}", "1、清理"),
    (f"{_OPENING}一、主要任务（1、清理河道垃圾；2、加强河湖巡查）{_CLAUSE}。{_LATER}", "1、清理"),
], ids=["after-a-digit", "after-a-stop", "after-a-bracket"])
def test_a_number_after_a_digit_a_stop_or_a_bracket_is_no_item_of_a_one_line_page(page, not_an_item):
    """``_HEADING``'s look-behind: after the short heading 一、主要任务, the 02. of 102., the second 1、 of 1.1、 and the 1、 of
    （1、 open no line (the page's parts do)."""
    pieces = _pieces(page)
    assert not any(p.startswith(not_an_item) for p in pieces) and [p[:4] for p in pieces[-2:]] == ["二、加强", "三、建设"]


# -- _UNIT_NOTE_AFTER: a unit note closing a paragraph holds no sentence -----------------------------------------------

@pytest.mark.parametrize("rest", ["。县财政局负责资金", "；县财政局负责资金", "：县财政局负责资金", "，每日8:30前报送数据"])
def test_a_unit_note_followed_by_more_words_closes_no_paragraph(rest):
    """``_UNIT_NOTE_AFTER``'s refused signs: …。责任单位：县发改局。县财政局负责资金二、… — the words after the note hold a
    full stop, a semicolon or a colon (8:30 too), so the note does not end the paragraph: 二、 opens no line there."""
    page = (f"{_OPENING}一、清理河道垃圾{_CLAUSE}。责任单位：县发改局{rest}二、加强河湖巡查{_CLAUSE}。"
            f"三、建设监测站点{_CLAUSE}。")
    assert not any(p.startswith("二、") for p in _pieces(page))


# -- _DATE_END: a first part after the date of a cover -------------------------------------------------------------------

@pytest.mark.parametrize("date", ["2024年3月1日", "1998年3月1日"])
def test_a_first_part_after_a_covers_date_on_a_one_line_page(date):
    """``_DATE_END``, both centuries: …请认真贯彻执行。2024年3月1日一、清理河道垃圾… — the first part opens a line."""
    page = f"关于印发某县河湖管护工作方案的通知各乡镇人民政府：现将方案印发给你们，请认真贯彻执行。{date}{_PARTS}"
    assert [p[:4] for p in _pieces(page)[-3:]] == ["一、清理", "二、加强", "三、建设"]


# -- _PAGE_MARK: a page's 第1页共3页 before the text ------------------------------------------------------------------------

@pytest.mark.parametrize("mark", ["第1页共3页", "共3页第1页", "共3页"])
def test_a_page_mark_opening_a_one_line_page_is_a_line_of_its_own(mark):
    assert _pieces(mark + _OPENING + _PARTS)[:2] == [mark, "某县河湖管护工作方案"]


# -- _NOTICE_TITLE: a notice word before a closing bracket ends no title --------------------------------------------------

def test_a_notice_word_before_a_closing_bracket_ends_no_title():
    """``_NOTICE_TITLE``'s ）after the notice word: 根据省水利厅（关于河湖管护的意见）要求，… is words of the text."""
    page = f"根据省水利厅（关于河湖管护的意见）要求，各地要加强河湖管理，改善水环境质量。{_PARTS}"
    assert not _cut_after(page, "的意见")


# -- _TITLE_THEN_TEXT after a cover's signature: a sentence is no title -------------------------------------------------

def test_words_with_a_full_stop_after_a_covers_signature_are_no_title():
    """``_TITLE_THEN_TEXT``'s refused 。: after the signature 某县水利局2024年3月1日, 请各单位抓紧落实。实施方案为… holds a
    full stop: no title ends at 实施方案."""
    page = ("各乡镇人民政府：现将《某县河湖管护工作方案》印发给你们，请认真贯彻执行。某县水利局2024年3月1日"
            f"请各单位抓紧落实。实施方案为加强河湖管理，改善水环境质量，制定本方案。{_PARTS}")
    assert not _cut_after(page, "实施方案")


# -- _DELIVERY, _CONGRESS_ADDRESSEE: a report's delivery line and whom it addresses --------------------------------------

_REPORT_TITLE = "关于某市2023年河湖管护工作情况的报告"
_DELIVERED_AT = "——2024年5月20日在某市第十届人民代表大会常务委员会第九次会议上"
_REPORT_TEXT = "受市人民政府委托，现将全市河湖管护工作情况报告如下，请予审议。"


@pytest.mark.parametrize("addressee", ["某市人民代表大会常务委员会：", "某市人民代表大会：", "各位代表：", "各位委员："])
def test_a_reports_delivery_line_and_addressee_on_a_one_line_page(addressee):
    """``_DELIVERY`` and ``_CONGRESS_ADDRESSEE``, every addressee: …的报告——2024年5月20日在…会议上 某市水利局局长 王某某
    各位代表：受…委托… — the delivery line and the addressee are lines of their own."""
    page = f"{_REPORT_TITLE}{_DELIVERED_AT} 某市水利局局长 王某某 {addressee}{_REPORT_TEXT}{_PARTS}"
    pieces = [p.strip() for p in _pieces(page, 80)]
    assert pieces[:2] == [_REPORT_TITLE, _DELIVERED_AT]
    assert addressee in pieces and pieces[pieces.index(addressee) + 1] == _REPORT_TEXT


def test_a_delivery_line_does_not_run_over_a_colon():
    """``_DELIVERY``'s refused ：: ——2024年5月20日在某市人大常委会上各位委员：…在本次会议上 — the meeting's words do not
    run over the addressee's colon to a later 会议上."""
    page = f"{_REPORT_TITLE}——2024年5月20日在某市人大常委会上各位委员：受市人民政府委托，在本次会议上报告工作情况，请予审议。{_PARTS}"
    assert not _cut_after(page, "在本次会议上")


# -- _front_breaks: a page field's value run into the 文号 after it ------------------------------------------------------

@pytest.mark.parametrize("organ, number", [("国务院", "国发〔2006〕29号"), ("某省水利厅", "某水发〔2024〕1号"),
                                           ("某县水利局", "县水发〔2024〕1号"), ("某县发展和改革委员会", "县发改发〔2024〕1号"),
                                           ("某县人民政府办公室", "县政办发〔2024〕1号"), ("某县人民政府", "县政发〔2024〕1号")])
def test_a_fields_organ_run_into_the_document_number_after_it(organ, number):
    """The organ words of ``_front_breaks`` (院 厅 局 委员会 办公室 政府): 发文机关：某县水利局县水发〔2024〕1号 — the field's
    organ and the 文号 are lines of their own."""
    page = f"某县关于加强河湖管护工作的通知发文机关：{organ}{number}各乡镇人民政府：为加强河湖管理，现将有关事项通知如下：{_PARTS}"
    assert _pieces(page)[1:4] == [f"发文机关：{organ}", number, "各乡镇人民政府："]


# -- _WRAPPER: a sharing site's wrapper line above the page -------------------------------------------------------------

@pytest.mark.parametrize("word", ["由会员分享", "在线阅读", "文库", "下载文档", "上传人"])
def test_a_one_line_page_under_a_sharing_sites_long_wrapper_line_is_cut_in_its_opening(word):
    """``_WRAPPER``, every word: a line of more than thirty characters above the page that names the sharing site (文库,
    上传人 …) is its wrapper — the page's opening is still cut (the notice's title, its addressees)."""
    page = (f"某县河湖管护工作方案某某网站某某栏目某某页面内容提要{word}某某某某某某某某某某\n"
            f"关于加强河湖管护工作的通知各乡镇人民政府：为加强河湖管理，现将有关事项通知如下：{_PARTS}")
    assert "各乡镇人民政府：" in _pieces(page)


# -- _PIECE: a sharing page's numbered pieces, spaces before their numbers ---------------------------------------------

@pytest.mark.parametrize("space", ["", " ", "\t", " \t"])
def test_a_sharing_pages_pieces_with_spaces_before_their_numbers(space):
    """``_PIECE``'s spaces and tabs: pieces 1、 2、 (150 characters or more, cut mid-sentence) are one text again."""
    from analysis.parse.one_line import page_piece_edits
    p1 = space + "1、" + "各乡镇要加强河湖巡查，做到河面无漂浮物、河岸无垃圾、沿岸无违章建筑，确保河湖面貌明显改善" * 4 + "并且"
    p2 = space + "2、" + "建立长效管护机制，落实管护经费，明确管护人员职责，定期开展考核评估，确保各项措施落到实处。" * 4
    edits = page_piece_edits("\n".join([p1, p2]))
    assert len(edits) == 2 and edits[0] == (0, len(space) + 2)


@pytest.mark.parametrize("end", ["。", "！", "？", "；", "）", "”"])
def test_numbered_paragraphs_ending_a_sentence_are_no_pieces_of_a_sharing_page(end):
    """``page_piece_edits``' sentence ends (。！？；）”): long numbered paragraphs 1、 2、 whose first ends a sentence are the
    document's own list, not a sharing page's pieces cut mid-sentence."""
    from analysis.parse.one_line import page_piece_edits
    p1 = "1、" + "各乡镇要加强河湖巡查，做到河面无漂浮物、河岸无垃圾、沿岸无违章建筑，确保河湖面貌明显改善" * 4 + "{}按月考核{}".format({"）": "（", "”": "“"}.get(end, ""), end)
    p2 = "2、" + "建立长效管护机制，落实管护经费，明确管护人员职责，定期开展考核评估，确保各项措施落到实处。" * 4
    assert page_piece_edits("\n".join([p1, p2])) == []


@pytest.mark.parametrize("end", ["。", "！", "？"])
def test_a_one_line_pages_opening_ends_at_its_first_sentence(end):
    """``one_line_breaks``' sentence ends (。！？): the opening's breaks (title, fields, addressees) are looked for before
    the first sentence ends only — a colon after it (…抓好落实：) is no addressees' end, a field after it (信息来源：) no
    field of the page's."""
    page = (f"某县河湖管护工作方案河湖管护事关群众切身利益{end}各乡镇要高度重视，按照以下要求抓好落实：加强巡查，改善水质，"
            f"信息来源：县水利局巡查记录。{_PARTS}")
    assert not _cut_after(page, "抓好落实：") and not _cut_after(page, "改善水质，")
    assert [p[:4] for p in _pieces(page)[-3:]] == ["一、清理", "二、加强", "三、建设"]
