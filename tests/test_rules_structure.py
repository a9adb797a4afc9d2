"""Tasks, units (with roles) and deadlines on first contact (issue 15): one invented document per
convention (tests/data/synthetic/conventions/s01–…, written for these rules); the expected values
were written by reading each document, so breaking a rule breaks its test. Each document is read as
a file the manifest does not list, so its metadata comes from its own text."""
from functools import lru_cache
from pathlib import Path

import pandas as pd
import pytest

from analysis.parse.corpus import read_document
from analysis.parse.extract import is_yearless, parse_deadline, parse_deadline_steps, read_parenthetical, split_units
from analysis.io.tables import build_corpus
from analysis.parse.text_tables import find_text_tables

CONVENTIONS = Path(__file__).parent / "data" / "synthetic" / "conventions"


@lru_cache(maxsize=None)
def _corpus(name: str):
    return build_corpus([read_document(CONVENTIONS / f"{name}.txt", meta=None)])


def _rows(frame: pd.DataFrame, columns: list[str]) -> list[tuple]:
    return [tuple(None if (v is None or v is pd.NA or v != v) else v for v in r)
            for r in frame[columns].astype(object).itertuples(index=False)]


def _units(corpus, task_seq: int) -> list[tuple[str, str]]:
    return _rows(corpus.units[corpus.units.task_seq == task_seq], ["unit", "role"])


def _warnings(corpus, kind: str) -> list[str]:
    return corpus.warnings[corpus.warnings.kind == kind].message.tolist()


# -- task tables flattened to text ----------------------------------------------------------

def test_table_one_row_a_line_with_spaces_inside_cells_and_merged_cells():
    """s01: 序号 类别 重点任务 具体措施 牵头单位 配合单位 责任单位, one row a line. Cells hold spaces
    (巡护 管 理, 严 控火源), merged cells leave rows 3 and 7 without their 类别/重点任务 cells, so each
    row's task is its 具体措施 cell (the last text before the units), up to its first 。; row 7 (the
    list is an excerpt: numbers need not run from 1) is broken over three lines by a lead cell of
    three lines."""
    corpus = _corpus("s01_table_rows_spaced")
    assert _rows(corpus.tasks, ["task_no", "title"]) == [
        ("1", "划定巡护网格，配齐专职护林员"), ("2", "在进山路口设立防火检查站，严查火种"),
        ("3", "开展隐患排查"), ("7", "推进防火通道建设，新建林区道路20公里"), ("8", "完善火情监测网络，新建监测点十个")]
    assert _units(corpus, 1) == [("市林业局", "lead"), ("市财政局", "supporting"), ("市人社局", "supporting"),
                                 ("各县（区）人民政府和管委会", "responsible")]
    assert _units(corpus, 3) == [("市应急管理局", "lead"), ("市林业局", "supporting"),
                                 ("各县（区）人民政府", "responsible"), ("经济开发区管委会", "responsible")]
    assert _units(corpus, 4) == [("市林业局", "lead"), ("市交通运输局", "lead"), ("市林业规划院", "lead"),
                                 ("市自然资源局", "supporting"), ("市财政局", "supporting"),
                                 ("各县（区）人民政府", "responsible")]
    # what could not be told apart for certain is said: spaces inside cells, a row over three lines
    assert any("rows 1, 2" in m for m in _warnings(corpus, "tasks_uncertain"))
    # row 7 runs over three lines; row 8 holds four unit lists for three unit columns
    assert any("rows 7, 8 run over several lines" in m for m in _warnings(corpus, "units_uncertain"))
    # the header and the rows are cells, not a title or sentences to rejoin
    assert corpus.documents.loc[0, "title"] == "某市森林防火重点任务分解表"


def test_table_one_cell_a_line_with_merged_cells_and_a_person_column():
    """s02: one cell a line, no bars; the header 责任股室 / （单位） over two lines; merged 类别,
    完成时限, 责任领导 and 责任股室 cells appear only on the first row they span, so rows hold 2 to 8
    cells. The 责任领导 column names persons (王建国, 李 娜): no units. Units of a cell of several
    lines (群体股 / 体育中心) are one cell; names run together (群体股体育中心) stay one name."""
    corpus = _corpus("s02_table_cells_one_a_line")
    assert _rows(corpus.tasks, ["task_no", "title"]) == [
        ("1", "全年举办乡镇篮球联赛不少于8场"), ("2", "更新健身路径器材30套"),
        ("3", "组队参加省运会，力争奖牌数比上届增加"), ("4", "完成少年体校招生工作")]
    assert _units(corpus, 1) == [("群体股", "responsible"), ("体育中心", "responsible")]
    assert _units(corpus, 2) == [("群体股体育中心", "responsible")]
    assert _units(corpus, 3) == [("竞训股", "responsible")]
    assert _units(corpus, 4) == []  # merged cells are not guessed
    assert not corpus.units.unit.isin(["王建国", "李 娜", "李娜"]).any()
    assert any("责任领导" in m for m in _warnings(corpus, "table_column_not_read"))
    # 11月底前 without a year, and the page states none: left unresolved, with a warning
    assert corpus.deadlines.empty
    assert [m.split(": ", 1)[1].split(" has")[0] for m in _warnings(corpus, "deadline_uncertain")] == [
        "deadline '11月底前'", "deadline '8月底前'"]


def test_table_one_cell_a_line_with_bars_units_before_the_task_and_a_target_column_as_task():
    """s03: cells closed by `` |``, each row opening ``| n |``; the unit column comes before the task,
    the task column is 考核指标 (no other text column), 实施部门 names bodies too (responsible), a
    phone contact is no unit; row numbers 4 and 9."""
    corpus = _corpus("s03_table_cells_with_bars")
    assert _rows(corpus.tasks, ["task_no", "title"]) == [
        ("4", "按照法律援助有关规定，当月受理的申请在七个工作日内作出决定"),
        ("9", "组织人民调解员集中培训两次，覆盖全区调解组织")]
    assert _units(corpus, 1) == [("区司法局", "responsible"), ("法律援助中心", "responsible")]
    assert _units(corpus, 2) == [("区司法局", "responsible"), ("基层工作科", "responsible")]
    assert _rows(corpus.deadlines, ["task_seq", "date"]) == [(1, "2024-12-31"), (2, "2024-12-31")]


def test_a_stray_cell_that_fits_no_column_is_left_out_and_said():
    lines = ["序号", "目标任务", "牵头单位", "完成时间", "6", "建成标准农田二千亩。", "农田股", "2", "2023年底",
             "9", "培育家庭农场十家。", "经管站", "2023年底"]
    (table,) = find_text_tables(lines)
    first, second = table.rows
    assert (first.no, [c.text for c in first.dropped]) == ("6", ["2"])  # 2 < 6: no row of its own
    assert table.column_cells(second, "lead") == ["经管站"]
    assert any("rows 6" in m for _, _, m in table.warnings)


def test_text_without_a_numbered_header_is_no_table():
    assert find_text_tables(["序号为本局内部编号。", "1 某事项 某局"]) == []
    # a header with neither a unit nor a deadline column is not a task table
    assert find_text_tables(["序号 项目名称 建设地点", "1 某路改造 某镇"]) == []


# -- deadlines --------------------------------------------------------------------------------

def test_deadlines_without_a_year_take_the_plans_own_year():
    """s04, a 2024年工作要点: 6月底前, 年内 and 3月底前 (in the task text) are in 2024; dated steps in
    one value are one deadline each; 2024年8月前 is before August; 2024年11月 its last day."""
    corpus = _corpus("s04_deadlines_without_year")
    assert _rows(corpus.deadlines, ["task_seq", "raw", "date"]) == [
        (1, "6月底前", "2024-06-30"), (2, "年内", "2024-12-31"), (3, "3月底前", "2024-03-31"),
        (4, "2024年2月公布年度计划", "2024-02-29"), (4, "2024年9月公布进展情况", "2024-09-30"),
        (5, "2024年8月前", "2024-07-31"), (6, "2024年11月", "2024-11-30")]
    assert _warnings(corpus, "deadline_uncertain") == []


@pytest.mark.parametrize("raw, year, date", [
    ("12月底前", 2019, "2019-12-31"), ("第三季度", 2022, "2022-09-30"), ("1月前", 2021, "2020-12-31"),
    ("2021年8月前", None, "2021-07-31"), ("2018年12月", None, "2018-12-31"), ("2021年8月底前", None, "2021-08-31"),
])
def test_deadline_values(raw, year, date):
    assert parse_deadline(raw, year).date == date


def test_a_deadline_without_a_year_is_never_guessed():
    assert is_yearless("6月底前") and parse_deadline("6月底前") is None
    assert not is_yearless("2023年6月底前")
    assert parse_deadline_steps("2021年2月公布预算，2021年8月公布决算") != []
    assert parse_deadline_steps("2021年2月公布预算，视情况公布决算") == []


# -- units and roles ---------------------------------------------------------------------------

def test_a_standing_rule_makes_the_first_body_of_every_later_list_the_lead():
    """s05: （A、B、C，排第一的为牵头单位，其他为责任单位，下同）: A leads, the others are responsible,
    here and in the next bare list; 分别牵头 still makes every body a lead; the rule is no unit."""
    corpus = _corpus("s05_first_body_leads")
    assert _units(corpus, 1) == [("市人社局", "lead"), ("市教育局", "responsible"), ("市财政局", "responsible")]
    assert _units(corpus, 2) == [("市住建局", "lead"), ("市自然资源局", "responsible"), ("各县市区", "responsible")]
    assert _units(corpus, 3) == [("市总工会", "lead"), ("市人社局", "lead")]


def test_a_standing_rule_stated_later_applies_from_its_own_note_on():
    """s06: items 1 before the rule keep a plain 责任单位; the rule sits in item 2's note."""
    corpus = _corpus("s06_rule_after_first_items")
    assert _units(corpus, 1) == [("县发改局", "responsible")]
    assert _units(corpus, 2) == [("县财政局", "lead"), ("县税务局", "responsible")]
    assert _units(corpus, 3) == [("县人社局", "lead")]
    assert _units(corpus, 4) == [("县农业农村局", "lead"), ("县水利局", "lead")]
    assert _units(corpus, 5) == [("县工信局", "lead"), ("县通信发展办", "responsible"),
                                 ("各乡镇人民政府", "responsible")]


def test_standing_notes_and_remarks_are_no_units():
    """s07: 不再做分工，下同 · （含…，下同） · 以下各项工作均需X落实，不再列出 · a sentence after the list
    (…。各市（州）落实属地管理责任，以下均需…不再重复列出) name no unit of the task; a long list with
    等按职责分工负责 is read whole."""
    corpus = _corpus("s07_standing_notes_not_units")
    assert _units(corpus, 1) == [("省发展改革委", "responsible"), ("省通信管理局", "responsible")]
    assert _units(corpus, 2) == [("省大数据局", "responsible"), ("省直有关部门", "responsible"),
                                 ("各市（州）数据局", "responsible")]
    assert _units(corpus, 3) == [("省经济和信息化厅", "lead"), ("省科技厅", "supporting"), ("省财政局", "supporting"),
                                 ("各市（州）人民政府", "responsible")]
    assert _units(corpus, 4)[0] == ("省农业农村厅", "responsible")
    assert len(_units(corpus, 5)) >= 12 and _units(corpus, 5)[11] == ("供销合作社", "responsible")
    junk = corpus.units.unit.str.contains("下同|不再|具体任务|落实属地|含", regex=True)
    assert not junk.any()
    # the bodies a standing note names share the later tasks, marked as such
    later = corpus.units[corpus.units.via_alias.notna()]
    assert set(later.task_seq) == {4, 5}


def test_persons_and_labels_on_their_own_lines():
    """s08: 责任领导：(a person) / 牵头科室（单位）：A、B / 完成时限：2023年12月 on lines of their own
    belong to the item above; 牵头责任人/具体责任人 name persons, not units; X会Y: X leads, Y supports."""
    corpus = _corpus("s08_persons_and_label_lines")
    assert _units(corpus, 1) == [("成果转化科", "lead"), ("科技服务中心", "lead")]
    assert _units(corpus, 2) == []
    assert _units(corpus, 3) == [("科普科", "lead"), ("办公室", "supporting")]
    assert _rows(corpus.deadlines, ["task_seq", "date"]) == [(1, "2023-12-31"), (3, "2023-04-30")]
    assert not corpus.units.unit.str.contains("某").any()
    assert _warnings(corpus, "parenthetical_unrecognized") == _warnings(corpus, "label_unrecognized") == []


def test_unit_lists_split_outside_brackets_and_keep_a_shared_place():
    assert split_units("各县（市、区）党委和人民政府，城乡一体化示范区、高新区党工委和管委会") == [
        "各县（市、区）党委和人民政府", "城乡一体化示范区", "高新区党工委和管委会"]
    assert split_units("市委组织部、市司法局等市有关部门") == ["市委组织部", "市司法局", "市有关部门"]
    p = read_parenthetical("（省经信委、省发改委（省能源局）。列第一位者为牵头部门，下同）")
    assert (p.units_as_written, p.first_lead) == (("省经信委", "省发改委（省能源局）"), "responsible")


# -- which items are tasks ---------------------------------------------------------------------

def test_a_table_of_contents_is_no_body():
    """s09: 目 录 and its entries (一、…表 are table names) come before the report; the body starts at
    its own first heading, and the report's （一） items are its tasks (the 1. items under （二） are
    details of it)."""
    corpus = _corpus("s09_contents_list")
    assert _rows(corpus.tasks, ["task_no", "title"]) == [
        ("（一）", "一般公共预算执行情况"), ("（二）", "政府性基金预算执行情况")]
    assert "section_numbering" not in set(corpus.warnings.kind)


def test_a_reports_background_part_is_no_work_and_its_groups_are_its_tasks():
    """s10: 一、基本情况 (duties, staff) is background; 二、工作开展情况 > （一） > 1.: the （一） items."""
    corpus = _corpus("s10_report_background_and_groups")
    assert corpus.documents.loc[0, "kind"] == "report"
    assert _rows(corpus.tasks, ["task_no", "title"]) == [("（一）", "耕地保护扎实推进"), ("（二）", "不动产登记提速增效")]


def test_an_attachment_list_under_a_cover_notice_is_no_task():
    """s11: 附件：1.X ⏎ (wrapped) ⏎ 2.Y lists documents; the items of the attached plan are the tasks."""
    corpus = _corpus("s11_attachment_list")
    assert _rows(corpus.tasks, ["task_no", "title"]) == [("1", "新建高标准农田1万亩"), ("2", "改造提升农田5000亩")]


def test_the_articles_of_a_set_of_rules_are_no_tasks():
    corpus = _corpus("s12_rules_document")
    assert corpus.tasks.empty
    assert any("set of rules" in m for m in _warnings(corpus, "no_tasks"))


def test_a_part_named_for_its_items_is_no_task_when_the_excerpt_ends_before_them():
    """s13: 二、主要任务 with a paragraph and no numbered items (cut): not a task; said."""
    corpus = _corpus("s13_container_heading_cut")
    assert corpus.tasks.empty
    assert any("二、主要任务" in m for m in _warnings(corpus, "tasks_uncertain"))


def test_a_cover_notices_own_instructions_are_no_tasks():
    """s14: the cover issues a table not in the text; its 一、二、三、 (各单位要…) are instructions."""
    corpus = _corpus("s14_cover_instructions")
    assert corpus.tasks.empty
    assert len([m for m in _warnings(corpus, "tasks_uncertain") if "instruction of the cover notice" in m]) == 3


def test_items_after_a_cover_notices_instructions_are_tasks_even_with_a_cut_note():
    """s15: the cover's 一、二、 then the plan's own 1. items, whose note the excerpt cut (（牵头单位：市发):
    the item is a task, the instructions are not."""
    corpus = _corpus("s15_cover_then_items_cut_note")
    assert _rows(corpus.tasks, ["task_no", "title"]) == [("1", "建设绿色低碳发展先行区，形成一批可推广的经验")]


def test_background_goal_and_awareness_parts_are_no_tasks():
    """s16: 一、规划背景（一）…回顾 (a group run into the heading), 二、工作目标全面… (a heading run into its
    text), 三、提高认识 > （一）充分认识…的重要性和紧迫性: goals and background."""
    corpus = _corpus("s16_background_run_in")
    assert corpus.tasks.empty
    assert set(corpus.sections[corpus.sections.subsection.isna()].kind) == {"goal"}


def test_a_plans_framing_paragraph_that_enumerates_is_no_task_list():
    corpus = _corpus("s17_plan_framing_yishi")
    assert corpus.documents.loc[0, "kind"] == "plan"
    assert corpus.tasks.empty


def test_numbered_pieces_of_a_document_sharing_page_are_no_items():
    """s18: lines 1、2、3、 of a few hundred characters, the first two cut mid-word: the pieces are joined
    into one text again (their numbers are no items; rules-round2), which is then read as a one-line page:
    title, part 一、 and its （一） item, the report's task."""
    corpus = _corpus("s18_docshare_pieces")
    assert _rows(corpus.tasks, ["task_no", "title"]) == [("（一）", "推进文旅项目建设")]
    assert set(corpus.repairs.kind) >= {"page_piece", "one_line_page"}
    assert "非物质文化遗产保护" in read_document(CONVENTIONS / "s18_docshare_pieces.txt", meta=None).text


def test_a_note_below_the_sub_items_makes_the_numbered_items_the_tasks():
    """s19: 1. ⏎ （1）… ⏎ （2）… ⏎ （责任单位：…） on its own line: the note covers the 1. item."""
    corpus = _corpus("s19_subitems_note_below")
    assert _rows(corpus.tasks, ["task_no", "title"]) == [("1", "完善应急预案体系"), ("2", "健全应急管理运行机制")]
    assert _units(corpus, 1) == [("市直各有关单位", "responsible"), ("各县（市、区）人民政府", "responsible")]
    assert _units(corpus, 2) == [("市应急管理局", "responsible")]


def test_a_group_without_numbered_items_beside_groups_with_them_is_a_task():
    """s20: （一） holds only text (and its note), （二） holds 1. and 2.: the leaves are （一）, 1, 2."""
    corpus = _corpus("s20_group_without_items")
    assert _rows(corpus.tasks, ["task_no", "title"]) == [
        ("（一）", "加强乡镇文化站建设，实施图书馆数字化改造"), ("1", "完善度假区服务配套设施"), ("2", "启动精品民宿项目建设")]
    assert _units(corpus, 1) == [("县图书馆", "lead")]


def test_a_reports_yishi_items_under_a_generic_part_are_read_and_flagged():
    """s21: 一、2023年主要做法及成效 > 一是/二是: read as tasks (c15), with a warning that the part
    itself may be the unit of work; 二、存在的不足 is no work done."""
    corpus = _corpus("s21_report_generic_part_yishi")
    assert _rows(corpus.tasks, ["task_no"]) == [("一是",), ("二是",)]
    assert any("part itself may be the unit of work" in m for m in _warnings(corpus, "tasks_uncertain"))


def test_a_part_that_reports_work_in_a_document_not_read_as_a_report_is_flagged():
    corpus = _corpus("s22_plan_parts_report_work")
    assert corpus.documents.loc[0, "kind"] != "report"
    assert any("reports work done" in m for m in _warnings(corpus, "tasks_uncertain"))


def test_a_heading_the_excerpt_ends_at_is_no_task():
    corpus = _corpus("s23_heading_only_at_end")
    assert corpus.tasks.empty
    assert any("二、统一审批流程 has no text" in m for m in _warnings(corpus, "tasks_uncertain"))


def test_headings_run_into_the_line_before_them_start_their_own_lines():
    """s24, a page whose paragraphs run together: 一、 after the opening's 。, （一） after the short part
    heading, （二） after a 。, 二、 after （三）'s 。: each continues its numbering, so each is a heading;
    （三）项 inside a sentence (no stop before it, and （三） would not follow （一）) is not."""
    corpus = _corpus("s24_run_in_headings")
    assert _rows(corpus.tasks, ["task_no", "title"]) == [
        ("（一）", "森林防火形势稳定"), ("（二）", "造林绿化稳步推进"), ("（三）", "林长制全面落实")]
    assert "第十条（三）项" in corpus.tasks.loc[0, "text"]
    assert _rows(corpus.sections[corpus.sections.subsection.isna()], ["section", "kind"]) == [
        ("一", "tasks"), ("二", "closing")]


def test_start_dates_and_comment_periods_are_no_deadlines():
    """s25: 自…起执行 starts a rule; 于…前将意见反馈 / 将意见建议汇总 ask for comments: none is a deadline of
    the task; 于2024年9月底前完成 and 6月底前组织 (the plan's year, 2024) are."""
    corpus = _corpus("s25_start_and_comment_dates")
    assert _rows(corpus.deadlines, ["task_seq", "date"]) == [(3, "2024-09-30"), (4, "2024-06-30")]


def test_a_table_numbered_by_编号_with_numbered_rows_between_bars():
    """s26: header 编号 | 工作事项 | 牵头部门 | 完成时限, rows ``1. | … |`` and ``3、 | … |``."""
    corpus = _corpus("s26_table_numbered_rows_with_bars")
    assert _rows(corpus.tasks, ["task_no", "title"]) == [
        ("1", "编制年度普法计划，明确责任清单"), ("2", "开展宪法宣传周活动"), ("3", "推进法治乡村建设")]
    assert _units(corpus, 2) == [("县委宣传部", "lead"), ("县司法局", "lead")]
    assert _rows(corpus.deadlines, ["task_seq", "kind", "date"]) == [
        (1, "date", "2024-03-31"), (2, "date", "2024-12-31"), (3, "ongoing", None)]


def test_role_verbs_beyond_the_plain_ones():
    """s27: 牵头督导 / 牵头推进 lead, 协助 / 配合落实 support, 负责落实 is responsible."""
    corpus = _corpus("s27_role_verbs")
    assert _units(corpus, 1) == [("市生态环境局", "lead"), ("市工信局", "lead"), ("市公安局", "supporting"),
                                 ("各区人民政府", "responsible")]
    assert _units(corpus, 2) == [("市住建局", "lead"), ("市城管局", "supporting")]


def test_a_unit_that_looks_like_a_person_is_flagged():
    """s28: 王明 in a 责任单位 list is kept as written (it is what the note says) but flagged."""
    corpus = _corpus("s28_person_in_a_unit_list")
    assert _units(corpus, 1) == [("王明", "responsible"), ("县水利局", "responsible")]
    (message,) = _warnings(corpus, "units_uncertain")
    assert "王明" in message and "task 1" in message
