"""Rules of the sixth round on first contact (issue 15): one invented document per convention
(tests/data/synthetic/conventions/w01–…, written for these rules, in their own words); the expected
values were written by reading each document, so breaking a rule breaks its test. Each document is
read as a file the manifest does not list, so its metadata comes from its own text."""
from convention_docs import (
    field as _field, tasks as _tasks, warnings as _warnings)


# -- issuer ------------------------------------------------------------------------------------

def test_country_name_before_an_organ_is_not_part_of_the_issuer():
    """w01: signed 中华人民共和国水利部 ⏎ 2024年3月12日: the issuer is the organ, 水利部 (as its citations
    write it), the rule says the country's name was left out; the level stays national."""
    name = "w01_country_name_before_organ"
    issuer = _field(name, "issuer")
    assert issuer.value == "水利部"
    assert "中华人民共和国" in issuer.rule
    assert _field(name, "level").value == "national"
    assert _field(name, "issue_date").value == "2024-03-12"


# -- tasks -------------------------------------------------------------------------------------

def test_item_numbers_garbled_in_an_encoding_flag_the_tasks():
    """w02: under 一、巩固日常保洁成效 the two items open ' ?。ㄒ唬┘忧…' and ' ?。ǘ┩晟…' (（一）/（二） of a
    GBK text read one byte off): they are not read as items, so the part heading stands as the one task —
    and a tasks_uncertain warning names the garbled lines, so the reading is not silent."""
    name = "w02_garbled_item_numbers"
    assert _tasks(name) == [("一", "巩固日常保洁成效")]
    garbled = [m for m in _warnings(name, "tasks_uncertain") if "garbled" in m]
    assert len(garbled) == 1
    assert garbled[0].startswith("line 7: 2 line(s)")


def test_a_named_contents_list_gives_no_tasks():
    """w03: a report opens with 2023年预算公开目录 ⏎ 一、…报告 ⏎ 二、…说明 ⏎ 三、…表格 (a disclosure's
    contents: documents, not parts) before the report's own text; its tasks are the body's (一)/(二)
    items only, and the contents list ends at the first unnumbered line (某某市人民政府)."""
    name = "w03_named_contents_list"
    assert _tasks(name) == [("（一）", "一般公共预算执行情况"), ("（二）", "政府性基金预算执行情况")]


def test_statistics_rows_numbered_like_parts_are_no_tasks():
    """w04: under 三、收到和处理政府信息公开申请情况 a flattened table has rows 一、本年新收…数量 | 2 | 1 | 3 |
    and 二、上年结转…数量 | 0 | 0 | 0 | (labels numbered like parts, cells all figures), then 三、本年度办理结果,
    cut before its cells, going on with the rows' numbering: all three are rows, not parts. The
    report's items stay its parts 二 and 三 (一、总体情况 is the report's background, an earlier rule)."""
    name = "w04_statistics_rows_numbered_like_parts"
    assert _tasks(name) == [("二", "主动公开政府信息情况"), ("三", "收到和处理政府信息公开申请情况")]


# -- level -------------------------------------------------------------------------------------

def test_a_ministry_as_the_subject_of_the_opening_year_is_national():
    """w05: an untitled page opens 2023年，某某部坚持依法行政… (no title, no signature): the ministry is the
    subject of the year's first clause → national, by that rule."""
    level = _field("w05_ministry_opens_its_year", "level")
    assert level.value == "national"
    assert "central ministry (某某部)" in level.rule


def test_a_party_committees_department_as_the_subject_is_no_ministry():
    """w05b: the same opening with 市委宣传部 as the subject: a department of a party committee, not a
    central ministry — not read as national."""
    level = _field("w05b_party_department_opens_its_year", "level")
    assert level is None or level.value != "national"
