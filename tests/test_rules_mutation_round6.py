"""Mutation round 6 (issue 15, item 5; ``scripts/mutation.py --seed 6 --per-module 8`` over divisions, corpus,
confidence, task_tables, targets, metadata, structure, text_tables, units and deadlines): each test pins one
keyword, character or bound of a rule that no test had held.

Each test is a short text written for it, in my own words, that needs exactly that word of the rule; the
expected values were written by reading the text, so the mutant that drops the word fails the test.
Survivors judged equivalent are listed, with the reason, in ``scripts/mutation_equivalent.md``."""
from pathlib import Path

import pytest

from analysis.ingest.base import RawDocument, Table
from analysis.ingest.task_tables import render_table
from analysis.parse.confidence import assess
from analysis.parse.corpus import corpus_plan
from analysis.parse.divisions import level_of_issuer
from analysis.parse.extract import find_deadlines, find_targets, is_yearless, parse_deadline_steps
from analysis.parse.extract.units import find_parentheticals
from analysis.parse.metadata import Field, read_metadata
from analysis.parse.text_tables import find_text_tables
from convention_docs import normalized, plan_corpus, plan_doc, rows


_doc, _corpus, _text = plan_doc, plan_corpus, normalized


def _value(text: str, field: str) -> str:
    f = read_metadata(text).get(field)
    return f.value if f is not None else ""


def _table(text: str):
    [table] = find_text_tables(text.split("\n"))
    return table


# -- levels of issuers (analysis/parse/divisions.py) ----------------------------------------------

def test_a_league_s_bureau_is_municipal():
    """``_LEVEL_WORDS`` 盟: a league (盟) of Inner Mongolia is a prefecture; a bureau of a league the table
    does not name (某盟…) is municipal, read from the word."""
    assert level_of_issuer("某盟生态环境局")[0] == "municipal"
    text = ("某盟生态环境局关于印发全盟草原保护工作方案的通知\n各旗县生态环境分局：\n现将方案印发给你们。\n"
            "某盟生态环境局\n2024年3月1日\n")
    assert _value(text, "level") == "municipal"


def test_a_prefecture_s_bureau_is_municipal():
    """``_LEVEL_WORDS`` 地区: a prefecture written 地区 (某地区林业局) is municipal."""
    assert level_of_issuer("某地区林业局")[0] == "municipal"


def test_a_zone_s_office_under_a_city_is_no_county():
    """``_COUNTY_BELOW`` 片区: after a known city, 片区区域… is a zone's office (片区 is no district name);
    the city's level stands, no unknown county 片区区 is read."""
    assert level_of_issuer("长治市片区区域协调办公室")[:2] == ("municipal", "长治市")


# -- page furniture and the corpus reader (analysis/parse/corpus.py) ------------------------------

def test_a_closing_table_of_three_rows_is_no_trailing_navigation():
    """``_table_row_lines`` 3: three rows of a table closing a document (long, no sentence stop) are the
    table's rows, not a page's trailing navigation: they stay."""
    row = "| {n} | 某某片区老旧小区雨污分流改造工程建设项目 | 市住房和城乡建设局 | 2024年12月底前 |"
    source = "某市城市更新行动方案\n一、工作任务\n按下表推进。\n" + "\n".join(row.format(n=n) for n in (1, 2, 3)) + "\n"
    text = _text(source)
    assert [ln for ln in text.split("\n") if ln.startswith("|")] == [row.format(n=n) for n in (1, 2, 3)]


def test_where_the_page_sits_before_its_first_place():
    """``_FURNITURE`` 当前位置: 当前位置首页>通知公告 (where the page sits, no colon after the label) is page
    furniture; the title below it is the first line."""
    text = _text("当前位置首页>通知公告\n某县农村公路养护工作方案\n一、总体要求\n做好养护。\n")
    assert text.split("\n")[0] == "某县农村公路养护工作方案"


def test_a_page_count_of_a_sharing_site_is_furniture():
    """``_FURNITURE`` 共…页 第…页: a sharing site's 共3页 第1页 alone on its line is furniture, not a line of the
    preamble."""
    text = _text("某县农村公路养护工作方案\n共3页 第1页\n为做好养护，制定本方案。\n一、总体要求\n做好养护。\n")
    assert "共3页" not in text
    assert text.split("\n")[1] == "为做好养护，制定本方案。"


def test_a_sentence_that_opens_with_the_words_of_a_position_label_stays():
    """``_FURNITURE`` 。 (where the page sits): a preamble sentence that happens to open with 当前位置… and ends
    with 。 is a sentence, not the page's position line."""
    line = "当前位置偏远的乡村学校仍缺少校车，现制定本方案。"
    text = _text(f"某县校车服务保障方案\n{line}\n一、总体要求\n做好保障。\n")
    assert line in text.split("\n")


def test_a_dateline_s_bracket_closes_at_its_own_end():
    """``_DATELINE`` ）: a news item's dateline 某某网3月5日讯（记者 张某） is cut up to its own closing bracket;
    the items 1）… 2）… of the first sentence stay."""
    text = _text("某某网3月5日讯（记者 张某）会议明确三项任务：1）清理河道垃圾；2）建设监测站点。\n会议要求抓好落实。\n")
    assert text.split("\n")[0] == "会议明确三项任务：1）清理河道垃圾；2）建设监测站点。"


def test_an_office_lock_file_is_no_document(tmp_path):
    """``_NOT_DOCUMENTS`` ~$: Word's lock file (~$…docx) beside an open document is no document of the folder."""
    (tmp_path / "plan.txt").write_text("某县农村公路养护工作方案\n一、总体要求\n做好养护。\n", encoding="utf-8")
    (tmp_path / "~$plan.docx").write_bytes(b"\x0bsomeone" + b"\x00" * 40)
    assert [p.name for p, _, _ in corpus_plan(tmp_path, None)] == ["plan.txt"]


# -- confidence (analysis/parse/confidence.py) ----------------------------------------------------

def test_a_title_carrying_an_upload_note_is_uncertain():
    """``_PAGE_WORDS`` 上传: a title read with a sharing site's 上传 note in it carries page words: low."""
    value = "某县农村公路养护工作方案（网友上传）"
    title = Field(value, "title line in the front matter", value, 0)
    rated = assess({"title": title}, {"title": [title]})["title"]
    assert rated.confidence == "low" and "上传" in rated.note


def test_a_title_carrying_an_accessibility_control_is_uncertain():
    """``_PAGE_WORDS`` 无障碍: a page's accessibility control (无障碍) run into a title is a page word: low."""
    value = "无障碍某县农村公路养护工作方案"
    title = Field(value, "title line in the front matter", value, 0)
    rated = assess({"title": title}, {"title": [title]})["title"]
    assert rated.confidence == "low" and "无障碍" in rated.note


def test_a_plan_for_accessible_environments_carries_no_page_word():
    """``_PAGE_WORDS`` 无障碍 (changed): 无障碍环境 and 无障碍设施 are a policy's subject (accessible
    environments, facilities), no page control: the title line of such a plan is not low."""
    for text in ("某市无障碍环境建设三年行动方案\n为推进无障碍环境建设，制定本方案。\n一、总体要求\n做好建设。\n",
                 "某县无障碍设施改造工作方案\n为做好改造，制定本方案。\n一、总体要求\n做好改造。\n"):
        title = read_metadata(text)["title"]
        assert title.confidence != "low", title.note


def test_a_cover_issuing_rules_above_a_title_of_opinions():
    """``_KIND_WORD`` 意见: a cover that issues …实施细则 above a title line …实施意见 names another document,
    however alike the rest: the title is low, and the note says so."""
    line, cover = "关于加强全市河湖长制工作的实施意见", "关于加强全市河湖长制工作的实施细则"
    title = Field(line, "title line in the front matter", line, 40)
    issued = Field(cover, "cover notice 关于印发《…》的通知", f"关于印发《{cover}》的通知", 0)
    rated = assess({"title": title}, {"title": [title, issued]})["title"]
    assert rated.confidence == "low" and rated.note.endswith(f"names another: {cover}")


# -- tables of a Word file (analysis/ingest/task_tables.py) ---------------------------------------

def test_a_one_column_table_keeps_its_cells_in_bars():
    """``_render_plain_table`` >: a table of one column (参加单位 ⏎ 市水利局 ⏎ 市财政局) is a column of cells;
    only a row merged across two columns or more is written as text — these stay cells."""
    raw = RawDocument(path=Path("t.docx"), format="docx", lines=[], where=[])
    rows_ = [["参加单位"], ["市水利局"], ["市财政局"]]
    table = Table(rows=rows_, where="table 1", row_where=[f"table 1 row {i}" for i in range(1, 4)])
    render_table(raw, table)
    assert raw.lines == ["| 参加单位 |", "| 市水利局 |", "| 市财政局 |"]


# -- quantitative targets (analysis/parse/extract/targets.py) -------------------------------------

def test_person_days_are_no_count_of_persons():
    """``_TARGET`` 日: 2000人日 (person-days of training) is no target of 2000 persons."""
    assert find_targets("每年培训基层执法人员2000人日") == []


# -- metadata (analysis/parse/metadata.py) --------------------------------------------------------

def test_a_cover_sentence_naming_the_commission_itself():
    """``_COVER_SENTENCE`` 本委: 现将本委《…》印发给你们 names the document the cover issues: its title."""
    text = ("某市发展和改革委员会\n各县区发展改革局：\n现将本委《某市2024年粮食安全工作方案》印发给你们，请认真贯彻执行。\n"
            "某市发展和改革委员会\n2024年3月1日\n")
    assert _value(text, "title") == "某市2024年粮食安全工作方案"


def test_feedback_of_a_supervision_is_a_report():
    """``_FEEDBACK_TITLE`` 督导: …工作督导反馈意见 reports a supervision's findings: a report, not a plan."""
    text = "关于某县2024年河长制工作督导反馈意见\n一、存在问题\n巡查不到位。\n"
    assert _value(text, "kind") == "report"


def test_a_release_headline_opening_with_a_clause_is_news():
    """``_RELEASE_NEWS`` ， (changed): 聚焦民生，某市印发城市更新行动方案 reports a plan's release (a clause, then
    who issued what) as the same headline without the clause does: other, not the plan it names."""
    for headline in ("聚焦民生，某市印发城市更新行动方案", "某市印发城市更新行动方案"):
        assert _value(f"{headline}\n近日，某市印发方案，明确了今后三年的重点任务。\n", "kind") == "other"


def test_a_centre_s_year_of_work_without_a_title():
    """``_PLAN_OPENING`` 中心: 某市政务服务中心2024年工作的总体要求是… opens a year's work points of a centre
    (no title): the period is that year."""
    text = "某市政务服务中心2024年工作的总体要求是：以群众满意为目标，持续优化服务。\n一、重点任务\n（一）推进一网通办。\n"
    assert _value(text, "period_start") == "2024"


# -- structure (analysis/parse/structure.py) ------------------------------------------------------

def test_a_call_for_applications_that_assigns_who_carries_out_holds_tasks():
    """``_ASSIGNING_VERB`` 负责实施: a notice calling for applications whose items say who carries the work out
    (由各乡镇负责实施。) assigns work: its items are tasks."""
    title = "某县农业农村局关于申报2024年高标准农田建设项目的通知"
    text = (f"{title}\n各乡镇人民政府：\n现将有关事项通知如下。\n"
            "一、组织项目申报\n各乡镇组织村集体申报项目，由各乡镇负责实施。\n"
            "二、做好项目审核\n县农业农村局对申报项目进行审核。\n")
    assert rows(_corpus(text, title, "county").tasks, ["task_no", "title"]) == [("一", "组织项目申报"), ("二", "做好项目审核")]


def test_numbered_lines_holding_a_clock_time_are_no_table_of_contents():
    """``_an_outline_of_headings`` : (a clock time): items without text, goal headings among them, are a table
    of contents only when the lines are headings; a line holding a time (每日8:30前报送) is an instruction,
    no heading — the items stay tasks."""
    text = ("某县防汛值班工作方案\n一、总体要求\n（一）指导思想\n（二）工作目标\n二、值班安排\n"
            "（一）每日8:30前报送雨情\n（二）每日17:30前报送水情\n（三）加强值班值守\n（四）做好物资储备\n"
            "（五）强化信息报送\n")
    tasks = [no for no, _ in rows(_corpus(text, "某县防汛值班工作方案", "county").tasks, ["task_no", "title"])]
    assert tasks == ["（一）", "（二）", "（三）", "（四）", "（五）"]



def test_a_standing_note_with_its_own_label_closes_the_clause():
    """``_RESP_PAREN`` ： (changed): a note that assigns and then states a standing rule under its own label
    (（市水利局牵头，各县区负责。注：以下各项均按此分工，不再列出）) is the clause's note, not part of its text;
    its units are not read, and a warning says so."""
    c = _corpus("一、主要任务\n1.加强河道管理。清理河道垃圾（市水利局牵头，各县区负责。注：以下各项均按此分工，不再列出）。\n"
                "2.强化水质监测。建设监测站点。\n")
    assert rows(c.clauses, ["task_seq", "text"]) == [(1, "清理河道垃圾"), (2, "建设监测站点。")]
    assert any("left unparsed" in m and "不再列出" in m for m in c.warnings.message)

# -- flattened tables (analysis/parse/text_tables.py) ---------------------------------------------

def test_a_wrapped_cell_opening_with_a_month_is_no_row():
    """``_ROW_LINE`` 月: a wrapped task cell whose next line opens 6 月底前… goes on with the task (a month), it
    opens no row 6 — the table has rows 1 and 2."""
    table = _table("序号 工作任务 牵头单位 完成时限\n1 完成河道清淤，力争\n6 月底前全部完工 市水利局 2024年6月底\n"
                   "2 治理水土流失 市水利局 2024年6月底")
    assert [r.no for r in table.rows] == ["1", "2"]
    assert table.column_cells(table.rows[0], "lead") == ["市水利局"]


def test_a_clause_above_a_one_cell_a_line_table_is_no_header():
    """``_header_like`` ，: 任务分工如下， above a table of one cell a line is a clause, not the header's first
    cell: the header is 序号 工作任务 牵头单位 完成时限."""
    table = _table("任务分工如下，\n序号\n工作任务\n牵头单位\n完成时限\n1\n清理河道垃圾\n市水利局\n2024年底\n"
                   "2\n建设监测站点\n市环境监测站\n2024年6月底")
    assert table.headers == ["序号", "工作任务", "牵头单位", "完成时限"]
    assert table.column_cells(table.rows[0], "lead") == ["市水利局"]


@pytest.mark.parametrize("stop", ["；", "。"])  # (。: round 7)
def test_a_unit_cell_that_says_it_leads_before_a_stop(stop):
    """``_is_units`` ；and 。: 市水利局牵头； in the lead column is a unit cell (the verb and the stop after the name);
    the task cell stays the task."""
    table = _table(f"序号 工作任务 牵头单位 完成时限\n1 整治河道沿岸乱堆乱放问题 市水利局牵头{stop} 2024年底\n"
                   f"2 划定河湖管理范围 市自然资源局牵头{stop} 2024年6月底")
    assert table.column_cells(table.rows[0], "task") == ["整治河道沿岸乱堆乱放问题"]
    assert table.column_cells(table.rows[0], "lead") == [f"市水利局牵头{stop}"]



def test_a_one_cell_a_line_table_with_a_no_break_space_after_its_bars():
    """``_EDGE_BARS`` \\xa0: a table of one cell a line, each cell followed by a bar and a no-break space (a web
    page's &nbsp;: 序号 |\\xa0), is read as the table it is — its row numbers are numbers, not text with a bar."""
    cells = ["序号", "工作任务", "牵头单位", "完成时限", "1", "清理河道垃圾", "市水利局", "2024年底",
             "2", "建设监测站点", "市环境监测站", "2024年6月底"]
    table = _table("\n".join(f"{c} |\xa0" for c in cells))
    assert [r.no for r in table.rows] == ["1", "2"]
    assert table.column_cells(table.rows[1], "lead") == ["市环境监测站"]

# -- units (analysis/parse/extract/units.py) ------------------------------------------------------

def test_a_note_ends_at_its_own_bracket_before_an_item_number_with_one():
    """``_PAREN`` ）: in 1）清理河道垃圾（市水利局牵头）；2）建设… the first note closes at its own ）, not at
    the item number 2）: both notes are read."""
    found = find_parentheticals("1）清理河道垃圾（市水利局牵头）；2）建设监测站点（市环境监测站负责）。")
    assert [(p.units_as_written, p.roles) for p in found] == [(("市水利局",), ("lead",)),
                                                              (("市环境监测站",), ("responsible",))]


# -- deadlines (analysis/parse/extract/deadlines.py) ----------------------------------------------

def test_steps_separated_by_a_semicolon():
    """``parse_deadline_steps`` ；: two dated steps separated by ； are two deadlines."""
    steps = parse_deadline_steps("2024年6月底前完成设计；2024年12月底前完工")
    assert [(s.raw, s.date) for s in steps] == [("2024年6月底前完成设计", "2024-06-30"), ("2024年12月底前完工", "2024-12-31")]


def test_the_end_of_a_validity_is_no_deadline():
    """``_NOT_A_DEADLINE`` 有效期: 有效期至2026年12月31日 says when the text lapses, no task's deadline."""
    assert find_deadlines("本规定有效期至2026年12月31日。") == []


def test_a_yearless_deadline_typed_with_an_ascii_comma():
    """``is_yearless`` ,: a value as typed in a spreadsheet cell, 6月底前, (an ASCII comma after it), is a deadline
    without its year, as 6月底前 is."""
    assert is_yearless("6月底前,") and is_yearless("6月底前")
