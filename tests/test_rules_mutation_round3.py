"""Rule-level tests of the third mutation sample (issue 15, item 5; ``scripts/mutation.py --seed 2``):
the survivors the second sample left (``scripts/mutation_results.md``, 2026-12-06) and those of a fresh
seeded sample of the unit, flattened-table, structure, one-line-page, metadata and confidence rules.

Each test is a short text written for it, in my own words, that needs exactly one word, character or
threshold of a rule, so the mutant that changes it fails the test; the expected values were written by
reading the text. Mutants no text can tell apart are explained in ``scripts/mutation_equivalent.md``.
"""
from analysis.io.tables import build_corpus
from analysis.parse.corpus import Document
from analysis.parse.extract import read_parenthetical
from analysis.parse.structure import parse_document
from analysis.parse.text_tables import find_text_tables
from convention_docs import rows


def _doc(text: str, kind: str = "plan") -> Document:
    return Document(meta={"doc_id": "t", "kind": kind, "title": "", "level": "municipal"}, source=text, text=text,
                    origin=list(range(len(text))))


def _corpus(text: str, kind: str = "plan"):
    return build_corpus([_doc(text, kind)])


def _units(text: str) -> list[tuple]:
    return rows(_corpus(text).units, ["task_seq", "unit", "role"])


def _warnings(corpus, kind: str) -> list[str]:
    w = corpus.warnings
    return list(w.loc[w.kind == kind, "message"])


# -- survivors of the second sample ------------------------------------------------------------

def test_a_square_bracket_note_ends_at_its_own_bracket():
    """structure ``_NOTE``: a note's body holds no ``]``. A note in ASCII square brackets followed, on
    its line, by sub-items numbered 1）2）: the note is ``[牵头单位：市水利局]`` and the next clause keeps
    its words (with a ``]`` allowed inside, the note ran on to the ``）`` of 1） and took 重点抓好… with it)."""
    text = ("一、主要任务\n1.加强河道管理。清理河道垃圾[牵头单位：市水利局]，重点抓好以下两项工作：1）打捞水面漂浮物；"
            "2）拆除河道违章建筑。\n2.强化水质监测。建设监测站点[牵头单位：市环境监测站]。\n")
    parsed = parse_document(_doc(text))
    assert [c.parenthetical for c in parsed.tasks[0].clauses] == ["[牵头单位：市水利局]", None]
    assert "重点抓好以下两项工作：1）打捞水面漂浮物" in parsed.tasks[0].clauses[1].text
    assert _units(text) == [(1, "市水利局", "lead"), (2, "市环境监测站", "lead")]


def test_a_labelled_list_whose_only_verb_is_luoshi():
    """units ``_HAS_VERB``: 落实 is a verb that assigns. ``责任单位：A落实，B落实`` (a county's way of
    writing each body's duty) names A and B, the verb stripped from each — not a unit ``A落实``."""
    note = "（责任单位：市水利局落实，各县区人民政府落实）"
    p = read_parenthetical(note)
    assert p.units_as_written == ("市水利局", "各县区人民政府")
    assert p.roles == ("responsible", "responsible")
    p = read_parenthetical("（部门分工：市水利局落实，市财政局落实）")
    assert p.units_as_written == ("市水利局", "市财政局")
    text = f"一、主要任务\n1.加强河道管理。清理河道垃圾{note}。\n"
    corpus = _corpus(text)
    assert rows(corpus.units, ["task_seq", "unit", "role"]) == [
        (1, "市水利局", "responsible"), (1, "各县区人民政府", "responsible")]
    assert _warnings(corpus, "units_uncertain") == []


def test_a_label_remark_after_a_semicolon():
    """units ``_LABEL_REMARK``: a label's remark （单位） is dropped after a ； too. A line of its own
    ``牵头科室（单位）：A；配合科室（单位）：B`` under a task gives A as lead and B as supporting — not a
    second lead named ``配合科室（单位）：B``."""
    assert read_parenthetical("牵头科室（单位）：河湖管理科；配合科室（单位）：水政监察大队").units_by_label == (
        ("牵头科室", ("河湖管理科",)), ("配合科室", ("水政监察大队",)))
    text = ("一、主要任务\n1.加强河道管理。清理河道垃圾，整治入河排污口。\n"
            "牵头科室（单位）：河湖管理科；配合科室（单位）：水政监察大队\n"
            "2.强化水质监测。建设监测站点。\n牵头科室（单位）：水资源科\n")
    assert _units(text) == [(1, "河湖管理科", "lead"), (1, "水政监察大队", "supporting"), (2, "水资源科", "lead")]


_SHORT_TASK_TABLE = ("某市河湖整治任务分工\n序号 类别 主要任务 牵头单位 完成时限\n"
                     "1 水域治理 整治河道沿岸乱堆乱放问题 市水利局 2024年6月底\n"
                     "2 治河，清淤 市水利局 2024年底\n"
                     "3 岸线管理 划定河湖管理范围 市自然资源局 2024年底\n")


def test_a_short_task_cell_with_a_comma_is_the_task():
    """text_tables ``_LONG_TEXT``: a comma makes a cell sentence-like, so it fits the task column best.
    Row 2 of a flattened table has its 类别 merged into row 1 (not repeated) and a short task with a
    comma, 治河，清淤: that cell is the row's task, not its category (then the row had no task)."""
    [table] = find_text_tables(_SHORT_TASK_TABLE.split("\n"))
    row = table.rows[1]
    assert table.column_cells(row, "task") == ["治河，清淤"]
    assert table.column_cells(row, "group") == []
    corpus = _corpus(_SHORT_TASK_TABLE)
    assert rows(corpus.tasks, ["task_no", "title"]) == [
        ("1", "整治河道沿岸乱堆乱放问题"), ("2", "治河，清淤"), ("3", "划定河湖管理范围")]
    assert _warnings(corpus, "empty_item") == []
