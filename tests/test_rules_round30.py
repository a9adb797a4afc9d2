"""Rules of the thirtieth round, met on the first contact of b35 and b36: tasks numbered by a named numeral
(工程一、…), and the other layouts listed with each test. One invented document per convention
(tests/data/synthetic/conventions/a29_*, in our own words; expected values written by reading them)."""
import re

import pytest

from analysis.parse.extract.deadlines import find_deadlines, parse_deadline
from analysis.parse.extract.units import read_parenthetical
from analysis.parse.divisions import _NATIONAL
from analysis.parse.metadata import _ONE_YEAR, _notice_title, _organs, canonical_number
from analysis.parse.structure import _SHI_RE, _TASK_RE, _assigns_responsibility, _named_items, _task_marker
from convention_docs import corpus, rows, tasks, text_value, units, value, values, warnings


def test_tasks_numbered_by_a_named_numeral_are_read_across_groups():
    """a29_01: 工程一、… 工程四、 under two （一） groups, numbered across them: each is a task numbered as printed, the
    groups are headings over them, and the numbering going on across the groups is no skip."""
    name = "a29_01_tasks_numbered_by_named_numerals"
    assert tasks(name) == [("工程一", "完成北干渠清淤改造；"), ("工程二", "新建两座提灌站；"), ("工程三", "实施水源置换工程；"),
                           ("工程四", "关停自备井二十眼")]


@pytest.mark.parametrize("lines, mode", [
    (["行动一：清理河道", "行动二：修复堤防"], "named"),
    (["专项行动一 清理河道", "专项行动二 修复堤防"], "named"),
    (["（一）加强监测", "任务一、布设站点", "任务二、联网传输"], "named"),    # over groups, as 1. items are
    (["行动一：清理河道"], None),                                         # one item is no numbering
    (["工程一、清理河道", "行动二、修复堤防"], None),                       # two words: no shared numbering
    (["其一、清理河道", "其二、修复堤防"], None),                          # 其一 is a way of counting reasons
    (["1.清理河道", "工程一、修复堤防", "工程二、新建泵站"], "number"),      # 1. items keep their mode
    (["（一）加强监测（牵头单位：县水利局）", "工程一、布设站点", "工程二、联网传输"], "group"),  # notes on the groups
])
def test_named_numeral_mode(lines, mode):
    assert _task_marker(lines) == mode


def test_named_items_need_a_shared_word():
    assert _named_items(["重点任务一、甲", "重点任务二、乙"]) == ["重点任务一、甲", "重点任务二、乙"]
    assert _named_items(["重点任务一、甲", "任务二、乙"]) == []


def test_a_goal_chapter_above_the_first_part_makes_its_parts_goal_text():
    """a29_02: 第一章 发展基础 stands above the body's first 一、 heading: its parts are background, not tasks;
    第二章 主要任务's parts are the tasks, 第三章 保障措施's closing."""
    name = "a29_02_goal_chapter_above_the_first_part"
    assert tasks(name) == [("一", "清理河道垃圾"), ("二", "修复生态岸线")]
    assert rows(corpus(name).sections, ["title", "kind"]) == [
        ("河湖水质持续改善", "goal"), ("管护机制初步建立", "goal"), ("清理河道垃圾", "tasks"), ("修复生态岸线", "tasks"),
        ("加强组织领导", "closing")]


def test_a_contents_numbered_by_digits_ends_at_a_part_heading():
    """a29_03: a named contents (手册目录) of 1、 2、 3、 entries, then the body's 一、 heading alone on its line: the
    heading is the body's first part, not a fourth entry."""
    assert tasks("a29_03_digit_contents_before_a_part_heading") == [("一", "清理河道垃圾"), ("二", "考核保洁成效")]


@pytest.mark.parametrize("raw, date", [
    ("2024年中", "2024-06-30"),       # 年中 with the year's 年 written once
    ("2024年中前", "2024-06-30"),
    ("2024年年中", "2024-06-30"),
    ("2024年中央", None),              # 中 opening a word is no point of the year
    ("2024年中期", None),
])
def test_mid_year_after_a_year(raw, date):
    d = parse_deadline(raw)
    assert (d.date if d else None) == date


def test_mid_year_inline():
    assert [d.date for d in find_deadlines("于2024年中前完成改造。")] == ["2024-06-30"]


@pytest.mark.parametrize("line, assigns", [
    ("（一）示范单位（完成时限2024年底）", False),     # a deadline-only note written without its colon
    ("（一）示范单位（完成时限：2024年底）", False),
    ("（一）示范单位（时限2025年6月）", False),
    ("（一）示范单位（责任单位：县水利局）", True),
])
def test_deadline_only_note_without_colon_assigns_nobody(line, assigns):
    assert _assigns_responsibility([line]) is assigns


@pytest.mark.parametrize("note, units, roles", [
    # a list before 会同: every body of it leads
    ("（县水利局、县林业局会同县财政局）", ("县水利局", "县林业局", "县财政局"), ("lead", "lead", "supporting")),
    ("（责任单位：县水利局、县财政局会同县审计局）", ("县水利局", "县财政局", "县审计局"), ("lead", "lead", "supporting")),
    # a joint in one ；-part of a labelled list is read in its part
    ("（责任单位：市水利局；市财政局会同市环保局）", ("市水利局", "市财政局", "市环保局"),
     ("responsible", "lead", "supporting")),
    # the list goes on after an alias
    ("（责任单位：县河长制办公室（以下简称县河长办）、县水利局）", ("县河长制办公室", "县水利局"),
     ("responsible", "responsible")),
    ("（责任单位：市交通运输局（以下简称市交通局；下同））", ("市交通运输局",), ("responsible",)),
])
def test_unit_lists_with_joints_and_aliases(note, units, roles):
    p = read_parenthetical(note)
    assert (p.units_as_written, p.roles) == (units, roles)


def test_an_alias_names_only_the_bodies_before_it():
    p = read_parenthetical("（责任单位：县河长制办公室（以下简称县河长办）、县水利局）")
    assert (p.alias, p.alias_units) == ("县河长办", ("县河长制办公室",))


@pytest.mark.parametrize("line, item", [
    ("三是的确要加强巡查", True),   # 的确 opens the item's sentence
    ("三是的", False),
    ("一是否开展巡查", False),
])
def test_enumerated_item_opening_with_dique(line, item):
    assert bool(_SHI_RE.match(line)) is item


# -- rules b37/b38 taught (after their first contact) ---------------------------------------------------------------

def test_division_items_opening_with_a_year_and_units_named_with_their_leaders():
    """a29_04: 1.2026年底前，完成… — a year may follow the item number's dot; 责任单位及责任人：A、B、C主要领导 names the
    bodies, each with its leader (主要领导, 分管领导 are no part of a name)."""
    name = "a29_04_division_items_opening_with_a_year"
    assert [no for no, _ in tasks(name)] == ["1", "2", "3"]
    assert units(name) == [(1, "北区政府", "responsible"), (1, "市水务局", "responsible"), (1, "市财政局", "responsible"),
                           (2, "南区政府", "responsible"), (3, "东区政府", "responsible")]
    assert list(corpus(name).deadlines.date) == ["2026-12-31", "2027-06-30", "2026-12-31"]


@pytest.mark.parametrize("line, number", [
    ("1.2026年底前，完成清淤。", "1"),
    ("12.2025年6月底前建成。", "12"),
    ("1.5万元用于培训。", None),          # an amount is no item
    ("1.2 适用范围", None),               # a decimal heading is no item
])
def test_an_item_number_before_a_year(line, number):
    m = _TASK_RE.match(line)
    assert (m.group(1) if m else None) == number


def test_entries_under_an_attachment_label_alone_are_no_tasks():
    """a29_05: 附件： on its own line, then 1.2026年读书月活动方案 ⏎ 2.…: the documents attached, not tasks."""
    assert tasks("a29_05_attachment_label_alone_before_its_list") == []


def test_a_reports_basic_situation_of_activities_is_the_work_reported():
    """a29_06: 一、基本情况 ⏎ （一）政府网站运行情况 （二）…运行情况 （三）…办理情况: how each piece of work went — the
    work reported (a 基本情况 of 部门职责 · 机构设置 stays background)."""
    assert tasks("a29_06_report_basic_situation_of_activities") == [
        ("（一）", "政府网站运行情况"), ("（二）", "政务新媒体运行情况"), ("（三）", "依申请公开办理情况")]
    background = plan_report("一、基本情况\n（一）部门职责。负责全县档案工作。\n（二）机构设置。内设三个股室。\n"
                             "二、主要工作\n（一）完成档案整理。整理档案三千卷。\n")
    assert [t for t in background.tasks.task_no] == ["（一）"]


def plan_report(text: str):
    from analysis.io.tables import build_corpus
    from analysis.parse.corpus import Document
    return build_corpus([Document(meta={"doc_id": "t", "kind": "report", "title": "", "level": "county"}, source=text,
                                  text=text, origin=list(range(len(text))))])


def test_a_joint_circular_of_results_is_a_report_of_its_months_year():
    """a29_07: 浙江省档案局 浙江省人民政府督查室关于2026年1—6月…完成情况的通报: two issuers (a 督查室 is an organ), a
    report (…完成情况的通报), of 2026 (a month range after the year); its 二、有关要求 asks, it reports nothing."""
    name = "a29_07_joint_circular_of_results"
    assert values(name, "issuer", "kind", "period_start", "period_end") == (
        "浙江省档案局、浙江省人民政府督查室", "report", "2026", "2026")
    assert tasks(name) == [("（一）", "馆藏档案数字化完成情况"), ("（二）", "数字档案馆建设完成情况")]


@pytest.mark.parametrize("title, year", [
    ("关于2019年1—9月地方志工作完成情况的通报", "2019"),
    ("2021年1-6月工作总结", "2021"),
    ("2023年前三季度工作总结", "2023"),
])
def test_a_year_with_months_or_quarters_before_a_report_word(title, year):
    assert _ONE_YEAR.search(title)["a"] == year


def test_joint_organs_ending_in_an_office():
    assert _organs("四川省地方志工作办公室四川省人民政府督查室") == ["四川省地方志工作办公室", "四川省人民政府督查室"]


def test_opening_that_lists_counties_speaks_for_the_city_above_them():
    """a29_08: an excerpt opening （二）嘉善县、海盐县由当地…，由市献血办统一协调 names two counties side by side: the places
    under the author, not its own; the 市 it speaks of is (low confidence)."""
    assert value("a29_08_opening_lists_counties_of_a_city", "level") == "municipal"


@pytest.mark.parametrize("name, national", [
    ("加强全市消防部队应急救援能力建设", False),   # 部队 is no ministry, and a ministry names no city
    ("某县武装部关于征兵工作的通知", False),
    ("生态环境部关于", True),
    ("住房和城乡建设部办公厅关于", True),
])
def test_a_ministry_name_holds_no_place_word(name, national):
    assert bool(_NATIONAL.search(name)) is national


def test_a_field_label_run_into_the_number():
    assert canonical_number("名称息府办发〔2019〕7号") == "息府办发〔2019〕7号"
    assert canonical_number("标题某政发〔2020〕3号") == "某政发〔2020〕3号"


def test_a_notice_handing_out_a_task_table_gives_instructions_not_tasks():
    """a29_09: 某市人民政府办公室 ⏎ 关于分解落实…工作报告 ⏎ 重点任务的通知 — the notice title goes on past the line that
    ends like a title (…报告), so the notice is read as a plan, not a report; its sentence hands out a division of tasks
    (现将《…分解表》印发给你们), attached, so its 一、二、 parts are its requirements: no task, each warned."""
    name = "a29_09_notice_handing_out_a_task_table"
    assert values(name, "title", "kind") == ("关于分解落实2026年市政府工作报告重点任务的通知", "plan")
    assert tasks(name) == []
    assert len([m for m in warnings(name, "tasks_uncertain") if "requirement of the cover notice" in m]) == 2


@pytest.mark.parametrize("above, title", [
    ("某市人民政府办公室", "某市人民政府办公室关于公布2026年河湖治理试点县名单的通知"),   # its organ alone above: the title as printed
    ("国务院办公厅转发国家教委", None),                              # a longer title's second line: no reading
])
def test_a_notice_title_wrapped_under_the_line_above(above, title):
    front = [(0, above), (20, "关于公布2026年河湖治理"), (40, "试点县名单的通知")]
    found = _notice_title(front)
    assert (found.value if found else None) == title


def test_a_release_sentence_with_its_date_names_the_document_a_page_carries():
    """a29_10: no title line, only 2026年3月15日，某省水利厅印发《某省河湖保护“十五五”规划》。 then the document's text:
    the title (low: the page may only report it), its issuer, and the sentence's date as the issue date."""
    name = "a29_10_release_sentence_opens_the_page"
    assert values(name, "title", "issuer", "issue_date", "period_start", "period_end") == (
        "某省河湖保护“十五五”规划", "某省水利厅", "2026-03-15", "2026", "2030")


def test_a_news_leads_release_sentence_gives_no_title():
    """a29_11: 日前，某省水利厅印发《…工作要点》 opening a news story (no date of its own): a story about the document,
    no title, no issuer read from it; the page is news."""
    name = "a29_11_news_lead_reports_a_release"
    assert values(name, "title", "issuer", "kind") == ("", "", "other")


def test_an_anti_copy_pages_noise_and_stamped_site_name_are_removed():
    """a29_12: runs of capitals, small letters and signs stamped between the words (Qx7;Lm{aR2), their short tails
    (2Ab)cD UQ), and the site's name stamped into the lines (某某水利资讯网, three times or more): removed, so the
    signature and its date are read; a 文号's [2026]5 stays."""
    from analysis.parse.corpus import read_document
    from pathlib import Path
    doc = read_document(Path(__file__).parent / "data/synthetic/conventions/a29_12_anti_copy_noise_page.txt")
    assert "资讯网" not in doc.text and not re.search(r"[A-Za-z]", doc.text)
    assert "（某水[2026]5号）" in doc.text
    name = "a29_12_anti_copy_noise_page"
    assert values(name, "issuer", "issue_date") == ("某市水利局", "2026-04-02")


@pytest.mark.parametrize("page, gone, kept", [
    ("甲" + " Qx7;Lm{aR2" * 4 + "\n", None, "Qx7"),                   # four noise runs: no noisy page
    ("甲 PM2.5和GDP" + " Qx7;Lm{aR2" * 5 + "\n", "Qx7", "PM2.5和GDP"),  # five: noisy; capitals alone stay
    ("见https://www.example.com/a_b?x=1;Y=2 " * 6 + "\n", None, "example.com"),  # URLs are no noise
    ("{{sexSelectedText}} {{ageSelectedText}}" * 3 + "\n", None, "SelectedText"),  # a template's placeholders
])
def test_noise_runs_make_a_noisy_page(page, gone, kept):
    from analysis.parse.corpus import normalize
    text = normalize(page)[0]
    assert kept in text and (gone is None or gone not in text)


def test_a_news_lead_then_the_notice_it_carries_on_one_line():
    """a29_13: a one-line page — a news lead's sentences, then the notice's title and its addressees run together
    (…其中，某县上榜。 某省水利厅关于公布…的通知 各市、县（市、区）水利局：…), its commas doubled by a text spinner
    (，， · ，。 · ，、): the doubled commas go, and the title is put on a line of its own after the lead."""
    name = "a29_13_news_lead_then_notice_on_one_line"
    assert values(name, "title", "issuer", "issue_date", "level") == (
        "某省水利厅关于公布第二批节水型社会示范县名单的通知", "某省水利厅", "2026-05-08", "provincial")
    from analysis.parse.corpus import read_document
    from pathlib import Path
    text = read_document(Path(__file__).parent / f"data/synthetic/conventions/{name}.txt").text
    assert "，，" not in text and "某省水利厅关于公布第二批节水型社会示范县名单的通知" in text.split("\n")


@pytest.mark.parametrize("raw, clean", [
    ("近日，，某局发布通知", "近日，某局发布通知"),
    ("上榜，。其中", "上榜。其中"),
    ("县（市，、区）", "县（市、区）"),
    ("甲，乙。丙", "甲，乙。丙"),          # a single comma stays
])
def test_doubled_commas(raw, clean):
    from analysis.parse.corpus import normalize
    assert normalize(raw)[0] == clean


def test_a_progress_forms_header_and_column_heads():
    """a29_14: a bureau's quarterly 落实情况统计表: its form header (单位（盖章）：某县水务局 填报时间：2026年4月9日) gives
    the issuer and the issue date; the column head 目前完成情况、存在问题及下一步工作措施 is no title (a title never
    opens with the state of the work), so the page's own title line is read — a report of 2026."""
    name = "a29_14_progress_form_of_a_bureau"
    assert values(name, "title", "issuer", "issue_date", "kind", "period_start") == (
        "某县水务局2026年一季度重点工作落实情况统计表", "某县水务局", "2026-04-09", "report", "2026")


@pytest.mark.parametrize("line, title", [
    ("目前完成情况、存在问题及下一步工作措施", False),
    ("完成情况及下一步工作措施", False),
    ("工作进展情况", False),
    ("某县2026年工作完成情况报告", True),
])
def test_a_line_opening_with_the_state_of_the_work_is_no_title(line, title):
    from analysis.parse.metadata import _NOT_TITLE
    assert (not _NOT_TITLE.match(line)) is title


def test_a_table_with_a_category_column_left_of_its_numbers():
    """a29_15: 大类 | 序号 | 工作任务 | 分管市领导 | 牵头单位及主要负责人 | 落实进展情况 — the category's cell printed once,
    on the line of the first row it spans (一、提高社会救助水平 | 1 | …), the next rows without it: every row is a task;
    the unit column names each body with its head (市民政局 李某): the body is the unit, the head's name is not."""
    name = "a29_15_table_with_a_category_column"
    assert tasks(name) == [("1", "将城乡低保标准提高到每人每月900元"), ("2", "提高特困人员供养标准"), ("3", "新开通公交线路五条")]
    assert units(name) == [(1, "市民政局", "lead"), (2, "市民政局", "lead"), (3, "市交通运输局", "lead")]


def test_a_notice_that_said_it_divides_the_tasks_in_the_sentence_before():
    """a29_16: …区政府决定将工作任务逐项分解下达。现将有关事项通知如下： — the notice divides the tasks itself (in the
    table it attaches): a plan, and its 一、二、 parts are its instructions, not tasks."""
    name = "a29_16_notice_dividing_tasks_said_before"
    assert value(name, "kind") == "plan"
    assert tasks(name) == []
    assert len([m for m in warnings(name, "tasks_uncertain") if "of the cover notice" in m]) == 2


def test_a_rectification_report_made_known_without_a_title():
    """a29_17: no title; the opening ends 现将巡察整改情况予以通报: a report, whose （一）（二） items under 一、整改基本情况
    are the work reported."""
    name = "a29_17_rectification_report_without_title"
    assert value(name, "kind") == "report"
    assert tasks(name) == [("（一）", "加强组织领导"), ("（二）", "压实整改责任")]


def test_a_key_work_column_before_a_measures_column_holds_the_task():
    """a29_18: 序号 重点工作 目标要求 责任单位 工作举措 完成情况 — 重点工作 names the piece of work, 工作举措 the measures:
    each row's 重点工作 cell is the task (not its first measure)."""
    name = "a29_18_key_work_column_over_measures"
    assert tasks(name) == [("1", "做好汛期防汛工作"), ("2", "推进农村供水提升")]
    assert units(name) == [(1, "县水务局", "responsible"), (2, "县水务局", "responsible")]


@pytest.mark.parametrize("raw, clean", [
    ("艺术创（chuàng ）作生产", "艺术创作生产"),      # a space padding the gloss inside its brackets
    ("艺术创( chuàng)作生产", "艺术创作生产"),
    ("艺术创（chuàng）作生产", "艺术创作生产"),
    ("方案（A ）", "方案（A ）"),                      # capitals are no gloss
])
def test_a_pinyin_gloss_padded_with_a_space(raw, clean):
    from analysis.parse.corpus import normalize
    assert normalize(raw)[0] == clean


@pytest.mark.parametrize("opening", ["结合我省实际，制定本实施方案。", "结合实际，制定本行动计划。", "结合实际，制定本方案。"])
def test_an_opening_that_makes_its_implementing_plan(opening):
    from analysis.parse.metadata import _MAKES_PLAN
    assert _MAKES_PLAN.search(opening)


def test_a_title_whose_last_line_is_too_short_to_stand_alone():
    """a29_19: 某市推进河湖长制落实落细若干措施 ⏎ 实施方案 — the first line could be a title alone (…措施), but 实施方案 on its
    own is none: the two lines are one title."""
    assert value("a29_19_title_ending_on_a_short_line", "title") == "某市推进河湖长制落实落细若干措施实施方案"


def test_a_covers_words_above_a_title_that_opens_with_its_organ():
    """a29_20: a cover printed a word a line (团县委 ⏎ 2026 ⏎ 工作 ⏎ 要点) above the title 团县委2026年工作要点: a title that
    opens with its organ and year takes no line from above."""
    assert values("a29_20_cover_words_above_an_organs_title", "title", "issuer") == ("团县委2026年工作要点", "团县委")


# -- seed 12's survivors in round 30's and older tables, pinned after the fresh run ------------------------------------

@pytest.mark.parametrize("category", ["大类", "类别", "分类", "领域", "重点领域", "工作类别", "板块", "类型"])
def test_every_category_column_word(category):
    """``_CATEGORY``, every word: 板块 | 序号 | 工作任务 | 牵头单位 — the category's cell, printed on the line of the first row
    it spans, is a heading; every row is a task."""
    from analysis.parse.text_tables import find_text_tables
    lines = [f"{category} | 序号 | 工作任务 | 牵头单位 |", "一、生态保护 | 1 | 清理河道垃圾。 | 县水利局 |", "2 | 修复岸线。 | 县林业局 |"]
    tables = find_text_tables(lines)
    assert [r.no for t in tables for r in t.rows] == ["1", "2"]


@pytest.mark.parametrize("last", ["三", "四", "五", "六", "七", "八", "九", "十"])  # (three entries make a contents)
def test_a_named_contents_numbered_to_any_part(last):
    """A named contents whose entries run 一、 … {last}、 is no body: the body's own parts are the tasks, once each.
    (It does not pin ``_CONTENTS_ENTRY``'s numerals one by one: without 四 the fourth entry is still not read twice —
    scripts/mutation_results.md, round 12.)"""
    from analysis.parse.numerals import number_value
    n = number_value(last)
    numerals = "一二三四五六七八九十"
    entries = "".join(f"{numerals[k]}、第{k + 1}项工作\n" for k in range(n))
    body = "".join(f"{numerals[k]}、第{k + 1}项工作\n做好第{k + 1}项工作。\n" for k in range(n))
    from convention_docs import plan_corpus
    got = plan_corpus("某县工作手册目录\n" + entries + body).tasks
    assert list(got.task_no) == [numerals[k] for k in range(n)]


@pytest.mark.parametrize("raw", ["6月底前，", "年底前，", "年内，"])
def test_a_yearless_deadline_closed_by_a_comma(raw):
    from analysis.parse.extract.deadlines import is_yearless
    assert is_yearless(raw)


@pytest.mark.parametrize("issuer, level", [
    ("省市场监管局办公室", "provincial"),   # 市场 opens the organ's name: no 省市 division
    ("县市场监管局", "county"),
    ("区市场监督管理局", "county"),
    ("市市场监管局", "municipal"),
])
def test_a_bare_level_word_before_a_market_regulation_bureau(issuer, level):
    from analysis.parse.divisions import level_of_issuer
    assert level_of_issuer(issuer)[0] == level


@pytest.mark.parametrize("line, number", [
    ("（1982年2月27日国务院常务会议通过 国发[1982]36号）", "国发〔1982〕36号"),
    ("（2026年3月1日印发 某政发〔2026〕5号）", "某政发〔2026〕5号"),
])
def test_the_number_in_an_adoption_note_under_the_title(line, number):
    """A note under the title saying when and how the document was adopted, its 文号 last: the document's own number
    (not the meeting's words run into its prefix)."""
    source = f"某省河湖管护实施办法\n{line}\n一、总则\n为加强河湖管护，制定本办法。\n"
    assert text_value(source, "doc_number") == number


def test_a_sites_address_with_a_path_run_into_the_title():
    """``_clean_title``: a site's banner and address with a path (www.example.com/docs/a/b) run into the title line."""
    from analysis.parse.metadata import _clean_title
    assert _clean_title("秘书之家www.example.com/docs/a/b某省2026年工作报告") == "某省2026年工作报告"


def test_organs_after_a_title_in_book_marks_before_yinfa():
    """``_trailing_organs``: the organs between a 《》 title and 印发 are found after its closing mark."""
    from analysis.parse.metadata import _trailing_organs
    assert _trailing_organs("《西湖区党政信息公开目录》中共杭州市西湖区委办公室 杭州市西湖区人民政府办公室印发") == [
        "中共杭州市西湖区委办公室", "杭州市西湖区人民政府办公室"]


def test_a_title_over_its_delivery_subtitle_on_a_double_spaced_page():
    """a29_21: every line a blank line apart — 坚持系统治理 推动河湖长治 ⏎⏎ 全面提升河湖保护水平 ⏎⏎ ——在…会议上的工作报告: the
    two lines over the subtitle are the title (a blank line separates nothing on such a page), a report."""
    name = "a29_21_double_spaced_title_over_subtitle"
    assert values(name, "title", "kind") == ("坚持系统治理推动河湖长治全面提升河湖保护水平", "report")
