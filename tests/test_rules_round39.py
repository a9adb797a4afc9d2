"""Rules of the thirty-ninth round, met in b51/b52 after their first contact (and b45_04's subtitle). One invented document
per convention (tests/data/synthetic/conventions/a33_01…a33_16, in our own words; expected values written by reading
them)."""
from convention_docs import field, tasks, units, value, values, warnings


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


# --- round 40 (b53/b54 after their first contact) ---------------------------------------------------------------------


def test_central_organs_run_together():
    """a33_18: 发文机关：教育部财政部人力资源社会保障部 — three ministries with nothing between: three issuers."""
    assert value("a33_18_central_organs_run_together", "issuer") == "教育部、财政部、人力资源社会保障部"


def test_a_signature_date_whose_separators_were_lost_is_flagged():
    """a33_19: 某省农业农村厅 ⏎ 201937 — read the one way it can be (2019-03-07), low: it may be garbled."""
    f = field("a33_19_signature_date_digits_run", "issue_date")
    assert (f.value, f.confidence) == ("2019-03-07", "low")


def test_a_cut_headline_is_no_title_line():
    """a33_20: 某部办公厅关于印发《全国草原保护建设规划(2021 (a headline cut off, its 《 never closed) over the cover: the
    cover's title."""
    assert value("a33_20_cut_headline_before_cover", "title") == "全国草原保护建设规划（2021-2025年）"


def test_a_notice_forwarding_a_document_issued_before():
    """a33_21: 现将《某省应急管理厅关于…的通知》（某应急〔2023〕88号）转发给你们 — the forwarded notice has its own 文号: the page is
    the forwarding notice, its title the lines 某市应急管理局 某市消防救援支队转发 ⏎ 《…》的通知."""
    assert value("a33_21_forwarding_an_issued_document", "title") == (
        "某市应急管理局某市消防救援支队转发《关于加强冬春火灾防控工作的通知》的通知")


def test_a_plan_drafted_below_and_forwarded_is_the_document():
    """a33_25: 《某区老旧小区改造实施方案》已经区政府同意，现转发给你们 (no 文号 of its own): the page is the plan."""
    assert values("a33_25_forwarding_a_plan_drafted_below", "title", "kind") == ("某区老旧小区改造实施方案", "plan")


def test_chapter_headings_are_no_title():
    """a33_22: 第一章 概 述 ⏎ 第一节 姚安县基本情况 under the plan's title — headings, not a report's title."""
    name = "a33_22_chapter_headings_under_a_title"
    assert values(name, "title", "kind") == ("姚安县“十四五”移民安置规划（2021-2025年）", "plan")


def test_a_headline_with_a_list_date_and_a_subdistrict():
    """a33_23: 某某路街道2019年工作总结和2020年工作安排 2020-02-14 — the list's date is no part of the title; the 街道 opens it."""
    name = "a33_23_headline_with_a_list_date"
    assert values(name, "title", "issuer") == ("某某路街道2019年工作总结和2020年工作安排", "某某路街道")


def test_a_section_switch_line_is_furniture():
    """a33_24: 省内政策【切换】 省外政策 — a site's switch between sections, not the title's first line."""
    assert value("a33_24_section_switch_line", "title") == "加快某市冷链物流发展实施意见"


def test_a_forum_copy_of_a_law_database_record():
    """a33_26: 法规标题：某省人民政府关于加强耕地保护的决定 · 颁布部门：某省人民政府 · 文书编号：某政发〔2012〕21号 under a forum's
    name — the record's fields name the title (a 决定, whatever its kind), the issuer and the number."""
    name = "a33_26_forum_copy_of_a_law_record"
    assert values(name, "title", "issuer", "doc_number") == ("某省人民政府关于加强耕地保护的决定", "某省人民政府",
                                                             "某政发〔2012〕21号")


def test_a_short_heading_naming_why_the_work_matters():
    """a33_27: 一、时代意义 ⏎ （一）… （二）… — why the work matters, background; the tasks are 二、's."""
    assert tasks("a33_27_short_awareness_heading") == [("（一）", "加快乡村信息基础设施建设"), ("（二）", "发展农村数字经济")]


def test_unit_labels_run_together_without_a_separator():
    """a33_28: （牵头单位:市商务局  责任单位:市发改委、市交通局） — the space between the labels lost: two labels still."""
    assert units("a33_28_unit_labels_run_together")[:3] == [(1, "市商务局", "lead"), (1, "市发改委", "responsible"),
                                                           (1, "市交通局", "responsible")]


def test_a_line_naming_the_bodies_responsible():
    """a33_29: 1.… ⏎ 省工业和信息化厅、省科技厅、省市场监管局负责落实。 — a line of the bodies alone: the task's units."""
    assert units("a33_29_units_responsible_line")[:3] == [(1, "省工业和信息化厅", "responsible"),
                                                         (1, "省科技厅", "responsible"), (1, "省市场监管局", "responsible")]


def test_an_overview_of_the_place_is_background():
    """a33_30: 第一章 概 述 ⏎ 一、县情概况 — the plan's overview of the county, no task; the tasks are 第二章's."""
    assert [t for _, t in tasks("a33_30_overview_of_the_place")] == ["加快安置区基础设施建设", "发展安置区特色产业"]


def test_a_title_split_before_its_kind_and_years():
    """a33_31: 某省农村生活污水治理三年行动 ⏎ 实施方案(2021—2023年) — the second line names only the kind and years: one title."""
    assert value("a33_31_title_split_before_its_kind", "title") == "某省农村生活污水治理三年行动实施方案（2021—2023年）"
