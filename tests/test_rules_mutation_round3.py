"""Rule-level tests of the third mutation sample (issue 15, item 5; ``scripts/mutation.py --seed 2``):
the survivors the second sample left (``scripts/mutation_results.md``, 2026-12-06) and those of a fresh
seeded sample of the unit, flattened-table, structure, one-line-page, metadata and confidence rules.

Each test is a short text written for it, in my own words, that needs exactly one word, character or
threshold of a rule, so the mutant that changes it fails the test; the expected values were written by
reading the text. Mutants no text can tell apart are explained in ``scripts/mutation_equivalent.md``.
"""
import pytest

from analysis.io.tables import build_corpus
from analysis.parse.confidence import assess, same_organs
from analysis.parse.corpus import Document, read_document
from analysis.parse.extract import read_parenthetical
from analysis.parse.metadata import Field
from analysis.parse.one_line import one_line_breaks, page_piece_edits
from analysis.parse.structure import parse_document
from analysis.parse.text_tables import find_text_tables
from convention_docs import corpus as _convention, field as _field, rows, tasks as _tasks, warnings as _doc_warnings


def _doc(text: str, kind: str = "plan") -> Document:
    return Document(meta={"doc_id": "t", "kind": kind, "title": "", "level": "municipal"}, source=text, text=text,
                    origin=list(range(len(text))))


def _corpus(text: str, kind: str = "plan"):
    return build_corpus([_doc(text, kind)])


def _units(text: str) -> list[tuple]:
    return rows(_corpus(text).units, ["task_seq", "unit", "role"])


def _warnings(corpus, kind: str) -> list[str]:
    w = corpus.warnings
    return list(w.loc[w.kind == kind, "message"])


# -- survivors of the second sample ------------------------------------------------------------

def test_a_square_bracket_note_ends_at_its_own_bracket():
    """structure ``_NOTE``: a note's body holds no ``]``. A note in ASCII square brackets followed, on
    its line, by sub-items numbered 1）2）: the note is ``[牵头单位：市水利局]`` and the next clause keeps
    its words (with a ``]`` allowed inside, the note ran on to the ``）`` of 1） and took 重点抓好… with it)."""
    text = ("一、主要任务\n1.加强河道管理。清理河道垃圾[牵头单位：市水利局]，重点抓好以下两项工作：1）打捞水面漂浮物；"
            "2）拆除河道违章建筑。\n2.强化水质监测。建设监测站点[牵头单位：市环境监测站]。\n")
    parsed = parse_document(_doc(text))
    assert [c.parenthetical for c in parsed.tasks[0].clauses] == ["[牵头单位：市水利局]", None]
    assert "重点抓好以下两项工作：1）打捞水面漂浮物" in parsed.tasks[0].clauses[1].text
    assert _units(text) == [(1, "市水利局", "lead"), (2, "市环境监测站", "lead")]


def test_a_labelled_list_whose_only_verb_is_luoshi():
    """units ``_HAS_VERB``: 落实 is a verb that assigns. ``责任单位：A落实，B落实`` (a county's way of
    writing each body's duty) names A and B, the verb stripped from each — not a unit ``A落实``."""
    note = "（责任单位：市水利局落实，各县区人民政府落实）"
    p = read_parenthetical(note)
    assert p.units_as_written == ("市水利局", "各县区人民政府")
    assert p.roles == ("responsible", "responsible")
    p = read_parenthetical("（部门分工：市水利局落实，市财政局落实）")
    assert p.units_as_written == ("市水利局", "市财政局")
    text = f"一、主要任务\n1.加强河道管理。清理河道垃圾{note}。\n"
    corpus = _corpus(text)
    assert rows(corpus.units, ["task_seq", "unit", "role"]) == [
        (1, "市水利局", "responsible"), (1, "各县区人民政府", "responsible")]
    assert _warnings(corpus, "units_uncertain") == []


def test_a_label_remark_after_a_semicolon():
    """units ``_LABEL_REMARK``: a label's remark （单位） is dropped after a ； too. A line of its own
    ``牵头科室（单位）：A；配合科室（单位）：B`` under a task gives A as lead and B as supporting — not a
    second lead named ``配合科室（单位）：B``."""
    assert read_parenthetical("牵头科室（单位）：河湖管理科；配合科室（单位）：水政监察大队").units_by_label == (
        ("牵头科室", ("河湖管理科",)), ("配合科室", ("水政监察大队",)))
    text = ("一、主要任务\n1.加强河道管理。清理河道垃圾，整治入河排污口。\n"
            "牵头科室（单位）：河湖管理科；配合科室（单位）：水政监察大队\n"
            "2.强化水质监测。建设监测站点。\n牵头科室（单位）：水资源科\n")
    assert _units(text) == [(1, "河湖管理科", "lead"), (1, "水政监察大队", "supporting"), (2, "水资源科", "lead")]


_SHORT_TASK_TABLE = ("某市河湖整治任务分工\n序号 类别 主要任务 牵头单位 完成时限\n"
                     "1 水域治理 整治河道沿岸乱堆乱放问题 市水利局 2024年6月底\n"
                     "2 治河，清淤 市水利局 2024年底\n"
                     "3 岸线管理 划定河湖管理范围 市自然资源局 2024年底\n")


def test_a_short_task_cell_with_a_comma_is_the_task():
    """text_tables ``_LONG_TEXT``: a comma makes a cell sentence-like, so it fits the task column best.
    Row 2 of a flattened table has its 类别 merged into row 1 (not repeated) and a short task with a
    comma, 治河，清淤: that cell is the row's task, not its category (then the row had no task)."""
    [table] = find_text_tables(_SHORT_TASK_TABLE.split("\n"))
    row = table.rows[1]
    assert table.column_cells(row, "task") == ["治河，清淤"]
    assert table.column_cells(row, "group") == []
    corpus = _corpus(_SHORT_TASK_TABLE)
    assert rows(corpus.tasks, ["task_no", "title"]) == [
        ("1", "整治河道沿岸乱堆乱放问题"), ("2", "治河，清淤"), ("3", "划定河湖管理范围")]
    assert _warnings(corpus, "empty_item") == []


# -- units (analysis/parse/extract/units.py) ----------------------------------------------------

def test_a_bare_xiang_before_a_comma_is_part_of_the_next_name():
    """``_ADMIN_PREFIX``: 各乡、镇人民政府 is one body (the townships' and towns' governments), as 各县、
    市人民政府 is: a bare 乡 before 、 is no unit of its own."""
    assert read_parenthetical("（责任单位：各乡、镇人民政府）").units_as_written == ("各乡、镇人民政府",)


def test_a_list_split_after_peihe_and_a_comma():
    """``_SEGMENT_SPLIT``: after an assigning verb a 、 ends the segment: 市水利局牵头、市财政局配合、市审计局参与
    names three bodies, each with the role of its own verb (not a body named 市财政局配合)."""
    p = read_parenthetical("（市水利局牵头、市财政局配合、市审计局参与）")
    assert p.units_as_written == ("市水利局", "市财政局", "市审计局")
    assert p.roles == ("lead", "supporting", "supporting")


def test_a_generic_label_whose_verb_is_xieban():
    """``_HAS_VERB``: 协办 says the role a generic label (部门分工) does not: 部门分工：A、B协办 gives A and B
    as supporting bodies, not as responsible ones."""
    p = read_parenthetical("（部门分工：市财政局、市审计局协办）")
    assert p.units_as_written == ("市财政局", "市审计局")
    assert p.roles == ("supporting", "supporting")


def test_a_lead_whose_name_holds_hui_joins_with_huitong():
    """``_JOINT`` (a rule changed by this audit): the lead before 会同 may hold a 会 of its own
    (社会, 委员会). 市社会保险事业管理局会同市财政局 is a lead and its supporting body; the rule used to
    refuse any 会 before 会同 and gave one unit 市社会保险事业管理局会同市财政局 (the mutant that drops 会
    from the refused characters was the right rule)."""
    p = read_parenthetical("（责任单位：市社会保险事业管理局会同市财政局）")
    assert p.units_as_written == ("市社会保险事业管理局", "市财政局")
    assert p.roles == ("lead", "supporting")
    p = read_parenthetical("（牵头单位：市社会保险事业管理局会同市财政局、市审计局）")
    assert p.units_as_written == ("市社会保险事业管理局", "市财政局", "市审计局")
    assert p.roles == ("lead", "supporting", "supporting")


# -- flattened tables (analysis/parse/text_tables.py) -------------------------------------------

def test_a_short_task_cell_with_a_semicolon_is_the_task():
    """``_LONG_TEXT``: a ； makes a cell sentence-like as a ， does (治河；清淤, under a merged 类别)."""
    text = _SHORT_TASK_TABLE.replace("治河，清淤", "治河；清淤")
    [table] = find_text_tables(text.split("\n"))
    assert table.column_cells(table.rows[1], "task") == ["治河；清淤"]
    assert table.column_cells(table.rows[1], "group") == []


def test_table_rows_separated_by_tabs():
    """y01: a task table pasted from a spreadsheet, its cells separated by tabs (``_WS``): three rows,
    each with its task, lead and deadline; the third deadline 第三季度 is a date cell (``_DATE_WORDS``
    季度) resolved from the title's year, 2024."""
    c = _convention("y01_table_rows_separated_by_tabs")
    assert rows(c.tasks, ["task_no", "title"]) == [
        ("1", "整治河道沿岸乱堆乱放问题"), ("2", "划定河湖管理范围"), ("3", "开展入河排污口排查")]
    assert rows(c.units, ["task_seq", "unit", "role"]) == [
        (1, "县水利局", "lead"), (2, "县自然资源局", "lead"), (3, "县生态环境局", "lead")]
    assert rows(c.deadlines, ["task_seq", "raw", "date"]) == [
        (1, "2024年6月底", "2024-06-30"), (2, "2024年底", "2024-12-31"), (3, "第三季度", "2024-09-30")]
    assert _warnings(c, "tasks_uncertain") == []


def test_table_leaders_spaced_and_listed():
    """y02: a table of one cell a line with a 责任领导 column: its cells 周 斐 (a two-character name spaced
    out, ``_PERSON``'s second form) and 王勇、张伟 (two names, ``_PERSON``'s 、) are persons, in the leader
    column — not continuations of the task."""
    c = _convention("y02_table_leaders_spaced_and_listed")
    assert rows(c.tasks, ["task_no", "title"]) == [("1", "整治河道沿岸乱堆乱放问题"), ("2", "划定河湖管理范围")]
    assert rows(c.units, ["task_seq", "unit", "role"]) == [(1, "县水利局", "lead"), (2, "县自然资源局", "lead")]


def test_table_rows_ending_in_empty_bar_cells():
    """``_EDGE_BARS``: a row whose cells are separated by spaces may end in empty cells written as bars
    (``… 市水利局 | |``, an empty 备注 column); the bars and the spaces between them are nothing, so the row
    is still split on its spaces: task, then lead (not one cell ``整治… 市水利局``)."""
    text = ("序号 主要任务 牵头单位 备注\n1 整治河道沿岸乱堆乱放问题 市水利局 | |\n"
            "2 划定河湖管理范围 市自然资源局 | |\n")
    [table] = find_text_tables(text.split("\n"))
    assert [(table.column_cells(r, "task"), table.column_cells(r, "lead")) for r in table.rows] == [
        (["整治河道沿岸乱堆乱放问题"], ["市水利局"]), (["划定河湖管理范围"], ["市自然资源局"])]


# -- structure (analysis/parse/structure.py) ----------------------------------------------------

def _notes(text: str, task: int = 1) -> list[tuple[str, str | None]]:
    parsed = parse_document(_doc(text))
    return [(c.text, c.parenthetical) for c in parsed.tasks[task - 1].clauses]


def test_a_first_is_lead_note_in_lenticular_brackets_without_xiatong():
    """``_RESP_PAREN`` (its list-with-a-standing-rule form): the note may be in 【】 and need not end in 下同:
    【A、B，排第一的为牵头单位】 closes its clause."""
    assert _notes("一、主要任务\n1.加强河道管理。清理河道垃圾【市水利局、市财政局，排第一的为牵头单位】，整治入河排污口。\n") == [
        ("清理河道垃圾", "【市水利局、市财政局，排第一的为牵头单位】"), ("，整治入河排污口。", None)]


def test_an_unlabelled_note_inside_a_remark_ends_at_its_own_bracket():
    """``_RESP_PAREN`` (its unlabelled form): a remark （含所属单位） inside the note is one bracket pair, not
    a stretch that may hold the note's own ）; a note standing inside a 【】 remark ends at its ）, the 】 is
    not part of it."""
    assert _notes("一、主要任务\n1.加强河道管理。清理河道垃圾【具体分工：（市水利局牵头，市财政局配合（含所属单位））】，"
                  "整治入河排污口。\n")[0][1] == "（市水利局牵头，市财政局配合（含所属单位））"


def test_a_notice_that_divides_tasks_by_its_title():
    """y03: 关于分解落实…重点任务的通知 (``_ISSUES_DIVISION``), its cover sentence naming no division
    (现将…重点任务印发给你们): the notice issues a division of tasks, so its own parts 一、二、, which assign
    no unit, are its requirements — no tasks, each said in a warning."""
    name = "y03_notice_dividing_tasks_by_its_title"
    assert _tasks(name) == []
    said = _doc_warnings(name, "tasks_uncertain")
    assert len(said) == 2 and all("requirement of the cover notice" in m for m in said)


def test_statistics_rows_with_thousands_separators_are_no_tasks():
    """y04: ``_STAT_ROW``: a statistics row's figures may carry a thousands separator (1,186): 一、本年新收…数量 |
    1,186 | 42 | 1,228 | is a row of the table, not a part; the report's items stay 二 and 三."""
    assert _tasks("y04_statistics_rows_with_thousands_separators") == [
        ("二", "主动公开政府信息情况"), ("三", "收到和处理政府信息公开申请情况")]


def test_pipe_cells_padded_with_tabs():
    """y05: a table flattened one cell a line, each cell between bars padded with tabs (|\\t1.加强河道管理\\t|):
    the tabs go with the bars (``_line_table``), so the items and their units are read."""
    name = "y05_pipe_cells_padded_with_tabs"
    assert _tasks(name) == [("1", "加强河道管理"), ("2", "强化水质监测")]
    assert rows(_convention(name).units, ["task_seq", "unit", "role"]) == [(1, "市水利局", "lead"), (2, "市环境监测站", "lead")]


# -- one-line pages (analysis/parse/one_line.py) ------------------------------------------------

_BODY = ("坚持安全第一、预防为主，全面落实企业主体责任。二、重点任务（一）开展隐患排查。全面排查道路运输企业安全隐患，"
         "建立问题清单。（牵头单位：县交通运输局）（二）加强执法检查。严格查处违法违规行为。（牵头单位：县交通运输局）")


def _pieces(text: str) -> list[str]:
    cuts = [0, *one_line_breaks(text), len(text)]
    return [text[a:b] for a, b in zip(cuts, cuts[1:])]


def test_a_run_in_item_opening_with_a_quote():
    """``_HEADING`` (items numbered 1. 2.): an item may open with a quote, 2.“放管服”改革 — it starts a line."""
    pieces = _pieces("某县2024年道路运输安全生产工作要点一、总体要求坚持安全第一、预防为主，全面落实企业安全生产主体责任。二、重点任务"
                     "1.“平安交通”创建。全面排查道路运输企业安全隐患，建立问题清单和整改台账。2.“放管服”改革。严格查处违法违规"
                     "行为，优化道路运输审批流程，全面推行网上办理。3.“互联网+监管”。推进非现场执法，提升执法效能。")
    assert pieces[2:] == ["二、重点任务", "1.“平安交通”创建。全面排查道路运输企业安全隐患，建立问题清单和整改台账。",
                          "2.“放管服”改革。严格查处违法违规行为，优化道路运输审批流程，全面推行网上办理。",
                          "3.“互联网+监管”。推进非现场执法，提升执法效能。"]


def test_every_field_of_a_law_database_page_starts_a_line():
    """``_PAGE_FIELD``: 时效性, 效力级别, 颁布日期 and 发布单位, each run into the value before it, start a line
    (the first field, 实施日期, follows the notice's title, which breaks before it anyway)."""
    pieces = _pieces("国务院关于加强道路运输安全管理的通知实施日期：20060901时效性：现行有效效力级别：行政法规颁布日期：20060824"
                     "发布单位：国务院"
                     "国发〔2006〕29号各省、自治区、直辖市人民政府，国务院各部委、各直属机构：为加强道路运输安全管理，"
                     "现就有关事项通知如下：一、总体要求" + _BODY)
    assert pieces[:7] == ["国务院关于加强道路运输安全管理的通知", "实施日期：20060901", "时效性：现行有效", "效力级别：行政法规",
                          "颁布日期：20060824", "发布单位：国务院", "国发〔2006〕29号"]


def test_a_title_run_into_a_year_since():
    """``_TITLE_THEN_TEXT``: a summary's text may open with …年以来, right after its title."""
    pieces = _pieces("某县交通运输局2023年工作总结2023年以来，在县委、县政府的坚强领导下，我局坚持安全第一，全面落实企业主体责任。"
                     "一、主要工作" + _BODY)
    assert pieces[:2] == ["某县交通运输局2023年工作总结", "2023年以来，在县委、县政府的坚强领导下，我局坚持安全第一，全面落实企业主体责任。"]


@pytest.mark.parametrize("space", ["", " ", "  "])
def test_a_notice_title_followed_by_a_space(space):
    """``_NOTICE_TITLE`` (a rule changed by this audit): on a one-line page the notice's title is a line of
    its own, the addressees the next — whether the title runs straight into them or a space stands where the
    line break was lost (the space stays with the title). The rule refused a title followed by a space, and
    the title was then lost (its line held the addressees too)."""
    text = (f"某县交通运输局关于开展道路运输安全大检查的通知{space}各乡镇交通管理站，局属各单位：为切实做好全县道路运输安全"
            "生产工作，有效防范和遏制道路运输事故发生，经研究，决定在全县范围内开展道路运输安全大检查，现将有关事项通知如下："
            "一、检查内容（一）企业主体责任落实情况。重点检查道路运输企业安全生产责任制度建立和落实情况。（二）车辆技术状况。"
            "重点检查营运车辆年审和维护情况。二、工作要求各单位要高度重视，认真组织开展自查自纠。")
    assert _pieces(text)[:2] == [f"某县交通运输局关于开展道路运输安全大检查的通知{space}", "各乡镇交通管理站，局属各单位："]


def test_numbered_paragraphs_ending_with_a_question_are_no_pieces_of_a_sharing_page():
    """``page_piece_edits``: a sharing page's pieces cut sentences; long numbered paragraphs that each end a
    sentence — one with a question mark — are the document's own list, left as they are."""
    p1 = "1、" + "道路运输企业安全生产主体责任落实情况如何，是否建立健全安全生产责任制度和隐患排查治理制度" * 4 + "？"
    p2 = "2、" + "各乡镇是否按照要求开展道路交通安全隐患排查整治，是否建立问题清单和整改台账并按期完成整改" * 4 + "。"
    assert page_piece_edits("\n".join([p1, p2, "3、下一步工作打算。"])) == []


# -- metadata (analysis/parse/metadata.py) ------------------------------------------------------

_B = ("一、总体要求\n坚持安全第一、预防为主，全面落实企业主体责任。\n二、重点任务\n"
      "（一）开展隐患排查。全面排查道路运输企业安全隐患，建立问题清单。\n（二）加强执法检查。严格查处违法违规行为。\n")


@pytest.fixture
def meta(tmp_path):
    """The metadata fields read from a text saved as a file the manifest does not list."""
    def read(text: str) -> dict:
        path = tmp_path / "doc.txt"
        path.write_text(text, encoding="utf-8")
        return read_document(path, meta=None).meta["metadata_fields"]
    return read


def _v(fields: dict, key: str) -> str:
    return fields[key].value if key in fields else ""


def test_a_line_opening_with_ju_is_no_title_line(meta):
    """``_SENTENCE_START`` 据: 据县交通运输局关于…情况的报告 opens a sentence (a news item's), not a title:
    it is at most a page's headline, a low reading the researcher is told to check."""
    f = meta("据县交通运输局关于2023年道路运输安全生产工作情况的报告\n2023年，全县道路运输安全生产形势总体平稳，各项工作"
             "扎实推进，现将有关情况报告如下。\n" + _B)
    assert f["title"].rule != "title line in the front matter"
    assert f["title"].confidence == "low"


def test_a_document_number_run_into_its_label_zhengce_wenhao(meta):
    """``canonical_number``: 政策文号 run into the number without a colon is a label, not part of the 文号."""
    f = meta("某县交通运输局关于印发道路运输安全生产工作要点的通知\n政策文号某交发〔2024〕3号\n各乡镇交管站：\n"
             "现将《某县2024年道路运输安全生产工作要点》印发给你们，请认真贯彻执行。\n" + _B)
    assert _v(f, "doc_number") == "某交发〔2024〕3号"


def test_the_period_of_a_cited_action_plan_a_division_carries_out(meta):
    """``_period`` (a cited plan): a division of tasks of a cited 方案 (…贯彻落实《某市…三年行动方案（2024—2026年）》
    任务分工) takes that plan's years."""
    f = meta("某县贯彻落实《某市河湖整治三年行动方案（2024—2026年）》任务分工\n为贯彻落实市委、市政府部署，现将任务分工如下。\n" + _B)
    assert (_v(f, "period_start"), _v(f, "period_end")) == ("2024", "2026")


def test_a_two_year_plan_named_after_its_first_year_is_no_one_year_plan(meta):
    """``_period`` (两年): 2024年某县…两年攻坚行动方案 runs two years from 2024; its title gives no one-year
    period (left empty, not 2024–2024)."""
    f = meta("2024年某县河湖整治两年攻坚行动方案\n为推进河湖整治，制定本方案。\n" + _B)
    assert (_v(f, "period_start"), _v(f, "period_end")) == ("", "")


@pytest.mark.parametrize("line, title", [
    ("某县2024年河湖整治工作要点（提纲）", "某县2024年河湖整治工作要点"),  # ``_WEB_NOTE`` 提纲: the page shows an outline
    ("第八篇 某县2024年河湖整治工作要点", "某县2024年河湖整治工作要点"),  # ``_ARTICLE_NO`` 八: an essay site's numbering
])
def test_page_notes_around_a_title(meta, line, title):
    assert _v(meta(f"{line}\n为推进河湖整治，制定本要点。\n" + _B), "title") == title


def test_a_label_and_its_value_is_no_title_line(meta):
    """``_NOT_TITLE``: 附：…方案 is a label and its value, not a title line (no title read from it)."""
    f = meta("附：某县2024年河湖整治工作方案\n为推进河湖整治，制定本方案。\n" + _B)
    assert not _v(f, "title").startswith("附")


def test_a_sharing_sites_txt_file_name_gives_the_title(meta):
    """``_read_title``: a sharing site's file name may end in .txt as in .doc or .pdf."""
    f = meta("《某县2024年河湖整治工作要点.txt》由会员分享，可在线阅读\n为推进河湖整治，结合实际，制定本要点。各乡镇要高度重视，"
             "认真组织实施，确保各项任务落到实处，取得实效。\n" + _B)
    assert (_v(f, "title"), f["title"].rule) == ("某县2024年河湖整治工作要点", "file name in a document-sharing wrapper")


def test_a_cover_sentence_issuing_a_revised_document(meta):
    """``_COVER_SENTENCE``: 现将修订后的《…》印发给你们 names the document issued."""
    f = meta("各乡镇人民政府，县直各部门：\n现将修订后的《某县河道管理办法》印发给你们，请认真贯彻执行。\n某县水利局\n2024年3月1日\n"
             "第一条 为加强河道管理，制定本办法。\n")
    assert _v(f, "title") == "某县河道管理办法"


def test_the_speaker_line_of_an_organ_ending_in_shu(meta):
    """``_SPEAKER``: 审计署审计长王某某 is who speaks (organ, post, name) — the issuer's organ, no title."""
    f = meta("审计署审计长王某某\n2024年6月25日在第十四届全国人民代表大会常务委员会第十次会议上\n委员长、各位副委员长、秘书长、"
             "各位委员：\n我受国务院委托，向全国人大常委会报告2023年度中央预算执行和其他财政收支的审计情况，请审议。\n"
             "一、中央财政管理审计情况\n审计结果表明，中央财政管理总体规范。\n")
    assert _v(f, "issuer") == "审计署"
    assert "title" not in f


def test_a_cover_date_below_a_fax_line(meta):
    """``_read_signature``: a cover notice's date with no organ above it, below its 传真 line, is its issue date."""
    f = meta("关于印发某县2024年河湖整治工作要点的通知\n各乡镇人民政府：\n现将《某县2024年河湖整治工作要点》印发给你们，"
             "请认真贯彻执行。\n联系人：张某，电话：12345678\n传真：87654321\n2024年3月1日\n某县2024年河湖整治工作要点\n"
             "为推进河湖整治，制定本要点。\n" + _B)
    assert _v(f, "issue_date") == "2024-03-01"


def test_a_template_placeholder_county_gives_the_level(meta):
    """``_read_level``: XX县 (a template's placeholder for the name) in the title still says county."""
    assert _v(meta("XX县2024年河湖整治工作要点\n为推进河湖整治，制定本要点。\n" + _B), "level") == "county"


def test_addressees_of_a_city_ge_xianshiqu(meta):
    """``_ADDRESSEES``: a notice to 各县市区… is a city's."""
    f = meta("关于开展河湖整治专项行动的通知\n各县市区水利局：\n为推进河湖整治，决定开展专项行动，现将有关事项通知如下。\n" + _B)
    assert _v(f, "level") == "municipal"


def test_a_report_whose_first_part_is_numbered_with_a_full_stop(meta):
    """``_REPORT_PART``: an untitled text that looks back on 2023 and whose first part (一.主要工作开展情况, a
    numeral and a full stop) reports what was done is a report of 2023."""
    f = meta("2023年，在县委、县政府的领导下，全县交通运输工作稳步推进，道路运输安全形势总体平稳。\n一.主要工作开展情况\n"
             "（一）加强隐患排查。全面排查道路运输企业安全隐患。\n（二）加强执法检查。严格查处违法违规行为。\n二.存在的问题\n执法力量不足。\n")
    assert (_v(f, "kind"), _v(f, "period_start")) == ("report", "2023")


# -- confidence (analysis/parse/confidence.py) --------------------------------------------------

def test_a_kind_read_from_the_headings_alone_is_low():
    """``WEAK_RULES``: m16's kind comes from its headings only — a weak reading, flagged low."""
    kind = _field("m16_provincial_level_municipality", "kind")
    assert kind.rule.startswith("the headings read like") and kind.confidence == "low"


@pytest.mark.parametrize("name, rule", [
    ("c31_report_leadership_above_author", "opening paragraph speaks of a 县"),
    ("r16_level_from_the_units", "units the text names are a 县's"),
])
def test_a_county_word_fixes_the_level(name, rule):
    """``_DECISIVE_WORDS``: a level read from a bare 县 (in the opening, in the units named) is medium, not
    low: only counties are 县."""
    level = _field(name, "level")
    assert level.rule.startswith(rule) and (level.value, level.confidence) == ("county", "medium")


_TITLE_BASE = "某县2024年河湖长制暨水环境综合整治工作"


@pytest.mark.parametrize("cover, line", [
    (_TITLE_BASE + "方案", _TITLE_BASE + "纲要"), (_TITLE_BASE + "安排", _TITLE_BASE + "纲要"),
    (_TITLE_BASE + "任务分解", _TITLE_BASE + "任务细则"), (_TITLE_BASE + "任务分解表", _TITLE_BASE + "任务分解稿"),
    (_TITLE_BASE + "情况报告", _TITLE_BASE + "情况通报"), (_TITLE_BASE + "情况汇报", _TITLE_BASE + "情况通报"),
])
def test_a_cover_naming_a_title_with_another_document_word(cover, line):
    """``_KIND_WORD``: a cover that issues …方案 (安排, 任务分解, 分解表, 报告, 汇报) above a title line ending in
    another word names another document, however alike the rest: the title is low, and the note says so."""
    title = Field(line, "title line in the front matter", line, 40)
    issued = Field(cover, "cover notice 关于印发《…》的通知", f"关于印发《{cover}》的通知", 0)
    rated = assess({"title": title}, {"title": [title, issued]})["title"]
    assert rated.confidence == "low" and rated.note.endswith(f"names another: {cover}")


@pytest.mark.parametrize("full, short", [
    ("中共安吉县委办公室", "县委办公室"),  # 中共 before a party committee's name
    ("浙江省人民政府办公厅", "省政府办公厅"),  # a province's short form
    ("科尔沁右翼前旗人民政府", "旗政府"),  # a banner's short form
])
def test_a_short_form_names_the_same_organ(full, short):
    """``_core``: an organ named in full and in its short form (without 中共, its division, 人民)."""
    assert same_organs(full, short)


def test_a_title_read_from_a_line_with_a_page_count_is_low(meta):
    """``_title``: a first line …方案（18页） is a file name's, not the document's heading: the title (without
    the page count) is low."""
    f = meta("某县2024年河湖整治工作方案（18页）\n为推进全县河湖整治工作，改善水环境质量，结合实际，制定本方案。\n" + _B)
    assert (f["title"].value, f["title"].confidence) == ("某县2024年河湖整治工作方案", "low")
