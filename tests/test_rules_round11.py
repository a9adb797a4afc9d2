"""Rules of the eleventh round, found on batch b10 (issue 15) after its first contact was recorded: one
invented document per convention (tests/data/synthetic/conventions/a11_*, written for these rules, in
their own words); the expected values were written by reading each document, so breaking a rule
breaks its test. Each document is read as a file the manifest does not list."""
from convention_docs import field as _field, tasks as _tasks, units as _units, value as _value, read as _read


# -- parts that are no tasks ----------------------------------------------------------------------

def test_an_emergency_plans_general_provisions_are_no_tasks():
    """a11_01: 一、总则 (purpose, basis, scope of the plan, its place among the plans: （四）预案体系) opens an
    emergency plan; the work is under
    二、应急响应: its two items are the tasks."""
    assert _tasks("a11_01_general_provisions_part") == [("（一）", "启动四级响应"), ("（二）", "启动三级响应")]


def test_purpose_basis_and_scope_items_are_no_tasks():
    """a11_01b: under 一、基本规定, （一）编制目的 （二）编制依据 （三）适用范围 state what the plan is for;
    （四）建立巡查制度 is work."""
    assert _tasks("a11_01b_purpose_and_scope_items") == [("（四）", "建立巡查制度"), ("（一）", "转移受威胁群众")]


def test_action_principles_are_no_task():
    """a11_02: 二、行动原则 states principles in its items (（一）坚持政府引导 …), as 基本原则 and 工作原则 do."""
    assert _tasks("a11_02_action_principles_part") == [("（一）", "建设城市书房"), ("（二）", "开展阅读活动")]


def test_a_joint_bodys_duties_and_members_are_no_tasks():
    """a11_12: a letter setting up a joint conference: 一、主要职责 and 二、成员单位 say what the body does
    and who sits in it — no unit of work."""
    assert _tasks("a11_12_joint_body_duties_and_members") == []


# -- level, issuer, title, kind, period -----------------------------------------------------------

def test_the_author_is_the_lowest_body_whose_meetings_the_opening_carries_out():
    """a11_03: …深入贯彻广东省委…全会、江门市委…全会、开平市委…全会等会议精神 — a county-level city carries
    out its province's, its prefecture's and its own meetings: 开平市, county (not 江门市, named first)."""
    level = _field("a11_03_meetings_of_superiors_and_own", "level")
    assert (level.value, _value("a11_03_meetings_of_superiors_and_own", "region")) == ("county", "开平市")
    assert level.rule.startswith("opening carries out the meetings")


def test_a_central_administration_by_its_short_name_is_national():
    """a11_04: a notice signed 市场监管总局 海关总署: two central administrations (a 总局, a 总署), not a
    municipal body whose name opens with 市."""
    assert _value("a11_04_central_administration_short_name", "level") == "national"


def test_a_title_row_under_a_pages_field_rows_is_the_title():
    """a11_05: the page's field block is saved as table rows (成文日期 | 2023-01-30 | 公开方式 | 主动公开 |), the
    report's title a row of its own below it (…工作计划 | ||||): the title, not a column header."""
    assert _value("a11_05_title_row_under_field_rows", "title") == "某某市水利局2022年工作总结及2023年工作计划"


def test_a_notices_own_title_line_is_the_last_of_its_repetitions():
    """a11_06: the page's headline and 标题 field repeat the notice's title after a compact date and the
    organ (20240312 某某县河长制办公室 关于…的通知); the notice's own lines are 某某县河长制办公室 ⏎ 关于做好春季河湖清理工作的
    通知 — read as printed, the organ first (session 17: 23 of 27 recorded titles printed so keep the organ)."""
    assert _value("a11_06_organ_over_notice_title", "title") == "某某县河长制办公室关于做好春季河湖清理工作的通知"


def test_the_organ_printed_above_a_notices_title_is_its_issuer():
    """a11_06: 某某县河长制办公室 stands alone on the line above the notice's title: the issuer."""
    issuer = _field("a11_06_organ_over_notice_title", "issuer")
    # (the title read with it as printed, the organ it opens with names the issuer as well)
    assert issuer.value == "某某县河长制办公室" and issuer.rule in ("organ printed above the notice's title",
                                                                 "organ the title opens with")


def test_a_publication_note_before_a_title_is_no_part_of_it():
    """a11_07: （此件主动公开）某某市2023年城市管理工作要点: the note says how the document is published."""
    assert _value("a11_07_publication_note_before_title", "title") == "某某市2023年城市管理工作要点"


def test_a_compact_date_before_a_title_is_no_part_of_it():
    """a11_08: 20230915某某县农业农村局2023年秋冬种工作方案: the page's date, then the title."""
    assert _value("a11_08_compact_date_before_title", "title") == "某某县农业农村局2023年秋冬种工作方案"


def test_a_sites_name_after_a_dash_is_no_part_of_the_title():
    """a11_09: …2024年工作安排-某某娱乐官网第一品牌: the mirror site's name after the title; the title ends
    on 工作安排 and the document is a report."""
    name = "a11_09_site_name_after_title"
    assert _value(name, "title") == "某某市应急管理局2023年工作总结和2024年工作安排"
    assert _value(name, "kind") == "report"


def test_a_bureau_after_a_dash_names_whose_part_of_the_document_it_is():
    """a11_10: 2021年某某市政府工作报告责任分工-市水利局: the page names the bureau's part of the division; the
    title is kept as written, and it is a plan (a 责任分工)."""
    name = "a11_10_bureau_after_title"
    assert _value(name, "title") == "2021年某某市政府工作报告责任分工-市水利局"
    assert _value(name, "kind") == "plan"


def test_a_years_task_list_of_a_longer_plan_covers_its_year():
    """a11_11: 2022年某某市城乡环境整治三年行动工作任务清单 — the year's list of a three-year action: 2022."""
    assert (_value("a11_11_year_list_of_a_longer_plan", "period_start"),
            _value("a11_11_year_list_of_a_longer_plan", "period_end")) == ("2022", "2022")


def test_a_portals_government_office_in_brackets_is_the_office():
    """a11_15: 发布机构: 某某县人民政府(办公室) — the portal's way of naming the government's office."""
    assert _value("a11_15_government_office_field_in_brackets", "issuer") == "某某县人民政府办公室"


# -- units ----------------------------------------------------------------------------------------

def test_unit_cells_list_units_with_their_remarks():
    """a11_13: a task list flattened one cell a line under a 责任单位 header cell: 市安委办 (综合协调科) ·
    市级各专委会办公室、市应急管理局 · 各县区(开发区) 安委会 (a space where the cell wrapped)."""
    assert _units("a11_13_unit_cells_with_remarks") == [
        (1, "市安委办（综合协调科）", "responsible"), (2, "市级各专委会办公室", "responsible"),
        (2, "市应急管理局", "responsible"), (3, "各县区（开发区）安委会", "responsible")]


def test_an_implementing_unit_label_names_a_responsible_unit():
    """a11_14: 实施单位:某某机场集团 between the 牵头单位 and 配合单位 lines: the body that carries the project out."""
    assert _units("a11_14_implementing_unit_label") == [
        (1, "市交通运输局", "lead"), (1, "某某机场集团", "responsible"), (1, "市发改委", "supporting"),
        (1, "市自然资源和规划局", "supporting"), (2, "市交通运输局", "lead"), (2, "市公路事业发展中心", "responsible")]
