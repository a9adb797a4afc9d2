"""Rules of the seventh round on first contact (issue 15): one invented document per convention
(tests/data/synthetic/conventions/x01–…, written for these rules, in their own words); the expected
values were written by reading each document, so breaking a rule breaks its test. Each document is
read as a file the manifest does not list, so its metadata comes from its own text."""
from convention_docs import (
    field as _field, tasks as _tasks, units as _units, value as _value, warnings as _warnings)


# -- tasks -------------------------------------------------------------------------------------

def test_an_activity_plans_frame_items_are_no_tasks():
    """x01: under 二、活动内容 the items （一）活动对象。… and （二）活动范围。… say who and where the activity is
    for; （三）分轮发放消费券 and （四）组织商户让利促销 are its work. The frame items are no tasks, and they still
    count as the section's items (一、活动安排, a part of fields, stays no task)."""
    assert _tasks("x01_activity_frame_items") == [("（三）", "分轮发放消费券"), ("（四）", "组织商户让利促销")]


def test_an_activity_plans_frame_parts_are_no_tasks():
    """x01b: parts without items, 一、活动主题 · 二、活动时间 · 三、参加人员 frame the activity; 四 and 五 are
    its work (parts without items are the units of work, the frame parts are not)."""
    assert _tasks("x01b_activity_frame_parts") == [("四", "组织健身队伍展示"), ("五", "举办社区趣味运动会")]


# -- units -------------------------------------------------------------------------------------

_STANDING_X02 = ["各县区人民政府", "某某高新区", "某某产业园管委会"]


def test_a_standing_note_run_on_after_a_unit_list_gives_no_junk_and_covers_later_tasks():
    """x02: task （一）'s note lists its units, then runs on after a full stop into a standing note whose own
    list has commas (。以下均需各县区人民政府，某某高新区、某某产业园管委会负责落实，不再列出): the first task
    has its five units and nothing of the note's words; the note's three units go to （二） (beside its own
    市住房城乡建设局) and to （三）, which names none."""
    name = "x02_standing_note_run_on_after_units"
    rows = _units(name)
    assert [(u, r) for t, u, r in rows if t == 1] == [
        ("市人力资源社会保障局", "responsible"), ("市住房城乡建设局", "responsible")] + [
        (u, "responsible") for u in _STANDING_X02]
    assert [u for t, u, _ in rows if t == 2] == ["市住房城乡建设局"] + _STANDING_X02
    assert [u for t, u, _ in rows if t == 3] == _STANDING_X02
    assert not _warnings(name, "units_uncertain")


def test_a_standing_note_after_verbs_with_commas_in_its_list():
    """x02b: an unlabelled note (市民政局牵头，市卫生健康委配合。以下均需各区人民政府，某某新区管委会落实，不再列出):
    lead and supporting units for （一）, the two standing units (a comma between them) for （二）."""
    rows = _units("x02b_standing_note_after_verbs")
    assert rows == [(1, "市民政局", "lead"), (1, "市卫生健康委", "supporting"), (2, "市民政局", "responsible"),
                    (2, "各区人民政府", "responsible"), (2, "某某新区管委会", "responsible")]


def test_standing_units_reach_a_later_task_cut_after_its_heading():
    """x02c: the excerpt ends in （二）'s heading (加强挥发性有机物综合治…), no text under it; the standing note of
    （一） (以下任务均需各市人民政府落实，不再列出) covers it all the same."""
    rows = _units("x02c_standing_units_on_a_cut_task")
    assert [(t, u) for t, u, _ in rows if t == 2] == [(2, "各市人民政府")]


def test_and_other_departments_closes_a_unit_list():
    """x03: 区发展改革局、区住房城乡建设局等部门，各街道办事处配合 — 等部门 (and other departments) closes the list of
    named bureaus; it names no unit of its own."""
    rows = _units("x03_and_other_departments_closes_a_list")
    assert [u for _, u, _ in rows] == ["区政务服务局", "区发展改革局", "区住房城乡建设局", "各街道办事处"]


# -- title, issuer, level of a portal's page ---------------------------------------------------

def test_a_city_written_without_shi_before_its_own_district():
    """x04: the title opens 成都武侯区关于… — the prefecture written without 市, then one of its own districts:
    the district's level (county), the region written in full."""
    name = "x04_city_without_shi_before_its_district"
    assert _value(name, "level") == "county"
    assert _value(name, "region") == "成都市武侯区"


def test_a_breadcrumb_ending_with_the_title_keeps_the_page_words_out():
    """x04b: under 首页 >> 政策文件 >> 园区政策 >> 滨江新区推进科技创新发展的实施方案, the page prints 政策文件 and
    详细内容 on lines of their own above the title: the breadcrumb names the title whole, so 详细内容 is not
    read as its first line (滨江新区 is no known division: nothing else tells)."""
    assert _value("x04b_breadcrumb_names_the_title", "title") == "滨江新区推进科技创新发展的实施方案"


def test_an_author_field_naming_an_organ_is_a_flagged_issuer():
    """x05: no signature, no organ in the title; the page's field 作者：南京玄武区人民政府【转载】 names an organ
    with its region: the issuer, without the page's tag, flagged low (a portal's author field may name the
    site); its level (county) is flagged too."""
    name = "x05_author_field_names_an_organ"
    issuer = _field(name, "issuer")
    assert (issuer.value, issuer.confidence) == ("南京玄武区人民政府", "low")
    assert issuer.rule.startswith("作者 field")
    assert (_value(name, "level"), _field(name, "level").confidence) == ("county", "low")


def test_an_author_field_naming_a_person_is_no_issuer():
    """x05b: the same page with 作者：李明【转载】: a person, no issuer read (empty, with a warning)."""
    name = "x05b_author_field_names_a_person"
    assert _value(name, "issuer") == ""
    assert any("issuer" in m for m in _warnings(name, "metadata_missing"))


# -- a cover notice and what it issues ---------------------------------------------------------

def test_a_years_key_tasks_is_a_plan_for_that_year():
    """x06: 某某部关于印发《2024年农村人居环境整治重点任务》的通知: the list of a year's key tasks (…重点任务) ends
    like a plan — the title is the issued list, the kind plan, the period 2024."""
    name = "x06_a_years_key_tasks"
    assert _value(name, "title") == "2024年农村人居环境整治重点任务"
    assert _value(name, "kind") == "plan"
    assert (_value(name, "period_start"), _value(name, "period_end")) == ("2024", "2024")


def test_a_one_line_pages_signature_between_spaces():
    """x07: a one-line page that kept the source's spaces (…请认真贯彻执行。 某某省交通运输厅 2024年3月6日 2024年公路
    养护工作要点 为…): the organ and date between spaces are the signature — issuer and issue date."""
    name = "x07_one_line_signature_with_spaces"
    assert _value(name, "issue_date") == "2024-03-06"
    assert _field(name, "issue_date").rule.startswith("signature")
    assert _value(name, "issuer") == "某某省交通运输厅"


# -- kind and level of a page without a title --------------------------------------------------

def test_an_opening_that_makes_measures_of_a_sort_is_a_plan():
    """x08: no title; the opening ends …结合全县实际，特制定如下政策措施 — it makes the measures that follow, their
    sort named (政策措施, like 提出如下实施意见): a plan."""
    kind = _field("x08_opening_makes_measures_of_a_sort", "kind")
    assert kind.value == "plan"
    assert "制定如下政策措施" in kind.rule


def test_the_division_an_opening_makes_its_text_for():
    """x09: no title; the opening names the province's and city's deployments (省、市关于…) and then
    结合西湖区实际: the district the text is made for — county, not the bare 市 named first."""
    level = _field("x09_opening_names_its_own_division", "level")
    assert level.value == "county"
    assert "结合西湖区实际" in level.rule


def test_an_opening_addressing_every_level_with_no_region_is_national_flagged():
    """x10: no title, no signature; 2025年是…。各级水土保持主管部门要… and no division, no 全省/我市/省委 anywhere:
    the centre addressing every level — national, flagged low."""
    level = _field("x10_opening_addresses_every_level", "level")
    assert (level.value, level.confidence) == ("national", "low")


def test_an_opening_addressing_every_level_but_naming_a_region_gives_no_level():
    """x10b: the same opening, but a part names a city (延安市要抓好…): no national reading — the level stays
    empty, with its warning."""
    name = "x10b_every_level_but_a_region_named"
    assert _value(name, "level") == ""
    assert any("level" in m for m in _warnings(name, "metadata_missing"))


def test_a_notice_that_announces_a_list_has_no_tasks():
    """x11: 某某部办公厅关于公布第三批智慧农业示范县名单的通知 — after 有关事项通知如下：, 一、 is the list of the
    counties named and 二、 what they are to report: no tasks, and the no_tasks warning says why."""
    name = "x11_notice_that_announces_a_list"
    assert _tasks(name) == []
    why = _warnings(name, "no_tasks")
    assert len(why) == 1 and "notice that announces" in why[0]


# -- dates and periods -------------------------------------------------------------------------

def test_a_reports_delivery_date_in_a_box_line():
    """x12: a wiki box runs title, speaker, 2025年5月20日于省人民会堂 and （在…常务委员会第十六次会议上） into one
    line; no signature: the day the report was delivered at the meeting it names is its date."""
    date = _field("x12_delivery_date_in_a_box_line", "issue_date")
    assert date.value == "2025-05-20"
    assert date.rule.startswith("date the report was delivered")


def test_a_one_year_title_with_a_middle_dot_in_its_slogan():
    """x13: 某某县2025年“乐购某某·惠享生活”消费季活动方案 — the slogan's middle dot does not hide the title's one
    year: 2025."""
    name = "x13_year_title_with_a_middle_dot"
    assert (_value(name, "period_start"), _value(name, "period_end")) == ("2025", "2025")


def test_an_author_field_naming_an_organ_without_its_region_is_no_issuer():
    """x05c: 作者：区政府办公室【转载】 — an office without its region (any district's, or the site's own): unlike a
    发布机构 field, an author field gives an issuer only with a region (or a central organ); none is read."""
    assert _value("x05c_author_field_names_an_organ_without_region", "issuer") == ""
