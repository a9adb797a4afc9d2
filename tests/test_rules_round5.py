"""Rules of the fifth round on first contact (issue 15): one invented document per convention
(tests/data/synthetic/conventions/v01–…, written for these rules, in their own words); the expected
values were written by reading each document, so breaking a rule breaks its test. Each document is
read as a file the manifest does not list, so its metadata comes from its own text."""
from convention_docs import (
    CONVENTIONS, corpus as _corpus, field as _field, value as _value, values as _values, tasks as
    _tasks, warnings as _warnings)


# -- kind ------------------------------------------------------------------------------------

def test_implementing_measures_laid_out_in_parts_are_a_plan_flagged():
    """v01: 《某某市农机安全生产检查实施办法》 opens 一、总体要求 ⏎ 二、检查内容 ⏎ （一）…: measures that carry
    out a higher deployment, laid out like a plan, not in articles — a plan, flagged low (the title names
    a regulation's form)."""
    name = "v01_implementing_measures_in_parts"
    assert _values(name, "title", "kind") == ("某某市农机安全生产检查实施办法", "plan")
    assert _field(name, "kind").confidence == "low"


def test_implementing_measures_in_articles_stay_a_regulation():
    """v01b: the same 实施办法 written in articles (第一条 …第三条) is a regulation: kind other."""
    name = "v01b_implementing_measures_in_articles"
    assert _value(name, "kind") == "other"


# -- a notice that divides tasks itself --------------------------------------------------------

def test_the_requirements_of_a_notice_that_divides_tasks_itself_are_no_tasks():
    """v02: 关于分解落实2025年县政府重点工作任务的通知 issues no document by name, but it divides the year's
    tasks (the division table follows elsewhere): its own parts 一、压实责任抓推进 二、加强调度抓推进 assign
    no unit — requirements, flagged, not tasks."""
    name = "v02_notice_that_divides_tasks_itself"
    assert _values(name, "kind", "period_start") == ("plan", "2025")
    assert _tasks(name) == []
    said = _warnings(name, "tasks_uncertain")
    assert len(said) == 2 and all("requirement of the cover notice" in m for m in said)


def test_a_cover_sentence_that_divides_tasks_makes_the_parts_requirements():
    """v02b: the title names no division (关于抓好2025年县政府重点工作的通知), but the cover sentence says
    the tasks are divided and issued (…60项重点工作任务予以分解印发): the same two parts are requirements."""
    name = "v02b_cover_sentence_divides_tasks"
    assert _tasks(name) == []
    assert any("requirement of the cover notice" in m for m in _warnings(name, "tasks_uncertain"))


# -- a report's parts --------------------------------------------------------------------------

def test_a_reports_part_on_the_state_of_things_is_background():
    """v03: 一、2024年度水资源与水环境状况 states the rainfall and water quality (a state, not work
    done); the work is in 二、…主要工作情况's 一是/二是 items. The state part is no task."""
    name = "v03_report_state_of_things_part"
    assert _tasks(name) == [("一是", "加快城乡供水一体化建设"), ("二是", "强化河湖日常管护")]


def test_a_reports_lone_first_item_the_excerpt_ends_in_is_its_task():
    """v03b: 一、主要工作情况 ⏎ 一是稳住粮食生产基本盘。… and the text ends mid-sentence (二是 cut off):
    the 一是 item is the part's first task, as a full list's would be (flagged like them)."""
    name = "v03b_report_lone_first_item_cut_off"
    assert _tasks(name) == [("一是", "稳住粮食生产基本盘")]
    assert _warnings(name, "tasks_uncertain")


# -- titles, issuers ---------------------------------------------------------------------------

def test_a_circular_ends_a_title_and_is_neither_plan_nor_report():
    """v04: 某某省林业局关于2024年度森林防火工作考核结果的通报 — a circular making results known: its line is
    the title (…的通报 ends a title), kind other (not a report of the body's own work)."""
    name = "v04_circular_title"
    assert _values(name, "title", "kind") == ("某某省林业局关于2024年度森林防火工作考核结果的通报", "other")
    assert "circular" in _field(name, "kind").rule
    assert _field(name, "title").rule.startswith("title line")  # not only the page's first line


def test_the_office_a_title_opens_with_issues_over_the_organ_that_signs_flagged():
    """v05: the title opens 某某省交通运输厅办公室关于…, the signature names 某某省交通运输厅: the office
    issued it, flagged low (the two readings name different bodies)."""
    name = "v05_office_in_title_organ_signs"
    f = _field(name, "issuer")
    assert (f.value, f.confidence) == ("某某省交通运输厅办公室", "low")
    assert "某某省交通运输厅" in f.note


def test_two_offices_of_one_organ_are_different_issuers_flagged():
    """v05b: the 发布机构 field names 某某市人民政府办公厅, the title and the signature 某某市人民政府办公室:
    the signature's office, flagged low (办公厅 or 办公室? the reader checks)."""
    name = "v05b_two_offices_disagree"
    f = _field(name, "issuer")
    assert (f.value, f.confidence) == ("某某市人民政府办公室", "low")
    assert "办公厅" in f.note


def test_a_collection_pages_label_and_the_headline_above_it_are_no_title():
    """v06: a collection page opens with another document's cut headline (…全面推进农村人居环境整) and
    合集下载; the document below is the notice issuing 《某某县2025年农村人居环境整治工作要点》."""
    name = "v06_collection_wrapper"
    assert _values(name, "title", "issuer", "kind", "period_start") == (
        "某某县2025年农村人居环境整治工作要点", "某某县人民政府办公室", "plan", "2025")
    assert _field(name, "title").confidence == "high"


def test_a_name_fields_notice_takes_no_organ_from_the_lines_above_it():
    """v07: 名称：关于印发…的通知 is a page field under the site's banner (某某市某某区人民政府); the notice
    itself names no organ and its signature is a date alone: no issuer (said), not the banner."""
    name = "v07_notice_name_field_under_a_banner"
    assert _values(name, "title", "issuer") == ("某某区2025年学前教育提升方案", "")
    assert any("issuer" in m for m in _warnings(name, "metadata_missing"))


def test_a_town_that_reposts_a_county_plan_is_not_its_issuer():
    """v08: the 发布机构 field names 某某县某某镇人民政府, a town of the county whose plan the page carries
    (某某县森林防灭火应急预案, a cover signed with a date alone): the town re-posted it — no issuer, and the
    warning names the town."""
    name = "v08_town_reposts_a_county_plan"
    assert _values(name, "title", "issuer", "level") == ("某某县森林防灭火应急预案", "", "county")
    said = _warnings(name, "metadata_missing")
    assert any("某某县某某镇人民政府" in m and "re-posted" in m for m in said)


# -- a text file under tag junk ----------------------------------------------------------------

def test_a_text_file_whose_markup_holds_no_text_is_read_as_text_without_tags():
    """v09: a .txt whose first lines are empty HTML tags (<aside id="k2x9q">…, list items holding only
    tags) sniffs as a web page, but the markup holds no text: the file is read as the text it is named
    as, every tag removed, the tag-only list numbers blank, and a warning says so. The news story under
    the junk is the page: its headline the title (kind other), no tasks."""
    from analysis.ingest import read_raw, sniff_format

    path = CONVENTIONS / "v09_text_under_tag_junk.txt"
    assert sniff_format(path) == "html"
    raw = read_raw(path)
    assert raw.format == "txt"
    assert not any("<" in line or line.strip() in ("1.", "2.", "•") for line in raw.lines)
    assert [kind for kind, _ in raw.warnings] == ["markup_in_text"]
    name = "v09_text_under_tag_junk"
    assert _values(name, "title", "kind") == ("区水利局部署汛前河道清障工作", "other")
    assert _tasks(name) == []
    assert _warnings(name, "markup_in_text")


def test_the_same_junk_named_as_a_web_page_is_still_refused(tmp_path):
    """The fallback is for a file named as text: the same bytes saved as .html are a page without
    main text, one line naming the file (and a .txt holding a real page is still read as HTML)."""
    import pytest

    from analysis.ingest import CorpusError, read_raw

    junk = tmp_path / "page.html"
    junk.write_text('<div id="x"></div><p id="x"></p><span id="x"></span>\n', encoding="utf-8")
    with pytest.raises(CorpusError, match="page.html: no main text"):
        read_raw(junk)
    page = tmp_path / "saved.txt"
    page.write_text("<html><body><div><h1>某局2024年工作要点</h1><p>" + "一、加强河道管理，清理河道垃圾。" * 4
                    + "</p></div></body></html>", encoding="utf-8")
    raw = read_raw(page)
    assert raw.format == "html" and not [k for k, _ in raw.warnings if k == "markup_in_text"]


# -- kinds from the title's verb and from the opening -------------------------------------------

def test_a_notice_that_arranges_work_is_a_plan_flagged():
    """v10: 关于组织开展2025年统计执法检查的通知 — the notice sets out the work (检查内容, 责任分工): a plan,
    flagged low (read from the verb of its title)."""
    name = "v10_notice_that_arranges_work"
    assert _value(name, "kind") == "plan"
    assert _field(name, "kind").confidence == "low"


def test_a_notice_that_announces_is_no_plan():
    """v10b: 关于公布2024年度…名单的通知 makes a list known: not a plan."""
    assert _value("v10b_notice_that_announces", "kind") == "other"


def test_an_opening_that_says_it_reports_makes_a_report_of_its_year():
    """v11: no title; the opening looks back on 2024 and ends 现报告如下：— a report on 2024, read from
    what the opening says (not only from its looking back)."""
    name = "v11_report_opening_says_it_reports"
    assert _values(name, "kind", "period_start", "period_end") == ("report", "2024", "2024")
    assert _field(name, "kind").rule.startswith("opening paragraph reports")
    assert _field(name, "kind").confidence != "low"


def test_a_field_row_is_no_opening_paragraph():
    """v11b: a page's field block as | rows (| 索引号 | … | 发布机构 | …) stands above the opening 2024年，
    我局…现将全年工作情况报告如下：the opening is the paragraph below the rows: a report on 2024."""
    name = "v11b_field_row_before_the_opening"
    assert _values(name, "kind", "period_start", "period_end") == ("report", "2024", "2024")


def test_an_organs_year_opening_with_the_years_requirements_is_that_years_plan():
    """v12: no title; the text opens 国家某某监督管理局2025年工作的总体要求是：… then numbered measures: the
    organ's plan for 2025."""
    name = "v12_organs_year_plan_opening"
    assert _values(name, "kind", "period_start", "period_end") == ("plan", "2025", "2025")


# -- 文号 and page fields ----------------------------------------------------------------------

def test_a_number_label_run_into_the_value_before_it_is_a_field():
    """v13: 名称：…的通知文号：某政〔2025〕9号 — the copy lost the space before 文号; a 文号 after the colon
    tells the label: the document's own number."""
    assert _value("v13_number_label_run_into_the_name", "doc_number") == "某政〔2025〕9号"


def test_a_number_in_brackets_before_the_notices_title_is_its_own():
    """v14: （某政发〔2024〕15号）区人民政府关于印发…的通知 — the page's headline opens with the notice's own
    number in brackets."""
    assert _value("v14_number_in_brackets_before_the_notice", "doc_number") == "某政发〔2024〕15号"


def test_a_field_block_saved_as_table_rows_gives_its_fields():
    """v15: the page's fields as Markdown rows (| 索引号 | … | 发文字号 | 某农发〔2025〕4号 |, a row whose
    first value cell is empty shifting 发布机构 along): the number and the publisher are read."""
    name = "v15_field_block_as_table_rows"
    assert _values(name, "doc_number", "issuer", "kind", "period_start") == (
        "某农发〔2025〕4号", "某某县农业农村局", "report", "2024")


# -- periods -----------------------------------------------------------------------------------

def test_a_years_work_plan_named_guihua_covers_that_year():
    """v16: 某某区文化旅游局2025年工作规划 — a 规划 is usually several years, but a year's 工作规划 is that
    year's plan: 2025 to 2025."""
    assert _values("v16_a_years_work_plan", "kind", "period_start", "period_end") == ("plan", "2025", "2025")


def test_a_notice_dividing_one_years_tasks_covers_that_year_flagged():
    """v17: the title names no year; the cover sentence divides the tasks of 2025 (…2025年4个方面80项工作任务
    予以分解印发): the period is 2025, flagged low (read from the body, not the title)."""
    name = "v17_year_of_the_divided_tasks"
    assert _values(name, "period_start", "period_end") == ("2025", "2025")
    assert _field(name, "period_start").confidence == "low"


def test_a_speaker_line_under_a_reports_title_gives_its_organ():
    """v18: a work report's two-line title and ——subtitle, then the speaker's line 国家某某局局长 张某某 and
    the date: the organ is the issuer (national), as a speaker's line opening the text gives it."""
    name = "v18_speaker_line_under_the_title"
    assert _values(name, "issuer", "level") == ("国家某某局", "national")


# -- untitled texts: the level and kind their opening gives ----------------------------------------

def test_the_organ_a_years_plan_opening_speaks_for_gives_the_level_flagged():
    """v19: no title, no signature; the opening says 2025年是…之年。国家某某管理局将坚持…: a plan for 2025
    of a central organ — national, flagged low (the organ is named in the text, not as its author)."""
    name = "v19_level_of_the_organ_an_opening_speaks_for"
    assert _values(name, "kind", "period_start", "level") == ("plan", "2025", "national")
    assert _field(name, "level").confidence == "low"
    assert _value(name, "issuer") == ""


def test_an_opening_that_looks_back_over_a_year_is_a_report_flagged():
    """v20: no title; 一年来，我局在县委、县政府的领导下… then 一、主要工作: a report (weak, flagged low)."""
    name = "v20_opening_looks_back_over_a_year"
    assert _values(name, "kind", "level") == ("report", "county")
    assert _field(name, "kind").confidence == "low"


def test_an_attachment_note_run_into_the_signature_is_no_organ():
    """v21: the cover's last line runs on …抓好落实。 附件：某某省水利厅2025年工作要点 某某省水利厅 2025年2月14日
    (the spaces lost in normalizing): the attachment's name is the issued document's, the organ after it
    and the date are the signature."""
    name = "v21_attachment_note_run_into_the_signature"
    assert _values(name, "issuer", "issue_date") == ("某某省水利厅", "2025-02-14")
    assert _field(name, "issue_date").rule.startswith("signature date")


def test_a_cited_number_run_into_prose_loses_the_words_before_it():
    """v22: 省委办公厅下发的某办发[2024]3号文件 · 对照某民发〔2024〕8号 — the words a sentence runs into a
    cited number (下发的, 对照) are no part of its issuer's abbreviation; cut one after another."""
    assert list(_corpus("v22_number_run_into_prose").citations["number"]) == ["某办发[2024]3号", "某民发〔2024〕8号"]


def test_a_summary_and_its_mouhua_end_a_title():
    """v23: a one-line page XX县林业局2024年工作总结及2025年工作谋划一、工作开展情况2024年以来，… — 谋划
    (the year ahead's plans) ends a summary-and-outlook title like 打算 or 计划: the title stops before
    一、, the report covers 2024–2025."""
    name = "v23_summary_and_outlook_mouhua"
    assert _values(name, "title", "kind", "period_start", "period_end") == (
        "XX县林业局2024年工作总结及2025年工作谋划", "report", "2024", "2025")


def test_the_five_year_span_a_texts_tasks_are_set_for_is_its_period_flagged():
    """v24: the title names no years; the text sets its tasks for “十四五”时期 (…主要任务是): 2021–2025,
    flagged low (read from the body)."""
    name = "v24_five_year_span_of_the_tasks"
    assert _values(name, "kind", "period_start", "period_end") == ("plan", "2021", "2025")
    assert _field(name, "period_end").confidence == "low"


def test_a_part_that_unites_thinking_holds_no_tasks():
    """v25: 一、统一思想，切实增强…责任感 — a part that asks for the right understanding (its 1. 2. items say
    why the work matters), like 提高认识: no tasks; the tasks are 二、主要任务's items."""
    assert _tasks("v25_part_that_unites_thinking") == [("1", "落实养护资金"), ("2", "健全养护队伍")]
