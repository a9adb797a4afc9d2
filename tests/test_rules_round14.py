"""Rules of the fourteenth round, found on batch b13 (issue 15) after its first contact was recorded: one
invented document per convention (tests/data/synthetic/conventions/a14_*, written for these rules, in
their own words); the expected values were written by reading each document, so breaking a rule breaks
its test. Each document is read as a file the manifest does not list."""
from convention_docs import field as _field, read as _read, tasks as _tasks, units as _units, value as _value

COVER = "a14_01_cover_signature_without_date"


def test_an_organ_alone_on_its_line_is_not_joined_to_the_next():
    """a14_01: the cover's signature 某某省体育局办公室 (no date under it) stands above the attached plan's
    title: two lines, not one sentence broken over them."""
    assert "某某省体育局办公室\n全民健身设施提升行动方案" in _read(COVER)[0].text


def test_a_covers_signature_is_no_first_line_of_the_title_under_it():
    """a14_01: the title is the plan's own line, not the signature run into it."""
    assert _value(COVER, "title") == "全民健身设施提升行动方案（2024-2026年）"


def test_an_organ_under_the_covers_closing_sentence_is_its_signature():
    """a14_01: …现印发你们，请认真遵照执行。 ⏎ 某某省体育局办公室 — the cover's signature without its date:
    the issuer."""
    issuer = _field(COVER, "issuer")
    assert issuer.value == "某某省体育局办公室" and issuer.rule == "signature block (no date under it)"


def test_a_table_with_a_progress_column_is_a_report():
    """a14_02: no title; the body is a table 序号 | 工作任务 | 进展情况 | 存在问题和下步计划 | 责任单位 — a column of
    progress made: the rows report on the work (low confidence); its header cell of nine characters is a
    header cell, so the rows are read (tasks 12 and 13, unit 市文广旅游局)."""
    name = "a14_02_progress_table_is_a_report"
    kind = _field(name, "kind")
    assert kind.value == "report" and kind.confidence == "low"
    assert _tasks(name) == [("12", "推进城市书房建设，全年新建城市书房20家"), ("13", "举办全民阅读节系列活动")]


def test_a_header_row_wrapped_over_two_lines_heads_the_rows():
    """a14_03: 序号 | 重点工作目标任务 | 责任单位 | ⏎ 进展情况 | 完成状态 | — one header over two lines; rows 1, 2."""
    assert _units("a14_03_header_row_wrapped_over_lines") == [(1, "市体育局", "responsible"), (2, "市体育局", "responsible")]


def test_a_headline_cut_inside_its_bracket_ends_before_it():
    """a14_05: 某某市促进体育消费的若干措施（征求意 — the site cut the headline inside its bracket."""
    assert _value("a14_05_headline_cut_inside_a_bracket", "title") == "某某市促进体育消费的若干措施"


def test_a_report_made_on_the_state_councils_behalf_is_national():
    """a14_06: 我受国务院委托，向全国人大常委会报告… — no title, no signature: the State Council's report."""
    assert _value("a14_06_report_on_behalf_of_the_state_council", "level") == "national"


def test_an_organ_like_line_inside_a_paragraph_is_rejoined():
    """a14_01b: …基层执法站 ⏎ 所执法人员每年参加… — a sentence broken after words that end like a body's
    name (站), the line before no closing sentence: one line again, not a signature."""
    assert "基层执法站所执法人员每年参加法律知识培训" in _read("a14_01b_organ_like_words_broken_mid_sentence")[0].text
