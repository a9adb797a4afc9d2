"""Rule-level tests from the mutation audit (issue 15, item 5; ``scripts/mutation.py``) of the
structure, flattened-table, deadline and unit rules: each test pins one word, threshold or
comparison of a rule, on a short text written for it (in our own words), so that dropping the word
or moving the threshold breaks the test. The expected values were written by reading each text.

Tables hold one row per convention; a row says where real documents use it. Mutants that cannot
change behaviour are explained in ``scripts/mutation_equivalent.md``.
"""
import pytest

from analysis.parse.corpus import Document
from analysis.parse.extract import (find_alias_definitions, find_deadlines, find_yearless, is_yearless, parse_deadline,
                                    parse_deadline_steps, read_parenthetical, split_units)
from analysis.parse.structure import parse_document
from analysis.parse.text_tables import find_text_tables


def _d(deadline):
    return None if deadline is None else (deadline.kind, deadline.date, deadline.recurrence)


# -- deadlines: the value of a 完成时限 field ----------------------------------------------------

@pytest.mark.parametrize("raw", [
    "持续推进", "长期开展", "常态化开展", "长效推进", "经常性开展", "坚持推进", "逐年推进",  # work-point tables
])
def test_ongoing_words(raw):
    """Every word that makes a 完成时限 value ongoing (no date): 常态化 and 长效 as much as 持续."""
    assert _d(parse_deadline(raw)) == ("ongoing", None, None)


@pytest.mark.parametrize("raw, date", [
    # quarters, in Chinese numerals and in digits (both in task-division tables)
    ("2023年第一季度", "2023-03-31"), ("2023年第二季度", "2023-06-30"), ("2023年第三季度", "2023-09-30"),
    ("2023年第四季度", "2023-12-31"), ("2023年第1季度", "2023-03-31"), ("2023年第2季度", "2023-06-30"),
    ("2023年第3季度", "2023-09-30"), ("2023年第4季度", "2023-12-31"),
    ("2023年第三季度末", "2023-09-30"), ("2023年第三季度底", "2023-09-30"),
    # a month's end, written 底 or 末; its ten-day parts (上旬 ends on the 10th, 中旬 on the 20th)
    ("2023年6月底", "2023-06-30"), ("2023年6月末", "2023-06-30"), ("2023年6月上旬", "2023-06-10"),
    ("2023年6月中旬", "2023-06-20"), ("2023年6月下旬", "2023-06-30"),
    # the year's end, 底 or 末
    ("2023年底", "2023-12-31"), ("2023年末", "2023-12-31"),
])
def test_points_in_a_dated_year(raw, date):
    assert _d(parse_deadline(raw)) == ("date", date, None)


@pytest.mark.parametrize("raw, date", [
    # a month followed by 前 / 以前 / 之前 is before it; a month's end (底, 末), ten days or 份 is within it
    ("2022年3月前", "2022-02-28"), ("2022年3月以前", "2022-02-28"), ("2022年3月之前", "2022-02-28"),
    ("2022年1月前", "2021-12-31"),  # before January: the last day of the year before
    ("2023年6月底前", "2023-06-30"), ("2023年6月末前", "2023-06-30"), ("2023年6月份前", "2023-06-30"),
    ("2023年6月上旬前", "2023-06-10"), ("2023年6月中旬前", "2023-06-20"), ("2023年6月下旬前", "2023-06-30"),
    # the 前 / 完成 suffixes are stripped, alone or together (…底前完成: common in county plans)
    ("2023年6月底以前", "2023-06-30"), ("2023年6月底之前", "2023-06-30"), ("2023年6月底完成", "2023-06-30"),
    ("2023年6月底前完成", "2023-06-30"), ("2023年6月底以前完成", "2023-06-30"),
])
def test_before_and_completion_suffixes(raw, date):
    assert _d(parse_deadline(raw)) == ("date", date, None)


@pytest.mark.parametrize("raw", [
    "2022年3月之后持续开展", "2022年3月以后持续开展", "2022年3月后持续开展", "2022年3月，完成后持续开展",
    "2022年3月后长期坚持", "2022年3月后常态化推进",
])
def test_a_date_then_ongoing(raw):
    """之后 / 以后 are after the month, not before it (the month's last day, not the one before)."""
    assert _d(parse_deadline(raw)) == ("date_then_ongoing", "2022-03-31", None)


@pytest.mark.parametrize("raw, recurrence", [
    ("每年6月底前", "yearly"), ("每年度6月底前", "yearly"), ("每年6月底完成", "yearly"),
    ("每季度末", "quarterly"), ("每季度第一个月", "quarterly"), ("每季度结束后", "quarterly"),
    ("每季度末之前", "quarterly"), ("每季度内", "quarterly"), ("每月5日以前", "monthly"),
    ("每半年", "half-yearly"),  # 每半年 is twice a year, not yearly
    ("每年度", "yearly"),  # (not 每年 followed by 度)
])
def test_recurring_values(raw, recurrence):
    assert _d(parse_deadline(raw)) == ("recurring", None, recurrence)


@pytest.mark.parametrize("raw", ["20个工作日内", "15日内", "10天内", "3个月内", "2周内", "30日以内"])
def test_relative_values(raw):
    assert _d(parse_deadline(raw)) == ("relative", None, None)


@pytest.mark.parametrize("raw, year, date", [
    # a 工作要点 of one year writes its deadlines without the year
    ("本年底前", 2024, "2024-12-31"), ("当年底前", 2024, "2024-12-31"), ("今年底前", 2024, "2024-12-31"),
    ("年末前", 2024, "2024-12-31"), ("6月底前", 2024, "2024-06-30"), ("6月末前", 2024, "2024-06-30"), ("6月上旬前", 2024, "2024-06-10"),
    ("6月中旬", 2024, "2024-06-20"), ("6月下旬前", 2024, "2024-06-30"),
    ("第三季度末", 2024, "2024-09-30"), ("第三季度底", 2024, "2024-09-30"), ("今年内", 2024, "2024-12-31"),
])
def test_points_without_a_year(raw, year, date):
    assert is_yearless(raw)
    assert _d(parse_deadline(raw, year)) == ("date", date, None)


@pytest.mark.parametrize("text, found", [
    ("3月底前，将整改清单报送市局", ["3月底前"]), ("3月底以前报送整改清单", ["3月底以前"]),
    ("3月底之前报送整改清单", ["3月底之前"]),
])
def test_yearless_deadlines_in_task_text(text, found):
    assert find_yearless(text) == found


def test_dated_steps_need_two_steps_each_with_its_month_or_year_end():
    """A value of dated steps: 年底 and 年末 close a step as a month does; one step alone is a
    plain value, not steps."""
    assert [_d(d) for d in parse_deadline_steps("2021年底完成初审，2022年底全面完成")] == [
        ("date", "2021-12-31", None), ("date", "2022-12-31", None)]
    assert [_d(d) for d in parse_deadline_steps("2021年末完成初审，2022年末全面完成")] == [
        ("date", "2021-12-31", None), ("date", "2022-12-31", None)]
    assert [_d(d) for d in parse_deadline_steps("2021年3月完成初审，2021年9月全面完成")] == [
        ("date", "2021-03-31", None), ("date", "2021-09-30", None)]
    assert parse_deadline_steps("2021年3月完成初审") == []


# -- deadlines inside task text ----------------------------------------------------------------

@pytest.mark.parametrize("text, found", [
    # a target date after 到 / 至 / 截至 / 于 (plans' goals: 到2025年，…), with or without 底
    ("到2025年，全市覆盖率达到90%", [("到2025年", "date", "2025-12-31", None)]),
    ("至2025年底，建成监测站点20个", [("至2025年底", "date", "2025-12-31", None)]),
    ("截至2025年底，完成全部改造", [("截至2025年底", "date", "2025-12-31", None)]),
    ("于2024年6月底，完成全部清理", [("于2024年6月底", "date", "2024-06-30", None)]),
    # recurring: 每年 / 每年度, the month's end 底 or 末
    ("每年6月底前报送年度报告", [("每年6月底前", "recurring", None, "yearly")]),
    ("每年6月末前报送年度报告", [("每年6月末前", "recurring", None, "yearly")]),
    ("每年度6月底前报送年度报告", [("每年度6月底前", "recurring", None, "yearly")]),
    # relative: 工作日 / 日 / 天, 内 / 以内
    ("收到投诉后20个工作日内办结", [("20个工作日内", "relative", None, None)]),
    ("收到投诉后15日内办结", [("15日内", "relative", None, None)]),
    ("收到投诉后10天内办结", [("10天内", "relative", None, None)]),
    ("收到投诉后30日以内办结", [("30日以内", "relative", None, None)]),
    # a year after its lead that starts something or names an edition is no target
    ("该补贴政策于2024年起实行", []), ("该项试点于2023年开始推行", []),
    ("总结2016年至2020年的工作经验", []), ("总结2012年至2021年以来的工作经验", []),
    ("将目录更新至2024年版", []),
])
def test_deadlines_in_task_text(text, found):
    assert [(d.raw, d.kind, d.date, d.recurrence) for d in find_deadlines(text)] == found


# -- units: responsibility notes ---------------------------------------------------------------

def _units_of(note):
    p = read_parenthetical(note)
    return list(zip(p.units_as_written, p.roles))


@pytest.mark.parametrize("label, role", [
    # the labels of task-division tables and notes, with the role each gives
    ("责任部门", "responsible"), ("责任单位", "responsible"), ("牵头单位", "lead"), ("配合单位", "supporting"),
    ("责任处室", "responsible"), ("主责单位", "lead"), ("协办单位", "supporting"), ("参与单位", "supporting"),
    ("牵头部门", "lead"), ("主责部门", "lead"), ("主办单位", "lead"), ("主要责任单位", "lead"),
    ("责任科室", "responsible"), ("配合部门", "supporting"), ("协办部门", "supporting"), ("协同单位", "supporting"),
    ("参与部门", "supporting"), ("参加单位", "supporting"), ("承办单位", "responsible"), ("落实单位", "responsible"),
    ("牵头责任单位", "lead"), ("牵头负责部门", "lead"), ("协同配合单位", "supporting"), ("牵头处室", "lead"),
    ("责任股室", "responsible"), ("责任机构", "responsible"), ("牵头处", "lead"), ("责任科", "responsible"),
    ("责任股", "responsible"), ("落实主体", "responsible"),
])
def test_unit_labels_and_their_roles(label, role):
    p = read_parenthetical(f"（{label}：市水利局）")
    assert (p.labels, p.units_as_written, p.roles, p.unknown_fields) == ((label,), ("市水利局",), (role,), ())


@pytest.mark.parametrize("label", ["责任部门", "责任单位", "牵头单位", "配合单位", "责任处室", "主责单位", "协办单位", "参与单位"])
def test_a_known_unit_label_starts_a_field_without_a_separator_before_it(label):
    """Cells of a table row run together (a deadline in digits, then the label): a known label
    still starts its field."""
    p = read_parenthetical(f"（完成时限：2024.06{label}：市水利局）")
    assert (p.deadline_raw, p.labels, p.units_as_written) == ("2024.06", (label,), ("市水利局",))


@pytest.mark.parametrize("label", ["完成时限", "完成时间", "时限", "时间要求", "完成期限"])
def test_deadline_labels(label):
    p = read_parenthetical(f"（责任单位：市交通运输局；{label}：2023年底前）")
    assert (p.units_as_written, p.deadline_raw, p.unknown_fields) == (("市交通运输局",), "2023年底前", ())


@pytest.mark.parametrize("label", [
    # the 责任领导 columns of county and municipal tables: persons, never units
    "责任领导", "牵头领导", "分管领导", "联系领导", "包保领导", "牵头责任人", "具体责任人", "责任人", "联系人",
    "分管市领导", "分管县领导", "分管区领导", "分管省领导",
])
def test_person_labels(label):
    p = read_parenthetical(f"（{label}：王明；责任单位：县交通运输局）")
    assert (p.persons, p.units_as_written, p.unknown_fields) == (("王明",), ("县交通运输局",), ())


@pytest.mark.parametrize("note", [
    "（牵头单位（部门）：法规处）", "（牵头部门（单位）：法规处）", "（牵头单位（处室）：法规处）", "（牵头单位（科室）：法规处）",
])
def test_a_label_with_its_remark(note):
    """牵头科室（单位）： — the remark in brackets after a label is part of the label."""
    assert _units_of(note) == [("法规处", "lead")]


@pytest.mark.parametrize("note, units", [
    # a task division's standing note: these bodies share every later task (provincial plans)
    ("（市交通运输局牵头，以下各项工作均需各县区政府落实）", ("各县区政府",)),
    ("（市交通运输局牵头，以下各项任务均由各县区政府负责）", ("各县区政府",)),
    ("（市交通运输局牵头，以下工作均需各县区政府落实）", ("各县区政府",)),
    ("（市交通运输局牵头，以下任务都由各县区政府承担）", ("各县区政府",)),
    ("（市交通运输局牵头，以下各项均请各县区政府落实）", ("各县区政府",)),
])
def test_standing_notes_name_the_units_of_every_later_task(note, units):
    p = read_parenthetical(note)
    assert (p.standing_units, _units_of(note)) == (units, [("市交通运输局", "lead")])


@pytest.mark.parametrize("note", [
    "（市交通运输局牵头，不再重复列出）", "（市交通运输局牵头，不再一一列出）", "（市交通运输局牵头，不再重复）",
    "（市交通运输局牵头，不再做分工，下同）", "（市交通运输局牵头，不再分工）", "（市交通运输局牵头，不再一一做分工）",
    "（市交通运输局牵头，下同）",
])
def test_standing_notes_that_name_no_unit(note):
    assert _units_of(note) == [("市交通运输局", "lead")]


@pytest.mark.parametrize("remark", ["（含高新区，下同）", "（包括高新区）", "（包含高新区）", "（不含高新区）"])
def test_a_remark_inside_a_unit_list_is_no_unit(remark):
    assert _units_of(f"（责任单位：各县区政府{remark}）") == [("各县区政府", "responsible")]


@pytest.mark.parametrize("rule, other", [
    # a standing rule for reading unit lists: the first body leads (provincial task divisions)
    ("排第一的为牵头单位，其他为责任单位，下同", "responsible"), ("列第一位者为牵头部门，下同", "responsible"),
    ("排在首位的是主责单位，其余的是配合单位", "supporting"), ("排第一位的为牵头单位，其它为参与部门", "supporting"),
    ("排第一的为牵头单位，其他为协办单位，下同", "supporting"),
])
def test_a_first_is_lead_rule(rule, other):
    p = read_parenthetical(f"（市水利局、市财政局、市农业农村局，{rule}）")
    assert (p.units_as_written, p.first_lead) == (("市水利局", "市财政局", "市农业农村局"), other)


@pytest.mark.parametrize("adverb", ["共同", "分别", "按职责分工", "按照职责分工", "按职责", "按照职责", "根据职责", "依职责"])
def test_adverbs_before_an_unlabelled_verb(adverb):
    assert _units_of(f"（市水利局、市财政局{adverb}负责）") == [("市水利局", "responsible"), ("市财政局", "responsible")]


@pytest.mark.parametrize("verb, role", [
    ("牵头负责", "lead"), ("牵头督导", "lead"), ("牵头推进", "lead"), ("牵头组织", "lead"), ("牵头落实", "lead"),
    ("牵头抓总", "lead"), ("配合", "supporting"), ("参与", "supporting"), ("协办", "supporting"),
    ("协同", "supporting"), ("协助", "supporting"),
])
def test_unlabelled_verbs_and_their_roles(verb, role):
    assert _units_of(f"（市水利局{verb}）") == [("市水利局", role)]


@pytest.mark.parametrize("note, lead", [
    # X会同Y: X leads, Y supports (departmental work points)
    ("（宣传处会办公室）", "宣传处"), ("（法规局会同市财政局）", "法规局"), ("（法规科会同市财政局）", "法规科"),
    ("（办公室会同市财政局）", "办公室"), ("（法规股会同市财政局）", "法规股"), ("（财政厅会同市审计局）", "财政厅"),
    ("（信息中心会同市财政局）", "信息中心"),
])
def test_joint_notes(note, lead):
    assert _units_of(note)[0] == (lead, "lead") and _units_of(note)[1][1] == "supporting"


@pytest.mark.parametrize("when", ["年内完成", "长期坚持常抓不懈", "持续推进常抓不懈"])
def test_an_unlabelled_note_with_a_deadline_phrase(when):
    p = read_parenthetical(f"（市水利局牵头，{when}）")
    assert (_units_of(f"（市水利局牵头，{when}）"), p.deadline_raw) == ([("市水利局", "lead")], when)


def test_verbs_under_a_label_give_the_roles_only_when_they_say_more_than_the_label():
    """One phrase under a lead label keeps the label's role; two phrases with verbs give their own."""
    assert _units_of("（牵头单位：市水利局负责）") == [("市水利局", "lead")]
    assert _units_of("（主要责任单位：市水利局牵头，市财政局配合）") == [("市水利局", "lead"), ("市财政局", "supporting")]


def test_a_long_phrase_before_a_verb_is_a_unit_only_up_to_80_characters():
    """A phrase of up to 80 characters before 负责 is read as units (a note); a longer one is a
    sentence, unless every name in it is a body."""
    bodies = "、".join(["市水利局", "市财政局", "市农业农村局", "市生态环境局", "市自然资源局", "市住房和城乡建设局",
                       "市交通运输局", "市应急管理局", "市市场监督管理局", "市卫生健康委员会"])
    phrase80, phrase81 = bodies + "、社会各方面力量", bodies + "、社会各方面的力量"
    assert (len(phrase80), len(phrase81)) == (80, 81)
    assert _units_of(f"（{phrase80}共同负责）")[-1] == ("社会各方面力量", "responsible")
    assert read_parenthetical(f"（{phrase81}共同负责）") is None


@pytest.mark.parametrize("units, expected", [
    # a list joined by 和 splits after a name that ends as a body does
    ("市公安局和市财政局", ["市公安局", "市财政局"]), ("市消防救援支队和市财政局", ["市消防救援支队", "市财政局"]),
    ("厅法规处和厅运输处", ["厅法规处", "厅运输处"]), ("市直有关部门和各县政府", ["市直有关部门", "各县政府"]),
    ("市直有关单位和各县政府", ["市直有关单位", "各县政府"]), ("市发改委和市财政局", ["市发改委", "市财政局"]),
    ("省财政厅和省审计厅", ["省财政厅", "省审计厅"]), ("县委办公室和县政府办公室", ["县委办公室", "县政府办公室"]),
    ("县司法所和县公安局", ["县司法所", "县公安局"]), ("县农技站和县财政局", ["县农技站", "县财政局"]),
    ("市人民法院和市人民检察院", ["市人民法院", "市人民检察院"]), ("市红十字会和市民政局", ["市红十字会", "市民政局"]),
    ("市政府办和市财政局", ["市政府办", "市财政局"]), ("市政务服务中心和市财政局", ["市政务服务中心", "市财政局"]),
    ("市供电公司和市水务局", ["市供电公司", "市水务局"]), ("市委组织部和市人社局", ["市委组织部", "市人社局"]),
    ("市专项工作组和市财政局", ["市专项工作组", "市财政局"]), ("县财务科和县审计局", ["县财务科", "县审计局"]),
    ("县执法股和县财政局", ["县执法股", "县财政局"]), ("市直机关和各县政府", ["市直机关", "各县政府"]),
    ("市直有关机构和各县政府", ["市直有关机构", "各县政府"]), ("各县人民政府和市直各部门", ["各县人民政府", "市直各部门"]),
    ("法制司和运输司", ["法制司", "运输司"]), ("海关总署和税务总局", ["海关总署", "税务总局"]),
    ("人民银行市中心支行和市财政局", ["人民银行市中心支行", "市财政局"]), ("市海关和市商务局", ["市海关", "市商务局"]),
    ("市科协和市教育局", ["市科协", "市教育局"]), ("市妇联和市教育局", ["市妇联", "市教育局"]),
    ("市供销社和市农业农村局", ["市供销社", "市农业农村局"]), ("市图书馆和市文旅局", ["市图书馆", "市文旅局"]),
    ("团委和妇联", ["团委", "妇联"]),  # a name of two characters after 和
    # an organ named without its place after 和 shares the place of the name before it: one unit
    ("各县党委和人民政府", ["各县党委和人民政府"]), ("各县党委和政府", ["各县党委和政府"]),
    ("高新区党工委和管委会", ["高新区党工委和管委会"]), ("高新区党工委和管理委员会", ["高新区党工委和管理委员会"]),
    ("各县政府和党委", ["各县政府和党委"]), ("各县政府和党工委", ["各县政府和党工委"]),
    ("各镇政府和办事处", ["各镇政府和办事处"]),
    # a 、 inside brackets separates nothing; a stray closing bracket opens nothing
    ("各县（市、区）人民政府、市直各部门", ["各县（市、区）人民政府", "市直各部门"]),
    ("市水利局）、市财政局", ["市水利局）", "市财政局"]),
])
def test_split_units(units, expected):
    assert split_units(units) == expected


@pytest.mark.parametrize("text", [
    "（责任单位：市公安局、市交通运输局，以下统称执法部门）", "（责任单位：市公安局、市交通运输局，以下简称执法部门）",
    "由市公安局、市交通运输局（以下统称执法部门）负责", "请市公安局、市交通运输局（以下统称执法部门）负责",
    "对市公安局、市交通运输局（以下统称执法部门）考核", "将市公安局、市交通运输局（以下统称执法部门）纳入",
    "经市公安局、市交通运输局（以下统称执法部门）审核", "以市公安局、市交通运输局（以下统称执法部门）为主",
])
def test_alias_definitions(text):
    """以下统称 / 以下简称 define an alias; the verb before a prose list (由, 请, 对 …) is no part of it."""
    assert find_alias_definitions(text) == {"执法部门": ("市公安局", "市交通运输局")}


# -- structure: notes that close a clause -------------------------------------------------------

def _parse(text, kind="plan", title=""):
    return parse_document(Document(meta={"doc_id": "t", "kind": kind, "title": title}, source=text, text=text,
                                   origin=list(range(len(text)))))


def _tasks(parsed):
    return [(t.task_no, t.title) for t in parsed.tasks]


def _notes(parsed, seq=1):
    return [c.parenthetical for c in parsed.tasks[seq - 1].clauses]


def _kinds(parsed):
    return [s.kind for s in parsed.sections if s.subsection is None]


def _warned(parsed, kind):
    return [w.message for w in parsed.warnings if w.kind == kind]


@pytest.mark.parametrize("unit", [
    # a bare list of units closing a paragraph (provincial departments' notes): every ending of a body's name
    "市水利局", "市消防救援支队", "厅法规处", "市直有关部门", "市直有关单位", "市发改委", "省水利厅", "县委办公室", "县司法所",
    "县农技站", "市人民法院", "市政府办", "市政务服务中心", "各县人民政府", "法制司", "海关总署", "市专项工作组", "县财务科",
    "县执法股", "市委组织部", "市红十字会", "市科协", "市妇联", "市供销社", "市图书馆", "市供电公司",
])
def test_a_bare_list_of_units_closing_a_paragraph_is_its_note(unit):
    parsed = _parse(f"一、主要任务\n1.加强河道管理。清理河道垃圾（{unit}、市财政局）。\n")
    assert [(c.text, c.parenthetical) for c in parsed.tasks[0].clauses] == [("清理河道垃圾", f"（{unit}、市财政局）")]


@pytest.mark.parametrize("note", [
    # a labelled note inside a paragraph closes the clause before it
    "（责任单位：市水利局）", "（牵头单位：市水利局）", "（配合单位：市水利局）", "（主责单位：市水利局）", "（协办单位：市水利局）",
    "（协同单位：市水利局）", "（参与单位：市水利局）",
    # unlabelled: the verb that assigns
    "（市水利局牵头督导）", "（市水利局牵头推进）", "（市水利局牵头组织）", "（市水利局牵头抓总）",
    # a list under a standing first-is-lead rule
    "（市水利局、市财政局，排第一的为牵头单位，下同）", "（市水利局、市财政局，列第一位者为牵头部门）",
    "（市水利局、市财政局，除标注“分别牵头”外，列第一位为牵头单位，下同）", "（市水利局、市财政局，排第一的为牵头单位）",
    "（市水利局、市财政局，排在首位的为主责单位，下同）", "（市水利局、市财政局，除标注“分别牵头”外，列第一位为牵头单位）",
])
def test_a_note_inside_a_paragraph_closes_a_clause(note):
    parsed = _parse(f"一、主要任务\n1.加强河道管理。清理河道垃圾{note}，整治河道排污口。\n")
    assert _notes(parsed) == [note, None]


@pytest.mark.parametrize("note", [
    # a note with a standing sentence after its full stop (provincial task divisions)
    "〔市水利局牵头。以下各项工作均需各县区政府落实，不再列出。〕", "〔市水利局负责。以下各项工作均需各县区政府落实，不再列出。〕",
    "〔市水利局配合。以下各项工作均需各县区政府落实，不再列出。〕", "〔市水利局参与。以下各项工作均需各县区政府落实，不再列出。〕",
    "〔市水利局牵头，市财政局配合。各县区政府落实，不再一一列出。〕", "〔市水利局牵头，市财政局配合。各县区政府落实，不再重复列出。〕",
])
def test_a_note_with_a_standing_sentence(note):
    parsed = _parse(f"一、主要任务\n1.加强河道管理。清理河道垃圾{note}\n2.强化水质监测。建设监测站点。\n")
    assert _notes(parsed) == [note]


@pytest.mark.parametrize("label", [
    "牵头单位", "主责单位", "主办单位", "主要责任单位", "责任单位", "配合单位", "协办单位", "协同单位", "参与单位", "承办单位",
    "部门分工", "牵头科室（单位）", "牵头科室（部门）", "牵头单位（处室）", "牵头单位（科室）",
])
def test_a_line_of_its_own_names_the_units_of_the_task_above(label):
    parsed = _parse(f"一、主要任务\n1.加强河道管理。清理河道垃圾。\n{label}：市水利局\n2.强化水质监测。建设监测站点。\n")
    assert _tasks(parsed) == [("1", "加强河道管理"), ("2", "强化水质监测")]
    assert _notes(parsed) == [None, f"{label}：市水利局"]


@pytest.mark.parametrize("note, closed", [
    # a note the end of an excerpt cut off: closed after its last whole item, in its own bracket
    ("（责任单位：市水利局、市财", "（责任单位：市水利局）"), ("（牵头单位：市水利局、市财", "（牵头单位：市水利局）"),
    ("（配合单位：市水利局、市财", "（配合单位：市水利局）"), ("（主责单位：市水利局、市财", "（主责单位：市水利局）"),
    ("（协办单位：市水利局、市财", "（协办单位：市水利局）"), ("（协同单位：市水利局、市财", "（协同单位：市水利局）"),
    ("（参与单位：市水利局、市财", "（参与单位：市水利局）"), ("（市水利局牵头，市财政局、市审", "（市水利局牵头）"),
    ("（市水利局负责，市财政局、市审", "（市水利局负责）"), ("（市水利局配合，市财政局、市审", "（市水利局配合）"),
    ("〔牵头单位：市水利局、市财", "〔牵头单位：市水利局〕"), ("【牵头单位：市水利局、市财", "【牵头单位：市水利局】"),
    ("[牵头单位：市水利局、市财", "[牵头单位：市水利局]"),
])
def test_a_note_cut_off_by_the_end_of_an_excerpt(note, closed):
    parsed = _parse(f"一、主要任务\n1.加强河道管理。清理河道垃圾。\n2.强化水质监测。建设监测站点{note}")
    assert [(c.text, c.parenthetical) for c in parsed.tasks[1].clauses] == [("建设监测站点", closed)]


# -- structure: what a section is, from its heading's words ------------------------------------

_TWO_TASKS = "二、主要任务\n1.加强河道管理。清理河道垃圾。\n2.强化水质监测。建设监测站点。\n"


@pytest.mark.parametrize("heading", [
    # the closing parts of GB/T 9704 plans, strong words (any length) and weak ones (a short heading)
    "保障措施", "工作要求", "组织实施", "工作保障", "实施步骤", "进度安排", "有关要求", "工作步骤", "保障机制", "组织保障",
    "实施要求", "步骤安排", "时间安排", "方法步骤", "加强督导", "考核评价", "组织领导", "工作机制", "监督考核", "工作安排",
])
def test_closing_headings(heading):
    parsed = _parse("一、主要任务\n1.加强河道管理。清理河道垃圾。\n2.强化水质监测。建设监测站点。\n"
                    f"三、{heading}\n1.加强组织。成立工作专班。\n2.强化经费。落实专项资金。\n")
    assert _kinds(parsed) == ["tasks", "closing"]
    assert _tasks(parsed) == [("1", "加强河道管理"), ("2", "强化水质监测")]


@pytest.mark.parametrize("heading", [
    # goal parts: strong words anywhere in the heading, weak ones in a short heading
    "明确总体要求", "坚持指导思想", "把握基本原则", "总体思路", "重要意义", "工作原则", "适用范围", "目标", "发展基础", "回顾",
    "形势", "背景", "现状", "到2025年河湖管护目标",  # (12 characters: still short)
    # a heading run into its text without a stop opens with its standard words
    "工作目标到2025年，全市河湖管护体系基本建成，群众满意度明显提升", "主要目标到2025年，全市河湖管护体系基本建成，群众满意度明显提升",
    "总体目标到2025年，全市河湖管护体系基本建成，群众满意度明显提升", "发展目标到2025年，全市河湖管护体系基本建成，群众满意度明显提升",
    "目标要求到2025年，全市河湖管护体系基本建成，群众满意度明显提升", "总体要求坚持稳中求进，统筹推进河湖管护各项改革任务",
    "指导思想坚持稳中求进，统筹推进河湖管护各项改革任务", "基本原则坚持稳中求进，统筹推进河湖管护各项改革任务",
    "提高认识，切实增强做好河湖管护工作的责任感",
])
def test_goal_headings(heading):
    parsed = _parse(f"一、{heading}\n1.坚持系统治理。统筹上下游。\n2.坚持依法管护。严格执法。\n" + _TWO_TASKS)
    assert _kinds(parsed) == ["goal", "tasks"]
    assert _tasks(parsed) == [("1", "加强河道管理"), ("2", "强化水质监测")]


@pytest.mark.parametrize("heading", ["目标任务", "目标和举措", "年度目标和重点工作", "主要内容和目标", "目标及工作措施", "目标及主要措施"])
def test_a_task_word_outweighs_a_goal_word(heading):
    parsed = _parse(f"一、{heading}\n1.坚持系统治理。统筹上下游。\n2.坚持依法管护。严格执法。\n二、保障措施\n（一）加强组织领导。成立专班。\n")
    assert _kinds(parsed) == ["tasks", "closing"]
    assert _tasks(parsed) == [("1", "坚持系统治理"), ("2", "坚持依法管护")]


@pytest.mark.parametrize("heading", [
    "存在的问题", "存在问题", "问题和不足", "问题与不足", "不足之处", "存在的不足", "下一步打算", "工作打算", "工作思路", "意见建议",
    "2024年工作计划", "今后工作",
])
def test_a_reports_problems_and_outlook_are_no_work_done(heading):
    parsed = _parse(f"一、主要工作\n全年清理河道120公里。\n二、{heading}\n河道管护资金不足。\n", kind="report")
    assert (_kinds(parsed), _tasks(parsed)) == (["tasks", "closing"], [("一", "主要工作")])


@pytest.mark.parametrize("heading", ["基本情况", "单位基本情况", "部门基本情况", "总体情况", "工作背景", "形势分析", "面临的形势"])
def test_a_reports_background_is_no_work_done(heading):
    parsed = _parse(f"一、{heading}\n本局内设科室五个。\n二、主要工作\n全年清理河道120公里。\n", kind="report")
    assert (_kinds(parsed), _tasks(parsed)) == (["goal", "tasks"], [("二", "主要工作")])


@pytest.mark.parametrize("heading", [
    # a part named for what its items are, holding none (an excerpt that ends before them)
    "主要任务", "重点任务", "具体任务", "工作任务", "目标任务", "主要工作任务", "主要措施", "重点举措", "主要工作", "工作内容",
    "主要任务和措施", "重点任务与举措", "主要任务及要求", "主要措施、任务", "组织机构", "机构设置", "职责分工",
])
def test_a_container_heading_without_items_is_no_task(heading):
    parsed = _parse(f"一、加强河道管理\n全面清理河道垃圾。\n二、{heading}\n各地要抓好落实。\n")
    assert _tasks(parsed) == [("一", "加强河道管理")]
    assert any("names what its items are" in m for m in _warned(parsed, "tasks_uncertain"))


@pytest.mark.parametrize("item", [
    "“十三五”工作回顾", "“十三五”回顾", "发展基础", "形势分析", "面临形势", "充分认识加强河湖管护的重要性",
    "深刻认识加强河湖管护的紧迫性", "进一步认清加强河湖管护的必要性", "认识加强河湖管护的重要意义", "认识河湖管护的意义",
])
def test_goal_items_among_the_groups_of_a_task_section(item):
    parsed = _parse(f"一、主要任务\n（一）{item}。河湖管护成效明显。\n（二）加强河道管理。清理河道垃圾。\n（三）强化水质监测。建设监测站点。\n")
    assert _tasks(parsed) == [("（二）", "加强河道管理"), ("（三）", "强化水质监测")]


@pytest.mark.parametrize("label", ["牵头", "责任", "配合", "主责"])
def test_items_with_a_cut_off_note_are_tasks_whatever_the_heading(label):
    # (a closing heading other than the safeguards': under 保障措施, items with notes stay safeguards, round 26)
    parsed = _parse("一、主要任务\n1.加强河道管理。清理河道垃圾。\n2.强化水质监测。建设监测站点。\n"
                    f"三、组织实施\n1.加强组织领导。成立专班（{label}单位：市水")
    assert _kinds(parsed) == ["tasks", "tasks"]
    assert _tasks(parsed) == [("1", "加强河道管理"), ("2", "强化水质监测"), ("1", "加强组织领导")]


@pytest.mark.parametrize("label", ["完成时限", "完成时间", "时限"])
def test_a_deadline_alone_does_not_make_closing_items_tasks(label):
    parsed = _parse("一、主要任务\n1.加强河道管理。清理河道垃圾。\n2.强化水质监测。建设监测站点。\n"
                    f"三、保障措施\n1.加强组织领导。成立专班（{label}：2023年底）。\n2.强化经费保障。落实资金。\n")
    assert _kinds(parsed) == ["tasks", "closing"]


@pytest.mark.parametrize("word", ["规则", "办法", "规定", "细则", "章程", "条例", "守则"])
def test_a_set_of_rules_has_articles_not_tasks(word):
    parsed = _parse(f"某市河道管理{word}\n一、总则\n1.为了加强河道管理，制定本{word}。\n2.本{word}适用于本市河道。\n",
                    title=f"某市河道管理{word}")
    assert parsed.tasks == [] and any("set of rules" in m for m in _warned(parsed, "no_tasks"))


def test_a_numbered_item_heads_sub_items_only_when_most_do():
    """One of two 1. items heads （1） sub-items: not most, so the 1. items stay the tasks."""
    parsed = _parse("一、主要任务\n1.加强河道管理\n（1）清理河道垃圾。\n（2）整治排污口。\n2.强化水质监测。建设监测站点。\n")
    assert _tasks(parsed) == [("1", "加强河道管理"), ("2", "强化水质监测")]


def test_a_reports_part_with_two_shi_items_has_them_as_tasks_one_is_not_enough():
    two = _parse("一、主要工作\n一是加强河道管理，清理河道垃圾120公里。\n二是强化水质监测，建设站点5个。\n", kind="report")
    assert [t.task_no for t in two.tasks] == ["一是", "二是"]
    one = _parse("一、主要工作\n一是加强河道管理，清理河道垃圾120公里。\n", kind="report")
    assert _tasks(one) == [("一", "主要工作")]


# -- structure: task tables flattened to text -------------------------------------------------

def test_a_flattened_tables_unit_columns_give_the_labels_of_its_note():
    parsed = _parse("某市河湖管护重点任务分解表\n序号 重点任务 牵头单位 配合单位 责任单位 完成时限\n"
                    "1 加强河道管理，清理河道垃圾 市水利局 市财政局 各县区政府 2023年底\n"
                    "2 强化水质监测，建设监测站点 市生态环境局 市水利局 各县区政府 2024年底\n")
    assert _notes(parsed, 1) == ["（牵头单位：市水利局；配合单位：市财政局；责任单位：各县区政府；完成时限：2023年底）"]
    assert _notes(parsed, 2) == ["（牵头单位：市生态环境局；配合单位：市水利局；责任单位：各县区政府；完成时限：2024年底）"]


def _pipe_table(label, unit):
    """A table flattened one cell a line, each cell closed by a bar (c29's convention)."""
    return _parse(f"某市河湖管护工作要点责任分解表\n项目 |\n主要内容 |\n{label} |\n1.加强河道管理 |\n清理河道垃圾。 |\n{unit} |\n"
                  f"2.强化水质监测 |\n建设监测站点。 |\n市水利局 |\n")


@pytest.mark.parametrize("label", ["牵头单位", "责任单位", "配合单位", "主责单位", "协办单位", "协同单位", "参与单位", "承办单位"])
def test_a_pipe_tables_unit_column_labels(label):
    assert _notes(_pipe_table(label, "市水利局")) == [None, f"{label}：市水利局"]


@pytest.mark.parametrize("unit", [
    "市水利局", "市消防救援支队", "厅法规处", "市直有关部门", "市直有关单位", "市发改委", "省水利厅", "县委办公室", "县司法所",
    "县农技站", "市人民法院", "市红十字会", "市政府办", "市政务服务中心", "市供电公司", "市委组织部", "市专项工作组", "县财务科",
    "县执法股", "市直机关", "各县人民政府", "法制司", "海关总署",
])
def test_a_pipe_tables_unit_cell(unit):
    assert _notes(_pipe_table("牵头单位", unit)) == [None, f"牵头单位：{unit}"]


# -- structure: lines that are no body ----------------------------------------------------------

def test_a_table_of_contents_needs_three_entries_of_at_most_40_characters():
    entry40 = ("进一步加强全市河湖长制工作推动河湖管护水平全面提升的具体措施安排" * 2)[:38]
    body = "一、总体要求\n坚持系统治理。\n二、主要任务\n1.加强河道管理。清理河道垃圾。\n"
    parsed = _parse(f"某市河湖管护实施方案\n目录\n一、总体要求\n二、主要任务\n三、{entry40}\n" + body)
    assert len("三、" + entry40) == 40
    assert [(s.section, s.kind) for s in parsed.sections] == [("一", "goal"), ("二", "tasks")]
    # an entry of 41 characters is a line of the body: the list ends before it
    entry41 = "四、" + ("关于进一步加强全市河湖长制工作推动河湖管护水平全面提升的具体措施安排和要求" * 2)[:39]
    parsed = _parse(f"某市河湖管护实施方案\n目录\n一、总体要求\n二、主要任务\n三、保障措施\n{entry41}\n" + body)
    assert [s.section for s in parsed.sections] == ["四", "一", "二"]
    # two entries are no table of contents: the body's headings come twice
    parsed = _parse("某市河湖管护实施方案\n目录\n一、总体要求\n二、主要任务\n" + body)
    assert len(_warned(parsed, "section_numbering")) == 2


def _pieces(length, tail="持"):
    text = "1、" + "本市河湖管护工作取得积极进展河道垃圾清理全面完成水质监测网络基本建成" * 10
    return text[:length - len(tail)] + tail


def test_pieces_of_a_sharing_page_are_lines_of_150_characters_or_more():
    """Numbered 1、2、 lines of 150 characters or more, one cut mid-sentence (…持 ⏎ 2、续推进): pieces of a
    document-sharing page, not items; a piece of 149 characters is an item."""
    parsed = _parse(f"某市河湖管护实施方案\n{_pieces(150)}\n2、续推进河湖管护工作。\n")
    assert parsed.tasks == [] and any("document-sharing page" in m for m in _warned(parsed, "tasks_uncertain"))
    parsed = _parse(f"某市河湖管护实施方案\n{_pieces(149)}\n2、续推进河湖管护工作。\n")
    assert [t.task_no for t in parsed.tasks] == ["1", "2"]
    # a piece stays whole even where a heading seems to run into it
    piece = ("1、总则。（一）加强河道管理，" + "清理河道垃圾" * 30)[:140] + "。（二）强化水质监测。"
    parsed = _parse(f"某市河湖管护实施方案\n{piece[:150]}\n2、续推进。\n")
    assert parsed.tasks == [] and any("document-sharing page" in m for m in _warned(parsed, "tasks_uncertain"))


def test_a_rules_title_is_the_first_line_up_to_40_characters_or_two_chapters():
    articles = "一、河道管理\n1.为了加强河道管理，制定本办法。\n2.本办法适用于本市河道。\n"
    title40 = ("某市" + "河湖管护" * 10)[:38] + "办法"
    assert _parse(f"{title40}\n{articles}").tasks == []
    assert [t.task_no for t in _parse(f"{title40[:-2]}河办法\n{articles}").tasks] == ["1", "2"]  # 41: no title
    # two chapters: a set of rules when the document is no plan, or when it is written in articles
    in_chapters = "某市河湖管护工作意见\n第一章 总则\n1.为了加强河道管理，制定本意见。\n第二章 管护\n2.各县区要清理河道垃圾。\n"
    chapters = _parse(in_chapters, kind="other")
    assert chapters.tasks == [] and any("set of rules" in m for m in _warned(chapters, "no_tasks"))
    plan = _parse(in_chapters)  # a plan in chapters without articles is no set of rules
    assert plan.tasks and not any("set of rules" in m for m in _warned(plan, "no_tasks"))
    articles = _parse("某市河湖管护工作意见\n第一章 总则\n第一条 为了加强河道管理，制定本意见。\n第二章 管护\n"
                      "第二条 各县区要清理河道垃圾。\n")
    assert articles.tasks == [] and any("set of rules" in m for m in _warned(articles, "no_tasks"))
    # one chapter makes no set of rules, even in a document not read as a plan
    one = _parse("某市河湖管护工作意见\n第一章 总则\n1.为了加强河道管理，制定本意见。\n2.各县区要清理河道垃圾。\n", kind="other")
    assert [t.task_no for t in one.tasks] == ["1", "2"]


_OPENING = ("为加强全市河湖管护工作，" + "切实提升河湖管护水平" * 4)[:39] + "。"  # 40 characters


def test_the_preamble_is_the_paragraphs_of_40_characters_or_more_before_the_body():
    parsed = _parse(f"某市河湖管护实施方案\n{_OPENING}\n一、主要任务\n1.加强河道管理。清理河道垃圾。\n")
    assert [(s.start, s.end, s.kind) for s in parsed.spans[:2]] == [(0, 11, "front_matter"), (11, 52, "preamble")]
    shorter = _OPENING[:38] + "。"
    parsed = _parse(f"某市河湖管护实施方案\n{shorter}\n一、主要任务\n1.加强河道管理。清理河道垃圾。\n")
    assert [(s.start, s.end, s.kind) for s in parsed.spans[:1]] == [(0, 51, "front_matter")]
    # a text that opens with its preamble (and ends without a line break after a long sentence)
    text = (f"{_OPENING}\n一、主要任务\n1.加强河道管理。清理河道垃圾。\n"
            "各县区要结合本地实际，认真抓好各项任务落实，确保河湖管护工作取得实效，按时报送工作进展情况。")
    assert [(s.start, s.end, s.kind) for s in _parse(text).spans[:2]] == [(0, 41, "preamble"), (41, 48, "section_heading")]


def test_a_text_without_a_body():
    parsed = _parse("关于某事的通知\n请各单位认真落实")
    assert [(s.start, s.end, s.kind) for s in parsed.spans] == [(0, 16, "front_matter")]
    assert [w.kind for w in parsed.warnings] == ["no_tasks"]
    parsed = _parse("关于某事的通知\n各县区要结合本地实际，认真抓好各项任务落实，确保河湖管护工作取得实效，按时报送工作进展情况。")
    assert [(s.start, s.end, s.kind) for s in parsed.spans] == [(0, 8, "front_matter"), (8, 54, "preamble")]


def test_a_heading_printed_alone_takes_a_title_line_of_at_most_30_characters():
    title30, title31 = ("加强河道管理" * 6)[:30], ("加强河道管理" * 6)[:31]
    parsed = _parse(f"一、主要任务\n（一）\n{title30}\n清理河道垃圾。\n（二）强化水质监测。建设监测站点。\n")
    assert _tasks(parsed) == [("（一）", title30), ("（二）", "强化水质监测")]
    parsed = _parse(f"一、主要任务\n（一）\n{title31}\n清理河道垃圾。\n（二）强化水质监测。建设监测站点。\n")
    assert _tasks(parsed) == [("（一）", ""), ("（二）", "强化水质监测")]
    assert parsed.tasks[0].clauses[0].text == title31


def test_a_task_title_over_100_characters_is_said():
    title = ("加强河道管理" * 20)[:100]
    assert _warned(_parse(f"一、主要任务\n1.{title}\n2.强化水质监测。建设监测站点。\n"), "tasks_uncertain") == []
    warned = _warned(_parse(f"一、主要任务\n1.{title}理\n2.强化水质监测。建设监测站点。\n"), "tasks_uncertain")
    assert len(warned) == 1 and "runs 101 characters" in warned[0]


@pytest.mark.parametrize("text, numbers", [
    ("某局召开河湖管护推进会\n会议要求：一是加强河道管理；二是强化水质监测。\n", ["一是", "二是"]),
    ("某局召开河湖管护推进会\n会议要求：一是加强河道管理；二是强化水质监测；三是推进节约用水。\n", ["一是", "二是", "三是"]),
])
def test_items_enumerated_in_running_text(text, numbers):
    """A news item or short report (not a plan) without numbered items: 一是…；二是… are its tasks."""
    assert [t.task_no for t in _parse(text, kind="report").tasks] == numbers


_COVER = "某市水利局关于印发河湖管护方案的通知\n各县区水利局：\n现将方案印发给你们，请认真贯彻落实。\n"


def test_an_attachment_list_its_titles_wrapped_over_lines_of_at_most_30_characters():
    parsed = _parse(_COVER + "附件：1.河湖名录\n2.责任清单")  # (the list ends the text)
    assert parsed.tasks == [] and [(s.start, s.end, s.kind) for s in parsed.spans] == [(0, 62, "front_matter")]
    body = "\n某市河湖管护方案\n1.加强河道管理。清理河道垃圾。\n2.强化水质监测。建设监测站点。\n"
    wrapped30, wrapped31 = ("全市河湖管护工作责任清单和任务分工" * 3)[:30], ("全市河湖管护工作责任清单和任务分工" * 3)[:31]
    parsed = _parse(_COVER + f"附件：1.河湖名录\n2.关于\n{wrapped30}\n3.考核办法\n" + body)
    assert [t.task_no for t in parsed.tasks] == ["1", "2"] and _warned(parsed, "task_numbering") == []
    parsed = _parse(_COVER + f"附件：1.河湖名录\n2.关于\n{wrapped31}\n3.考核办法\n" + body)
    assert [t.task_no for t in parsed.tasks] == ["3", "1", "2"]  # the list ended at the long line
    assert "line 7: first task is numbered 3" in _warned(parsed, "task_numbering")


def test_a_signature_line_of_at_most_30_characters_before_the_date_is_back_matter():
    issuers = "某市水利局某市财政局某市生态环境局某市自然资源局某市农业农村"  # 30 characters
    text = f"一、主要任务\n1.加强河道管理。清理河道垃圾。\n{issuers}\n2024年3月5日\n"
    parsed = _parse(text)
    assert [c.text for c in parsed.tasks[0].clauses] == ["清理河道垃圾。"]
    assert (parsed.spans[-1].start, parsed.spans[-1].kind) == (text.index(issuers), "back_matter")
    text = f"一、主要任务\n1.加强河道管理。清理河道垃圾。\n{issuers}局\n2024年3月5日\n"
    parsed = _parse(text)
    assert [c.text for c in parsed.tasks[0].clauses] == ["清理河道垃圾。", issuers + "局"]
    assert (parsed.spans[-1].start, parsed.spans[-1].kind) == (text.index("2024"), "back_matter")


def test_a_group_runs_into_a_heading_of_at_most_40_characters():
    heading40 = "一、" + ("加强河道管理" * 7)[:38]
    groups = "（一）清理河道垃圾。全面清理。\n（二）整治排污口。全面整治。\n"
    assert _tasks(_parse(heading40 + groups)) == [("（一）", "清理河道垃圾"), ("（二）", "整治排污口")]
    # a longer line is a sentence: its （一） is not cut off as a heading
    assert _tasks(_parse(heading40 + "理" + groups)) == [("（二）", "整治排污口")]


def test_a_run_in_split_keeps_every_character_of_the_line():
    text = "  一、主要任务。（一）清理河道垃圾。全面清理。\n（二）整治排污口。全面整治。\n"
    parsed = _parse(text)
    assert [(s.start, s.end, s.kind) for s in parsed.spans] == [
        (0, 9, "section_heading"), (9, 19, "task_heading"), (19, 25, "clause"), (25, 34, "task_heading"),
        (34, 40, "clause")]


@pytest.mark.parametrize("unit", [
    # a unit cell of a flattened table (one row a line): every ending of a body's name, places included
    "市水利局", "市消防救援支队", "厅法规处", "市直有关部门", "市直有关单位", "市发改委", "省水利厅", "县委办公室", "县司法所",
    "县农技站", "市人民法院", "市红十字会", "市政府办", "市政务服务中心", "市委组织部", "市专项工作组", "县财务科", "县执法股",
    "市直机关", "市直有关机构", "各县人民政府", "法制司", "海关总署", "市图书馆", "市供销社", "市城投集团", "经济开发区", "各县",
    "各县级市", "各乡镇", "各乡（镇）", "各街道",
])
def test_a_flattened_tables_unit_cell(unit):
    table, = find_text_tables(["序号 重点任务 牵头单位 完成时限", f"1 加强河道管理，清理河道垃圾 {unit} 2023年底",
                               "2 强化水质监测，建设监测站点 市水利局 2024年底"])
    assert [(table.column_cells(r, "task"), table.column_cells(r, "lead")) for r in table.rows] == [
        (["加强河道管理，清理河道垃圾"], [unit]), (["强化水质监测，建设监测站点"], ["市水利局"])]
    assert table.warnings == []


def _cells(lines, roles=("task", "lead")):
    """Each row of the one table in ``lines``: its cells in the columns of ``roles``, and the cells left out."""
    table, = find_text_tables(lines)
    return [tuple(table.column_cells(r, role) for role in roles) + ([c.text for c in r.dropped],) for r in table.rows]


_ROW2 = "2 强化水质监测，建设监测站点 市水利局 2024年底"


def test_a_header_of_three_cells_in_either_shape():
    rows = [(["加强河道管理，清理河道垃圾"], ["市水利局"], []), (["强化水质监测，建设监测站点"], ["市生态环境局"], [])]
    assert _cells(["序号 重点任务 牵头单位", "1 加强河道管理，清理河道垃圾 市水利局", "2 强化水质监测，建设监测站点 市生态环境局"]) == rows
    assert _cells(["序号", "重点任务", "牵头单位", "1", "加强河道管理，清理河道垃圾", "市水利局", "2", "强化水质监测，建设监测站点",
                   "市生态环境局"]) == rows


def test_a_header_spaced_out_letter_by_letter():
    table, = find_text_tables(["序号 工 作 任 务 牵头单位 完成时限", "1 加强河道管理，清理河道垃圾 市水利局 2023年底", _ROW2])
    assert table.headers == ["序号", "工作任务", "牵头单位", "完成时限"]


def test_a_header_cell_no_rule_knows_is_a_header_cell_up_to_8_characters():
    rows = ["1 加强河道管理，清理河道垃圾 市水利局 是", "2 强化水质监测，建设监测站点 市水利局 否"]
    table, = find_text_tables(["序号 重点任务 牵头单位 是否纳入年度考核"] + rows)
    assert table.roles == ["no", "task", "lead", None]
    assert find_text_tables(["序号 重点任务 牵头单位 是否纳入年度考核表"] + rows) == []  # 9: a sentence, not a header


def test_a_group_column_before_the_number_in_a_table_of_one_cell_a_line():
    """领域 / 序号 / 重点任务 / 牵头单位, one cell a line: the 领域 cell of the first row comes before its
    number, and runs over two lines."""
    table, = find_text_tables(["领域", "序号", "重点任务", "牵头单位", "水资源管理和保护工作", "及河湖长制落实", "1",
                               "加强河道管理，清理河道垃圾", "市水利局", "2", "强化水质监测，建设监测站点", "市生态环境局"])
    assert table.headers == ["领域", "序号", "重点任务", "牵头单位"]
    assert [(table.column_cells(r, "group"), table.column_cells(r, "task"), [c.text for c in r.dropped])
            for r in table.rows] == [(["水资源管理和保护工作", "及河湖长制落实"], ["加强河道管理，清理河道垃圾"], []),
                                     ([], ["强化水质监测，建设监测站点"], [])]


def test_a_unit_cell_holds_up_to_200_characters():
    bodies = "、".join(["市水利局", "市财政局", "市农业农村局", "市生态环境局", "市自然资源局", "市住房和城乡建设局", "市交通运输局",
                       "市应急管理局", "市市场监督管理局", "市卫生健康委员会", "市发展和改革委员会", "市公安局", "市司法局", "市民政局",
                       "市文化广电旅游局", "市林业局", "市商务局", "市教育局", "市科学技术局", "市人力资源和社会保障局", "市审计局",
                       "市统计局", "市气象局", "市城市管理局", "市体育局", "市退役军人事务局", "市医疗保障局", "市地方金融监管局",
                       "市信访局"])
    list200, list201 = bodies + "、团委", bodies + "、市侨办"
    assert (len(list200), len(list201)) == (200, 201)
    header = "序号 重点任务 配合单位 完成时限"
    rows = _cells([header, f"1 加强河道管理，清理河道垃圾 {list200} 2023年底", _ROW2], ("supporting",))
    assert rows[0] == ([list200], [])
    rows = _cells([header, f"1 加强河道管理，清理河道垃圾 {list201} 2023年底", _ROW2], ("supporting",))
    assert rows[0][0] == []  # 201 characters: no list of units


@pytest.mark.parametrize("cut, lead, dropped", [
    # a unit list cut at the end of an excerpt: a last piece of up to 4 characters is a name cut short
    ("市水利局、市财", ["市水利局、市财"], []), ("市水利局、市生态环", ["市水利局、市生态环"], []),
    ("市水利局、市生态环境", [], ["市水利局、市生态环境"]),  # 5 characters that end no body: not units
])
def test_a_unit_list_cut_at_the_end_of_an_excerpt(cut, lead, dropped):
    rows = _cells(["序号 重点任务 完成时限 牵头单位", "1 强化水质监测，建设监测站点 2024年底 市水利局",
                   f"2 加强河道管理，清理河道垃圾 2023年底 {cut}"])
    assert rows[1] == (["加强河道管理，清理河道垃圾"], lead, dropped)


def test_a_deadline_cell_holds_up_to_40_characters():
    when = ("2023年底前完成全部河道清理工作，此后每年汛期前开展一次全面排查并及时整改到位" * 2)[:40]
    header = "序号 重点任务 牵头单位 完成时限"
    assert _cells([header, f"1 加强河道管理，清理河道垃圾 市水利局 {when}", _ROW2], ("deadline",))[0] == ([when], [])
    assert _cells([header, f"1 加强河道管理，清理河道垃圾 市水利局 {when}位", _ROW2], ("deadline",))[0] == ([], [when + "位"])


@pytest.mark.parametrize("text, group, task", [
    # where the 类别 cell is merged, the row's one text is its task, long or short (a group cell shows
    # on the first row it spans only; a task cell is every row's own); with two texts, the first is
    # the group
    ("清理河道垃圾杂物", [], ["清理河道垃圾杂物"]), ("清理河道垃圾物", [], ["清理河道垃圾物"]),
    ("河道保洁 清理垃圾", ["河道保洁"], ["清理垃圾"]),
])
def test_a_lone_text_cell_is_the_task_long_or_short(text, group, task):
    rows = _cells(["序号 类别 重点任务 牵头单位 完成时限", "1 河道管理 加强河道管理，清理河道垃圾 市水利局 2023年底",
                   f"2 {text} 市水利局 2024年底"], ("group", "task"))
    assert rows[1] == (group, task, [])


@pytest.mark.parametrize("first, sentence, task, dropped", [
    # a space inside a task cell: the pieces are one cell, unless the second is a sentence of 20
    # characters or more, which is read alone (the piece before it is left out, and said)
    ("加强河道管理工作", "全面清理河道垃圾杂物漂浮物等各类废弃物", ["加强河道管理工作", "全面清理河道垃圾杂物漂浮物等各类废弃物"], []),
    ("加强河道管理工作", "全面清理河道垃圾杂物漂浮物等各类废弃物品", ["全面清理河道垃圾杂物漂浮物等各类废弃物品"], ["加强河道管理工作"]),
])
def test_a_task_cell_of_20_characters_is_a_sentence(first, sentence, task, dropped):
    rows = _cells(["序号 重点任务 牵头单位", f"1 {first} {sentence} 市水利局", "2 强化水质监测，建设监测站点 市生态环境局"])
    assert rows[0] == (task, ["市水利局"], dropped)


@pytest.mark.parametrize("row, task", [
    # a lone character after a space is a piece of a word (加强水资源保 护): it goes on the cell before
    ("1 加强水资源保 护 市水利局 2023年底", ["加强水资源保", "护"]),
])
def test_a_lone_character_continues_its_cell(row, task):
    assert _cells(["序号 重点任务 牵头单位 完成时限", row, _ROW2])[0] == (task, ["市水利局"], [])


def test_a_person_in_a_unit_column_is_said_not_forced():
    table, = find_text_tables(["序号 重点任务 牵头单位 完成时限", "1 加强河道管理，清理河道垃圾 李明 2023年底", _ROW2])
    assert [m for _, _, m in table.warnings] == [
        "flattened table: a unit column holds what looks like a person's name in rows 1 (李明)"]


@pytest.mark.parametrize("row, task", [
    # a PDF's spaces around a number inside a task cell: the number goes on with the text, the row
    # keeps its own number (was: 3 read as the row's number, 1 and 开展 left out)
    ("1 开展 3 类专项整治 市水利局 2023年底", ["开展", "3", "类专项整治"]),
    ("1 开展河道 3 类问题专项整治 市水利局 2023年底", ["开展河道", "3", "类问题专项整治"]),
])
def test_a_number_inside_a_task_cell(row, task):
    table, = find_text_tables(["序号 重点任务 牵头单位 完成时限", row, _ROW2])
    assert [(r.no, table.column_cells(r, "no"), table.column_cells(r, "task"), [c.text for c in r.dropped])
            for r in table.rows][0] == ("1", ["1"], task, [])
    # what is said: spaces inside the cell; the number is not a cell forced into a column
    assert [k for k, _, _ in table.warnings] == ["tasks_uncertain"] and "more text pieces" in table.warnings[0][2]
    parsed = _parse("某市河湖管护重点任务分解表\n" + "\n".join(["序号 重点任务 牵头单位 完成时限", row, _ROW2]) + "\n")
    assert _tasks(parsed)[0] == ("1", "".join(task))
