"""Plans that no test of the shipped corpus was written for: three synthetic plans
(tests/data/synthetic/, invented content in real conventions) parse exactly, and a
convention the parser does not know ends in a warning with its line."""
from pathlib import Path

import pytest

from analysis.parse.corpus import read_corpus
from analysis.io.tables import build_corpus

SYNTHETIC = Path(__file__).parent / "data" / "synthetic"


@pytest.fixture(scope="module")
def synthetic():
    return build_corpus(read_corpus(SYNTHETIC, None))


def _rows(frame, doc_id, columns):
    f = frame[frame.doc_id == doc_id]
    return [tuple(None if v is None or v != v else v for v in row) for row in
            f[columns].astype(object).where(f[columns].notna(), None).itertuples(index=False)]


def test_metadata_read_from_text_with_a_warning(synthetic):
    docs = synthetic.documents.set_index("doc_id")
    assert docs.loc["province_groups_as_tasks", "level"] == "provincial"
    assert docs.loc["province_groups_as_tasks", "issuer"] == "某省交通运输厅"
    assert (docs.loc["province_groups_as_tasks", "period_start"], docs.loc["province_groups_as_tasks", "period_end"]) == ("2022", "2024")
    assert docs.loc["city_numbered_headings", "level"] == "municipal"
    assert docs.loc["county_subitems_only", "level"] == "county"
    w = synthetic.warnings
    assert set(w[w.kind == "not_in_manifest"].doc_id) == set(docs.index)


def test_groups_carrying_responsibility_are_the_tasks(synthetic):
    """（一）… with 牵头单位/配合单位/责任处室 on the group heading; 1. items are its clauses."""
    doc = "province_groups_as_tasks"
    assert _rows(synthetic.tasks, doc, ["task_no", "title"]) == [
        ("（一）", "加强执法队伍建设"), ("（二）", "提升执法培训质效"), ("（三）", "规范行政处罚裁量")]  # as printed
    assert _rows(synthetic.clauses, doc, ["task_seq", "clause_seq", "unit_label", "deadline_kind", "deadline_date"]) == [
        (1, 1, "牵头单位 | 配合单位", "date", "2022-06-30"), (1, 2, None, None, None), (1, 3, None, None, None),
        (2, 1, "牵头单位 | 配合单位", "ongoing", None), (2, 2, None, None, None), (2, 3, None, None, None),
        (3, 1, "责任处室", "date", "2023-03-31"), (3, 2, None, None, None), (3, 3, None, None, None)]
    assert _rows(synthetic.units, doc, ["task_seq", "unit"]) == [
        (1, "厅人事处"), (1, "各市交通运输局"), (2, "省交通运输执法总队"), (2, "各市交通运输局"), (2, "厅法规处"),
        (3, "厅法规处")]
    assert _rows(synthetic.training, doc, ["task_seq", "audience", "hours_per_year", "times_per_year"]) == [
        (2, "执法人员", 50.0, None), (2, "领导班子成员", None, 2.0)]
    # the 保障措施 section's （一）（二） are closing text, not tasks
    assert len(synthetic.tasks[synthetic.tasks.doc_id == doc]) == 3


def test_numbered_headings_on_their_own_lines(synthetic):
    """（一）⏎提升政治素质⏎1、加强理论学习⏎text（牵头单位：…；完成时限：每年）"""
    doc = "city_numbered_headings"
    assert _rows(synthetic.tasks, doc, ["subsection", "task_no", "title"]) == [
        ("一", "1", "加强理论学习"), ("一", "2", "加强作风建设"),
        ("二", "3", "开展全员轮训"), ("二", "4", "开展岗位练兵")]
    # the group titles on their own lines are recorded with the sections
    s = synthetic.sections[synthetic.sections.doc_id == doc]
    assert {"提升政治素质", "提升执法能力"} <= set(s.title)
    assert _rows(synthetic.deadlines, doc, ["task_seq", "source", "raw", "kind", "date", "recurrence"]) == [
        (1, "clause", "每年", "recurring", None, "yearly"),
        (2, "clause", "2023年12月31日前", "date", "2023-12-31", None),
        (3, "clause", "2024年6月底前", "date", "2024-06-30", None),
        (3, "text", "于2024年6月底前", "date", "2024-06-30", None),
        (4, "clause", "长期坚持", "ongoing", None, None)]
    assert _rows(synthetic.units, doc, ["task_seq", "unit"]) == [
        (1, "局机关党委"), (1, "各区交通运输局"), (2, "局执法支队"), (3, "局法规科"), (3, "各区交通运输局"),
        (4, "局执法支队")]
    # 每季度讲一次党课 is a lecture given, not study; 每月开展一次集中学习 is study
    assert _rows(synthetic.training, doc, ["audience", "times_per_year"]) == [("执法人员", 12.0)]
    assert _rows(synthetic.targets, doc, ["task_seq", "value", "unit"]) == [(3, 95.0, "%")]
    # the 工作要求 section's 每年12月20日前 is closing text, not a task deadline
    assert "每年12月20日前" not in set(synthetic.deadlines.raw)


def test_subitems_only_and_an_unknown_deadline(synthetic):
    doc = "county_subitems_only"
    assert [t for t, in _rows(synthetic.tasks, doc, ["task_no"])] == ["（1）", "（2）", "（3）"]  # as printed
    assert _rows(synthetic.clauses, doc, ["task_seq", "responsible_units", "deadline_raw", "deadline_kind"]) == [
        (1, ["法制股"], "2023年底前", "date"), (2, ["各执法中队"], "持续推进", "ongoing"),
        (3, ["法制股"], "视工作需要确定", None)]
    w = synthetic.warnings[(synthetic.warnings.doc_id == doc) & (synthetic.warnings.kind == "deadline_unrecognized")]
    assert w.message.tolist() == ["line 6: deadline '视工作需要确定' is not a known convention; left unparsed"]
    # the relative deadline in the sub-item's own sentence is found
    assert ("relative", "7个工作日内") in set(zip(synthetic.deadlines.kind, synthetic.deadlines.raw))


def test_unknown_label_is_a_warning_not_a_unit(tmp_path):
    (tmp_path / "plan.txt").write_text(
        "某市交通运输局执法提升方案（2024-2026年）\n一、主要任务\n1.加强培训\n组织全员培训。（督办方式：季度通报；完成时限：2024年底前）\n",
        encoding="utf-8")
    c = build_corpus(read_corpus(tmp_path, None))
    assert c.units.empty
    assert c.clauses.deadline_date.tolist() == ["2024-12-31"]
    w = c.warnings[c.warnings.kind == "label_unrecognized"]
    assert w.message.tolist() == ["line 4: field '督办方式：季度通报' has a label that is not a known convention; not read"]
