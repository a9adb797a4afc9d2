"""Rules of the forty-second round, met in b57/b58 after their first contact. One invented document per convention
(tests/data/synthetic/conventions/a35_01…a35_04, in our own words; expected values written by reading them)."""
from convention_docs import field, value, values


def test_a_post_in_an_organs_name_is_no_division():
    """a35_01: 粮食安全省长责任制考核工作组办公室 signs — 省长 is a post (the governors' responsibility), no province: the level
    comes from elsewhere (the addressees, every province: national)."""
    f = field("a35_01_governors_responsibility_office", "level")
    assert f.value == "national" and "省长" not in f.rule


def test_the_text_speaking_of_itself_over_the_body_above_it():
    """a35_02: 2019年，省住建厅下达某某县…任务 … 召开了全县…会议 — the province's department gives the county its work; the
    text is the county's (全县)."""
    assert value("a35_02_self_reference_under_a_higher_body", "level") == "county"


def test_a_publication_note_that_lost_its_bracket():
    """a35_03: (此件公开发布 某县2021年政务公开工作要点 — the note is no part of the title."""
    assert value("a35_03_publication_note_lost_its_bracket", "title") == "某县2021年政务公开工作要点"


def test_an_organ_line_over_a_title_that_opens_with_it():
    """a35_04: 某市卫生健康委员会 ⏎ 某市卫生健康委员会2021年工作总结 — the organ once, in the title and as the issuer."""
    name = "a35_04_organ_over_a_title_that_opens_with_it"
    assert values(name, "title", "issuer") == ("某市卫生健康委员会2021年工作总结", "某市卫生健康委员会")


def test_departments_named_by_bare_level_words_run_together():
    """a35_05: 发布机构：区委社会工委区民政局 — two bodies of the district, the second by its bare level word: two issuers."""
    assert value("a35_05_bare_level_departments_run_together", "issuer") == "区委社会工委、区民政局"


# --- round 43 (b59/b60 after their first contact) ---------------------------------------------------------------------


def test_a_title_printed_twice_on_one_line():
    """a35_06: 某县经济开发区2021年…年度报告某县经济开发区2021年…年度报告 — a one-line page's title twice: once."""
    assert value("a35_06_title_printed_twice_on_one_line", "title") == "某县经济开发区2021年政府信息公开工作年度报告"


def test_a_joint_cover_whose_signature_keeps_one_organ():
    """a35_07: 民政部 国家发展和改革委员会关于印发… signed 国家发展和改革委员会 alone (the copy lost a line): both issuers."""
    assert value("a35_07_joint_cover_signature_keeps_one", "issuer") == "民政部、国家发展和改革委员会"


def test_a_title_line_without_the_period_its_cover_names():
    """a35_08: the cover issues 某市医疗卫生强基行动计划（2016—2018年）, the plan's own line prints it without the years: the
    title with them."""
    name = "a35_08_title_line_without_the_covers_period"
    assert values(name, "title", "period_start", "period_end") == ("某市医疗卫生强基行动计划（2016—2018年）", "2016", "2018")
