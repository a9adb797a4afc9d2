"""Rules of the forty-first round, met in b55/b56 after their first contact. One invented document per convention
(tests/data/synthetic/conventions/a34_01…a34_04, in our own words; expected values written by reading them)."""
from convention_docs import corpus, field, rows, tasks, units, value

from analysis.parse.extract.deadlines import is_yearless, parse_deadline

PROJECTS = "a34_01_promised_projects_table_one_cell_a_line"


def test_a_table_of_promised_projects_is_a_task_table():
    """a34_01: 序号 ⏎ 民生实事 ⏎ 责任单位 ⏎ 完成时限, one cell a line — 民生实事 names the work column: three rows, their units."""
    assert [t for _, t in tasks(PROJECTS)] == ["新建城区公园两座", "建成县养老服务中心", "改造农贸市场一个"]
    assert units(PROJECTS) == [(1, "县住建局", "responsible"), (1, "县园林中心", "responsible"), (2, "县民政局", "responsible"),
                               (3, "县商务局", "responsible")]


def test_a_yearless_point_then_what_is_done_by_it():
    """a34_01: 9月投入使用 · 5月底前动工 in the 完成时限 column — the month's end in the notice's year (2022)."""
    assert [d for _, d in rows(corpus(PROJECTS).deadlines, ["task_seq", "date"])] == ["2022-12-31", "2022-09-30", "2022-05-31"]
    assert is_yearless("9月投入使用") and parse_deadline("5月底前建成", 2016).date == "2016-05-31"
    assert parse_deadline("9月投入使用") is None  # (no year to put it in: left to the caller, who warns)


def test_a_notice_that_divides_work_in_a_task_table_is_a_plan():
    """a34_01: 关于对2022年民生实事进行重点督办的通知 over its 目标任务分解表 — a plan, weakly (its title names neither)."""
    f = field(PROJECTS, "kind")
    assert (f.value, f.confidence) == ("plan", "low")


def test_items_closed_by_unit_notes_are_no_sharing_page_pieces():
    """a34_02: 1、… 〔责任单位：…〕 ⏎ 2、… — long numbered items, each closed by its unit note: items, not a sharing
    page's pieces."""
    assert [t for _, t in tasks("a34_02_items_closed_by_unit_notes")] == ["培育20家左右夜间消费集聚区", "策划实施50个左右夜游项目"]


def test_a_long_heading_ending_in_an_overview_is_background():
    """a34_03: 一、2015年某区地质灾害概况 ⏎ （一）…概况 （二）…特征 — the situation the plan starts from; the tasks are 二、's."""
    assert [t for _, t in tasks("a34_03_overview_part_of_an_emergency_plan")] == ["加强汛期巡查", "落实群测群防"]


def test_a_projects_basic_facts_in_a_performance_report():
    """a34_04: 一、项目基本情况 ⏎ （一）项目概况 （二）项目绩效目标情况 — background; the work reported is 二、's."""
    assert [t for _, t in tasks("a34_04_project_background_in_a_performance_report")] == ["项目资金管理情况", "项目组织实施情况"]


def test_a_law_databases_year_tag_before_a_title():
    """a34_05: （2023年）农业农村部、财政部关于公布…的通知 — the year in brackets is the database's tag, no part of the title."""
    assert value("a34_05_law_database_year_tag", "title") == "农业农村部、财政部关于公布2022年农业产业强镇名单的通知"


def test_a_forwarded_plan_named_with_its_drafters():
    """a34_06: 关于转发市交通运输局市公安局拟定的某市停车设施建设管理实施方案的通知 — the drafters are no part of the plan's title."""
    assert value("a34_06_forwarded_plan_named_with_its_drafters", "title") == "某市停车设施建设管理实施方案"


def test_a_byline_over_the_addressees_is_no_signature():
    """a34_07: 某市农业农村局 2024年11月01日 (the page's byline) ⏎ 各区县…： … 某市农业农村委员会 某市财政局 ⏎ 2024年10月16日 —
    the signature after the text signs it."""
    name = "a34_07_byline_over_the_addressees"
    assert (value(name, "issuer"), value(name, "issue_date")) == ("某市农业农村委员会、某市财政局", "2024-10-16")


def test_a_later_steps_ten_days_and_a_year_heading_with_an_ascii_colon():
    """``_STEP_MONTH``: …，6月上旬前完成验收 — a later step in the first step's year, its first ten days (2021-06-10);
    ``_YEAR_HEAD``: 2020年任务:一是4月底前… — the year heads the work after an ASCII colon as after ：."""
    from analysis.parse.extract.deadlines import find_yearless_years, parse_deadline_steps
    assert [d.date for d in parse_deadline_steps("2021年3月完成调研，6月上旬前完成验收")] == ["2021-03-31", "2021-06-10"]
    assert find_yearless_years("2020年任务:一是4月底前完成调研；二是10月底前完成验收") == [("4月底前", 2020), ("10月底前", 2020)]


def test_a_release_headline_over_its_title_printed_after_a_bullet():
    """``_released_title_printed``: 某市政府印发某市文旅融合发展行动计划 over ●某市文旅融合发展行动计划 — the bulleted line is the title."""
    from analysis.parse.metadata import Field, _released_title_printed
    headline = "某市政府印发某市文旅融合发展行动计划"
    for bullet in "•·●▪":
        front = [(0, headline), (30, f"{bullet}某市文旅融合发展行动计划")]
        got = _released_title_printed(front, Field(headline, "headline (first line)", headline, 0))
        assert got.value == "某市文旅融合发展行动计划", bullet
