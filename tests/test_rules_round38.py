"""Rules of the thirty-eighth round, from misses of older batches (b45–b47, no longer first contact). One invented document
per convention (tests/data/synthetic/conventions/a32_14…a32_17, in our own words; expected values written by reading
them)."""
from convention_docs import field, value, values


def test_city_management_opens_no_level_word():
    """a32_14: 2021年城市管理局工作总结 — 城市 names the bureau's work, no 市: the level stays unread."""
    name = "a32_14_city_management_bureau_names_no_level"
    assert values(name, "issuer", "level") == ("城市管理局", "")


def test_a_draft_note_the_text_prints_after_the_title():
    """a32_15: thumbnails name the file 蔬菜产业发展规划; the text opens 1、蔬菜产业发展规划(征求意见稿)为… — the draft's title."""
    assert value("a32_15_sharing_page_thumbnails_and_draft_note", "title") == "蔬菜产业发展规划（征求意见稿）"


def test_a_year_sentence_then_what_the_year_achieved():
    """a32_16: 2020年是…第一年。…全年工作取得五项主要成效。 — no year's plan: a report of 2020."""
    name = "a32_16_year_sentence_then_what_the_year_achieved"
    assert values(name, "kind", "period_start", "period_end") == ("report", "2020", "2020")


def test_an_attachment_named_with_its_text_run_in():
    """a32_17: 1、附件3某省海水养殖池塘改造工程规划(2016-2020年)池塘养殖(以下简称池塘)是… — the attached plan, its title
    read weak (the run-in text could hide a longer name)."""
    name = "a32_17_attachment_named_with_text_run_in"
    assert values(name, "title", "period_start", "period_end") == ("某省海水养殖池塘改造工程规划（2016-2020年）", "2016", "2020")
    assert field(name, "title").confidence == "low"


def test_a_bureau_working_under_the_district():
    """a32_18: 我局在区委、区政府的正确领导和市档案局业务指导下 — the lowest body leading it is a district's: a county-level
    bureau (a district is county-level, as a 县), flagged."""
    name = "a32_18_works_under_the_district"
    assert value(name, "level") == "county"
    assert field(name, "level").confidence == "low"
