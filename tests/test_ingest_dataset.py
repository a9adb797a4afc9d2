"""A text dataset saved as CSV or a spreadsheet (one document per row, its text in one cell):
one row is read as that document, several are refused with the command that splits them.

The texts are invented; each test needs exactly one rule of ``analysis.ingest.dataset``."""
from __future__ import annotations

import csv

import pytest

from analysis.cli import main as cli_main
from analysis.ingest import CorpusError, read_raw
from analysis.ingest.base import Table
from analysis.ingest.dataset import TEXT_CELL_BREAKS, TEXT_CELL_CHARS, text_column
from analysis.ingest.text import split_text_dataset
from analysis.io.tables import build_corpus
from analysis.parse.corpus import read_document

# a county report, one paragraph a line, opened by a reading page's tool words as crawlers keep them
REPORT = "\n".join([
    "打印", "关闭",
    "某某县2025年农村供水工作情况报告",
    "某某县水利局",
    "2025年12月20日",
    "一、工作开展情况",
    "全年新建集中供水工程12处，改造老旧管网86公里，农村自来水普及率达到96.5%。" * 3,
    "二、存在的问题",
    "部分山区村组水源不稳定，旱季供水保障能力不足。" * 3,
    "三、下一步工作打算",
    "（一）推进城乡供水一体化。2026年底前完成县城管网向周边乡镇延伸。",
    "（二）强化水质检测。每季度开展一次水质抽检。",
])
HEADER = ["county", "year", "title", "url", "publish_date", "full_text"]
ROW = ["某某县", "2025", "某某县2025年农村供水工作情况报告", "https://example.org/a/1.html", "2025-12-22", REPORT]


def _write(path, rows):
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def _table(header, *body):
    return Table(rows=[header, *body], where="table 1", row_where=[f"row {i}" for i in range(1, len(body) + 2)])


def test_one_row_is_read_as_its_document(tmp_path):
    raw = read_raw(_write(tmp_path / "report.csv", [HEADER, ROW]))
    # the record's title and date first, as labelled lines, then the text's lines in order
    assert raw.lines[:2] == ["标题：某某县2025年农村供水工作情况报告", "发布日期：2025-12-22"]
    assert raw.lines[2:5] == ["打印", "关闭", "某某县2025年农村供水工作情况报告"]
    assert raw.where[0] == "row 2 column title"
    assert raw.where[4] == "row 2 column full_text line 3"
    # every other cell is kept as evidence under its header; the text cell is not a field
    assert raw.fields == {"county": "某某县", "year": "2025", "title": "某某县2025年农村供水工作情况报告",
                          "url": "https://example.org/a/1.html", "publish_date": "2025-12-22"}
    assert not any(line.startswith("|") for line in raw.lines)


def test_the_row_parses_like_the_text(tmp_path):
    row = read_document(_write(tmp_path / "report.csv", [HEADER, ROW]), meta=None)
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    text = read_document(tmp_path / "report.txt", meta=None)
    read = {k: f.value for k, f in row.meta["metadata_fields"].items()}
    assert read["title"] == "某某县2025年农村供水工作情况报告"
    assert (read["kind"], read["issue_date"]) == ("report", "2025-12-20")
    assert read["published_date"] == "2025-12-22"  # the record's date: more than the text says
    assert {k: v for k, v in read.items() if k != "published_date"} == {
        k: f.value for k, f in text.meta["metadata_fields"].items()}
    assert list(build_corpus([row]).tasks["title"]) == list(build_corpus([text]).tasks["title"]) == ["工作开展情况"]


def test_english_headers_name_the_record_fields(tmp_path):
    header = ["doc_number", "Issuer", "Publish Date", "text"]
    raw = read_raw(_write(tmp_path / "notice.csv", [header, ["某水〔2025〕7号", "某某县水利局", "2025-03-01", REPORT]]))
    assert raw.lines[:3] == ["发文机关：某某县水利局", "文号：某水〔2025〕7号", "发布日期：2025-03-01"]


def test_several_rows_are_refused_with_the_split_command(tmp_path):
    path = _write(tmp_path / "reports.csv", [HEADER, ROW, ROW[:-1] + [REPORT.replace("2025", "2024")]])
    with pytest.raises(CorpusError) as exc:
        read_raw(path)
    message = str(exc.value)
    assert "reports.csv" in message and "2 documents" in message and "full_text" in message
    assert "split-dataset" in message and "\n" not in message


def test_split_writes_one_file_per_row_that_reads_as_one_document(tmp_path):
    second = ROW[:2] + ["某某县2024年农村供水工作情况报告"] + ROW[3:-1] + [REPORT.replace("2025", "2024")]
    path = _write(tmp_path / "reports.csv", [HEADER, ROW, second])
    written = split_text_dataset(path, tmp_path / "rows")
    assert [p.name for p in written] == ["reports_row0001.csv", "reports_row0002.csv"]
    assert read_raw(written[1]).lines[0] == "标题：某某县2024年农村供水工作情况报告"
    first = [p.read_bytes() for p in written]
    assert [p.read_bytes() for p in split_text_dataset(path, tmp_path / "rows")] == first  # same bytes again


def test_split_refuses_a_table_that_is_no_dataset(tmp_path):
    path = _write(tmp_path / "tasks.csv", [["序号", "工作任务", "责任单位"], ["1", "清理河道", "县水利局"]])
    with pytest.raises(CorpusError, match="tasks.csv.*not a text dataset"):
        split_text_dataset(path, tmp_path / "rows")


def test_split_dataset_command(tmp_path, capsys):
    path = _write(tmp_path / "reports.csv", [HEADER, ROW, ROW])
    assert cli_main(["split-dataset", str(path), "--out", str(tmp_path / "rows")]) == 0
    assert "2 documents written" in capsys.readouterr().out
    assert sorted(p.name for p in (tmp_path / "rows").iterdir()) == ["reports_row0001.csv", "reports_row0002.csv"]


def test_a_text_cell_is_long_or_broken_into_lines():
    long_line = "推进农村供水" * (TEXT_CELL_CHARS // 6 + 1)
    assert text_column(_table(["名称", "正文"], ["甲", long_line[:TEXT_CELL_CHARS]])) == 1
    assert text_column(_table(["名称", "正文"], ["甲", long_line[:TEXT_CELL_CHARS - 1]])) is None
    assert text_column(_table(["名称", "正文"], ["甲", "一\n" * TEXT_CELL_BREAKS])) == 1
    assert text_column(_table(["名称", "正文"], ["甲", "一\n" * (TEXT_CELL_BREAKS - 1)])) is None


def test_only_one_text_column_and_a_short_header_make_a_dataset():
    text = "一\n" * TEXT_CELL_BREAKS
    assert text_column(_table(["名称", "正文", "附件正文"], ["甲", text, text])) is None  # two text columns
    assert text_column(_table(["名称", "正文"], ["甲", text], ["乙", "短"])) is None  # a short cell in the column
    assert text_column(_table(["名称", "正文"], ["甲", text], ["乙", ""])) == 1  # an empty cell is no evidence
    assert text_column(_table(["名称", ""], ["甲", text])) is None  # the text column has no header
    assert text_column(_table(["名称", "正" * 41], ["甲", text])) is None  # a header cell that is itself text
    assert text_column(_table(["名称", "正文"])) is None  # a header alone


def test_a_task_table_with_long_cells_stays_a_task_table(tmp_path):
    measures = "组织开展农村供水工程巡查，逐村建立问题台账，限期整改到位。" * 40  # over 1,000 characters
    path = _write(tmp_path / "division.csv", [["序号", "工作任务", "具体措施", "责任单位"],
                                              ["1", "保障农村供水", measures, "县水利局"]])
    raw = read_raw(path)
    assert raw.lines[0] == "（一）保障农村供水"  # the task column over a measures column: a group heading
    assert raw.lines[1].startswith("1. 组织开展农村供水工程巡查") and "县水利局" in raw.lines[1]


def test_a_workbook_of_one_dataset_row_is_read_as_its_document(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    for row in (HEADER, ROW):
        book.active.append(row)
    book.save(tmp_path / "report.xlsx")
    raw = read_raw(tmp_path / "report.xlsx")
    assert raw.lines[:3] == ["标题：某某县2025年农村供水工作情况报告", "发布日期：2025-12-22", "打印"]
    assert raw.where[2] == "sheet Sheet row 2 column full_text line 1"
