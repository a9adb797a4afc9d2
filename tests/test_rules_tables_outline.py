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
