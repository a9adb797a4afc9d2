"""Mutation round 11 (issue 15), the structure reader: whole rule tables round 10 left, one parametrized test per table.

Round 10 pinned the structure reader's biggest tables (``_RESP_PAREN``'s words, ``_UNIT``, the standard heading words,
``_PHASE_ITEM`` …, in ``tests/test_rules_tables_text.py``); the fresh first run after it (seed 10) found the survivors in
the tables nobody had taken whole. This file takes those (``_CONTAINER``, the cover notice's tables ``_ISSUES_DIVISION``,
``_ISSUED_WORD`` and ``_ZONE_END_TITLE``, the statistics rows ``_STAT_ROW`` and ``_FIGURE_CELL``, the cut-off notes
``_CUT_NOTE``, ``_OPEN_NOTE`` and ``_NOTE_START``, ``_ASSIGN_SENTENCE`` …) and runs **every** alternative of each: one short
text per alternative, written for it in my own words, read through the corpus tables as a user reads them (the tasks,
their units, the clauses' notes, the warnings that say why a part is no task). Dropping any one alternative fails its
case. Alternatives that cannot change behaviour are listed with the reason in ``scripts/mutation_equivalent.md``."""
import pytest

from convention_docs import normalized, plan_corpus, rows

_TITLE = "某市河湖管护工作方案"
_TASKS = "（一）清理河道垃圾。每月巡查一次。\n（二）建设监测站点。实现全覆盖。\n"
_TWO_TASKS = [("（一）", "清理河道垃圾"), ("（二）", "建设监测站点")]


def _read(source: str):
    """The corpus tables of a plan whose normalized text is ``source``."""
    return plan_corpus(normalized(source))


def _tasks(source: str) -> list[tuple]:
    return rows(_read(source).tasks, ["task_no", "title"])


def _said(source: str, kind: str = "tasks_uncertain") -> list[str]:
    w = _read(source).warnings
    return list(w.loc[w.kind == kind, "message"])


# == a part that names what its items are (``_CONTAINER``) ======================================================

_CONTAINERS = ["主要任务", "重点任务", "具体任务", "工作任务", "主要工作任务", "重点措施", "重点举措", "重点工作",
               "主要内容", "主要任务和措施", "主要任务与举措", "主要措施及任务", "重点工作、要求",
               "组织机构", "机构设置", "职责分工"]


@pytest.mark.parametrize("heading", _CONTAINERS)
def test_a_part_naming_what_its_items_are_and_holding_none_is_no_task(heading):
    """``_CONTAINER``, every word and sign: a part 三、主要措施及任务 (重点举措, 工作任务, 机构设置 …) with nothing under it
    names what its items would be; it is no task, and the reader is told why. The parts around it are the tasks."""
    source = f"{_TITLE}\n一、总体要求\n坚持系统治理。\n二、加强河道巡查\n每月组织巡查一次。\n三、{heading}\n四、建设监测站点\n实现全覆盖。\n"
    assert _tasks(source) == [("二", "加强河道巡查"), ("四", "建设监测站点")]
    assert any(f"section 三、{heading} names what its items are but holds none" in m for m in _said(source))


# == a cover notice's own instructions (``_cover_instruction_lines``, ``_ZONE_END_TITLE``) ====================

_COVER = f"关于印发{_TITLE}的通知\n各县区水利局：\n现将《{_TITLE}》印发给你们，并就有关事项通知如下：\n"


@pytest.mark.parametrize("title", [f"某市河湖管护{w}" for w in (
    "工作方案", "工作计划", "保护规划", "工作要点", "任务清单", "任务分工", "任务分解表", "实施意见", "若干措施", "工作安排")]
    + ["某市河湖管护工作方案（2024—2026年）", "某市河湖管护工作方案（征求意见稿）", "某市河湖管护工作方案（2024年修订版本）",
       "某市" + "河湖" * 27 + "管护方案"])
def test_the_issued_document_s_title_ends_the_cover_s_instructions(title):
    """``_ZONE_END_TITLE``, every word, its bracketed remark (4 to 16 characters) and the 60-character bound: a cover's
    instructions (一、… 二、… after 通知如下：) end at the title of the document it issues (…任务分解表, …工作方案（2024—2026
    年）, a title of 60 characters); the groups （一）（二） under that title are its tasks."""
    assert len(title) <= 60
    source = _COVER + f"一、提高思想认识\n各地要高度重视。\n二、抓好贯彻落实\n各地要认真组织实施。\n{title}\n" + _TASKS
    assert _tasks(source) == _TWO_TASKS


@pytest.mark.parametrize("line", [f"各地要高度重视{s}落实保障措施" for s in "。，；："]
                         + ["各县区于3月1日14:30前报送保障措施", "各县区要按照本方案的要求认真组织实施并于每季度末向市水利局和市河长办书面报告"
                            "本季度的工作进展情况和下一步工作的主要安排措施"])
def test_a_line_holding_a_sign_or_too_long_is_no_title_in_the_cover(line):
    """``_cover_instruction_lines``' signs (。，；：, ASCII : of 14:30) and its bound of 60 characters: an instruction
    line ending like a title (…保障措施) that holds a sign, or runs on for 61 characters, is no title — the cover's
    instructions go on; its part 二、 is an instruction too, no task."""
    assert len(line) <= 40 or len(line) == 61
    source = _COVER + f"一、提高思想认识\n{line}\n二、抓好贯彻落实\n各地要认真组织实施。\n{_TITLE}\n" + _TASKS
    assert _tasks(source) == _TWO_TASKS
    assert sum("is an instruction of the cover notice" in m for m in _said(source)) == 2


@pytest.mark.parametrize("marker", ["（一）", "1."] + [f"{n}、" for n in "二三四五六七八九十"])
def test_a_cover_s_instructions_numbered_any_way_are_no_tasks(marker):
    """``_cover_instruction_lines``' numerals (一 to 十, digits, the bracket of （一）) and its test of a numbering that
    starts again (== 1): the cover's instructions 一、… then {marker}… are instructions, read up to the title of the
    document it issues; its tasks are the groups under that title."""
    source = _COVER + f"一、提高思想认识\n各地要高度重视。\n{marker}抓好贯彻落实\n各地要认真组织实施。\n{_TITLE}\n" + _TASKS
    assert _tasks(source) == _TWO_TASKS
    assert sum("is an instruction of the cover notice" in m for m in _said(source)) == 2


def test_a_cover_s_instructions_end_where_the_numbering_starts_again():
    """``_cover_instruction_lines``' numbering that starts again (一、 after 一、 二、), with no title between: the
    second 一、 is the issued document's first part, and its groups are tasks."""
    source = _COVER + "一、提高思想认识\n各地要高度重视。\n二、抓好贯彻落实\n各地要认真组织实施。\n一、主要任务\n" + _TASKS
    assert _tasks(source) == _TWO_TASKS


# == statistics rows (``_STAT_ROW``, ``_FIGURE_CELL``) ==========================================================

_REPORT = ("某县2023年政府信息公开工作年度报告\n一、总体情况\n2023年，县政府办公室认真做好政府信息公开工作。\n"
           "二、主动公开政府信息情况\n全年主动公开政府信息120条。\n三、收到和处理政府信息公开申请情况\n{rows}"
           "四、存在的主要问题及改进情况\n公开内容还不够全面。\n")
_REPORT_PARTS = ["一", "二", "三", "四"]


def _parts(rows_text: str) -> list[str]:
    return [no for no, _ in _tasks(_REPORT.format(rows=rows_text))]


@pytest.mark.parametrize("row", [f"{n}、本年新收申请数量 | 3 | 2 |\n十、合计 | 5 | 4 |" for n in "一二三四五六七八九十"]
                         + ["五、本年新收申请数量｜3｜2｜", "五、本年新收申请数量\t|\t3\t|\t2\t|", "五、本年新收申请数量 | 1.5 | 2 |",
                            "五、本年新收申请数量 | 1,186 | 42 |", "五、办结率 | 35% | 2 |", "五、本年新收申请数量 | - | 3 | 2 |"])
def test_a_statistics_row_numbered_as_a_part_is_no_part(row):
    """``_STAT_ROW``, every numeral, bar (| ｜), space and tab around a bar, and the signs of a figure (1.5, 1,186, 35%,
    - for none): a table's row 五、本年新收申请数量 | 3 | 2 | under a report's part 三 is a row, not a part; the
    report's parts stay 一 to 四."""
    assert _parts(row + "\n") == _REPORT_PARTS


@pytest.mark.parametrize("figure", ["167500", "1,186", "35%", "701553税收83660", "12.5"])
def test_a_row_label_over_a_figure_alone_is_no_part(figure):
    """``_FIGURE_CELL``: a label 五、本年新收申请数量 whose next line is a figure (alone, with a thousands separator, a
    per cent, a decimal, or run into the next cell's label) is a row of a table flattened one cell a line; the report's
    parts stay 一 to 四."""
    assert _parts(f"五、本年新收申请数量\n{figure}\n") == _REPORT_PARTS


@pytest.mark.parametrize("unit", "年月日号个项条家所万亿元")
def test_a_label_over_a_count_of_things_is_a_part(unit):
    """``_FIGURE_CELL``'s words after a number (年 月 日 号 个 项 条 家 所 万 亿 元): a line 12个… under 五、… is a
    sentence's count or a date, no figure cell — the label is read as a part of its own."""
    assert _parts(f"五、本年新收申请数量\n12{unit}申请已办结。\n") == ["一", "二", "三", "五", "四"]


# == a note the end of the text cut off (``_OPEN_NOTE``, ``_NOTE_START``, ``_cut_off_note``) ==================

def _cut(tail: str):
    """(the clause texts, the units and roles, the warnings that a note was cut) of a plan whose text ends
    1.加强河道管理。清理河道垃圾``tail``."""
    c = _read(f"{_TITLE}\n一、主要任务\n1.加强河道管理。清理河道垃圾{tail}")
    cut = [m for m in c.warnings.message if "is cut at the end of the text" in m]
    return list(c.clauses.text), rows(c.units, ["unit", "role"]), cut


_LEAD_AND_SUPPORT = [("市水利局", "lead"), ("市财政局", "supporting")]
_CLOSER = {"（": "）", "〔": "〕", "【": "】", "[": "]"}


@pytest.mark.parametrize("o", "（〔【[")
def test_a_note_cut_at_the_end_of_the_text_in_any_bracket(o):
    """``_OPEN_NOTE``'s opening brackets: a note （ 〔 【 [ 市水利局牵头，市财政局配合，各县 that the end of the excerpt cut
    off is read up to its last whole item; the units after it are left out, and the reader is told."""
    texts, units, cut = _cut(f"{o}市水利局牵头，市财政局配合，各县")
    assert (texts, units, len(cut)) == (["清理河道垃圾"], _LEAD_AND_SUPPORT, 1)
    # (``_BRACKET_PAIR``: the note read is closed by the bracket that pairs with its own)
    assert f"read up to its last whole item ({o}市水利局牵头，市财政局配合{_CLOSER[o]})" in cut[0]


@pytest.mark.parametrize("remark, note", [("（", "【"), ("【", "（"), ("（", "〔"), ("（", "["), ("〔", "（")])
def test_a_cut_note_opens_at_its_own_bracket_after_an_open_remark(remark, note):
    """``_OPEN_NOTE``: a note cut at the end (【市水利局牵头，…) after a remark whose bracket never closed (（每月一次):
    the note opens at its own bracket, not at the remark's (a note holds no bracket of another kind); the remark
    stays in the clause's text."""
    texts, units, cut = _cut(f"{remark}每月一次{note}市水利局牵头，市财政局配合，各县")
    assert (texts, units, len(cut)) == ([f"清理河道垃圾{remark}每月一次"], _LEAD_AND_SUPPORT, 1)


@pytest.mark.parametrize("remark", ["（每月一次）", "〔每月一次〕", "【每月一次】", "[每月一次]", "（各县（市）每月一次）",
                                    "〔各县（市）每月一次〕", "【各县（市）每月一次】", "[各县（市）每月一次]"])
def test_a_closed_remark_before_a_cut_sentence_is_no_cut_note(remark):
    """``_OPEN_NOTE``'s closing brackets (after the note's text, and after a remark inside it such as 各县（市）): a
    remark closed before the excerpt ends (…垃圾〔每月一次〕，市水利局牵头，…各县) leaves no note open at the cut —
    no unit is read, none is said to be cut."""
    texts, units, cut = _cut(f"{remark}，市水利局牵头，市财政局配合，各县")
    assert (units, cut) == ([], [])


@pytest.mark.parametrize("note", "（〔【[")
def test_a_cut_note_after_a_remark_with_a_bracket_inside(note):
    """``_OPEN_NOTE`` after a remark inside brackets (（各县（市）自行安排 never closed): the cut note opens at its own
    bracket 【 〔 [ (or a second （), the remark stays in the clause's text."""
    texts, units, cut = _cut(f"（各县（市）自行安排{note}市水利局牵头，市财政局配合，各县")
    assert (texts, units, len(cut)) == (["清理河道垃圾（各县（市）自行安排"], _LEAD_AND_SUPPORT, 1)


_ROLE_OF_LABEL = {"责任": "responsible", "牵头": "lead", "配合": "supporting", "主责": "lead", "协办": "supporting",
                  "协同": "supporting", "协作": "supporting", "参与": "supporting"}


@pytest.mark.parametrize("label", list(_ROLE_OF_LABEL))
def test_a_cut_labelled_note_of_any_label(label):
    """``_NOTE_START``'s labels (责任 牵头 配合 主责 协办 协同 协作 参与 …：) and ``_cut_off_note``'s labelled form: a note
    （协作单位：市水利局；配合单位：市财 cut at the end is read up to its last whole item, the cut label and its unit
    left out."""
    texts, units, cut = _cut(f"（{label}单位：市水利局；配合单位：市财")
    assert (texts, units, len(cut)) == (["清理河道垃圾"], [("市水利局", _ROLE_OF_LABEL[label])], 1)


@pytest.mark.parametrize("first, second, role", [("负责", "协办", "supporting"), ("负责", "参与", "supporting"),
                                                 ("负责", "配合", "supporting"), ("负责", "牵头", "lead"),
                                                 ("牵头", "负责", "responsible"), ("牵头", "参与", "supporting"),
                                                 ("配合", "参与", "supporting")])
def test_a_cut_unlabelled_note_of_any_verb(first, second, role):
    """``_NOTE_START``'s verbs (…牵头, …负责, …配合) and ``_cut_off_note``'s (牵头 负责 配合 参与 协办): a note
    （市水利局负责，市财政局参与，各县 cut at the end is read up to the last verb that assigns; the two units it names are
    read, the cut one left out."""
    texts, units, cut = _cut(f"（市水利局{first}，市财政局{second}，各县")
    assert (texts, len(units), units[1], len(cut)) == (["清理河道垃圾"], 2, ("市财政局", role), 1)


def test_a_cut_note_whose_label_is_no_verb():
    """``_cut_off_note``'s look-ahead for a label's colon: in （牵头单位：市水利局、市财政局；配合单位：市 the words 牵头, 配合
    open labels, they are no verbs that assign — the note is read up to its last whole item."""
    texts, units, cut = _cut("（牵头单位：市水利局、市财政局；配合单位：市")
    assert (texts, units, len(cut)) == (["清理河道垃圾"], [("市水利局", "lead"), ("市财政局", "lead")], 1)


# == a cover notice that issues a division of tasks (``_ISSUES_DIVISION``) and names what it issues (``_ISSUED_WORD``)

_NEUTRAL_COVER = "经县政府同意，现印发给你们，请认真抓好落实。"
_OWN_PARTS = ("一、细化分工抓落实。各乡镇把承担的任务逐项列入本单位年度计划。\n"
              "二、加强调度抓推进。县农业农村局每月汇总一次进展情况。\n")


def _cover_parts(title: str, sentence: str):
    """The tasks of a cover notice (a title line, its addressees, ``sentence``) whose own parts 一、二、 assign no
    unit, and the warnings that call them its requirements."""
    source = f"{title}\n各乡镇人民政府，县政府各部门：\n{sentence}\n{_OWN_PARTS}"
    return _tasks(source), sum("is a requirement of the cover notice" in m for m in _said(source))


@pytest.mark.parametrize("title, sentence", [
    ("", "现将《2025年重点工作任务分解》印发给你们，请认真落实。"),
    ("", "现将《2025年重点工作任务分工方案》印发给你们。"),
    ("", "现将《2025年重点工作任务清单》印发给你们。"),
    ("", "现将《2025年重点工作责任清单》印发给你们。"),
    ("", "现将省政府《2025年重点工作任务分工方案》转发给你们。结合我县实际，现印发有关要求。"),
    ("", "省政府已出台《2025年重点工作任务分工方案》。经县政府同意，现将我县实施意见印发给你们。"),
    ("", "省政府已出台《2025年重点工作任务分工方案》\n经县政府同意，现将我县实施意见印发给你们。"),
    ("某县人民政府办公室关于印发2025年重点工作任务分工方案的通知", _NEUTRAL_COVER),
    ("某县人民政府办公室关于印发2025年重点工作任务分解表的通知", _NEUTRAL_COVER),
    ("某县人民政府办公室关于印发2025年重点工作任务清单的通知", _NEUTRAL_COVER),
    ("某县人民政府办公室关于印发2025年重点工作责任清单的通知", _NEUTRAL_COVER),
    ("某县人民政府办公室关于转发省政府2025年重点工作任务分工方案的通知", _NEUTRAL_COVER),
    ("", "现将2025年重点工作任务予以分解印发，请认真抓好落实。"),
    ("", "现将2025年重点工作任务分解下达，请抓好落实。现印发给你们。"),
])
def test_a_cover_that_issues_a_division_of_tasks_makes_its_own_parts_requirements(title, sentence):
    """``_ISSUES_DIVISION``, every alternative and word: a cover that issues or forwards a division of tasks (现将《…任务
    分解》印发 · 关于转发…任务分工方案的通知 · …任务予以分解印发 · …任务分解下达) has its own parts 一、二、, which assign no
    unit, read as its requirements — no tasks, each said. A 《…分工方案》 named in a sentence (or on a line) before the
    one that issues is no division the cover issues: the two parts are tasks (checked below)."""
    tasks, said = _cover_parts(title, sentence)
    if sentence.startswith("省政府已出台"):  # the division is named, not issued: the parts are the notice's tasks
        assert (tasks, said) == ([("一", "细化分工抓落实"), ("二", "加强调度抓推进")], 0)
    else:
        assert (tasks, said) == ([], 2)


def test_a_cover_that_issues_no_division_keeps_its_parts_as_tasks():
    """The counter-case of ``_ISSUES_DIVISION``: a cover whose sentence issues no division (经县政府同意，现印发给你们)
    keeps its parts 一、二、 as tasks."""
    assert _cover_parts("", _NEUTRAL_COVER) == ([("一", "细化分工抓落实"), ("二", "加强调度抓推进")], 0)


_ISSUED = [("清单", "某县政务服务清单"), ("方案", "河湖管护工作方案"), ("计划", "河湖管护行动计划"), ("意见", "河湖管护实施意见"),
           ("办法", "河湖管护考核办法"), ("规划", "河湖保护规划"), ("细则", "河湖管护实施细则"),
           ("措施", "河湖管护若干措施"), ("目录", "河湖管护项目目录"), ("指南", "河湖管护工作指南"), ("标准", "河湖管护服务标准"),
           ("清单", "某县政务服务清单（2025年版）")]


@pytest.mark.parametrize("word, title", _ISSUED)
@pytest.mark.parametrize("sentence", ["现将《{t}》印发给你们，请认真贯彻落实。", "现将省水利厅《{t}》转发给你们。经研究，现印发我县要求。",
                                      "省水利厅已制定《{t}》。经研究，现印发我县要求。", "省水利厅已制定《{t}》\n经研究，现印发我县要求。"])
def test_a_cover_s_part_about_carrying_out_what_it_issues_is_an_instruction(word, title, sentence):
    """``_ISSUED_WORD``, every word of a document's name (清单 方案 … 标准, a version in brackets after it) and both verbs
    (印发, 转发): under 现将《某县政务服务清单（2025年版）》印发给你们, a part 一、抓好清单落实 is an instruction about the
    document it issues, no task. A document named in a sentence or on a line before the one that issues (省水利厅已制定
    《…》。) is not the issued one: the part is a task."""
    source = (f"各县区水利局：\n{sentence.format(t=title)}\n一、抓好{word}落实\n各地要把{word}的各项要求落到实处。\n"
              "二、加强河道巡查\n每月组织巡查一次。\n")
    if sentence.startswith("省水利厅已制定"):
        assert _tasks(source) == [("一", f"抓好{word}落实"), ("二", "加强河道巡查")]
    else:
        assert _tasks(source) == [("二", "加强河道巡查")]
        assert any(f"section 一、抓好{word}落实… is an instruction of the cover notice" in m for m in _said(source))


# == a sentence that assigns the item it closes (``_ASSIGN_SENTENCE``) ==========================================

@pytest.mark.parametrize("sentence, units", [
    ("，由市水利局会同市城管局等部门负责落实。", [("市水利局", "lead"), ("市城管局", "supporting")]),
    ("，由市水利局会同市城管局等有关单位负责落实。", [("市水利局", "lead"), ("市城管局", "supporting")]),
    ("，由市水利局会同某某自治州人民政府国有资产监督管理委员会等有关部门负责落实。",
     [("市水利局", "lead"), ("某某自治州人民政府国有资产监督管理委员会", "supporting")]),
    ("，由市水利局会同某某自治州人民政府国有资产监督管理委员会等有关单位负责落实。",
     [("市水利局", "lead"), ("某某自治州人民政府国有资产监督管理委员会", "supporting")]),
    ("，由市水利局研究提出落实意见。", [("市水利局", "responsible")]),
    ("，由市水利局研究提出具体措施。", [("市水利局", "responsible")]),
    ("，由市水利局研究提出意见。", [("市水利局", "responsible")]),
    ("，由市水利局负责落实。", [("市水利局", "responsible")]),
    ("，由市水利局牵头落实。", [("市水利局", "responsible")]),
    ("，由市水利局研究落实。", [("市水利局", "responsible")]),
    ("，由市水利局负责。", [("市水利局", "responsible")]),
    ("；由市水利局负责。", [("市水利局", "responsible")]),
    ("，由市水利局负责；", [("市水利局", "responsible")]),
    ("，由市水利局负责", [("市水利局", "responsible")]),
])
def test_a_sentence_that_assigns_the_item_it_closes(sentence, units):
    """``_ASSIGN_SENTENCE``, every verb (负责, 负责落实, 牵头落实, 研究落实, 研究提出落实意见 / 具体措施 / 意见), the words after
    等 (部门, 有关单位), the signs before 由 (， ；) and after the verb (。 ； none): a problem item closed by …，由A会同B等
    部门负责落实。 names its units — A leads, B supports; one body alone is responsible. (A short name takes 等部门 into
    itself, 市城管局等部门 ending as a body does; a long one, of twenty characters, needs the words after 等.)"""
    source = (f"某市河湖整改方案\n一、主要任务\n（一）河道两岸堆放垃圾杂物的问题{sentence}\n"
              "（二）河湖管理范围尚未划定的问题，由市自然资源局负责。\n")
    assert rows(_read(source).units, ["task_seq", "unit", "role"]) == (
        [(1, u, r) for u, r in units] + [(2, "市自然资源局", "responsible")])


# == what a part's heading says (``_heading_words``, ``_CONDITIONS_HEADING``, ``_REPORTS_WORK``, ``_GENERIC_PART``)

def _kind(heading: str) -> str:
    from analysis.parse.structure import _section_kind
    return _section_kind(heading, False)


@pytest.mark.parametrize("heading", ["组织领导。各地要成立由主要负责同志任组长的工作专班", "组织领导；各地要成立由主要负责同志任组长的工作专班",
                                     "组织领导（一）成立由主要负责同志任组长的工作专班"])
def test_a_heading_s_words_are_read_up_to_its_stop_or_its_first_group(heading):
    """``_heading_words``: a part 五、组织领导。各地要成立… (or …；…, or a group （一） run into it) is read by its words
    up to the stop, so the weak closing words of a short heading (组织领导) make it closing text; the same words
    run on with a comma are a long heading, a part of tasks."""
    assert _kind(heading) == "closing"
    assert _kind("组织领导，各地要成立由主要负责同志任组长的工作专班") == "tasks"


@pytest.mark.parametrize("word", ["申报", "实施", "支持", "准入", "认定", "参评", "评选", "申请", "补助", "奖补", "享受", "入选",
                                  "遴选", "资格", "参与"])
@pytest.mark.parametrize("before", ["", "项目"])
def test_a_part_listing_conditions_is_no_part_of_tasks(word, before):
    """``_CONDITIONS_HEADING``, every qualifier: a part 三、项目申报条件 (准入条件, 资格条件, 奖补条件 …) lists the criteria a
    project or an applicant must meet: no unit of work."""
    assert _kind(f"{before}{word}条件") == "other"
    assert _kind(f"改善{before}办学条件") == "tasks"


def _as(text: str, kind: str, title: str = ""):
    """(tasks, warnings) of ``text`` read as a document of ``kind`` titled ``title``."""
    from convention_docs import plan_doc
    from analysis.io.tables import build_corpus
    d = plan_doc(normalized(text), title)
    d.meta["kind"] = kind
    c = build_corpus([d])
    return rows(c.tasks, ["task_no", "title"]), list(c.warnings.message)


@pytest.mark.parametrize("heading", ["工作开展情况", "主要做法", "工作成效", "工作完成情况", "取得的成效", "主要成效", "工作进展情况"])
def test_a_plan_s_part_that_reports_work_done_is_said(heading):
    """``_REPORTS_WORK``, every wording: a document read as a plan whose part 一、工作开展情况 (主要做法, 取得的成效 …)
    holds items: the items are read as tasks, and the reader is told the part reports work done."""
    tasks, said = _as(f"某市河湖管护工作方案\n一、{heading}\n1.清理河道垃圾。每月巡查一次。\n2.建设监测站点。实现全覆盖。\n", "plan")
    assert tasks == [("1", "清理河道垃圾"), ("2", "建设监测站点")]
    assert any(f"part 一、{heading} reports work done" in m for m in said)


@pytest.mark.parametrize("heading", ["主要工作", "做法", "成效", "完成情况", "工作情况", "总体情况", "进展情况"])
def test_a_report_s_generic_part_has_its_enumerated_items_read_as_tasks(heading):
    """``_GENERIC_PART``, every wording: a report's part 一、2023年做法 (成效, 工作情况, 进展情况 …) names the work in
    general, so its 一是/二是 paragraphs are the tasks — and the reader is told the part itself may be the unit of work.
    (A part named for its theme is itself the task: checked at the end.)"""
    text = ("某县2023年河湖管护工作总结\n一、2023年{h}\n一是清理河道垃圾。全年巡查120次。\n二是建设监测站点。实现全覆盖。\n"
            "二、存在的问题\n巡查力量不足。\n")
    tasks, said = _as(text.format(h=heading), "report")
    assert tasks == [("一是", "清理河道垃圾"), ("二是", "建设监测站点")]
    assert any(f"the 一是/二是 items of part 一、2023年{heading} are read as tasks" in m for m in said)
    assert _as(text.format(h="坚持系统治理，河湖面貌明显改善"), "report")[0] == [("一", "2023年坚持系统治理，河湖面貌明显改善")]


# == what a notice that announces or calls for applications holds (``_ANNOUNCES``, ``_ASSIGNING_VERB``, ``_CUT_NOTE``,
# ``_DEADLINE_ONLY``)

_NAMED = "一、示范单位\n某县水利局、某县河湖管护中心。\n二、有关要求\n各示范单位要发挥带头作用{note}"


def _announces(title: str, note: str = "。\n") -> bool:
    return any("the document is a notice that announces" in m for m in _as(_NAMED.format(note=note), "plan", title)[1])


@pytest.mark.parametrize("verb", ["公布", "确定", "命名", "认定", "授予", "表彰", "表扬", "通报表扬"])
@pytest.mark.parametrize("end", ["通知", "决定"])
def test_a_notice_that_announces_a_list_has_no_tasks(verb, end):
    """``_ANNOUNCES``, every verb and both ends: a notice 关于通报表扬第二批河湖管护示范单位的决定 (公布, 命名, 授予 …) makes a
    list known; its numbered parts are the list and what it asks of those named, no tasks — the reader is told why."""
    assert _announces(f"某市水利局关于{verb}第二批河湖管护示范单位的{end}")
    assert not _announces(f"某市水利局关于做好第二批河湖管护示范单位建设的{end}")


@pytest.mark.parametrize("note", [f"（{w}：市水" for w in ("牵头单位", "责任单位", "配合单位", "主责单位", "负责单位", "负责部门",
                                                          "负责处室", "负责科室")]
                         + [f"{o}牵头单位：市水" for o in "〔【["])
def test_a_note_cut_at_the_end_assigns_a_unit(note):
    """``_CUT_NOTE``, every label and bracket: a notice that announces, whose text ends in a note cut off
    (…作用（负责部门：市水), assigns work to a unit — it is read as a plan, not as an announcement."""
    assert not _announces("某市水利局关于公布第二批河湖管护示范单位的通知", note)


@pytest.mark.parametrize("note", ["（完成时限：2024年底）", "（完成时间：2024年底）", "（时限：2024年底）", "〔完成时限：2024年底〕",
                                  "【完成时限：2024年底】", "[完成时限：2024年底]"])
def test_a_deadline_alone_assigns_no_unit(note):
    """``_DEADLINE_ONLY``, every label and bracket: a notice that announces whose requirement carries only a deadline
    (…作用〔完成时限：2024年底〕。) assigns no unit — it is still an announcement, no tasks."""
    assert _announces("某市水利局关于公布第二批河湖管护示范单位的通知", f"{note}。\n")


_CALL = "某市水利局关于申报2024年河湖管护示范项目的通知"


def _calls(line: str) -> bool:
    text = f"一、申报范围\n各县河湖管护项目。\n二、工作要求\n1.组织评审。{line}\n2.报送材料。请各县按时报送。\n"
    return any("a notice that calls for applications" in m for m in _as(text, "plan", _CALL)[1])


@pytest.mark.parametrize("line", ["市水利局牵头组织评审。", "市水利局负责。", "市水利局负责，各县配合。", "市水利局负责落实，各县配合。",
                                  "市水利局负责实施；各县配合。", "由市水利局负责）", "请明确配合单位。", "请明确责任单位。"])
def test_a_call_whose_items_assign_work_is_no_mere_call(line):
    """``_ASSIGNING_VERB``, every verb and sign after 负责: a notice that calls for applications (关于申报…的通知) whose
    item names who leads or is responsible (市水利局负责落实，…, 配合单位) assigns work — it is not set aside as a call.
    An item that only asks (请各县按时报送材料) leaves it a call."""
    assert not _calls(line)
    assert _calls("请各县按时报送材料。")


# == chapters, articles and a table of contents (``_CHAPTER_LINE``, ``_ARTICLE_RE``, ``_CONTENTS_ENTRY``) ==========

_CHAPTER_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"]


@pytest.mark.parametrize("k", range(10))
@pytest.mark.parametrize("space", [" ", "\t", ""])
def test_a_closing_chapter_of_any_number_holds_no_tasks(k, space):
    """``_CHAPTER_LINE``, every numeral (一 to 十一), with a space, a tab or nothing after it (the normalizer takes the
    space out): in a plan in chapters, the parts of 第十一章 保障措施 are its closing text; the tasks are the parts of
    the chapter before it (第十章 主要任务)."""
    a, b = _CHAPTER_NUMERALS[k], _CHAPTER_NUMERALS[k + 1]
    text = (f"某市河湖保护规划\n第{a}章{space}主要任务\n一、清理河道垃圾。每月巡查一次。\n二、建设监测站点。实现全覆盖。\n"
            f"第{b}章{space}保障措施\n一、健全河湖管护制度。出台管护办法。\n二、完善考核办法。每年考核一次。\n")
    assert _as(text, "plan")[0] == [("一", "清理河道垃圾"), ("二", "建设监测站点")]


@pytest.mark.parametrize("space", [" ", "\t"])
def test_a_chapter_that_says_why_the_work_matters_holds_no_tasks(space):
    """``_CHAPTER_LINE``'s chapter title: 第二章 深远意义 (its space or tab taken out by the normalizer) is read by its
    title's own words (an awareness heading opens with them), so its parts are no tasks."""
    text = (f"某市河湖保护规划\n第一章{space}主要任务\n一、清理河道垃圾。每月巡查一次。\n二、建设监测站点。实现全覆盖。\n"
            f"第二章{space}深远意义\n一、健全河湖管护制度。出台管护办法。\n二、完善考核办法。每年考核一次。\n")
    assert _as(text, "plan")[0] == [("一", "清理河道垃圾"), ("二", "建设监测站点")]


def test_sections_of_a_chapter_number_their_parts_again():
    """Sections 节 of a chapter: under 第一章 主要任务, each 第一节/第二节 numbers its parts again (一、 … 一、): both are
    tasks, the second 一、 no repeat of the first."""
    text = ("某市河湖保护规划\n第一章 主要任务\n第一节 河道\n一、清理河道垃圾。每月巡查一次。\n第二节 监测\n"
            "一、建设监测站点。实现全覆盖。\n第二章 保障措施\n一、健全河湖管护制度。出台管护办法。\n")
    tasks, said = _as(text, "plan")
    assert tasks == [("一", "清理河道垃圾"), ("一", "建设监测站点")]
    assert not any("numbered" in m for m in said)


@pytest.mark.parametrize("a, b", [("一", "二"), ("三", "四"), ("五", "六"), ("七", "八"), ("九", "十"), ("一百", "一百零一")])
@pytest.mark.parametrize("space", [" ", "\t"])
def test_articles_assigned_to_units_are_tasks(a, b, space):
    """``_ARTICLE_RE``, every numeral (一 to 十, 百, 零) and the space or tab after 条: a plan written in articles, each
    assigned to a unit (第一百条 清理河道垃圾…（责任单位：市水利局）), has its articles as its tasks."""
    text = (f"某市河湖管护办法\n第{a}条{space}清理河道垃圾，每月巡查一次。（责任单位：市水利局）\n"
            f"第{b}条{space}建设监测站点，实现全覆盖。（责任单位：市环境监测站）\n")
    assert _as(text, "plan")[0] == [(f"第{a}条", "清理河道垃圾，每月巡查一次"), (f"第{b}条", "建设监测站点，实现全覆盖")]


_ENTRIES = ["清理河道垃圾", "建设监测站点", "加强日常巡查", "整治入河排污口", "修复受损岸线", "治理黑臭水体", "保护饮用水源地",
            "建设生态廊道", "推进智慧河湖", "强化宣传引导"]


@pytest.mark.parametrize("style", ["{n}、", "{d}、", "{d}."])
def test_a_named_table_of_contents_of_ten_entries_is_no_body(style):
    """``_CONTENTS_ENTRY``, every numeral (一 to 十, 1 to 10) and sign (、 .): a named table of contents
    (河湖管护工作方案目录) of ten entries is set aside — its entries are no tasks; the body's own parts follow, and its
    tasks are read once."""
    entries = "\n".join(style.format(n=_CHAPTER_NUMERALS[i], d=i + 1) + e for i, e in enumerate(_ENTRIES))
    text = f"河湖管护工作方案目录\n{entries}\n一、清理河道垃圾。每月巡查一次。\n二、建设监测站点。实现全覆盖。\n"
    assert _as(text, "plan")[0] == [("一", "清理河道垃圾"), ("二", "建设监测站点")]


# == a note after a remark whose bracket never closed (the refused openers of ``_RESP_PAREN``'s runs and ``_NOTE``)

def _first_clause(tail: str):
    """(the first clause's text, the units of task 1) of 1.加强河道管理。清理河道垃圾``tail``."""
    c = _read(f"{_TITLE}\n一、主要任务\n1.加强河道管理。清理河道垃圾{tail}\n2.强化水质监测。建设监测站点。\n")
    return c.clauses.text.iloc[0], [(u, r) for s, u, r in rows(c.units, ["task_seq", "unit", "role"]) if s == 1]


_PAIRS = [("（", "）"), ("〔", "〕"), ("【", "】"), ("[", "]")]


@pytest.mark.parametrize("o, c", _PAIRS)
@pytest.mark.parametrize("form, units", [
    ("（每月一次，{o}牵头单位：市水利局{c}。", [("市水利局", "lead")]),
    ("（每月一次，{o}市水利局负责{c}。", [("市水利局", "responsible")]),
    ("（每月一次，{o}市水利局牵头，各县负责。以下各项均按此分工，不再列出{c}。", []),
])
def test_a_note_after_an_open_remark_opens_at_its_own_bracket(o, c, form, units):
    """``_NOTE`` and ``_RESP_PAREN``'s runs before the verb and of a standing note, their refused opening brackets: after
    a remark whose bracket never closed (（每月一次，), a note 【市水利局负责】 (labelled, unlabelled, or with its standing
    rule) opens at its own bracket — a note holds no second opening bracket. The remark stays in the clause's text.
    (A standing note names no unit: see round 10's noticed misreadings.)"""
    assert _first_clause(form.format(o=o, c=c)) == ("清理河道垃圾（每月一次", units)


@pytest.mark.parametrize("o, c", _PAIRS)
def test_a_note_after_an_open_note_s_verb_opens_at_its_own_bracket(o, c):
    """``_RESP_PAREN``'s run after the verb, its refused opening brackets: in （市水利局负责，【各县配合】 the first
    bracket never closes, so the note is 【各县配合】 alone — the run after 负责 takes no second opening bracket."""
    assert _first_clause(f"（市水利局负责，{o}各县配合{c}。") == ("清理河道垃圾（市水利局负责", [("各县", "supporting")])


# == a cover that issues another document and says what it asks (``_ISSUES_ANOTHER``, ``_ASKS_AS_FOLLOWS``),
# a notice that divides its tasks itself (``_DIVIDES_ITSELF``)

_ZONE = f"一、提高思想认识\n各地要高度重视。\n二、抓好贯彻落实\n各地要认真组织实施。\n{_TITLE}\n" + _TASKS


def _instructions(top: str, sentence: str) -> tuple[list, int]:
    source = f"{top}各县区水利局：\n{sentence}\n{_ZONE}"
    return _tasks(source), sum("is an instruction of the cover notice (after its" in m for m in _said(source))


@pytest.mark.parametrize("top, sentence", [
    ("", "经研究，该方案已印发给你们，并就有关事项通知如下："), ("", "经研究，现印发该方案，并就有关事项通知如下："),
    ("", "现将该方案印发各县区，并就有关事项通知如下："), ("", "现将省水利厅方案转发各县区，并就有关事项通知如下："),
    ("", "经研究，对该方案予以印发，并就有关事项通知如下："),
    (f"关于印发{_TITLE}的通知\n", "请结合实际认真执行，并就有关事项通知如下："),
    (f"关于转发{_TITLE}的通知\n", "请结合实际认真执行，并就有关事项通知如下："),
    ("", f"现将《{_TITLE}》印发给你们，现提出以下要求："), ("", f"现将《{_TITLE}》印发给你们，现明确如下要求："),
    ("", f"现将《{_TITLE}》印发给你们，现提出以下几点要求："), ("", f"现将《{_TITLE}》印发给你们，有关要求如下："),
    ("", f"现将《{_TITLE}》印发给你们，并就有关事项通知如下"),
])
def test_a_cover_that_issues_a_document_and_asks_as_follows(top, sentence):
    """``_ISSUES_ANOTHER``, every way a cover issues (印发给你们, 现印发, 现将…印发/转发, 予以印发, 关于印发/转发…的通知),
    and ``_ASKS_AS_FOLLOWS``, every way it asks (通知如下 with or without its colon, 要求如下, 提出以下要求, 明确如下要求,
    提出以下几点要求): its own parts 一、二、 that follow are instructions about the document, each said; the
    document's tasks are the groups under its title."""
    assert _instructions(top, sentence) == (_TWO_TASKS, 2)


def test_a_cover_that_issues_nothing_gives_no_instructions():
    """The counter-case: a notice that issues nothing (请结合实际认真执行，并就有关事项通知如下：), or that asks nothing
    (…印发给你们，请认真贯彻执行。), has no instructions of a cover."""
    assert _instructions("", "请结合实际认真执行，并就有关事项通知如下：")[1] == 0
    assert _instructions("", f"现将《{_TITLE}》印发给你们，请认真贯彻执行。")[1] == 0


@pytest.mark.parametrize("top, sentence", [
    ("", "现将2025年重点工作任务分解落实有关事项通知如下："),
    ("某县人民政府关于分解落实2025年重点工作任务的通知\n", "为抓好全年工作，现就有关事项通知如下："),
])
def test_a_notice_that_divides_its_tasks_itself_makes_its_parts_requirements(top, sentence):
    """``_DIVIDES_ITSELF``, both alternatives: a notice that divides the tasks itself (现将…任务分解落实有关事项通知如下 ·
    关于分解落实…任务的通知) issues no other document, yet its parts 一、二、, which assign no unit, are its requirements
    (its tasks are in the table it attaches) — no tasks, each said. The same notice that divides nothing: two tasks."""
    source = f"{top}各乡镇人民政府：\n{sentence}\n{_OWN_PARTS}"
    assert (_tasks(source), sum("is a requirement of the cover notice" in m for m in _said(source))) == ([], 2)
    plain = f"各乡镇人民政府：\n为抓好全年工作，现就有关事项通知如下：\n{_OWN_PARTS}"
    assert _tasks(plain) == [("一", "细化分工抓落实"), ("二", "加强调度抓推进")]


# == attachments (``_EXAMPLES_TITLE``, ``_ATTACHMENT_LIST``, ``_attachment_list_lines``, ``_FILE_NAME``) ==========

@pytest.mark.parametrize("title", ["典型案例", "示范场景", "经验做法", "典型经验", "典型案例清单", "典型案例目录", "典型案例汇编"])
def test_an_attachment_of_examples_holds_no_tasks(title):
    """``_EXAMPLES_TITLE``, every word: an attachment 附件2：典型案例汇编 (示范场景, 经验做法 …) illustrates the plan; its
    numbered items are no tasks. An attachment of a division of tasks (附件2：重点任务分工) holds tasks."""
    text = f"{_TITLE}\n一、主要任务\n{_TASKS}附件2：{{t}}\n1.简政提效。推行一网通办。\n2.河长巡河。每周巡河一次。\n"
    assert _tasks(text.format(t=title)) == _TWO_TASKS
    assert _tasks(text.format(t="重点任务分工"))[2:] == [("1", "简政提效"), ("2", "河长巡河")]


_WITH_ATTACHMENTS = (f"关于印发{_TITLE}的通知\n各县区：\n现将《{_TITLE}》印发给你们，请认真贯彻执行。\n"
                     "附件：{a}某市河湖管护工作方案\n{wrap}2{b}某市河湖管护任务分工表\n某市水利局\n2024年3月1日\n")


@pytest.mark.parametrize("a, b, wrap", [("1.", ".", ""), ("1、", "、", ""), ("1.", ".", "（2024—2026年）\n"),
                                        ("1.", ".", "某" * 30 + "\n")])
def test_a_cover_s_list_of_attachments_holds_no_tasks(a, b, wrap):
    """``_ATTACHMENT_LIST`` and ``_attachment_list_lines``: a cover's 附件：1.X ⏎ 2.Y (or 1、 2、, a title wrapped over
    a line of up to 30 characters) lists documents, no tasks — the cover has none."""
    assert _tasks(_WITH_ATTACHMENTS.format(a=a, b=b, wrap=wrap)) == []


@pytest.mark.parametrize("wrap", ["某" * 31, "详见附件。", "详见附件，", "详见附件；", "详见：附件"])
def test_a_sentence_or_a_long_line_ends_a_list_of_attachments(wrap):
    """``_attachment_list_lines``' bound of 30 characters and its signs (。；：，): a line of 31 characters, or one that
    holds a sign, after 附件：1.X is no wrapped title — the list ends there, and the 2.Y after it is body text (an
    item, here the only one)."""
    assert _tasks(_WITH_ATTACHMENTS.format(a="1.", b=".", wrap=wrap + "\n")) == [("2", "某市河湖管护任务分工表")]


@pytest.mark.parametrize("ext", ["doc", "docx", "xls", "xlsx", "pdf", "wps", "et", "ofd", "zip", "rar", "DOC"])
def test_an_item_that_is_a_file_s_name_is_no_task(ext):
    """``_FILE_NAME``, every extension (upper case too): an item 2.联络员信息表.xlsx names an attached file; it is no
    task, and the reader is told."""
    source = f"{_TITLE}\n一、主要任务\n1.清理河道垃圾。每月巡查一次。\n2.联络员信息表.{ext}\n"
    assert _tasks(source) == [("1", "清理河道垃圾")]
    assert any(f"item 2 is a file's name (联络员信息表.{ext})" in m for m in _said(source, "empty_item"))


# == a set of rules (``_RULES_TITLE``, ``_CHAPTER``) ============================================================

@pytest.mark.parametrize("word", ["规则", "办法", "规定", "细则", "章程", "条例", "守则"])
def test_a_set_of_rules_by_its_title_has_no_tasks(word):
    """``_RULES_TITLE``, every word: a document titled 某市河湖管护守则 (规则, 章程, 条例 …) is a set of rules; its numbered
    items are no tasks, and the reader is told."""
    tasks, said = _as(f"某市河湖管护{word}\n1.各县区要清理河道垃圾。\n2.各县区要建设监测站点。\n", "plan", f"某市河湖管护{word}")
    assert tasks == [] and any("the document is a set of rules" in m for m in said)


@pytest.mark.parametrize("a, b", [("一", "二"), ("三", "四"), ("五", "六"), ("七", "八"), ("九", "十")])
def test_a_document_in_chapters_that_is_no_plan_is_a_set_of_rules(a, b):
    """``_CHAPTER``, every numeral: a document not read as a plan, in two chapters (第九章 总则 · 第十章 管护), is a set of
    rules; its numbered items are no tasks."""
    text = f"某市河湖管护工作意见\n第{a}章 总则\n1.为了加强河道管理，制定本意见。\n第{b}章 管护\n2.各县区要清理河道垃圾。\n"
    tasks, said = _as(text, "other")
    assert tasks == [] and any("the document is a set of rules" in m for m in said)


@pytest.mark.parametrize("sign", "；，、")
def test_a_cut_labelled_note_loses_its_doubled_sign(sign):
    """``_cut_off_note``'s signs stripped from the end of what it keeps (；，、): a cut note written with a doubled sign
    （牵头单位：市水利局；；配合单位：市财 is read up to its last whole item without the sign — （牵头单位：市水利局）, as
    the reader is told."""
    texts, units, cut = _cut(f"（牵头单位：市水利局{sign}{sign}配合单位：市财")
    assert units == [("市水利局", "lead")]
    assert len(cut) == 1 and "read up to its last whole item (（牵头单位：市水利局）)" in cut[0]


# == more of a cover (``_COVER_SENTENCE``, ``_names_issued``), enumerations in running text (``_INLINE_SHI``), lines
# that open garbled (``_GARBLED_OPENING``), a unit line 负责单位： (``_RESP_LINE``), item signs (``_TASK_RE``)

@pytest.mark.parametrize("sentence", ["现将《某市河湖管护工作方案》印发给你们。", "经研究，该方案已印发给你们。", "经研究，现印发该方案。",
                                      "现将该方案印发各县区。", "经研究，对该方案予以印发。"])
def test_a_cover_s_parts_addressed_to_its_readers_are_instructions(sentence):
    """``_COVER_SENTENCE``, every alternative (印发给你们, 现印发, 现将…印发, 予以印发): under a sentence that issues a
    document, a part 一、各地要高度重视 addressed to the readers is an instruction of the cover, said; the part that
    names work (二、加强河道巡查) is a task."""
    source = f"各县区水利局：\n{sentence}\n一、各地要高度重视\n抓好落实。\n二、加强河道巡查\n每月组织巡查一次。\n"
    assert _tasks(source) == [("二", "加强河道巡查")]
    assert any("section 一、各地要高度重视… is an instruction of the cover notice" in m for m in _said(source))


@pytest.mark.parametrize("sentence", ["现将有关情况通报如下。各县区要及时印发学习。", "现将有关情况通报如下\n各县区要及时印发学习。",
                                      "经研究，请认真执行。"])
def test_a_notice_that_issues_nothing_keeps_its_parts_as_tasks(sentence):
    """``_COVER_SENTENCE``'s 现将…印发 within one sentence and one line: 现将有关情况通报如下。各县区要及时印发学习 issues
    no document (现将 and 印发 are in two sentences, or on two lines), so the notice's part 一、各地要高度重视 is a
    task."""
    source = f"各县区水利局：\n{sentence}\n一、各地要高度重视\n抓好落实。\n二、加强河道巡查\n每月组织巡查一次。\n"
    assert _tasks(source) == [("一", "各地要高度重视"), ("二", "加强河道巡查")]


@pytest.mark.parametrize("verb", ["落实", "实施", "执行", "推动", "推进", "抓好", "贯彻"])
def test_a_cover_s_part_about_carrying_out_the_issued_document_by_any_verb(verb):
    """``_names_issued``, every verb (落实 实施 执行 推动 推进 抓好 贯彻): under 现将《…工作方案》印发给你们, a part
    一、方案贯彻到位 speaks of carrying out the document it issues — an instruction, no task."""
    source = (f"各县区水利局：\n现将《某市河湖管护工作方案》印发给你们。\n一、方案{verb}到位\n确保取得实效。\n"
              "二、加强河道巡查\n每月组织巡查一次。\n")
    assert _tasks(source) == [("二", "加强河道巡查")]


@pytest.mark.parametrize("text", ["一是清理河道垃圾；二是建设监测站点。", "近日，县水利局部署河湖管护工作：一是清理河道垃圾；二是建设监测站点。",
                                  "近日，县水利局部署河湖管护工作。一是清理河道垃圾。二是建设监测站点。",
                                  "近日，县水利局部署河湖管护工作。\n一是清理河道垃圾；二是建设监测站点。",
                                  "近日，县水利局部署河湖管护工作：一是清理河道垃圾；二是建设监测站点。三是否达标由县水利局认定。"])
def test_an_enumeration_in_running_text_gives_the_tasks(text):
    """``_INLINE_SHI``, where an enumerated item may open (the text's start, after 。 ； ： or a line end) and 是否,
    which opens none: a news item enumerating 一是…；二是… in its paragraph has those two items as its tasks."""
    tasks = _as(text, "other")[0]
    assert [no for no, _ in tasks] == ["一是", "二是"]
    assert tasks[1] == ("二是", "建设监测站点")


@pytest.mark.parametrize("line", ["ㄒ唬┚加强河道管理，清理河道垃圾。", "?。加强河道管理。", "?，加强河道管理。", "?、加强河道管理。"])
def test_a_line_opening_garbled_is_said(line):
    """``_GARBLED_OPENING``, both alternatives and every sign after a lone ?: a body line that opens with bopomofo
    (ㄒ唬┚, a GBK （一） read one byte off) or with ?。 ?， ?、 lost its item number — the reader is told."""
    source = f"{_TITLE}\n一、主要任务\n{line}\n（二）建设监测站点。实现全覆盖。\n"
    assert any("open with garbled characters" in m for m in _said(source))


@pytest.mark.parametrize("label", ["负责单位", "负责部门", "负责处室", "负责科室"])
def test_a_line_naming_the_responsible_unit_of_the_task_above(label):
    """``_RESP_LINE``'s 负责 before a unit word (单位 部门 处室 科室): a line 负责科室：县水利局 under a task names its unit;
    it is the task's note, no text of it."""
    c = _read(f"{_TITLE}\n一、主要任务\n（一）清理河道垃圾。每月组织巡查一次。\n{label}：县水利局\n"
              "（二）建设监测站点。实现全覆盖。\n二、保障措施\n加强组织领导。\n")
    assert [(t, u) for t, u in zip(c.clauses.text, c.clauses.units_as_written) if u] == [("", ["县水利局"])]


@pytest.mark.parametrize("sign", [".", "、", "﹒", "）"])
def test_items_numbered_with_any_sign(sign):
    """``_TASK_RE``'s signs after an item's number (1. 1、 1﹒ 1）): the items are the part's tasks."""
    source = f"{_TITLE}\n一、主要任务\n1{sign}清理河道垃圾。每月巡查一次。\n2{sign}建设监测站点。实现全覆盖。\n"
    assert _tasks(source) == [("1", "清理河道垃圾"), ("2", "建设监测站点")]


@pytest.mark.parametrize("line", ["抄送：市委办公室，市人大常委会办公室。", "印发：2024年3月1日", "联系人：王明，电话：12345678",
                                  "（联系人：王明，电话：12345678）", "联系电话：12345678", "（此件公开发布）", "附件：某市河湖管护任务分工表"])
def test_a_line_of_the_back_matter_is_no_text_of_the_last_task(line):
    """``_BACK_LINE``, every opening (抄送 印发 联系人 （联系人 联系电话 （此件 附件): a line after the last task that opens
    so is the document's back matter, no text of the task."""
    c = _read(f"{_TITLE}\n一、主要任务\n（一）清理河道垃圾。每月巡查一次。\n（二）建设监测站点。实现全覆盖。\n{line}\n")
    assert list(c.clauses.text) == ["每月巡查一次。", "实现全覆盖。"]


# == rows cut before their cells, a table of contents, a task table's unit columns, sub-items =====================

@pytest.mark.parametrize("k", range(10))
def test_a_statistics_row_cut_before_its_cells_is_no_part(k):
    """``_statistics_rows``' numerals (二 to 十一): the numbered line right after a statistics row that goes on with
    its numbering (三、… | 3 | 2 | ⏎ 四、上年结转申请数量, cut before its cells) is a row too, not a part; the report's
    parts stay 一 to 四."""
    a, b = _CHAPTER_NUMERALS[k], _CHAPTER_NUMERALS[k + 1]
    assert _parts(f"{a}、本年新收申请数量 | 3 | 2 |\n{b}、上年结转申请数量\n") == _REPORT_PARTS


_BODY_OF_CONTENTS = "一、清理河道垃圾。每月巡查一次。\n二、建设监测站点。实现全覆盖。\n三、保障措施\n加强组织领导。\n"
_THREE_ENTRIES = "目录\n一、清理河道垃圾\n二、建设监测站点\n三、保障措施\n"
_TWO_PARTS = [("一", "清理河道垃圾"), ("二", "建设监测站点")]


def test_a_table_of_contents_of_three_entries_is_no_body():
    """``_contents_lines``' least of three entries: a 目录 with three entries is set aside; the body's parts are read
    once."""
    assert _tasks(f"{_TITLE}\n{_THREE_ENTRIES}{_BODY_OF_CONTENTS}") == _TWO_PARTS


@pytest.mark.parametrize("sign", "。，；：")
def test_a_table_of_contents_ends_at_a_line_that_holds_a_sign(sign):
    """``_contents_lines``' signs (。，；：): the contents end at the first line that holds one — the body's first part,
    its text run into its heading (一、清理河道垃圾，每月巡查一次。) — so that part is read as a task."""
    body = _BODY_OF_CONTENTS.replace("清理河道垃圾。每月巡查一次。", f"清理河道垃圾{sign}每月巡查一次", 1)
    first = "清理河道垃圾" if sign == "。" else f"清理河道垃圾{sign}每月巡查一次"  # (a stop ends a heading)
    assert _tasks(f"{_TITLE}\n{_THREE_ENTRIES}{body}") == [("一", first), ("二", "建设监测站点")]


def test_a_table_of_contents_ends_at_a_line_over_forty_characters():
    """``_contents_lines``' bound of 40 characters: a line of 41 (a heading run on without a stop) is no entry, the
    contents end there, and it is read as the body's first part; an entry of 40 characters is one."""
    long = "一、清理河道垃圾每月巡查一次做到河面无漂浮物河岸无垃圾沿岸无违章建筑全面改善河湖面"
    assert len(long) == 41
    body = f"{long}\n二、建设监测站点。实现全覆盖。\n三、保障措施\n加强组织领导。\n"
    assert _tasks(f"{_TITLE}\n{_THREE_ENTRIES}{body}") == [("一", long[2:]), ("二", "建设监测站点")]
    entries = f"目录\n{long[:40]}\n二、建设监测站点\n三、保障措施\n"
    assert _tasks(f"{_TITLE}\n{entries}{long[:40]}。每月巡查一次。\n二、建设监测站点。实现全覆盖。\n三、保障措施\n加强组织领导。\n") == [
        ("一", long[2:40]), ("二", "建设监测站点")]


def test_a_task_table_s_unit_columns_give_each_unit_its_role():
    """``_ROLE_LABEL``: a task table with a header (序号 主要任务 牵头单位 配合单位 责任单位 完成时限) flattened one cell a
    line — each row's unit cells become its note under its column's label, so each unit is read with that role."""
    text = ("2024年某某县河湖管护工作任务清单\n序号\n主要任务\n牵头单位\n配合单位\n责任单位\n完成时限\n1\n清理河道垃圾\n县水利局\n"
            "县财政局\n县住建局\n2024年底\n2\n建设监测站点\n县环保局\n县水利局\n县住建局\n2024年底\n")
    assert rows(_read(text).units, ["task_seq", "unit", "role"]) == [
        (1, "县水利局", "lead"), (1, "县财政局", "supporting"), (1, "县住建局", "responsible"),
        (2, "县环保局", "lead"), (2, "县水利局", "supporting"), (2, "县住建局", "responsible")]


@pytest.mark.parametrize("items, numbers", [("（1）清理河道垃圾。每月巡查一次。\n（2）建设监测站点。实现全覆盖。\n", ["（1）", "（2）"]),
                                             ("①清理河道垃圾。每月巡查一次。\n②建设监测站点。实现全覆盖。\n", ["①", "②"])])
def test_sub_items_alone_are_the_tasks(items, numbers):
    """``_SUBITEM_RE``, both forms (（1） in brackets, a circled ①): a part whose items are all sub-items has them as its
    tasks."""
    assert [no for no, _ in _tasks(f"{_TITLE}\n一、主要任务\n{items}")] == numbers


# == what the reader is told after the tasks are read (``_finish``) =============================================

@pytest.mark.parametrize("lost", ["?", "\ufffd"])
def test_a_task_heading_with_a_character_lost_in_an_encoding_is_said(lost):
    """``_finish``'s lost characters (? and the replacement character): a task heading 加强河?管理 cannot be read as
    written — the reader is told to check it against the source."""
    source = f"{_TITLE}\n一、主要任务\n1.加强河{lost}管理。每月巡查一次。\n2.建设监测站点。实现全覆盖。\n"
    assert any(f"item 1's heading carries an undecodable character" in m for m in _said(source))


def test_a_task_heading_over_a_hundred_characters_is_said():
    """``_finish``'s bound on a heading's length (> 100): a heading of 101 characters run on without a stop is said;
    one of 100 is not."""
    for n, said in ((100, False), (101, True)):
        title = ("清理河道垃圾做到河面无漂浮物河岸无垃圾" * 6)[:n]
        source = f"{_TITLE}\n一、主要任务\n1.{title}\n2.建设监测站点。实现全覆盖。\n"
        assert any(f"item 1's heading runs {n} characters" in m for m in _said(source)) is said


@pytest.mark.parametrize("sign", "。；")
def test_a_part_s_words_of_reporting_after_its_stop_are_not_read(sign):
    """``_finish``'s split at a part heading's stop (。；): a plan's part 一、加强河道巡查。全面总结工作开展情况 is named
    for the work it plans; the words of reporting after its stop do not make it a part that reports work done."""
    source = f"{_TITLE}\n一、加强河道巡查{sign}全面总结工作开展情况\n1.清理河道垃圾。每月巡查一次。\n2.建设监测站点。实现全覆盖。\n"
    assert _tasks(source) == [("1", "清理河道垃圾"), ("2", "建设监测站点")]
    assert not any("reports work done" in m for m in _said(source))


@pytest.mark.parametrize("kind", ["plan", "report"])
def test_a_plan_or_a_report_is_not_said_to_be_of_another_kind(kind):
    """``_finish``'s kinds whose items are tasks without a doubt (plan, report): their tasks carry no warning that the
    document is of another kind; a decision's do."""
    text = f"{_TITLE}\n一、主要任务\n1.清理河道垃圾。每月巡查一次。\n2.建设监测站点。实现全覆盖。\n"
    assert not any("not as a plan or a report" in m for m in _as(text, kind)[1])
    assert any("the document is read as decision, not as a plan or a report" in m for m in _as(text, "decision")[1])


# == a heading run into the line before it (``_RUN_IN_MARK``) ===================================================

@pytest.mark.parametrize("second", ["建设监测站点。实现全覆盖。", "“河长”巡河。每周一次。", '"河长"巡河。每周一次。',
                                    "2024年完成监测站点建设。"])
def test_a_group_run_into_the_sentence_before_it_opens_a_task(second):
    """``_RUN_IN_MARK``: a group （二） run into the sentence before it (…每月巡查一次。（二）“河长”巡河。) opens a task of
    its own, whatever its title opens with (a Chinese character, a quote “ or ", a digit)."""
    source = f"{_TITLE}\n一、主要任务\n（一）清理河道垃圾。每月巡查一次。（二）{second}\n二、加强河道巡查\n每月巡查。\n"
    assert [no for no, _ in _tasks(source)][:2] == ["（一）", "（二）"]
    assert _tasks(source)[1][1] == second.split("。")[0]


# == an attachment's number, a table flattened one cell a line (``_ATTACHMENT_RE``, ``_line_table``) ===============

@pytest.mark.parametrize("space", [" ", "\t", ""])
def test_an_attachment_s_number_after_a_space(space):
    """An attachment's heading 附件 2：重点任务分工 (a space or tab after 附件, which the normalizer takes out) is the
    attachment 附件2, whose items are tasks of that section."""
    source = f"{_TITLE}\n一、主要任务\n（一）清理河道垃圾。每月巡查一次。\n附件{space}2：重点任务分工\n1.简政提效。推行一网通办。\n"
    assert rows(_read(source).tasks, ["section", "task_no", "title"]) == [
        ("一", "（一）", "清理河道垃圾"), ("附件2", "1", "简政提效")]


@pytest.mark.parametrize("before, after", [(" ", " "), ("\t", "\t"), ("| ", " |"), ("", "")])
def test_the_bars_of_a_table_flattened_one_cell_a_line_are_no_content(before, after):
    """``_line_table``'s bars and the spaces, tabs and bars beside them: in a table flattened one cell a line
    (| 1.清理河道垃圾 | ⏎ | 市水利局 | …, or ||\t1.…\t||), a line's content is its cell; the items are the tasks, their
    titles without bars."""
    cells = ["1.清理河道垃圾", "市水利局", "2024年底", "2.建设监测站点", "市环境监测站", "2024年底"]
    source = f"{_TITLE}\n一、主要任务\n" + "".join(f"|{before}{c}{after}|\n" for c in cells)
    assert _tasks(source) == [("1", "清理河道垃圾"), ("2", "建设监测站点")]


@pytest.mark.parametrize("o, c", _PAIRS)
def test_a_standing_remark_without_a_verb_of_its_own_is_no_note(o, c):
    """``_RESP_PAREN``'s look-ahead for a standing note's verb, its refused closing brackets: a remark 〔以下各项均按此
    分工，不再列出〕 names no unit and no verb before it closes, so it is no note of its own — a verb after it, outside
    the brackets (，市水利局牵头。), does not make it one: the clause's text keeps it."""
    text = _first_clause(f"{o}以下各项均按此分工，不再列出{c}，市水利局牵头。")[0]
    assert text == f"清理河道垃圾{o}以下各项均按此分工，不再列出{c}，市水利局牵头。"
