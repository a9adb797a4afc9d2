"""Markdown files (analysis/ingest/markdown.py): the markup crawlers and converters write —
headings, bold around numbered headings and field labels, links, rules, pipe tables — is removed
before the parser sees the text; each line keeps its source line; a pipe task-division table
becomes task rows as one from Word does. The documents are invented
(tests/data/synthetic/markdown/)."""
import shutil
from pathlib import Path

import pytest

from analysis.ingest import read_raw, sniff_format
from analysis.io.tables import build_corpus
from analysis.parse.corpus import read_document

MD = Path(__file__).parent / "data" / "synthetic" / "markdown"
INDENT = "\u3000\u3000"


@pytest.fixture(scope="module")
def markup():
    return read_raw(MD / "markup.md")


def _line(raw, text: str) -> str:
    """The place of the line ``text`` (which must occur once)."""
    assert raw.lines.count(text) == 1, (text, raw.lines)
    return raw.where[raw.lines.index(text)]


@pytest.mark.parametrize("name", ["plan.md", "plan.markdown", "PLAN.MD"])
def test_a_markdown_file_is_sniffed_as_markdown(tmp_path, name):
    path = tmp_path / name
    path.write_text("# 某县工作要点\n\n一、总体要求\n", encoding="utf-8")
    assert sniff_format(path) == "md"


def test_a_web_page_saved_as_md_is_still_a_web_page(tmp_path):
    path = tmp_path / "page.md"
    path.write_text("<!DOCTYPE html><html><body><p>某县工作要点</p></body></html>", encoding="utf-8")
    assert sniff_format(path) == "html"


def test_a_heading_is_read_without_its_hashes(markup):
    assert markup.format == "md"
    assert markup.lines[0] == "某市人民政府办公厅印发《关于促进科研仪器共享的若干意见》"
    assert _line(markup, "一、扩大开放范围") == "line 13"  # ## heading


def test_bold_around_a_numbered_heading_is_dropped(markup):
    assert _line(markup, "（一）推动资源开放") == "line 15"


def test_field_lines_keep_label_and_value_without_bold(markup):
    assert _line(markup, "发布日期: 2024-03-15") == "line 3"
    assert _line(markup, "发布机构: 某市科学技术委员会") == "line 4"  # a soft break: its own line


def test_a_link_keeps_its_text_and_loses_its_url(markup):
    assert _line(markup, "原文链接: 某市科委网站") == "line 5"
    assert _line(markup, INDENT + "推动高校和科研院所的大型仪器向社会开放，详见共享平台。（责任单位：市科委、市教委）") == "line 17"
    assert not any("http" in line for line in markup.lines)
    assert _line(markup, "市徽") == "line 26"  # an image: its alt text


def test_a_rule_is_a_blank_line_and_blank_lines_stay(markup):
    assert markup.lines[5:8] == ["", "", ""] and markup.where[5:8] == ["line 6", "line 7", "line 8"]
    assert _line(markup, "某府办发〔2024〕7号") == "line 9"
    assert markup.where == [f"line {n}" for n in range(1, len(markup.lines) + 1)]


def test_ideographic_indentation_is_kept(markup):
    assert _line(markup, INDENT + "为盘活科研仪器存量，提高使用效率，经市政府同意，现提出如下意见。") == "line 11"


def test_bold_commonmark_leaves_beside_chinese_punctuation_is_removed_and_recorded(markup):
    # 推进**“一机一码”**管理: the ** before “ is not left-flanking in CommonMark, so it stays text
    fixed = INDENT + "推进“一机一码”管理，仪器信息统一上网。（责任单位：市市场监管局）"
    assert _line(markup, fixed) == "line 19"
    [(kind, index, before, after)] = markup.repairs
    assert kind == "markdown_emphasis" and markup.lines[index] == after == fixed and "**“一机一码”**" in before


def test_an_ordered_item_keeps_its_number_and_html_its_text(markup):
    assert _line(markup, "1. 建立开放目录") == "line 21"
    assert _line(markup, "2. 公布收费标准") == "line 22"
    assert _line(markup, "某市人民政府办公厅") == "line 24"  # <div align="right">…</div>


def test_a_pipe_task_table_is_a_table_whose_rows_are_task_lines():
    raw = read_raw(MD / "task_table.md")
    [table] = raw.tables
    assert table.where == "table 1" and table.row_where == ["line 5", "line 7", "line 8", "line 9"]
    assert table.rows[0] == ["序号", "工作任务", "责任单位", "完成时限"]
    assert table.rows[2][1] == "引进新型研发机构两家"  # bold inside a cell dropped
    assert _line(raw, "1. 建成区级中试基地。（责任单位：区科技局、区财政局；完成时限：2025年6月底前）") == "line 7"
    assert _line(raw, "以上任务按季度报送进展。") == "line 11"


def test_a_pipe_task_table_reaches_the_parser_as_tasks_with_units():
    corpus = build_corpus([read_document(MD / "task_table.md", meta=None)])
    assert list(corpus.tasks["title"]) == ["建成区级中试基地", "引进新型研发机构两家", "开展仪器共享补贴试点"]
    units = [(r.task_seq, r.unit, r.role) for r in corpus.units.itertuples()]
    assert units == [(1, "区科技局", "responsible"), (1, "区财政局", "responsible"),
                     (2, "区发展改革委", "responsible"), (3, "区科技局", "responsible")]
    assert [(r.task_seq, r.raw, r.kind) for r in corpus.deadlines.itertuples()] == [
        (1, "2025年6月底前", "date"), (2, "2025年底前", "date"), (3, "长期坚持", "ongoing")]


def test_markdown_without_markup_reads_as_the_same_text_file(tmp_path):
    text_copy = tmp_path / "plain_notice.txt"
    shutil.copyfile(MD / "plain_notice.md", text_copy)
    as_md, as_txt = read_raw(MD / "plain_notice.md"), read_raw(text_copy)
    assert (as_md.format, as_txt.format) == ("md", "txt")
    assert as_md.lines == as_txt.lines and as_md.where == as_txt.where
    assert as_md.lines[6] == INDENT + "一、落实热源供应"


def test_a_markdown_plan_gives_its_tasks_and_their_units_end_to_end():
    corpus = build_corpus([read_document(MD / "plan_three_tasks.md", meta=None)])
    assert [(r.task_no, r.title) for r in corpus.tasks.itertuples()] == [
        ("（一）", "建设共性技术平台"), ("（二）", "培育技术经理人队伍"), ("（三）", "发展科技咨询服务")]
    units = [(r.task_seq, r.unit) for r in corpus.units.itertuples()]
    assert units == [(1, "市科委"), (1, "市教委"), (2, "市人力资源社会保障局"), (2, "市科委"),
                     (3, "市发展改革委"), (3, "市科协")]
    assert set(corpus.units["role"]) == {"responsible"}


def test_code_html_comments_plain_tables_and_crlf(tmp_path):
    path = tmp_path / "notes.md"
    source = ("说明\r\n\r\n```\r\n原样保留 **星号**\r\n```\r\n\r\n<!-- 抓取备注\r\n第二行 -->\r\n\r\n"
              "| 指标 | 数值 |\r\n|---|---|\r\n| 平台数 | 12 |\r\n\r\n3.\r\n")
    path.write_bytes(source.encode("utf-8"))
    raw = read_raw(path)
    assert _line(raw, "原样保留 **星号**") == "line 4"  # code is kept as written
    assert not any("抓取备注" in line or "第二行" in line for line in raw.lines)
    assert raw.tables[0].rows == [["指标", "数值"], ["平台数", "12"]]
    assert _line(raw, "| 平台数 | 12 |") == "line 12"  # no task table: one | … | line a row
    assert _line(raw, "3.") == "line 14"  # an empty numbered item keeps its number
    assert not any("\r" in line for line in raw.lines)
    # the fence's ``` lines and the table's delimiter row give no line; a comment's lines are blank
    assert raw.where == [f"line {n}" for n in (1, 2, 4, 6, 7, 8, 9, 10, 12, 13, 14, 15)]
    assert raw.lines[4:6] == ["", ""]


def test_a_br_tag_breaks_a_line_in_the_same_place(tmp_path):
    path = tmp_path / "br.md"
    path.write_text("第一句。<br>第二句。\n\n| 工作任务 | 责任单位 |\n|---|---|\n| 建设平台 | 市科委<br/>市教委 |\n",
                    encoding="utf-8")
    raw = read_raw(path)
    assert raw.lines[:2] == ["第一句。", "第二句。"] and raw.where[:2] == ["line 1", "line 1"]
    assert raw.tables[0].rows[1] == ["建设平台", "市科委\n市教委"]
    assert _line(raw, "1. 建设平台。（责任单位：市科委、市教委）") == "line 5"
