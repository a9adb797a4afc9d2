"""Rules of the twentieth round, found on batches b21 and b22 (issue 15) after their first contact was
recorded: one invented document per convention (tests/data/synthetic/conventions/a20_*, written for these
rules, in their own words); the expected values were written by reading each document, so breaking a
rule breaks its test. Each document is read as a file the manifest does not list."""
from convention_docs import field as _field, value as _value


def test_the_meetings_an_opening_carries_out_do_not_give_the_authors_level():
    """a20_01: no title or organ; 为贯彻落实…省委经济工作暨全省金融工作会议精神 — 全省 names the meeting carried out (a
    higher body's), not the author: no level read from it (the text names no other)."""
    level = _field("a20_01_opening_carries_out_a_provinces_meetings", "level")
    assert level is None or level.value != "provincial"


def test_a_number_in_brackets_after_the_title_is_no_part_of_it():
    """a20_02: 某某市人民政府关于优化营商环境的实施意见（某政〔2023〕15号）: the title without its bracketed 文号."""
    assert _value("a20_02_title_with_its_number_in_brackets", "title") == "某某市人民政府关于优化营商环境的实施意见"
