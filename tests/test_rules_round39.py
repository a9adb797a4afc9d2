"""Rules of the thirty-ninth round, met in b51/b52 after their first contact (and b45_04's subtitle). One invented document
per convention (tests/data/synthetic/conventions/a33_01…a33_16, in our own words; expected values written by reading
them)."""
from convention_docs import field, tasks, value, values, warnings


def test_a_table_of_contents_with_dot_leaders_is_no_task_list():
    """a33_01: 1.1 编制目的·······3 … — the lines of a contents page, its headings and pages: no tasks."""
    assert tasks("a33_01_contents_with_dot_leaders") == []


def test_findings_in_a_background_part_are_no_tasks():
    """a33_02: 一、2020年水环境质量状况 ⏎ …主要有以下特点：一是…二是… — the state of things, found: no tasks."""
    assert tasks("a33_02_findings_in_a_background_part") == []


def test_a_report_part_on_how_the_work_went_reads_its_items():
    """a33_03: 一、工作开展情况 ⏎ 一是…二是…三是… — a generic part: its 一是 items are the work reported."""
    assert [t for t, _ in tasks("a33_03_report_part_on_how_work_went")] == ["一是", "二是", "三是"]


def test_joint_organs_of_a_county_the_table_does_not_know():
    """a33_04: 中共平阴县委平阴县人民政府 over the notice title — two issuers run together; （1990~2005） after the
    cited 《平阴县志》 is the chronicle's span, not the notice's."""
    name = "a33_04_joint_organs_of_a_renamed_county"
    assert values(name, "issuer", "period_start") == ("中共平阴县委、平阴县人民政府", "")


def test_a_number_run_into_the_title_and_the_office_over_the_field():
    """a33_05: 某政办发〔2020〕5号某市人民政府办公室关于…的实施意见 (no space left) under 发文机关 | 某市政府: the title without
    the number; the office the title opens with issued it."""
    name = "a33_05_number_run_into_title"
    assert values(name, "title", "issuer") == ("某市人民政府办公室关于加快发展托育服务的实施意见", "某市人民政府办公室")


def test_a_notice_title_under_its_organ():
    """a33_06: 国家知识产权局 ⏎ 关于开展…的通知 — the title as printed, its organ first."""
    assert value("a33_06_organ_above_notice_title", "title") == "国家知识产权局关于开展2021年知识产权宣传周活动的通知"


def test_a_subtitle_naming_its_speaker():
    """a33_07: 凝心聚力 攻坚克难 ⏎ 奋力开创… ⏎ ——王某局长在2018年全市水利工作会议上的报告 — the title is the lines above."""
    assert value("a33_07_speech_subtitle_with_speaker", "title") == "凝心聚力攻坚克难奋力开创全市水利发展新局面"


def test_a_headline_over_a_reports_theme_lines():
    """a33_08: 市交通局2019年工作报告 (the page's headline) ⏎ … ⏎ 稳中求进… ⏎ ——2019年某市交通运输工作报告: the theme line;
    its first part 一、2018年工作回顾 gives a period only weakly (a speech reviews one year to plan the next)."""
    name = "a33_08_headline_over_theme_lines"
    assert value(name, "title") == "稳中求进加快建设综合交通枢纽"
    assert field(name, "period_start") is None or field(name, "period_start").confidence == "low"


def test_page_controls_before_a_cover_organ():
    """a33_09: 首页 > 公报 > … 【字体：大 中 小】 打印 某省林业局关于印发《X》的通知 … 现将《X》印发给你们。 — a one-line page that
    opens with a breadcrumb is kept; the organ without the page's controls."""
    name = "a33_09_page_controls_before_cover_organ"
    assert values(name, "title", "issuer") == ("某省林业发展“十三五”规划", "某省林业局")


def test_a_law_database_category_is_no_title():
    """a33_10: 【法规类别】机关工作综合规定 — a field; the cover (not the sharing page's cut headline run to it) names the
    title."""
    assert value("a33_10_law_database_category_field", "title") == "2019年重点工作部门分工方案"


def test_a_first_part_setting_out_a_years_work():
    """a33_11: 一、2018年主要工作思路 — the year's plan (weak), not a part that looks back."""
    name = "a33_11_first_part_sets_out_the_year"
    assert values(name, "kind", "period_start", "period_end") == ("plan", "2018", "2018")
    assert field(name, "kind").confidence == "low"


def test_square_bracket_labels_in_a_field_row():
    """a33_12: [ 发布机构 ] | 某县政府办公室 · [ 成文日期 ] | 2022-10-11 — the fields; 现将检查情况通报如下 a report."""
    name = "a33_12_square_bracket_labels_in_a_row"
    assert values(name, "issuer", "issue_date", "kind") == ("某县政府办公室", "2022-10-11", "report")


def test_a_first_part_summing_up_a_year_after_a_year_sentence():
    """a33_13: 一、2021年工作总结 ⏎ 2021年是极不平凡的一年。…交出了一份优异答卷。 — a report, not a year's plan."""
    assert value("a33_13_first_part_a_year_summary", "kind") == "report"


def test_a_notice_arranging_work_flags_its_items():
    """a33_14: 关于做好…有关工作的通知 ⏎ 有关要求如下：一、高度重视 二、落实资金 — read as a plan by its title alone: its items
    may be requirements, said."""
    assert any("notice read as a plan only by its title" in w
               for w in warnings("a33_14_notice_requirements", "tasks_uncertain"))


def test_a_review_of_a_cited_plan_takes_its_years_weakly():
    """a33_15: 关于贯彻落实《全市档案事业“十三五”规划》总结评估报告 — the years of the plan it reviews, flagged."""
    name = "a33_15_review_of_a_cited_plan"
    assert values(name, "period_start", "period_end") == ("2016", "2020")
    assert field(name, "period_start").confidence == "low"


def test_an_organ_before_a_year_without_nian():
    """a33_16: 某省水利厅2019工作总结和2020年工作思路 — the year lost its 年: the organ opens the title still."""
    assert value("a33_16_organ_year_without_nian", "issuer") == "某省水利厅"
