"""Rules of the thirty-seventh round, met in b49/b50 after their first contact. One invented document per convention
(tests/data/synthetic/conventions/a32_01…a32_13, in our own words; expected values written by reading them)."""
from convention_docs import corpus, field, rows, tasks, value, values


def test_a_repeated_date_line_is_the_signatures():
    """a32_01: the page's 生成日期 2019年12月18日, then the cover's signature 某市人民政府办公室 ⏎ 2019年12月18日: the second date
    line repeats the first and stays — it dates the signature."""
    name = "a32_01_repeated_date_under_signature"
    assert values(name, "issuer", "issue_date") == ("某市人民政府办公室", "2019-12-18")
    assert field(name, "issue_date").rule == "signature date"


def test_a_district_the_table_does_not_know_under_a_municipality():
    """a32_02: 重庆市梁平区农业农村委员会 — 梁平区 (the table still has 梁平县) directly under 重庆市: a county-level body."""
    assert value("a32_02_district_under_a_municipality", "level") == "county"


def test_the_year_of_an_assessment_a_plan_corrects_is_no_period():
    """a32_03: 2019年度生态环境保护督察反馈问题整改实施方案 — 2019 is the inspection's year, not a span the plan covers."""
    name = "a32_03_rectification_plan_of_an_assessment_year"
    assert values(name, "kind", "period_start", "period_end") == ("plan", "", "")


def test_a_report_on_the_correction_keeps_its_year():
    """The same year in a report on the correction (…审计查出问题整改情况的报告) is the year it reports on."""
    from analysis.parse.metadata import _period
    assert _period("关于2020年度市本级预算执行审计查出问题整改情况的报告")[:2] == ("2020", "2020")


def test_the_period_of_a_five_year_plan_carried_out_is_weak():
    """a32_04: 某省贯彻落实“十四五”全民健身规划实施方案 — 2021–2025 are the years of the plan it carries out: read, flagged."""
    name = "a32_04_plan_carrying_out_a_five_year_plan"
    assert values(name, "period_start", "period_end") == ("2021", "2025")
    assert field(name, "period_start").rule.startswith("period of the five-year plan it carries out")
    assert field(name, "period_start").confidence == "low"


def test_a_part_on_achievements_and_opportunities_is_background():
    """a32_05: 一、全市养老服务取得的主要成绩和发展机遇 ⏎ 1.… 2.… — where the plan starts from, no tasks; the tasks are 二、's."""
    assert tasks("a32_05_achievements_and_outlook_part") == [("（一）", "完善居家养老服务网络"), ("（二）", "提升机构养老服务质量")]


def test_a_period_line_with_the_drafter_after_it():
    """a32_06: 某省学前教育发展规划 ⏎ (2010—2020年)省教育厅 — the period belongs to the title, the organ is the drafter."""
    name = "a32_06_period_line_over_drafter"
    assert values(name, "title", "period_start", "period_end") == ("某省学前教育发展规划（2010—2020年）", "2010", "2020")


def test_a_page_number_before_the_organ_a_title_opens_with():
    """a32_07: 1某市统计局关于征求…意见的函 — the 1 is a PDF's page number: title and issuer without it."""
    name = "a32_07_page_number_before_organ_title"
    assert values(name, "title", "issuer") == ("某市统计局关于征求某市统计数据质量管理办法意见的函", "某市统计局")


def test_a_cited_number_whose_brackets_were_lost():
    """a32_08: (某卫发2021 36 号) — a PDF's text lost both brackets: the number in its standard form."""
    assert rows(corpus("a32_08_number_without_brackets").citations, ["number"]) == [("某卫发〔2021〕36号",)]


def test_a_date_run_read_the_way_the_publication_date_allows():
    """a32_09: 南昌市某区人民政府办公室 ⏎ 2020121 (2020-01-21 or 2020-12-01), the page posted 2020-01-21 (发布于): signed
    2020-01-21 — the other reading is after the posting; the organ over the run signs it."""
    name = "a32_09_date_run_told_by_publication_date"
    assert values(name, "issuer", "issue_date", "published_date") == ("南昌市某区人民政府办公室", "2020-01-21", "2020-01-21")


def test_a_date_run_stays_empty_without_a_publication_date():
    """The same run with no page date is left empty, both readings said."""
    from analysis.parse.metadata import read_metadata
    got = read_metadata("某区人民政府办公室\n2020121\n")
    assert got["issue_date"].value == "" and "2020-01-21" in got["issue_date"].note


def test_the_full_text_a_news_item_attaches():
    """a32_10: 附《湿地保护状况报告》全文： — the page carries that report; 中国国家林业和草原局3月1日正式向社会发布了
    《中国湿地保护状况报告》 names its issuer (the country's name dropped) under a longer name of the same report."""
    name = "a32_10_attached_full_text_of_a_released_report"
    assert values(name, "title", "issuer", "level", "kind") == ("湿地保护状况报告", "国家林业和草原局", "national", "report")


def test_the_organ_before_the_field_of_its_work():
    """a32_11: 某省水利厅农村饮水安全管理2021年工作总结… — the organ whose work the report covers."""
    assert value("a32_11_organ_before_its_field_of_work", "issuer") == "某省水利厅"


def test_an_opening_broken_before_what_the_year_achieved():
    """a32_12: 2019年，…紧紧围绕全面建成小康社会目标，…扎实推进 ⏎ 统计领域依法治理工作，取得明显成效。 — the sentence runs on
    to the next line; 目标 in an earlier clause is no word of what is to come: a report of 2019."""
    name = "a32_12_opening_broken_before_its_achievement"
    assert values(name, "kind", "period_start", "period_end") == ("report", "2019", "2019")


def test_a_date_the_work_is_ensured_by():
    """a32_13: 确保2021年10月底出台… · 力争2022年覆盖… — dates the work is due by."""
    got = rows(corpus("a32_13_ensure_a_date").deadlines, ["task_seq", "date"])
    assert [d for _, d in got] == ["2021-10-31", "2022-12-31"]


def test_a_repeated_date_line_in_chinese_numerals_is_kept():
    """The date kept when repeated (the normalizer asks ``is_date_line``) in any written form: digits or Chinese numerals,
    day 二十二 too; a repeated line that only opens with a date goes."""
    from convention_docs import normalized
    for date in ("2019年12月18日", "二〇一九年十二月二十二日"):
        assert normalized(f"某市人民政府办公室关于印发某某方案的通知\n{date}\n某市人民政府办公室\n{date}\n一、主要任务\n").count(date) == 2
    repeated = "2019年12月18日召开全市会议"
    assert normalized(f"某某方案\n{repeated}\n某市人民政府\n{repeated}\n一、主要任务\n").count(repeated) == 1


def test_a_number_whose_brackets_were_lost_in_its_own_field():
    """``canonical_number``: 中办发2015 58 号 (a PDF's field) in its standard form."""
    from analysis.parse.metadata import canonical_number
    assert canonical_number("中办发2015 58 号") == "中办发〔2015〕58号"
    assert canonical_number("闽委办函2017 7号") == "闽委办函〔2017〕7号"


def test_a_subtitle_naming_a_report_of_the_last_century():
    """``_DELIVERY_SUBTITLE``: ——1998年某市交通工作报告 names the report as ——2017年… does."""
    from analysis.parse.metadata import _DELIVERY_SUBTITLE
    assert _DELIVERY_SUBTITLE.match("——1998年某市交通工作报告") and _DELIVERY_SUBTITLE.match("——2017年某市交通运输工作报告")
