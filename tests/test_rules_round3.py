"""Rules of the third round on first contact (issue 15): one invented document per convention
(tests/data/synthetic/conventions/t01–…, written for these rules, in their own words); the expected
values were written by reading each document, so breaking a rule breaks its test. Each document is
read as a file the manifest does not list, so its metadata comes from its own text."""
from convention_docs import (
    read as _read, corpus as _corpus, field as _field, value as _value, values as _values, rows as
    _rows, tasks as _tasks, units as _units, warnings as _warnings)


# -- tasks ---------------------------------------------------------------------------------

def test_the_numbered_parts_of_a_cover_that_issues_a_division_are_its_requirements():
    """t01: 现印发给你们 issues 《…重点工作任务分工》; the notice's own 一、压实工作责任 二、制定推进计划
    三、强化跟踪问效 assign no unit (the division's table is not on the page): no tasks, each said."""
    name = "t01_cover_of_a_division_requirements"
    assert _tasks(name) == []
    said = [m for m in _warnings(name, "tasks_uncertain") if "requirement of the cover notice" in m]
    assert [m.split("section ")[1][:6] for m in said] == ["一、压实工作", "二、制定推进", "三、强化跟踪"]


def test_a_reports_indicator_part_is_background():
    """t02: a report's 一、主要指标完成情况 states the year's figures (no items): no task; the work
    done is the （一）（二） parts under 二、2023年工作开展情况."""
    assert _tasks("t02_report_indicator_part") == [("（一）", "抓好粮食生产"), ("（二）", "推进人居环境整治")]


# -- level -----------------------------------------------------------------------------------

def test_a_district_the_table_does_not_know_under_a_known_city_is_a_county():
    """t03: 长治市星湖区教育局… — 长治市 is in the division table, 星湖区 (invented) is not: the author
    is a district's bureau (county level), flagged (the table could not confirm the district)."""
    name = "t03_district_missing_from_the_table"
    assert _value(name, "level") == "county"
    assert _field(name, "level").confidence == "low"
    assert "星湖区, under 长治市" in _field(name, "level").rule


# -- kind ------------------------------------------------------------------------------------

def test_a_page_that_speaks_of_a_document_by_its_short_name_is_no_plan():
    """t04: the title is a plan's (…实施意见), but the page names it short (以下简称《实施意见》) and its
    paragraphs open with what it says (《实施意见》提出 · 明确 · 要求): a page about the plan, kind other."""
    name = "t04_page_speaks_of_the_document"
    assert _value(name, "kind") == "other"
    assert _field(name, "kind").rule.startswith("the page speaks of the document (《实施意见》")


# -- units -----------------------------------------------------------------------------------

def test_cooperating_units_are_supporting():
    """t05: each item is followed by 牵头责任单位：… and 主要协作单位：… on lines of their own; the units after
    协作 (cooperating) are supporting units, as those after 配合 are."""
    assert _units("t05_cooperating_units_label") == [
        (1, "县民政局", "lead"), (1, "各镇人民政府", "supporting"), (1, "县财政局", "supporting"),
        (2, "县水利局", "lead"), (2, "县生态环境分局", "supporting")]


# -- dates -----------------------------------------------------------------------------------

def test_a_numeral_year_written_with_the_digit_zero_is_a_date():
    """t06: the signature date 二0一二年三月五日 writes the digit 0 for 〇: it is the issue date, a line of
    its own (not run into the regulation's title below it)."""
    name = "t06_digit_zero_in_a_numeral_year"
    assert _values(name, "issue_date", "title") == ("2012-03-05", "某县城区停车管理办法")


# -- citations -------------------------------------------------------------------------------

def test_a_decree_number_written_before_hao_ling_is_a_citation():
    """t07: 《城市绿化条例》（国务院第100号令）, 《城市绿线管理办法》（建设部112号令） and a bare 省政府第45号令:
    the number comes before 号令 (not 令第…号); each is a cited document's number."""
    cited = _rows(_corpus("t07_decree_number_before_hao_ling").citations, ["number"])
    assert [n for (n,) in cited if n] == ["国务院第100号令", "建设部112号令", "省政府第45号令"]


# -- page furniture and titles -----------------------------------------------------------------

def test_a_download_counter_is_no_part_of_the_title():
    """t08: a sharing page's record lines (VIP专免, a date, 999+, 21.4KB, 6 页) between the title and its
    second printing: the counter 999+ is furniture, not the first line of the title; the title's
    placeholder organ (XX县文旅局) is its author."""
    name = "t08_counter_before_a_shared_title"
    assert _values(name, "title", "issuer", "kind", "period_start") == (
        "XX县文旅局2023年度工作总结", "XX县文旅局", "report", "2023")


# -- issuer ------------------------------------------------------------------------------------

def test_four_joint_issuers_before_guanyu_are_each_an_issuer():
    """t09: four organs, a party department among them, printed before 关于印发 (their spaces lost when
    the page is read: longer together than one organ name may be): four issuers, in order."""
    assert _value("t09_four_joint_issuers_run_together", "issuer") == (
        "玉溪市市场监督管理局、中共玉溪市委宣传部、玉溪市人力资源和社会保障局、玉溪市住房和城乡建设局")


# -- a report made to a congress ---------------------------------------------------------------

def test_the_speakers_line_of_a_report_to_a_congress_gives_its_author_not_its_title():
    """t10: the page opens with who speaks (某县水务局局长 李文涛), the date, the addressees 主任、各位副主任、
    各位委员, then 我受县人民政府的委托，向县人大常委会报告2023年度…: no title (the speaker's line is
    none), the bureau is the issuer, the date under the line the issue date, a report on 2023."""
    name = "t10_speaker_line_of_a_report_to_a_congress"
    assert _values(name, "title", "issuer", "issue_date", "kind", "period_start", "period_end") == (
        "", "某县水务局", "2024-06-20", "report", "2023", "2023")
    assert any("title" in m for m in _warnings(name, "metadata_missing"))


def test_a_reports_first_part_names_the_year_it_reports_on():
    """t11: no title; the opening looks back (2023年以来，…) and the first part is 一、2023年工作总结: a report
    on 2023 (the year the part names)."""
    name = "t11_report_year_from_its_first_part"
    assert _values(name, "kind", "period_start", "period_end") == ("report", "2023", "2023")
    # (the opening's year and the first part's agree; either reading names the year reported on)
    assert _field(name, "period_start").rule in ("the year the report's first part names",
                                                  "the year the opening paragraph reports on")


def test_a_title_that_says_who_reported_where_gives_the_speakers_organ():
    """t12: 某省林业局局长王海明在2024年全省林业工作会议上作报告: the bureau is the issuer (the post and the
    name are no part of it); the report is on 2023 (一、2023年主要工作), not on the meeting's year."""
    name = "t12_speaker_in_a_titles_report"
    assert _values(name, "issuer", "kind", "period_start", "period_end") == ("某省林业局", "report", "2023", "2023")


def test_an_inspection_group_is_an_organ():
    """t13: the title's first line is the legislature's 执法检查组 (the group that inspected): the issuer,
    the title running over three lines."""
    name = "t13_inspection_group_as_issuer"
    assert _values(name, "issuer", "title", "kind") == (
        "某省人民代表大会常务委员会执法检查组", "某省人民代表大会常务委员会执法检查组关于检查《某省湿地保护条例》实施情况的报告",
        "report")


# -- page fields ---------------------------------------------------------------------------------

def test_the_issue_time_field_is_the_issue_date():
    """t14: a field table flattened to | rows: 发文时间 (the time the organ issued it) is the issue date,
    发布日期 three days later only the page's publication."""
    assert _value("t14_issue_time_field", "issue_date") == "2024-01-15"


def test_a_number_in_brackets_at_the_end_of_the_headline_is_the_documents_own():
    """t15: the page's headline 2023年县政府民生实事项目（某政发〔2023〕5号） carries the notice's own 文号."""
    assert _value("t15_number_in_a_headlines_brackets", "doc_number") == "某政发〔2023〕5号"


def test_an_interpretations_headline_is_the_title_of_a_page_about_the_plan():
    """t16: past an SEO line, a hotline label and its number, the headline 政策解读 | 云南省…规划（2023-2027年）:
    the page's title; the page interprets the plan (kind other), whose region and years it names."""
    name = "t16_interpretation_headline"
    assert _values(name, "title", "kind", "level", "period_start", "period_end") == (
        "政策解读 | 云南省养老服务体系建设规划（2023-2027年）", "other", "provincial", "2023", "2027")


# -- lost characters ---------------------------------------------------------------------------------

def test_question_marks_opening_lines_are_lost_indentation_and_a_lost_character_is_flagged():
    """t17: every paragraph opens with ?? (its two ideographic spaces lost in an encoding): read as
    indentation, so the signature, its date and the parts 一、二、三、 are lines of their own; a
    character lost with its pinyin gloss kept (宣传?guó)Q方式) is flagged in the task it falls in."""
    name = "t17_lost_indentation_and_lost_characters"
    assert _values(name, "issue_date", "title", "kind", "period_start") == (
        "2023-10-08", "某市2023年消防安全宣传月活动方案", "plan", "2023")
    assert list(_corpus(name).sections.section) == ["一", "二", "三"]
    # (一、活动时间 frames the activity, no unit of work: round seven's convention x01b)
    assert [no for no, _ in _tasks(name)] == ["二", "三"]
    assert any("三's heading carries an undecodable character" in m for m in _warnings(name, "tasks_uncertain"))
    assert any("lines open with '??'" in m for m in _warnings(name, "mojibake"))


# -- markup ------------------------------------------------------------------------------------------

def test_html_markup_saved_with_the_text_is_removed_and_its_paragraphs_are_lines():
    """t18: the page saved with its HTML (<p>, <p style=…>, <strong>, <br/>) on one line: the tags go,
    each paragraph is a line — the signature and its date, the plan's title, its part and items."""
    name = "t18_html_markup_in_a_text"
    assert _values(name, "issue_date", "title", "issuer", "doc_number") == (
        "2022-05-16", "某省促进农民工就业创业实施方案", "某省人民政府", "某政发〔2022〕9号")
    assert _tasks(name) == [("1", "开发公益性岗位"), ("2", "组织劳务输出")]
    assert "<" not in _read(name)[0].text


def test_a_cooperating_units_column_of_a_task_table_is_supporting():
    """t05 (tables): a Word or spreadsheet task table whose unit columns are 牵头单位 and 协作单位."""
    from analysis.ingest.task_tables import column_roles

    assert column_roles(["序号", "重点任务", "牵头单位", "协作单位", "完成时限"]) == [
        "no", "text", "lead", "supporting", "deadline"]
