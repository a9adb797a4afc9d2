"""Word reader (analysis/ingest/word.py) and Word auto-numbering (analysis/ingest/numbering.py).

The plan fixtures (tests/data/formats/make_word.py) must give the same tables as the plan's clean
text. Facts a format cannot carry: none of the parsed facts is lost in DOCX, DOC, WPS or ODT.
What differs and is not a fact: provenance (``paragraph 17`` for DOCX, ``DOC paragraph 17`` for
a converted file, ``line 17`` for text); the converted files end in an empty paragraph
LibreOffice adds after the closing table; the footer's PAGE field result (``— 2 —`` after
LibreOffice's re-layout, ``— 1 —`` as written), which is page furniture, not text. One rule
LibreOffice 7.4 does not carry across a conversion: ``w:lvlRestart`` (a level restarting only
after a higher level than its parent) — so the fixture numbers its tasks as a list of their own,
and the lvlRestart rule is tested on DOCX only (test_lvl_restart_*).

Every numbering format and restart rule has its own small DOCX written by
``make_word.minimal_docx``.
"""
from __future__ import annotations

import shutil
import sys
import zipfile
from pathlib import Path

import pytest

from analysis.ingest import CorpusError, read_raw
from analysis.ingest.numbering import format_number
from analysis.ingest.word import convert_to_docx, read_docx, read_via_libreoffice

FORMATS = Path(__file__).parent / "data" / "formats"
sys.path.insert(0, str(FORMATS))

import make_word  # noqa: E402
import plan_spec  # noqa: E402

needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None,
                                   reason="LibreOffice (soffice) is not installed: apt-get install "
                                          "libreoffice-writer-nogui")


# ---------------------------------------------------------------- the plan in each format


def _facts(path: Path) -> tuple[set, object]:
    """The parsed facts of a plan file: tasks, units with roles, deadlines, clauses, sections and
    metadata values, each keyed by its task's (section, group, number), not by provenance."""
    from analysis.parse.corpus import read_document
    from analysis.io.tables import build_corpus

    c = build_corpus([read_document(path, doc_id="plan")])
    key = {r.task_seq: (r.section, r.subsection, r.task_no) for r in c.tasks.itertuples()}
    facts = {("task", r.section, r.subsection, r.task_no, r.title, r.text) for r in c.tasks.itertuples()}
    facts |= {("unit", key[r.task_seq], r.unit, r.role) for r in c.units.itertuples()}
    facts |= {("deadline", key[r.task_seq], r.source, r.raw, r.kind, str(r.date), str(r.recurrence))
              for r in c.deadlines.itertuples()}
    facts |= {("clause", key[r.task_seq], r.clause_seq, r.text) for r in c.clauses.itertuples()}
    facts |= {("section", r.section, r.subsection, r.title, r.kind) for r in c.sections.itertuples()}
    facts |= {("meta", r.field, str(r.value)) for r in c.metadata.itertuples() if r.value not in (None, "")}
    return facts, c


@pytest.fixture(scope="module")
def clean_facts():
    facts, corpus = _facts(FORMATS / "plan.txt")
    assert len(corpus.tasks) == 11 and len(corpus.units) == 25  # 6 body tasks, 5 table rows
    return facts


def test_the_docx_fixture_numbers_its_items_by_word_numbering_not_by_text():
    xml = zipfile.ZipFile(FORMATS / "plan.docx").read("word/document.xml").decode("utf-8")
    for number in ("一、", "（一）", "1.建设", ">1<"):
        assert number not in xml
    numbering = zipfile.ZipFile(FORMATS / "plan.docx").read("word/numbering.xml").decode("utf-8")
    assert 'w:val="chineseCounting"' in numbering and 'w:val="%1、"' in numbering


def test_docx_gives_the_tables_of_the_clean_text(clean_facts):
    facts, corpus = _facts(FORMATS / "plan.docx")
    assert facts == clean_facts
    assert list(corpus.tasks.provenance) == [
        "paragraph 17", "paragraph 18", "paragraph 20", "paragraph 21", "paragraph 23", "paragraph 24",
        "table 1 row 3", "table 1 row 4", "table 1 row 5", "table 1 row 6", "table 1 row 7"]


@needs_soffice
@pytest.mark.parametrize("name", ["plan.doc", "plan.wps", "plan.odt"])
def test_doc_wps_and_odt_give_the_tables_of_the_clean_text(name, clean_facts):
    facts, corpus = _facts(FORMATS / name)
    assert facts == clean_facts
    fmt = name.rsplit(".", 1)[1]
    assert corpus.documents.format.tolist() == [fmt]
    assert corpus.tasks.provenance.tolist()[0] == f"{fmt.upper()} paragraph 17"
    assert corpus.tasks.provenance.tolist()[-1] == f"{fmt.upper()} table 1 row 7"
    assert ("format_conversion", fmt.upper()) in {(r.kind, r.before) for r in corpus.repairs.itertuples()}


def test_docx_lines_keep_body_order_and_headers_footers_out():
    raw = read_docx(FORMATS / "plan.docx")
    assert raw.lines[12:14] == ["一、总体目标", plan_spec.GOALS[1][0]]
    assert raw.lines[15] == "（一）完善居家社区养老服务网络"
    assert raw.lines[16].startswith("1.建设街道综合养老服务中心。")
    assert raw.lines[25] == "（一）" + plan_spec.CLOSING[1][0].removeprefix("（一）")
    table_start = raw.where.index("table 1 row 1")
    assert raw.where[table_start - 1] == "paragraph 28" and raw.lines[table_start] == plan_spec.TABLE_TITLE
    assert "某市人民政府办公室文件" not in raw.lines and not any("— 1 —" in ln for ln in raw.lines)
    assert {("page_furniture", "某市人民政府办公室文件"), ("page_furniture", "— 1 —")} <= {
        (k, before) for k, _, before, _ in raw.repairs}
    assert raw.fields == {"title": plan_spec.TITLE, "created": "2024-03-15T09:00:00+00:00"}
    assert plan_spec.TITLE not in raw.lines[:9]  # the title property is not text


def test_merged_cells_are_carried_into_every_cell_they_span():
    raw = read_docx(FORMATS / "plan.docx")
    rows = raw.tables[0].rows
    assert rows[0] == [plan_spec.TABLE_TITLE] * 6                 # gridSpan across the title row
    assert [r[1] for r in rows[2:]] == [r[1] for r in plan_spec.TABLE_ROWS]   # vMerge down
    assert [r[0] for r in rows[2:]] == ["1", "2", "3", "4", "5"]  # 序号 by auto-numbering
    assert raw.tables[0].row_where[2] == "table 1 row 3"


def test_inspect_shows_the_docx_provenance():
    from analysis.inspect import inspect_file

    report = inspect_file(FORMATS / "plan.docx")
    assert "(paragraph 17)" in report and "(table 1 row 3)" in report


# ---------------------------------------------------------------- numbering formats

def _lvl(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "", suff: str = "nothing") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{extra}'
            f'<w:suff w:val="{suff}"/><w:lvlText w:val="{text}"/></w:lvl>')


def _abstract(aid: str, *levels: str, extra: str = "") -> str:
    return f'<w:abstractNum w:abstractNumId="{aid}">{extra}{"".join(levels)}</w:abstractNum>'


def _num(num_id: str, aid: str, overrides: str = "") -> str:
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/>{overrides}</w:num>'


def _p(text: str, num_id: str | None = None, ilvl: int | None = None, style: str | None = None) -> str:
    ppr = ""
    if style or num_id is not None:
        numpr = ""
        if num_id is not None:
            numpr = "<w:numPr>" + (f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else "") + \
                    f'<w:numId w:val="{num_id}"/></w:numPr>'
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + numpr + "</w:pPr>"
    return f"<w:p>{ppr}<w:r><w:t>{text}</w:t></w:r></w:p>"


def _read(tmp_path, body: str, numbering: str = "", styles: str = "", name: str = "t.docx"):
    return read_docx(make_word.minimal_docx(tmp_path / name, body, numbering, styles))


@pytest.mark.parametrize("fmt, text, expected", [
    ("chineseCounting", "%1、", ["一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、", "十一、", "十二、"]),
    ("chineseCountingThousand", "（%1）", ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）",
                                         "（九）", "（十）", "（十一）", "（十二）"]),
    ("ideographTraditional", "%1、", ["甲、", "乙、", "丙、", "丁、", "戊、", "己、", "庚、", "辛、", "壬、", "癸、", "11、", "12、"]),
    ("japaneseCounting", "第%1条", ["第一条", "第二条", "第三条", "第四条", "第五条", "第六条", "第七条", "第八条", "第九条",
                                   "第十条", "第十一条", "第十二条"]),
    ("decimal", "%1.", [f"{i}." for i in range(1, 13)]),
    ("decimalEnclosedParen", "%1", ["⑴", "⑵", "⑶", "⑷", "⑸", "⑹", "⑺", "⑻", "⑼", "⑽", "⑾", "⑿"]),
    ("decimalFullWidth", "%1．", ["１．", "２．", "３．", "４．", "５．", "６．", "７．", "８．", "９．", "１０．", "１１．", "１２．"]),
    ("decimalEnclosedCircle", "%1", ["①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩", "⑪", "⑫"]),
    ("chineseLegalSimplified", "%1、", ["壹、", "贰、", "叁、", "肆、", "伍、", "陆、", "柒、", "捌、", "玖、", "壹拾、", "壹拾壹、",
                                      "壹拾贰、"]),
    ("upperLetter", "%1.", ["A.", "B.", "C.", "D.", "E.", "F.", "G.", "H.", "I.", "J.", "K.", "L."]),
    ("lowerRoman", "(%1)", ["(i)", "(ii)", "(iii)", "(iv)", "(v)", "(vi)", "(vii)", "(viii)", "(ix)", "(x)", "(xi)",
                            "(xii)"]),
    ("decimalZero", "%1", ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"]),
])
def test_each_number_format_is_written_as_word_shows_it(tmp_path, fmt, text, expected):
    raw = _read(tmp_path, "".join(_p("项", "1", 0) for _ in range(12)),
                _abstract("0", _lvl(0, fmt, text)) + _num("1", "0"))
    assert raw.lines == [f"{label}项" for label in expected]


@pytest.mark.parametrize("n, fmt, expected", [
    (20, "chineseCounting", "二十"), (21, "chineseCounting", "二十一"), (105, "chineseCounting", "一〇五"),
    (20, "chineseCountingThousand", "二十"), (105, "chineseCountingThousand", "一百〇五"),
    (110, "chineseCountingThousand", "一百一十"), (1010, "chineseCountingThousand", "一千〇一十"),
    (100, "japaneseCounting", "百"), (105, "japaneseCounting", "百五"), (230, "japaneseCounting", "二百三十"),
    (10, "ideographLegalTraditional", "壹拾"), (102, "chineseLegalSimplified", "壹佰零贰"),
    (27, "lowerLetter", "aa"), (28, "upperLetter", "BB"), (1994, "upperRoman", "MCMXCIV"),
    (10, "ideographDigital", "一〇"), (3, "ideographZodiac", "寅"), (21, "decimalEnclosedCircle", "21"),
    (3, "ideographEnclosedCircle", "㊂"), (2, "decimalEnclosedFullstop", "⒉"), (1, "none", ""),
])
def test_large_and_rare_values_of_each_format(n, fmt, expected):
    assert format_number(n, fmt) == expected


def test_an_unknown_format_is_shown_as_decimal_with_a_warning(tmp_path):
    raw = _read(tmp_path, _p("甲", "1", 0) + _p("乙", "1", 0), _abstract("0", _lvl(0, "hebrew2", "%1.")) + _num("1", "0"))
    assert raw.lines == ["1.甲", "2.乙"]
    assert [k for k, _ in raw.warnings] == ["word_numbering"] and "hebrew2" in raw.warnings[0][1]


def test_a_bullet_is_its_level_text_and_a_symbol_font_bullet_a_dot(tmp_path):
    numbering = (_abstract("0", '<w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:suff w:val="space"/>'
                                '<w:lvlText w:val="\uf0b7"/></w:lvl>') + _num("1", "0"))
    assert _read(tmp_path, _p("要点", "1", 0), numbering).lines == ["• 要点"]


@pytest.mark.parametrize("suff, expected", [("tab", "一、 目标"), ("space", "一、 目标"), ("nothing", "一、目标")])
def test_the_separator_after_the_number(tmp_path, suff, expected):
    numbering = _abstract("0", _lvl(0, "chineseCounting", "%1、", suff=suff)) + _num("1", "0")
    assert _read(tmp_path, _p("目标", "1", 0), numbering).lines == [expected]


# ---------------------------------------------------------------- counters and restarts

_OUTLINE = ("0", _lvl(0, "chineseCounting", "%1、"), _lvl(1, "chineseCounting", "（%2）"))


def test_a_level_restarts_after_a_higher_level_by_default(tmp_path):
    body = _p("甲", "1", 0) + _p("a", "1", 1) + _p("b", "1", 1) + _p("乙", "1", 0) + _p("c", "1", 1)
    raw = _read(tmp_path, body, _abstract(*_OUTLINE) + _num("1", "0"))
    assert raw.lines == ["一、甲", "（一）a", "（二）b", "二、乙", "（一）c"]


def test_lvl_restart_0_never_restarts(tmp_path):
    numbering = _abstract("0", _lvl(0, "chineseCounting", "%1、"),
                          _lvl(1, "chineseCounting", "（%2）", extra='<w:lvlRestart w:val="0"/>')) + _num("1", "0")
    body = _p("甲", "1", 0) + _p("a", "1", 1) + _p("乙", "1", 0) + _p("b", "1", 1)
    assert _read(tmp_path, body, numbering).lines == ["一、甲", "（一）a", "二、乙", "（二）b"]


def test_lvl_restart_1_restarts_tasks_only_after_a_section_not_after_a_group(tmp_path):
    numbering = _abstract("0", _lvl(0, "chineseCounting", "%1、"), _lvl(1, "chineseCounting", "（%2）"),
                          _lvl(2, "decimal", "%3.", extra='<w:lvlRestart w:val="1"/>')) + _num("1", "0")
    body = (_p("甲", "1", 0) + _p("g", "1", 1) + _p("t", "1", 2) + _p("t", "1", 2) + _p("h", "1", 1) + _p("t", "1", 2)
            + _p("乙", "1", 0) + _p("i", "1", 1) + _p("t", "1", 2))
    assert _read(tmp_path, body, numbering).lines == ["一、甲", "（一）g", "1.t", "2.t", "（二）h", "3.t", "二、乙",
                                                      "（一）i", "1.t"]


def test_a_start_value(tmp_path):
    numbering = _abstract("0", _lvl(0, "chineseCounting", "%1、", start=3)) + _num("1", "0")
    assert _read(tmp_path, _p("丙", "1", 0) + _p("丁", "1", 0), numbering).lines == ["三、丙", "四、丁"]


def test_instances_of_one_definition_continue_one_list(tmp_path):
    numbering = _abstract("0", _lvl(0, "decimal", "%1.")) + _num("1", "0") + _num("2", "0")
    body = _p("a", "1", 0) + _p("b", "1", 0) + _p("c", "2", 0) + _p("d", "2", 0)
    assert _read(tmp_path, body, numbering).lines == ["1.a", "2.b", "3.c", "4.d"]


def test_an_instance_with_a_start_override_is_a_new_list(tmp_path):
    override = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
    numbering = _abstract("0", _lvl(0, "decimal", "%1.")) + _num("1", "0") + _num("2", "0", override)
    body = _p("a", "1", 0) + _p("b", "1", 0) + _p("c", "2", 0) + _p("d", "2", 0)
    assert _read(tmp_path, body, numbering).lines == ["1.a", "2.b", "1.c", "2.d"]


def test_a_level_override_replaces_the_level_for_its_instance(tmp_path):
    override = f'<w:lvlOverride w:ilvl="0">{_lvl(0, "chineseCounting", "%1、")}</w:lvlOverride>'
    numbering = _abstract("0", _lvl(0, "decimal", "%1.")) + _num("1", "0") + _num("2", "0", override)
    assert _read(tmp_path, _p("a", "1", 0) + _p("b", "2", 0), numbering).lines == ["1.a", "一、b"]


def test_a_level_text_shows_higher_levels_in_their_own_format_or_all_decimal_when_legal(tmp_path):
    plain = _abstract("0", _lvl(0, "chineseCounting", "%1、"), _lvl(1, "decimal", "%1.%2"))
    legal = _abstract("1", _lvl(0, "chineseCounting", "%1、"), _lvl(1, "decimal", "%1.%2", extra="<w:isLgl/>"))
    body = _p("甲", "1", 0) + _p("a", "1", 1) + _p("乙", "2", 0) + _p("b", "2", 1)
    raw = _read(tmp_path, body, plain + legal + _num("1", "0") + _num("2", "1"))
    assert raw.lines == ["一、甲", "一.1a", "一、乙", "1.1b"]


def test_a_paragraph_style_carries_numbering_and_a_linked_level_gives_its_level(tmp_path):
    styles = ('<w:style w:type="paragraph" w:styleId="H2"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>'
              '</w:style><w:style w:type="paragraph" w:styleId="H2b"><w:basedOn w:val="H2"/></w:style>')
    numbering = _abstract("0", _lvl(0, "chineseCounting", "%1、"),
                          _lvl(1, "chineseCounting", "（%2）", extra='<w:pStyle w:val="H2"/>')) + _num("1", "0")
    body = _p("甲", "1", 0) + _p("a", style="H2") + _p("b", style="H2b") + _p("无号", "0", 0, style="H2")
    raw = _read(tmp_path, body, numbering, styles)
    # numId 0 on the paragraph switches its style's numbering off
    assert raw.lines == ["一、甲", "（一）a", "（二）b", "无号"]


def test_a_definition_linked_to_a_numbering_style_takes_that_styles_levels(tmp_path):
    styles = ('<w:style w:type="numbering" w:styleId="PlanList"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr>'
              '</w:pPr></w:style>')
    numbering = (_abstract("0", _lvl(0, "chineseCounting", "%1、"), extra='<w:styleLink w:val="PlanList"/>')
                 + _abstract("1", extra='<w:numStyleLink w:val="PlanList"/>') + _num("1", "0") + _num("2", "1"))
    assert _read(tmp_path, _p("甲", "2", 0) + _p("乙", "2", 0), numbering, styles).lines == ["一、甲", "二、乙"]


def test_an_undefined_instance_gives_no_number_and_a_warning(tmp_path):
    raw = _read(tmp_path, _p("甲", "7", 0), _abstract("0", _lvl(0, "decimal", "%1.")) + _num("1", "0"))
    assert raw.lines == ["甲"] and "instance 7" in raw.warnings[0][1]


def test_numbered_paragraphs_in_table_cells_count_in_document_order(tmp_path):
    cell = "<w:tc>{}</w:tc>"
    table = ("<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
             + "".join(f"<w:tr>{cell.format(_p('', '1', 0))}{cell.format(_p(t))}</w:tr>" for t in ("丙", "丁"))
             + "</w:tbl>")
    raw = _read(tmp_path, _p("甲", "1", 0) + _p("乙", "1", 0) + table + _p("戊", "1", 0),
                _abstract("0", _lvl(0, "decimal", "%1.")) + _num("1", "0"))
    assert raw.tables[0].rows == [["3.", "丙"], ["4.", "丁"]]
    assert raw.lines == ["1.甲", "2.乙", "| 3. | 丙 |", "| 4. | 丁 |", "5.戊"]


# ---------------------------------------------------------------- body, tables and text


def _tbl(rows: list[str], cols: int) -> str:
    return ("<w:tbl><w:tblGrid>" + "<w:gridCol/>" * cols + "</w:tblGrid>" + "".join(f"<w:tr>{r}</w:tr>" for r in rows)
            + "</w:tbl>")


def _tc(text: str = "", props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{_p(text)}</w:tc>"


def test_tables_stand_between_the_paragraphs_where_they_are(tmp_path):
    raw = _read(tmp_path, _p("前") + _tbl([_tc("a") + _tc("b")], 2) + _p("后") + _tbl([_tc("c") + _tc("d")], 2))
    assert raw.lines == ["前", "| a | b |", "后", "| c | d |"]
    assert raw.where == ["paragraph 1", "table 1 row 1", "paragraph 2", "table 2 row 1"]


def test_grid_span_and_vertical_merge_fill_every_spanned_cell(tmp_path):
    rows = [_tc("标题", '<w:gridSpan w:val="3"/>'),
            _tc("序号") + _tc("重点任务") + _tc("牵头单位"),
            _tc("1") + _tc("甲任务", '<w:vMerge w:val="restart"/>') + _tc("甲局"),
            _tc("2") + _tc("", "<w:vMerge/>") + _tc("乙局")]
    raw = _read(tmp_path, _tbl(rows, 3))
    assert raw.tables[0].rows == [["标题"] * 3, ["序号", "重点任务", "牵头单位"], ["1", "甲任务", "甲局"],
                                  ["2", "甲任务", "乙局"]]
    assert raw.lines == ["标题", "1. 甲任务。（牵头单位：甲局）", "2. 甲任务。（牵头单位：乙局）"]


def test_a_row_that_starts_late_keeps_its_cells_in_their_columns(tmp_path):
    rows = [_tc("a") + _tc("b") + _tc("c"), '<w:trPr><w:gridBefore w:val="1"/></w:trPr>' + _tc("y") + _tc("z")]
    assert _read(tmp_path, _tbl(rows, 3)).tables[0].rows == [["a", "b", "c"], ["", "y", "z"]]


def test_a_nested_table_becomes_lines_in_its_cell_with_a_warning(tmp_path):
    inner = _tbl([_tc("市民政局") + _tc("2024年底前"), _tc("市财政局") + _tc("2025年底前")], 2)
    rows = [_tc("事项") + _tc("说明"), _tc("养老") + f"<w:tc>{_p('分工如下')}{inner}<w:p/></w:tc>"]
    raw = _read(tmp_path, _tbl(rows, 2))
    assert raw.tables[0].rows[1] == ["养老", "分工如下\n市民政局 2024年底前\n市财政局 2025年底前"]
    assert len(raw.tables) == 1 and [k for k, _ in raw.warnings] == ["word_nested_table"]


def test_a_one_column_table_is_a_frame_its_paragraphs_are_lines(tmp_path):
    raw = _read(tmp_path, _tbl([f"<w:tc>{_p('一、总体要求')}{_p('（一）目标')}</w:tc>"], 1))
    assert raw.lines == ["一、总体要求", "（一）目标"] and raw.where == ["table 1 row 1"] * 2


def test_a_task_table_inside_a_frame_is_read_as_a_table(tmp_path):
    inner = _tbl([_tc("工作任务") + _tc("责任单位"), _tc("建设养老服务中心") + _tc("市民政局")], 2)
    raw = _read(tmp_path, _tbl([f"<w:tc>{_p('附件')}{inner}<w:p/></w:tc>"], 1))
    assert raw.lines == ["附件", "1. 建设养老服务中心。（责任单位：市民政局）", ""]
    assert raw.where == ["table 1 row 1", "table 1 row 1 table 1 row 2", "table 1 row 1"]


def test_content_controls_tracked_changes_breaks_and_hidden_text(tmp_path):
    body = ('<w:sdt><w:sdtPr><w:alias w:val="标题"/></w:sdtPr><w:sdtContent>' + _p("控件中的段落") + "</w:sdtContent></w:sdt>"
            '<w:p><w:r><w:t>保留</w:t></w:r><w:del><w:r><w:delText>删除</w:delText></w:r></w:del>'
            '<w:ins><w:r><w:t>插入</w:t></w:r></w:ins><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r></w:p>'
            '<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t><w:br w:type="page"/></w:r></w:p>'
            '<w:p><w:fldSimple w:instr=" DATE "><w:r><w:t>2024年3月15日</w:t></w:r></w:fldSimple></w:p>')
    raw = _read(tmp_path, body)
    assert raw.lines == ["控件中的段落", "保留插入", "第一行", "第二行", "2024年3月15日"]
    assert raw.where == ["paragraph 1", "paragraph 2", "paragraph 3", "paragraph 3", "paragraph 4"]
    assert raw.warnings == []


def test_a_text_box_is_read_once_after_its_paragraph(tmp_path):
    box = "<w:txbxContent>" + _p("框中文字") + "</w:txbxContent>"
    body = ('<w:p><w:r><w:t>正文</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            f'<wps:txbx>{box}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>{box}</v:textbox>'
            '</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')
    raw = _read(tmp_path, body)
    assert raw.lines == ["正文", "框中文字"] and raw.where == ["paragraph 1", "paragraph 1 text box"]


def test_text_in_a_structure_the_reader_does_not_walk_is_a_warning_not_silence(tmp_path):
    # a table row inside a content control: python-docx's table model does not see it
    rows = [_tc("a") + _tc("b"),
            "</w:tr><w:sdt><w:sdtContent><w:tr>" + _tc("隐藏行") + _tc("x") + "</w:tr></w:sdtContent></w:sdt><w:tr>"
            + _tc("c") + _tc("d")]
    raw = _read(tmp_path, _tbl(rows, 2))
    assert "隐藏行" not in raw.text
    assert [k for k, _ in raw.warnings] == ["word_text_not_read"] and "4 of the" in raw.warnings[0][1]


# ---------------------------------------------------------------- bad input


def _one_line(exc: pytest.ExceptionInfo, name: str) -> str:
    message = str(exc.value)
    assert "\n" not in message and name in message
    return message


def test_a_broken_docx_zip_is_one_line(tmp_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes((FORMATS / "plan.docx").read_bytes()[:5000])
    with pytest.raises(CorpusError) as exc:
        read_raw(broken)
    assert "broken zip" in _one_line(exc, "broken.docx")
    with pytest.raises(CorpusError) as exc:
        read_docx(broken)
    assert "damaged DOCX" in _one_line(exc, "broken.docx")


def test_a_docx_with_broken_xml_is_one_line(tmp_path):
    path = make_word.minimal_docx(tmp_path / "bad.docx", "<w:p><w:r><w:t>未闭合</w:r></w:p>")
    with pytest.raises(CorpusError) as exc:
        read_raw(path)
    assert "damaged DOCX" in _one_line(exc, "bad.docx")


def test_a_password_protected_docx_is_one_line():
    with pytest.raises(CorpusError) as exc:
        read_raw(FORMATS / "plan_encrypted.docx")
    assert "password-protected" in _one_line(exc, "plan_encrypted.docx")
    with pytest.raises(CorpusError) as exc:
        read_docx(FORMATS / "plan_encrypted.docx")
    assert "password-protected" in _one_line(exc, "plan_encrypted.docx")


def test_a_password_protected_doc_is_one_line_before_libreoffice_runs(tmp_path):
    import olefile

    path = tmp_path / "locked.doc"
    shutil.copyfile(FORMATS / "plan.doc", path)
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        fib = bytearray(ole.openstream("WordDocument").read())
        fib[11] |= 0x01  # FIB fEncrypted (bit 8 of the flags at offset 10)
        ole.write_stream("WordDocument", bytes(fib))
    with pytest.raises(CorpusError) as exc:
        read_raw(path)
    assert "password-protected" in _one_line(exc, "locked.doc")


def test_a_docx_without_text_is_one_line(tmp_path):
    path = make_word.minimal_docx(tmp_path / "empty.docx", "<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>")
    with pytest.raises(CorpusError) as exc:
        read_docx(path)
    assert "no text" in _one_line(exc, "empty.docx")


def test_without_libreoffice_a_doc_is_one_line_saying_what_to_install(tmp_path, monkeypatch):
    import analysis.ingest.word as word

    monkeypatch.setattr(word.shutil, "which", lambda name: None)
    with pytest.raises(CorpusError) as exc:
        read_raw(FORMATS / "plan.doc")
    assert "apt-get install libreoffice-writer-nogui" in _one_line(exc, "plan.doc")


@needs_soffice
def test_a_conversion_over_its_time_limit_is_stopped_and_one_line(tmp_path):
    with pytest.raises(CorpusError) as exc:
        convert_to_docx(FORMATS / "plan.doc", "doc", tmp_path, timeout=0.05)
    assert "did not finish" in _one_line(exc, "plan.doc")


@needs_soffice
def test_a_file_libreoffice_cannot_convert_is_one_line(tmp_path):
    path = tmp_path / "garbage.rtf"
    path.write_bytes(b"{\\rtf1 " + bytes(range(256)) * 4)
    try:
        raw = read_via_libreoffice(path)
    except CorpusError as exc:
        assert "\n" not in str(exc) and "garbage.rtf" in str(exc)
    else:  # LibreOffice reads what it can of a damaged RTF: the text it found, provenance RTF …
        assert raw.format == "rtf" and all(w.startswith("RTF ") for w in raw.where)


# -- every number format Word writes, and the edges of the counting formats (rule-level: scripts/mutation.py) --

@pytest.mark.parametrize("fmt, n, expected", [
    ("decimal", 7, "7"), ("decimalHalfWidth", 7, "7"), ("decimalZero", 7, "07"), ("decimalFullWidth", 7, "７"),
    ("decimalFullWidth2", 7, "７"), ("decimalEnclosedCircle", 7, "⑦"), ("decimalEnclosedCircleChinese", 7, "⑦"),
    ("decimalEnclosedFullstop", 7, "⒎"), ("decimalEnclosedParen", 7, "⑺"), ("ideographEnclosedCircle", 7, "㊆"),
    ("chineseCounting", 7, "七"), ("chineseCountingThousand", 17, "十七"), ("taiwaneseCounting", 17, "十七"),
    ("taiwaneseCountingThousand", 17, "十七"), ("chineseLegalSimplified", 7, "柒"),
    ("ideographLegalTraditional", 12, "壹拾貳"), ("ideographDigital", 12, "一二"), ("taiwaneseDigital", 12, "一二"),
    ("japaneseDigitalTenThousand", 12, "一二"), ("japaneseCounting", 12, "十二"), ("ideographTraditional", 7, "庚"),
    ("ideographZodiac", 7, "午"), ("lowerLetter", 7, "g"), ("upperLetter", 7, "G"), ("lowerRoman", 7, "vii"),
    ("upperRoman", 7, "VII"), ("ordinal", 2, "2nd"), ("ordinal", 13, "13th"), ("ordinal", 21, "21st"), ("none", 7, ""),
])
def test_every_number_format_word_writes(fmt, n, expected):
    assert format_number(n, fmt) == expected


@pytest.mark.parametrize("n, fmt, expected", [
    (10, "chineseCounting", "十"), (19, "chineseCounting", "十九"), (99, "chineseCounting", "九十九"),
    (100, "chineseCounting", "一〇〇"),                                   # past 99: digit by digit
    (9999, "chineseCountingThousand", "九千九百九十九"), (10000, "chineseCountingThousand", "10000"),
    (9999, "japaneseCounting", "九千九百九十九"), (10000, "japaneseCounting", "10000"),
    (10000, "chineseLegalSimplified", "10000"),
    # a list that starts at 0: a format without a zero writes the digit, never an empty label
    (0, "upperRoman", "0"), (0, "lowerLetter", "0"), (0, "decimal", "0"),
])
def test_the_edges_of_the_counting_formats(n, fmt, expected):
    assert format_number(n, fmt) == expected


@pytest.mark.parametrize("off", ["0", "false", "off"])
def test_a_legal_level_switched_off_shows_higher_levels_in_their_own_format(tmp_path, off):
    numbering = _abstract("0", _lvl(0, "chineseCounting", "%1、"),
                          _lvl(1, "decimal", "%1.%2", extra=f'<w:isLgl w:val="{off}"/>')) + _num("1", "0")
    assert _read(tmp_path, _p("甲", "1", 0) + _p("a", "1", 1), numbering).lines == ["一、甲", "一.1a"]


@pytest.mark.parametrize("fmt, expected", [("decimalZero", "00"), ("none", "")])
def test_a_counter_at_zero_in_the_formats_that_write_it(fmt, expected):
    assert format_number(0, fmt) == expected


@pytest.mark.skipif(shutil.which("soffice") is None and shutil.which("libreoffice") is None,
                    reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui")
def test_a_corpus_converts_its_office_files_in_one_run_and_keeps_them_by_content(tmp_path, monkeypatch):
    from analysis.parse.corpus import read_corpus
    from analysis.ingest import word

    raw, cache = tmp_path / "raw", tmp_path / "cache"
    raw.mkdir()
    shutil.copyfile(FORMATS / "plan.doc", raw / "a.doc")
    shutil.copyfile(FORMATS / "plan.wps", raw / "b.wps")  # the same bytes as plan.doc: converted once
    shutil.copyfile(FORMATS / "plan.odt", raw / "c.odt")
    runs = []
    convert = word.convert_many
    monkeypatch.setattr(word, "convert_many", lambda paths, c: runs.append(len(paths)) or convert(paths, c))
    first = read_corpus(raw, None, office_cache=cache)
    assert runs == [3] and len(list(cache.glob("*.docx"))) == 2
    # the second read takes every DOCX from the cache: LibreOffice is not started again
    monkeypatch.setattr(word, "convert_to_docx", lambda *a, **k: pytest.fail("converted again"))
    monkeypatch.setattr(word, "_soffice", lambda: None)
    second = read_corpus(raw, None, office_cache=cache)
    assert [d.text for d in second] == [d.text for d in first]
    assert [d.format for d in second] == ["doc", "wps", "odt"]
