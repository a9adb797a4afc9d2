"""Rules of the nineteenth round, found on batches b19 and b20 (issue 15) after their first contact was
recorded: one invented document per convention (tests/data/synthetic/conventions/a19_*, written for these
rules, in their own words); the expected values were written by reading each document, so breaking a
rule breaks its test. Each document is read as a file the manifest does not list."""
from convention_docs import tasks as _tasks, units as _units, value as _value, values as _values


def test_a_responsibility_note_naming_a_lead_and_participants():
    """a19_01: 责任单位：县乡村振兴局牵头，县医疗保障局、县卫生健康局等有关部门参加，各镇街落实 — the verbs say the roles:
    牵头 lead, 参加 supporting (as 参与), 落实 responsible."""
    assert _units("a19_01_lead_and_participants_in_a_responsibility_note") == [
        (1, "县乡村振兴局", "lead"), (1, "县医疗保障局", "supporting"), (1, "县卫生健康局", "supporting"),
        (1, "各镇街", "responsible"), (2, "县卫生健康局", "lead"), (2, "各镇街", "responsible")]


def test_a_cover_title_by_its_level_word_takes_the_region_its_sentence_names():
    """a19_02: 关于印发自治区数字政府建设实施方案的通知 under 现将《广西壮族自治区数字政府建设实施方案》印发: the title
    with its region, as the sentence writes it."""
    assert _value("a19_02_cover_title_by_level_word_sentence_in_full", "title") == "广西壮族自治区数字政府建设实施方案"


def test_an_organ_named_under_the_bare_autonomous_region_is_provincial():
    """自治区应急管理厅 (the region's department, named by its level word, as a region's own documents do): the
    level is provincial — 自治区 is the level word, not 自治 and a county's 区."""
    from analysis.parse.divisions import level_of_issuer

    assert level_of_issuer("自治区应急管理厅")[0] == "provincial"
    assert level_of_issuer("区应急管理局")[0] == "county"


def test_a_meeting_date_that_lost_its_year_and_month_words_dates_the_report():
    """a19_03: --20241226日在区人大常委会会议 (the page lost 年 and 月): the report is dated 2024-12-26."""
    assert _value("a19_03_meeting_date_run_together", "issue_date") == "2024-12-26"


def test_an_attached_heading_that_restates_its_organ_before_a_关于_title_takes_the_covers_title():
    """a19_04: the cover issues 《关于进一步规范审判流程管理的实施意见》; the attached document is headed 某某省高级人民法院
    关于…实施意见 (the organ before the cover's 关于-title): the title is the cover's."""
    assert _value("a19_04_attached_heading_organ_before_关于", "title") == "关于进一步规范审判流程管理的实施意见"


def test_joint_issuers_counted_in_a_title_are_its_issuer():
    """a19_05: 工业和信息化部等5部门办公厅关于… — the joint issuers as the title counts them (等5部门办公厅, a figure in
    the name) issue it, at the national level."""
    name = "a19_05_joint_issuers_counted_in_the_title"
    assert _values(name, "issuer", "level") == ("工业和信息化部等5部门办公厅", "national")


def test_a_cover_dated_over_its_publication_note_without_its_organ():
    """a19_06: the cover's date stands alone (its organ a seal the text lost) over （此件公开发布）: the issue date."""
    assert _value("a19_06_cover_date_over_its_publication_note", "issue_date") == "2023-10-12"
