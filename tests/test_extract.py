"""Stage 3 — extract: units, deadlines, training, targets, citations.

Expected values were read off the documents in data/raw/ by hand.
"""
import pytest

from analysis.parse.extract import (find_alias_definitions, find_citations, find_deadlines, find_parentheticals,
                                    find_targets, find_training, parse_deadline, resolve_units, split_units)


# ---------------------------------------------------------------- deadlines (pure functions)

@pytest.mark.parametrize("raw, kind, date, recurrence", [
    ("2021年12月底前", "date", "2021-12-31", None),
    ("2023年底前", "date", "2023-12-31", None),
    ("2021年6月底前", "date", "2021-06-30", None),
    ("2022年6月30日前", "date", "2022-06-30", None),
    ("2024年2月底前", "date", "2024-02-29", None),  # leap year
    ("2024年上半年", "date", "2024-06-30", None),
    ("2023年第一季度", "date", "2023-03-31", None),
    ("持续推进", "ongoing", None, None),
    ("持续开展", "ongoing", None, None),
    ("长期坚持", "ongoing", None, None),
    ("2022年3月，完成后持续开展", "date_then_ongoing", "2022-03-31", None),
    ("每年", "recurring", None, "yearly"),
    ("每年1月底前", "recurring", None, "yearly"),
    ("每季度", "recurring", None, "quarterly"),
    ("每月5日前", "recurring", None, "monthly"),
    ("20个工作日内", "relative", None, None),
])
def test_parse_deadline(raw, kind, date, recurrence):
    d = parse_deadline(raw)
    assert (d.raw, d.kind, d.date, d.recurrence) == (raw, kind, date, recurrence)


@pytest.mark.parametrize("raw", ["视工作需要确定", "", "2021年2月30日前", "2021年13月底前", "根据情况"])
def test_unknown_or_impossible_deadline_is_none(raw):
    assert parse_deadline(raw) is None


@pytest.mark.parametrize("text, expected", [
    ("于2024年6月底前对本地区、本部门行政执法队伍", [("于2024年6月底前", "date", "2024-06-30", None)]),
    ("逐年提高执法记录仪配置率，2026年底前实现一线持证在岗执法人员全部配置", [("2026年底前", "date", "2026-12-31", None)]),
    ("到2023年底，分期、分批", [("到2023年底", "date", "2023-12-31", None)]),
    ("于每月5日前在系统中填报，并于每年1月底前公开", [("于每月5日前", "recurring", None, "monthly"),
                                                   ("于每年1月底前", "recurring", None, "yearly")]),
    ("按照大纲于每年第一季度制定年度培训工作计划", [("于每年第一季度", "recurring", None, "yearly")]),
    ("执法决定作出之日起20个工作日内，向社会公布", [("20个工作日内", "relative", None, None)]),
    # not deadlines: a year that dates history, a frequency, a title, a start
    ("在2023年交通运输执法领域突出问题专项整治的基础上", []),
    ("7月以来，执法总队成功组织承办", []),
    ("确保每名执法人员每月对照检视清单开展一次检视", []),
    ("将《提升行政执法质量三年行动计划（2023-2025年）》列为培训重要内容", []),
    ("确保每人每年接受不少于60学时的培训", []),
])
def test_find_deadlines_in_text(text, expected):
    assert [(d.raw, d.kind, d.date, d.recurrence) for d in find_deadlines(text)] == expected


# ---------------------------------------------------------------- units (pure functions)

def test_unit_list_split_keeps_city_and_district_units_whole():
    assert split_units("市港航局、市交通执法总队和各区交通运输管理部门") == [
        "市港航局", "市交通执法总队", "各区交通运输管理部门"]
    assert split_units("委法规处，市道路运输局，市、区交通运输执法单位") == [
        "委法规处", "市道路运输局", "市、区交通运输执法单位"]
    assert split_units("各市县交通运输局、厅执法局") == ["各市县交通运输局", "厅执法局"]
    # 和 inside a name that does not end a unit is not a separator
    assert split_units("公安和交通联合执法办公室") == ["公安和交通联合执法办公室"]


def test_alias_definition_and_resolution():
    p, = find_parentheticals("（责任部门：市港航局、市交通执法总队和各区交通运输管理部门，以下统称市、区交通运输执法单位，"
                             "完成时限：2021年12月底前）")
    assert p.labels == ("责任部门",)
    assert p.alias == "市、区交通运输执法单位"
    assert p.units_as_written == ("市港航局", "市交通执法总队", "各区交通运输管理部门")
    assert p.deadline_raw == "2021年12月底前"
    aliases = {p.alias: p.alias_units}
    assert resolve_units(["委组织处", "市、区交通运输执法单位"], aliases) == [
        ("委组织处", None), ("市港航局", "市、区交通运输执法单位"),
        ("市交通执法总队", "市、区交通运输执法单位"), ("各区交通运输管理部门", "市、区交通运输执法单位")]


def test_alias_defined_in_prose():
    assert find_alias_definitions("由市港航局、市交通执法总队（以下简称执法单位）负责。") == {
        "执法单位": ("市港航局", "市交通执法总队")}


def test_lead_and_supporting_units_and_unknown_labels():
    p, = find_parentheticals("（牵头单位：厅人事处；配合单位：各市交通运输局、厅法规处；完成时限：2022年6月30日前）")
    assert p.labels == ("牵头单位", "配合单位")
    assert dict(p.units_by_label) == {"牵头单位": ("厅人事处",), "配合单位": ("各市交通运输局", "厅法规处")}
    assert p.deadline_raw == "2022年6月30日前"
    # a person label names no unit and is no unknown label (persons are not units)
    q, = find_parentheticals("（责任领导：分管副局长，完成时限：2022年底前）")
    assert q.labels == () and q.unknown_fields == () and q.persons == ("分管副局长",)
    r, = find_parentheticals("（考核方式：季度通报，完成时限：2022年底前）")
    assert r.labels == () and r.unknown_fields == ("考核方式：季度通报",)


# ---------------------------------------------------------------- training, targets, citations (pure)

def test_training_normalized_per_year():
    rows = find_training("领导班子成员每季度安排集中专题法律学习一次，深入学习贯彻习近平法治思想。"
                         "执法人员每年参加法律业务培训学习不少于40学时，将宪法作为重要内容。")
    assert [(r.audience, r.hours_per_year, r.times_per_year) for r in rows] == [
        ("领导班子成员", None, 4.0), ("执法人员", 40.0, None)]
    # audience carried from earlier in the sentence; 每半年 = 2 a year
    rows = find_training("确保行政执法人员在完成党性教育学时的基础上，确保每人每年接受不少于60学时的培训。"
                         "领导班子成员每半年开展一次集中学法。")
    assert [(r.audience, r.hours_per_year, r.times_per_year) for r in rows] == [
        ("执法人员", 60.0, None), ("领导班子成员", None, 2.0)]
    # giving a Party lecture or reviewing a checklist is not study
    assert find_training("领导班子成员每年至少要到基层党支部讲一次党课") == []
    assert find_training("确保每名执法人员每月对照检视清单开展一次检视") == []
    # undated hours count per year only when the caller says what period they cover
    assert find_training("线上线下专题学习已经超过60学时")[0].hours_per_year is None
    assert find_training("线上线下专题学习已经超过60学时", "年")[0].hours_per_year == 60.0


def test_targets_values_and_units():
    text = ("走访企业600余家，走访从业人员3500余人次。抽查执法记录音视频7.33万余段次，累计宣传受众达1.5万人次。"
            "各级执法机构应用率达到90%以上。《天津市法治政府建设优秀案例汇编（2022年）》；津交发〔2021〕20号；"
            "12328交通运输服务监督热线；JT/T410—2022；第七届世界智能大会；于每月5日前；20个工作日内")
    got = [(t.value, t.unit, t.approx) for t in find_targets(text)]
    assert got == [(600.0, "家", True), (3500.0, "人次", True), (73300.0, "段次", True),
                   (15000.0, "人次", False), (90.0, "%", True)]


def test_citations_with_nested_titles_and_numbers():
    text = ("根据《交通运输部办公厅关于印发<交通运输综合行政执法队伍素质能力提升三年行动方案（2021-2023年）>的通知》"
            "（交办法〔2021〕5号）要求，按照《交通运输行政执法标识》（JT/T410—2022）的要求，落实交法发〔2021〕42号。")
    assert [(c.title, c.number) for c in find_citations(text)] == [
        ("交通运输部办公厅关于印发<交通运输综合行政执法队伍素质能力提升三年行动方案（2021-2023年）>的通知", "交办法〔2021〕5号"),
        ("交通运输行政执法标识", "JT/T410—2022"),
        (None, "交法发〔2021〕42号"),
    ]


# ---------------------------------------------------------------- on the shipped documents

def _clause(corpus, doc_id, task_seq, clause_seq):
    c = corpus.clauses
    row = c[(c.doc_id == doc_id) & (c.task_seq == task_seq) & (c.clause_seq == clause_seq)]
    assert len(row) == 1
    return row.iloc[0]


def test_tianjin_alias_resolved_in_later_clauses(corpus):
    first = _clause(corpus, "tianjin_2021_plan", 1, 1)
    assert first.unit_label == "责任部门"
    assert first.responsible_units == ["市港航局", "市交通执法总队", "各区交通运输管理部门"]
    later = _clause(corpus, "tianjin_2021_plan", 2, 1)  # 委组织处，市、区交通运输执法单位
    assert later.units_as_written == ["委组织处", "市、区交通运输执法单位"]
    assert later.responsible_units == ["委组织处", "市港航局", "市交通执法总队", "各区交通运输管理部门"]
    u = corpus.units
    rows = u[(u.doc_id == "tianjin_2021_plan") & (u.task_seq == 2) & (u.clause_seq == 1)]
    assert list(rows.via_alias.fillna("")) == ["", "市、区交通运输执法单位", "市、区交通运输执法单位", "市、区交通运输执法单位"]


def test_tianjin_units_count_every_task(corpus):
    u = corpus.units[corpus.units.doc_id == "tianjin_2021_plan"]
    per_unit = u.groupby("unit").task_seq.nunique()
    # every one of the 17 tasks names the executing units except task 10's first clause … read off the plan:
    # 市港航局 appears in tasks 1-9 and 11-17 (16 tasks) and, through the alias, in task 10 clause 2
    assert per_unit["市港航局"] == 17
    assert per_unit["委法规处"] == 5  # tasks 4, 8, 9, 10, 12
    assert per_unit["委干部人事处"] == 1  # task 3


def test_clause_deadlines_per_document(corpus):
    d = corpus.deadlines
    counts = d[d.source == "clause"].groupby(["doc_id", "kind"]).size().to_dict()
    assert counts == {
        ("tianjin_2021_plan", "date"): 15, ("tianjin_2021_plan", "ongoing"): 6,
        ("henan_2021_plan", "date"): 18, ("henan_2021_plan", "ongoing"): 5,
        ("henan_2021_plan", "date_then_ongoing"): 1,
    }


def test_henan_date_then_ongoing(corpus):
    c = _clause(corpus, "henan_2021_plan", 8, 1)
    assert (c.deadline_raw, c.deadline_kind, c.deadline_date) == ("2022年3月，完成后持续开展", "date_then_ongoing",
                                                                  "2022-03-31")
    assert c.responsible_units == ["各市县交通运输局", "厅执法局"]
    assert _clause(corpus, "henan_2021_plan", 8, 2).unit_label == "牵头单位"


def test_inline_deadlines_per_document(corpus):
    d = corpus.deadlines[corpus.deadlines.source == "text"]
    got = sorted((r.doc_id, int(r.task_seq), r.raw, r.kind, r.date or "", r.recurrence or "")
                 for r in d.itertuples())
    assert got == sorted([
        ("tianjin_2021_plan", 3, "到2023年", "date", "2023-12-31", ""),
        ("tianjin_2021_plan", 4, "到2023年底", "date", "2023-12-31", ""),
        ("henan_2021_plan", 3, "到2023年", "date", "2023-12-31", ""),
        ("national_2024_plan", 13, "2026年底前", "date", "2026-12-31", ""),
        ("xining_2024_plan", 2, "于每年第一季度", "recurring", "", "yearly"),
        ("xining_2024_plan", 3, "于2024年6月底前", "date", "2024-06-30", ""),
        ("xining_2024_plan", 9, "20个工作日内", "relative", "", ""),
        ("xining_2024_plan", 14, "于每月5日前", "recurring", "", "monthly"),
        ("xining_2024_plan", 14, "于每年1月底前", "recurring", "", "yearly"),
        ("xining_2024_plan", 14, "每年1月底前", "recurring", "", "yearly"),
    ])


def test_training_per_document(corpus):
    t = corpus.training
    got = [(r.doc_id, int(r.task_seq), r.audience,
            None if r.hours_per_year is None or r.hours_per_year != r.hours_per_year else float(r.hours_per_year),
            None if r.times_per_year is None or r.times_per_year != r.times_per_year else float(r.times_per_year))
           for r in t.astype(object).where(t.notna(), None).itertuples()]
    assert got == [
        ("tianjin_2021_plan", 5, "领导班子成员", None, 4.0),
        ("tianjin_2021_plan", 5, "执法人员", 40.0, None),
        ("henan_2021_plan", 5, "领导班子成员", None, 4.0),
        ("national_2024_plan", 8, "领导班子成员", None, 4.0),
        ("national_2024_plan", 8, "基层站所执法人员", None, 12.0),
        ("xining_2024_plan", 1, "执法人员", None, 12.0),
        ("xining_2024_plan", 2, "执法人员", 60.0, None),
        ("tianjin_2023_report", 4, "执法人员", 60.0, None),  # achieved: 已经超过60学时
    ]


def test_report_achievements(corpus):
    t = corpus.targets[corpus.targets.doc_id == "tianjin_2023_report"]
    facts = {(int(r.task_seq), float(r.value), r.unit) for r in t.itertuples()}
    assert {(2, 600.0, "家"), (6, 73300.0, "段次"), (1, 15000.0, "人次"), (5, 34.0, "件"),
            (1, 100000.0, "人次"), (4, 60.0, "学时")} <= facts
    assert len(t) == 19


def test_plan_targets(corpus):
    t = corpus.targets[corpus.targets.doc_id == "xining_2024_plan"]
    assert [(int(r.task_seq), float(r.value), r.unit) for r in t.itertuples()] == [
        (2, 60.0, "学时"), (4, 1.0, "次"), (24, 90.0, "%"), (27, 5.0, "%")]


def test_citations_per_document(corpus):
    c = corpus.citations
    tianjin = c[c.doc_id == "tianjin_2021_plan"]
    assert ("津交发〔2021〕20号") in set(tianjin.number)
    # cited twice in task 10, recorded once for the task
    assert len(tianjin[(tianjin.task_seq == 10) & (tianjin.number == "津交发〔2021〕20号")]) == 1
    assert set(c[c.doc_id == "henan_2021_plan"].number.dropna()) == {"交办法〔2021〕5号", "交法发〔2021〕42号"}
    xining = c[c.doc_id == "xining_2024_plan"]
    assert "执法机关和司法机关向纪检监察机关移送问题线索工作办法" in set(xining.title)  # rejoined across a page break
    assert xining[xining.title == "交通运输行政执法标识"].number.tolist() == ["JT/T410—2022"]
    assert c.groupby("doc_id").size().to_dict() == {
        "henan_2021_plan": 9, "national_2024_plan": 3, "tianjin_2021_plan": 5, "tianjin_2023_report": 2,
        "xining_2024_plan": 23}
