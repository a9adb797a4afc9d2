"""Rules of the eighth round on first contact (issue 15): one invented document per convention
(tests/data/synthetic/conventions/z01–…, written for these rules, in their own words); the expected
values were written by reading each document, so breaking a rule breaks its test. Each document is
read as a file the manifest does not list, so its metadata comes from its own text."""
from convention_docs import (
    field as _field, tasks as _tasks, units as _units, value as _value, warnings as _warnings)


# -- parts that are no tasks -------------------------------------------------------------------

def test_a_plans_significance_part_is_background():
    """z01: the plan's 一、重大意义 says why saving electricity matters (no measure, no unit); 二 and 三
    are its work."""
    assert _tasks("z01_awareness_part_is_background") == [("二", "推广高效照明"), ("三", "加强用电监测")]


def test_a_part_on_understanding_the_importance_is_background():
    """z01b: 一、充分认识发展社区托育服务的重要性和紧迫性 (a part heading, not an item) argues the need; the
    opinion's measures are 二 and 三."""
    assert _tasks("z01b_understanding_the_importance") == [("二", "增加普惠托育供给"), ("三", "提升托育服务质量")]


def test_a_notice_that_divides_the_tasks_itself_has_requirements_not_tasks():
    """z02: 某某区人民政府关于分解落实2025年区政府重点工作任务的通知 divides the year's tasks itself (no document
    issued, no 印发); its 一、提高思想站位，加强统筹协调 and 二、强化督促检查，确保按期完成 assign no unit: they say
    how the divided tasks (in the attached table, not on the page) are to be done. No tasks, each part said."""
    name = "z02_notice_divides_tasks_itself"
    assert _tasks(name) == []
    said = [m for m in _warnings(name, "tasks_uncertain") if "requirement of the cover notice" in m]
    assert len(said) == 2 and "一、提高思想站位" in said[0] and "二、强化督促检查" in said[1]
    assert _value(name, "kind") == "plan"


def test_an_opening_that_divides_the_tasks_makes_the_notice_its_own_cover():
    """z02b: the title arranges work (关于抓好…落实工作的通知); the opening divides the tasks (现将民生实事任务分解落实
    有关事项通知如下): its two parts, assigning no unit, are requirements, not tasks."""
    name = "z02b_opening_divides_tasks"
    assert _tasks(name) == []
    assert len([m for m in _warnings(name, "tasks_uncertain") if "requirement of the cover notice" in m]) == 2


def test_a_notice_that_calls_for_nominations_has_no_tasks_and_is_no_plan():
    """z03: 某某省科学技术厅关于组织推荐2025年度科技创新示范企业的通知 (a 函 number) asks the cities to recommend
    firms: 一 请…择优推荐, 二 a quota, 三 请于…前…报省科学技术厅（高新处） (the office the papers go to, no
    unit assigned). Neither plan nor report (other); no tasks, and the no_tasks warning says why."""
    name = "z03_notice_calls_for_nominations"
    assert _value(name, "kind") == "other"
    assert _tasks(name) == []
    why = _warnings(name, "no_tasks")
    assert len(why) == 1 and "calls for applications or nominations" in why[0]


# -- kinds -------------------------------------------------------------------------------------

def test_a_list_of_services_is_no_plan():
    """z04: the cover issues 《某某区政务服务事项清单（2025年版）》, a list of the services the public may apply
    for: no work assigned, so neither plan nor report (other); 2025年版 is an edition. The title is the
    document issued."""
    name = "z04_list_of_services_is_no_plan"
    assert _value(name, "title") == "某某区政务服务事项清单（2025年版）"
    assert _value(name, "kind") == "other"


def test_a_cover_part_about_carrying_out_the_issued_document_is_an_instruction():
    """z04b: 现将《某某市城市更新实施方案》印发给你们，请…贯彻落实。 then the cover's own parts 一、精心组织方案实施 and
    二、按时报送方案落实情况 speak of carrying out the plan it issues (方案): instructions, said, not tasks."""
    name = "z04b_cover_part_names_issued_document"
    assert _tasks(name) == []
    said = [m for m in _warnings(name, "tasks_uncertain") if "instruction of the cover notice" in m]
    assert len(said) == 2 and "一、精心组织方案实施" in said[0]


# -- fields of a law database ------------------------------------------------------------------

def test_a_law_databases_bracketed_labels_name_issuer_and_number():
    """z05: a policy database heads the letter with 【发布单位】某某省交通运输厅 and 【发布文号】某交规函[2024]31号 (square
    brackets around the year): any known label in 【】 is read as the label, and the database's 【发布单位】 is
    the organ that issued the text (as its 【发布部门】). The issuer, the 文号 (year in 〔〕) and the level
    follow; no title is written, so none is read."""
    name = "z05_bracketed_field_labels"
    assert _value(name, "issuer") == "某某省交通运输厅"
    assert _value(name, "doc_number") == "某交规函〔2024〕31号"
    assert _value(name, "level") == "provincial"
    assert _value(name, "title") == ""


# -- title -------------------------------------------------------------------------------------

def test_a_number_before_the_title_is_no_part_of_it():
    """z06: the headline writes the 文号 first, a comma, then the title (某政办发〔2025〕12号，某某省人民政府办公厅
    关于…的实施意见): the title without the number, the number as the 文号."""
    name = "z06_number_before_title"
    assert _value(name, "title") == "某某省人民政府办公厅关于加快发展银发经济的实施意见"
    assert _value(name, "doc_number") == "某政办发〔2025〕12号"
    assert _value(name, "issuer") == "某某省人民政府办公厅"


def test_an_office_field_is_completed_by_the_central_organ_the_title_names():
    """z07: the page's 发文机关 field says only 办公厅; the title opens with 某某部办公厅 (a central organ, no
    division to name): the issuer is the office named in full, at the national level."""
    name = "z07_office_field_under_central_title"
    assert _value(name, "issuer") == "某某部办公厅"
    assert _value(name, "level") == "national"
