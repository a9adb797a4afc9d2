"""Stage 2: sections, tasks and clauses, with expected values read from the documents."""
import pytest

from analysis.parse.corpus import Document
from analysis.parse.structure import SPAN_KINDS, parse_document

TIANJIN, HENAN, NATIONAL, XINING, REPORT = (
    "tianjin_2021_plan", "henan_2021_plan", "national_2024_plan", "xining_2024_plan", "tianjin_2023_report")


@pytest.mark.parametrize("doc_id, n_tasks, n_clauses", [
    (TIANJIN, 17, 21),   # tasks 2 (3 paragraphs), 4 (2) and 10 (2) have several clauses
    (HENAN, 13, 24),
    (NATIONAL, 14, 14),  # 3 + 3 + 4 + 4 tasks, numbering restarting in every group
    (XINING, 29, 31),    # task 9 has the three sub-items （1）（2）（3）
    (REPORT, 6, 6),      # a report: its six parts
])
def test_task_and_clause_counts(parsed, doc_id, n_tasks, n_clauses):
    doc = parsed[doc_id]
    assert len(doc.tasks) == n_tasks
    assert sum(len(t.clauses) for t in doc.tasks) == n_clauses


def test_tianjin_titles_and_groups(parsed):
    tasks = parsed[TIANJIN].tasks
    assert [t.task_no for t in tasks] == [str(i) for i in range(1, 18)]
    assert tasks[0].title == "组织开展讲政治、优作风、强服务专题教育"
    assert tasks[15].title == "推进“四基四化”建设"
    assert tasks[16].title == "着力提升基层站所领导班子素质能力"  # an indented task line
    assert [t.subsection for t in tasks] == list("一一二二二二三三三三四四四四四五五")
    assert {t.section for t in tasks} == {"二"}


def test_tianjin_clause_parentheticals_belong_to_their_paragraph(parsed):
    task2 = parsed[TIANJIN].tasks[1]
    assert [c.parenthetical for c in task2.clauses] == [
        "（责任部门：委组织处，市、区交通运输执法单位，完成时限：2021年12月底前）",
        "（责任部门：委组织处，市、区交通运输执法单位，完成时限：2023年12月底前）",
        "（责任部门：委组织处，市、区交通运输执法单位，完成时限：持续推进）",
    ]
    assert task2.clauses[1].text == "充分发挥基层党组织战斗堡垒和党员先锋模范作用，打造一批党员先锋队、党员示范岗。"


def test_henan_lead_unit_clause(parsed):
    task8 = parsed[HENAN].tasks[7]
    assert task8.title == "提升执法规范化水平"
    assert task8.clauses[1].parenthetical == "（牵头单位：厅执法局，完成时限：2022年底前）"
    assert task8.clauses[0].parenthetical.endswith("完成时限：2022年3月，完成后持续开展）")


def test_national_numbering_restarts_per_group(parsed):
    tasks = parsed[NATIONAL].tasks
    assert [t.task_no for t in tasks] == ["1", "2", "3", "1", "2", "3", "1", "2", "3", "4", "1", "2", "3", "4"]
    assert [t.subsection for t in tasks] == list("一一一二二二三三三三四四四四")
    assert tasks[7].title == "提高综合业务素质"
    assert tasks[12].title == "构建智慧执法体系"
    assert tasks[12].clauses[0].text.startswith("加快推广应用交通运输行政执法综合管理信息系统")
    assert not any(w.kind == "task_numbering" for w in parsed[NATIONAL].warnings)


def test_xining_titles_and_sub_items(parsed):
    tasks = parsed[XINING].tasks
    assert tasks[3].task_no == "4" and tasks[3].title == "突出培训实战实效"  # "4. " with a space
    assert tasks[8].title == "全面落实行政执法“三项制度”"
    assert [c.sub_no for c in tasks[8].clauses] == ["1", "2", "3"]
    assert tasks[8].clauses[1].text.startswith("全面落实执法全过程记录制度")
    assert tasks[13].title == "落实行政执法统计年报制度和报送行政执法总体情况制度"
    assert tasks[24].title == "推进“互联网+监管”"
    assert tasks[28].title == "强化执法人员权益保障"
    # the page break inside task 29 is repaired, so the clause reads through
    assert "为行政执法人员提供健康体检" in tasks[28].text


def test_xining_repeated_section_number_is_warned(parsed):
    warnings = [w for w in parsed[XINING].warnings if w.kind == "section_numbering"]
    assert len(warnings) == 1 and "line 130" in warnings[0].message


def test_report_parts_are_its_units(parsed):
    tasks = parsed[REPORT].tasks
    assert [t.task_no for t in tasks] == list("一二三四五六")
    assert tasks[3].title == "以深化队伍建设为方向，业务本领明显提升"
    # "下一步…" is the report's outlook, not part of part 六
    assert "下一步" not in tasks[5].text


@pytest.mark.parametrize("doc_id, closing", [
    (TIANJIN, ["三"]), (HENAN, ["三", "四"]), (NATIONAL, ["三"]), (XINING, ["三"]),
])
def test_closing_sections_are_not_tasks(parsed, doc_id, closing):
    doc = parsed[doc_id]
    assert [s.section for s in doc.sections if s.subsection is None and s.kind == "closing"] == closing
    assert all(t.section not in closing or doc_id == XINING for t in doc.tasks)
    text = doc.document.text
    for s in doc.spans:
        if s.kind == "closing":
            assert s.task_seq is None


@pytest.mark.parametrize("doc_id", [TIANJIN, HENAN, NATIONAL, XINING, REPORT])
def test_spans_cover_every_character_exactly_once(parsed, doc_id):
    doc = parsed[doc_id]
    spans = doc.spans
    assert spans[0].start == 0 and spans[-1].end == len(doc.document.text)
    for a, b in zip(spans, spans[1:]):
        assert a.end == b.start
    assert all(s.kind in SPAN_KINDS for s in spans)
    assert not [s for s in spans if s.kind == "unplaced"]


@pytest.mark.parametrize("doc_id", [TIANJIN, HENAN, NATIONAL, XINING, REPORT])
def test_every_clause_lies_in_a_span_of_its_task(parsed, doc_id):
    doc = parsed[doc_id]
    for task in doc.tasks:
        for clause in task.clauses:
            covering = [s for s in doc.spans if s.start <= clause.start < s.end]
            assert covering[0].task_seq == task.seq and covering[0].kind == "clause"


def _doc(text, kind="plan"):
    return Document(meta={"doc_id": "t", "kind": kind}, source=text, text=text, origin=list(range(len(text))))


def test_no_tasks_is_a_warning_not_an_error():
    parsed = parse_document(_doc("关于做好某项工作的通知\n各单位：\n请认真落实。\n"))
    assert parsed.tasks == []
    assert [w.kind for w in parsed.warnings] == ["no_tasks"]
    assert parsed.spans[-1].end == len(parsed.document.text)


def test_numbering_gap_is_warned_with_line():
    text = "一、主要任务\n1.甲任务。内容。\n3.丙任务。内容。\n"
    parsed = parse_document(_doc(text))
    assert [t.task_no for t in parsed.tasks] == ["1", "3"]
    gap = [w for w in parsed.warnings if w.kind == "task_numbering"]
    assert len(gap) == 1 and gap[0].message.startswith("line 3:")
