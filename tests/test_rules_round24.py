"""Rules of the twenty-fourth round, found on batches b25 and b26 (issue 15) after their first contact was
recorded: one invented document per convention (tests/data/synthetic/conventions/a24_*, written for these rules,
in their own words); the expected values were written by reading each document, so breaking a rule breaks its
test. Each document is read as a file the manifest does not list."""
from convention_docs import field, tasks, values


def test_the_rows_of_a_catalogue_table_are_no_items():
    """a24_01: | 1.语文教师 | 0501中国语言文学… | … | rows under a header naming no task, unit or deadline column (岗位类别,
    研究生专业 …): a catalogue — the 1. 2. 3. label its rows, they number no tasks."""
    assert tasks("a24_01_catalogue_rows_are_no_items") == []


def test_a_catalogue_title_keeps_its_revision_year_and_is_no_plan():
    """a24_03: …工种参照目录 ⏎ （2023年修订）: the title ends on a catalogue's name, the revision's year printed
    under it is part of it; a catalogue is neither plan nor report."""
    assert values("a24_03_catalogue_title_with_its_revision_year", "title", "kind") == (
        "某某省职业技能等级认定工种参照目录（2023年修订）", "other")


def test_a_space_entity_left_on_the_organ_line_is_a_space():
    """a24_04: 某某省人民政府办公厅 &sp; ⏎ 二〇一五年七月十日: the entity a page printed as text is a space, so the cover's
    organ and date are its signature — not the date of the request it forwards (2015年5月20日)."""
    assert values("a24_04_space_entity_on_the_organ_line", "issuer", "issue_date") == (
        "某某省人民政府办公厅", "2015-07-10")


def test_a_governments_publisher_field_over_a_bureaus_reply_is_low():
    """a24_05: 发布机构：望江县人民政府 over a reply that speaks as 我局: the field names the site's owner — the issuer
    is kept but low, so the researcher checks it."""
    issuer = field("a24_05_publisher_government_over_a_bureaus_reply", "issuer")
    assert (issuer.value, issuer.confidence) == ("望江县人民政府", "low")


def test_a_part_on_the_works_strategic_standing_is_no_task():
    """a24_06: 一、充分认识发展农村职业教育在全省经济社会发展中的战略地位 (the excerpt ends inside it): why the work
    matters, not a unit of work — no task, even as the plan's only visible part."""
    assert tasks("a24_06_awareness_part_alone_is_no_task") == []
