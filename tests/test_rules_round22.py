"""Rules of the twenty-second round, found on batches b23 and b24 (issue 15) after their first contact was
recorded: one invented document per convention (tests/data/synthetic/conventions/a22_*, written for these rules,
in their own words); the expected values were written by reading each document, so breaking a rule breaks its
test. Each document is read as a file the manifest does not list."""
from convention_docs import values


def test_a_row_of_fields_separated_by_spaces_keeps_its_spaces():
    """a22_01: 索 引 号 … 发布机构 某县交通运输局 公开日 2024-05-06 ⏎ 文  号 某交发〔2024〕12号 主题分类 交通运输 失效日期 —
    fields separated by spaces alone: the spaces between CJK words are not removed there (they end each value), so
    the 文号, the 发布机构 and the 公开日 are read."""
    assert values("a22_01_field_rows_separated_by_spaces", "doc_number", "issuer", "published_date") == (
        "某交发〔2024〕12号", "某某县交通运输局", "2024-05-06")


def test_a_tables_row_labels_numbered_like_parts_are_no_parts():
    """a22_02, a budget report: a balance table flattened one cell a line, its row labels numbered 一、本级收入 ⏎ 235100 ⏎
    二、转移性收入 …: no parts — the report's （一）（二） items stay its tasks; and no figure (3200) is read as a date."""
    from convention_docs import tasks
    assert tasks("a22_02_budget_table_rows_numbered_like_parts") == [
        ("（一）", "全县预算执行情况"), ("（二）", "落实人大决议情况")]
    assert values("a22_02_budget_table_rows_numbered_like_parts", "issue_date") == ("",)


def test_a_one_year_period_line_under_the_title_is_part_of_it():
    """a22_03: the title line 某县…实施方案 ⏎ 2023年） (its opening bracket lost): the title with （2023年）, period 2023."""
    assert values("a22_03_one_year_period_line_under_the_title", "title", "period_start", "period_end") == (
        "某某县耕地地力保护补贴实施方案（2023年）", "2023", "2023")


def test_a_title_split_across_blank_lines_is_joined_where_the_headline_prints_it_whole():
    """a22_04: 关于某县…发展 ⏎⏎⏎ 计划执行情况的报告 under the page's headline printing both joined: the whole title."""
    assert values("a22_04_title_split_across_blank_lines_under_its_headline", "title") == (
        "关于某某县2023年国民经济和社会发展计划执行情况的报告",)


def test_joint_organs_named_by_a_bare_level_word_are_two():
    """a22_05: 自治区党委自治区人民政府关于…: two organs (the second named by its bare level word), provincial."""
    assert values("a22_05_joint_organs_by_bare_level_word", "issuer", "level") == (
        "自治区党委、自治区人民政府", "provincial")


def test_a_title_the_cover_names_a_little_differently_is_low():
    """a22_06: the cover issues 《2024年全县农业农村工作要点》, the heading prints 2024县农业农村工作要点: the title read
    is low, its note naming the cover's."""
    from convention_docs import field
    title = field("a22_06_headline_issues_another_title", "title")
    assert title.confidence == "low" and "2024年全县农业农村工作要点" in title.note


def test_a_figure_cell_at_the_end_is_no_signature_date():
    """a22_07: an excerpt cut in a table flattened one cell a line, its last cell 201165 under 二、转移性支出: a figure,
    not a date whose separators were lost (2011-06-05)."""
    assert values("a22_07_figure_cell_at_the_excerpts_end", "issue_date") == ("",)
