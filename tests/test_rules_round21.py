"""Rules of the twenty-first round, found on batch b21 (issue 15) after its first contact was recorded: one
invented document per convention (tests/data/synthetic/conventions/a21_*, written for these rules, in their own
words); the expected values were written by reading each document, so breaking a rule breaks its test. Each
document is read as a file the manifest does not list."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.parse.extract.deadlines import parse_deadline
from analysis.parse.extract.units import read_parenthetical
from convention_docs import CONVENTIONS, corpus, tasks, units, warnings

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def test_a_task_column_before_a_measures_column_holds_the_task():
    """a21_01: 序号 工作任务 落实措施 牵头单位 完成时限, one cell a line, every row its own 工作任务 cell: the tasks are
    the 工作任务 cells (the measures are their bodies), not the 落实措施 cells."""
    assert tasks("a21_01_division_table_task_and_measures_columns") == [
        ("1", "建设一批社区健身步道"), ("2", "完善体育公园配套设施"), ("3", "推进学校体育场地开放")]
    clauses = corpus("a21_01_division_table_task_and_measures_columns").clauses
    assert any("新建健身步道不少于10公里" in text for text in clauses.text)  # the measures kept, as the body
    assert units("a21_01_division_table_task_and_measures_columns")[0] == (1, "县住房城乡建设局", "lead")


def test_a_task_cell_spanning_several_measures_groups_them():
    """a21_02: the same header, but row 2 has no 工作任务 cell of its own (the cell above spans it): the 工作任务
    column groups the measures, and each 落实措施 cell is a task."""
    assert tasks("a21_02_division_table_task_cell_spans_its_measures") == [
        ("1", "利用河道绿地新建健身步道不少于10公里"), ("2", "在老旧小区见缝插针建设小型健身点位"),
        ("3", "在县城体育公园增设笼式足球场两处")]


def test_a_standing_rule_closing_a_unit_cell_is_read_and_carried():
    """a21_03: row 1's unit cell ends （县人民政府工作部门中列在首位的为牵头部门，有关部门按职责分工负责，下同）, a bracket
    inside the row's note: the first body is the lead, the others responsible — in row 2 too (下同); the rule is
    no unit."""
    assert units("a21_03_unit_cell_closing_with_a_standing_rule") == [
        (1, "县农业农村局", "lead"), (1, "县生态环境分局", "responsible"), (1, "县财政局", "responsible"),
        (1, "各乡镇人民政府", "responsible"),
        (2, "县卫生健康局", "lead"), (2, "县农业农村局", "responsible"), (2, "各乡镇人民政府", "responsible")]
    assert not warnings("a21_03_unit_cell_closing_with_a_standing_rule", "parenthetical_unrecognized")


def test_a_first_is_lead_rule_with_its_scope_and_the_others_duty():
    """县政府部门中列在首位的为牵头部门，有关部门按职责分工负责，下同: the scope (…中) and the others' duty are part of the
    rule, not units."""
    note = read_parenthetical("（县民政局、县财政局；县政府部门中列在首位的为牵头部门，有关部门按职责分工负责，下同）")
    assert note is not None and note.units_as_written == ("县民政局", "县财政局")
    assert note.first_lead == "responsible"


def test_a_time_after_an_event_goes_in_the_deadline_column_and_is_warned():
    """a21_04: the 完成时限 cells 省出台指导意见后完成 and 检查启动后6个月内 name no date, but they are the column's: they
    are not dropped as cells that fit no column; each is left unparsed with a warning naming it."""
    unparsed = warnings("a21_04_deadline_cell_after_an_event", "deadline_unrecognized")
    assert any("省出台指导意见后完成" in m for m in unparsed)
    assert any("检查启动后6个月内" in m for m in unparsed)
    assert not warnings("a21_04_deadline_cell_after_an_event", "tasks_uncertain")
    assert tasks("a21_04_deadline_cell_after_an_event")[0] == (
        "1", "制定社区养老服务设施配建实施细则，明确配建标准和移交程序")


@pytest.mark.parametrize("raw, kind, date", [
    ("2014年12月底前落实", "date", "2014-12-31"),
    ("2023年6月底前落实到位", "date", "2023-06-30"),
    ("2015年6月前出台", "date", "2015-05-31"),
    ("2016年3月底前到位", "date", "2016-03-31"),
    ("2014年12月底前落实并持续实施", "date_then_ongoing", "2014-12-31"),
    ("2023年9月底前完成并持续推进", "date_then_ongoing", "2023-09-30"),
])
def test_a_verb_of_completion_after_the_date(raw, kind, date):
    """落实, 落实到位 and 出台 after …前 say what 完成 says; …并持续实施 after it: the date, then ongoing."""
    deadline = parse_deadline(raw)
    assert deadline is not None and (deadline.kind, deadline.date) == (kind, date)


def test_a_verb_that_is_no_completion_is_not_read():
    assert parse_deadline("2014年12月底前研究") is None


def test_scorer_counts_a_date_then_ongoing_as_both(tmp_path):
    """A deadline read as a date then ongoing (2023年6月底前落实并持续推进) answers both a recorded date and a recorded
    ongoing (the schema's a01 example records ["2021-12-31", "ongoing"])."""
    texts, facts = tmp_path / "texts", tmp_path / "facts"
    texts.mkdir()
    facts.mkdir()
    (texts / "d.txt").write_text("某县2023年某项工作方案\n\n一、重点任务\n\n（一）开展集中整治。全面排查隐患。（牵头单位：县应急局；"
                                 "完成时限：2023年6月底前落实并持续推进）\n", encoding="utf-8")
    recorded = {"id": "d", "url": "", "query": "", "truncated": False, "conventions": [],
                "title": "某县2023年某项工作方案", "issuer": [], "issue_date": "", "level": "county", "kind": "plan",
                "period_start": "2023", "period_end": "2023", "doc_number": "",
                "tasks": [{"no": "（一）", "title": "开展集中整治", "units": [{"unit": "县应急局", "role": "lead"}],
                           "deadlines": ["2023-06-30", "ongoing"]}], "citations": [], "training": []}
    (facts / "d.json").write_text(json.dumps(recorded, ensure_ascii=False), encoding="utf-8")
    run = subprocess.run([sys.executable, str(PROJECT_ROOT / "tests" / "realworld" / "score.py"), str(texts),
                          "--facts", str(facts)], capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert run.returncode == 0, run.stderr
    assert "deadlines       2/2" in run.stdout


def test_a_one_line_report_breaks_around_its_delivery_line_and_addressee():
    """a21_05, one line: …的报告——2024年5月20日在…会议上 某厅厅长 王某某 某省人民代表大会常务委员会： 受…委托…: the title
    ends before the delivery line, and the addressee is a line of its own — the title, its organ, the meeting's
    date and the kind are read."""
    from convention_docs import values
    assert values("a21_05_one_line_report_with_its_delivery_line", "title", "issuer", "issue_date", "level", "kind") == (
        "某某省人民政府关于2023年度耕地保护目标责任履行情况的报告", "某某省人民政府", "2024-05-20", "provincial", "report")
    from convention_docs import read
    lines = [ln.strip() for ln in read("a21_05_one_line_report_with_its_delivery_line")[0].text.split("\n")]
    assert "——2024年5月20日在某某省第十四届人民代表大会常务委员会第九次会议上" in lines
    assert "某某省人民代表大会常务委员会：" in lines  # the addressee, not run into the speaker's line
    assert tasks("a21_05_one_line_report_with_its_delivery_line")[:2] == [
        ("（一）", "压实耕地保护责任"), ("（二）", "严格耕地占用管控")]


def test_a_repeated_pinyin_gloss_goes_with_the_first():
    """a21_06: 村(cun)(cun)级 — a mirror repeats a gloss; both go (the title and the task read without them)."""
    from convention_docs import value
    assert value("a21_06_repeated_pinyin_gloss", "title") == "某某县2024年村级公益事业建设工作要点"
    assert tasks("a21_06_repeated_pinyin_gloss")[0] == ("（一）", "推进村内道路硬化")


def test_a_release_sentence_names_the_issuers_of_the_text_it_carries():
    """a21_07: 近日，某省农业农村厅、某省财政厅印发了《X》… ⏎ 《X》全文如下: the title from the line before the text, the
    issuers from the release sentence that names the same title (and the level from them)."""
    from convention_docs import values
    assert values("a21_07_release_sentence_names_the_issuers", "title", "issuer", "level") == (
        "关于加快发展设施农业的指导意见", "某某省农业农村厅、某某省财政厅", "provincial")


def test_a_release_sentence_that_puts_the_text_in_force_names_its_title():
    """a21_08: 2024年3月，某市人民政府办公室发布《X》，自发布之日起施行 ⏎ 内容全文 ⏎ 第一章…: X is the title, the office its
    issuer."""
    from convention_docs import values
    assert values("a21_08_release_sentence_in_force_from_issue", "title", "issuer", "level") == (
        "某某市城市供水管理实施细则", "某某市人民政府办公室", "municipal")


def test_a_unit_note_holding_a_square_bracketed_place_is_read():
    """a21_09: （自治区体育局牵头，住房城乡建设厅、自然资源厅按职责分工负责，各市、县〔区〕落实）: a 〔区〕 inside the note, as
    a （区） would be, does not end it — its units are read."""
    assert units("a21_09_unit_note_with_a_square_bracketed_place")[:4] == [
        (1, "自治区体育局", "lead"), (1, "住房城乡建设厅", "responsible"), (1, "自然资源厅", "responsible"),
        (1, "各市、县〔区〕", "responsible")]


def test_a_yearless_date_takes_the_year_its_sentence_heads_the_work_with():
    """a21_10, a three-year plan: 2023年任务：一是5月底前…；二是11月底前…。2024年任务：9月底前… — each date in the year
    heading its sentence; 8月底前 in a sentence no year heads stays unresolved, with a warning."""
    from convention_docs import rows
    deadlines = corpus("a21_10_yearless_dates_under_a_year_heading").deadlines
    assert rows(deadlines, ["task_seq", "date"]) == [(1, "2023-05-31"), (1, "2023-11-30"), (1, "2024-09-30")]
    assert any("8月底前" in m for m in warnings("a21_10_yearless_dates_under_a_year_heading", "deadline_uncertain"))


def test_the_year_a_sentence_heads_its_work_with_comes_before_the_plans_own_year():
    """a21_11, a 2023 work-points plan: 6月底前 is in 2023 (the plan's year); after 2024年任务：, 3月底前 is in 2024."""
    from convention_docs import rows
    deadlines = corpus("a21_11_year_heading_over_the_plans_own_year").deadlines
    assert rows(deadlines, ["task_seq", "date"]) == [(1, "2023-06-30"), (1, "2024-03-31")]
