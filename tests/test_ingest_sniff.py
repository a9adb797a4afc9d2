"""A file's reader is chosen by its content, not its name; what no reader takes is one line."""
import io
import zipfile

import pytest

from analysis.ingest import CorpusError, read_raw, sniff_format


def _zip(path, members: dict[str, bytes]):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    path.write_bytes(buf.getvalue())
    return path


@pytest.mark.parametrize("name, data, fmt", [
    ("plan.txt", "一、主要任务\n".encode(), "txt"),
    ("plan.doc", b"%PDF-1.7\n%\xe2\xe3\n1 0 obj", "pdf"),                  # a PDF saved as .doc
    ("download.bin", b"\xef\xbb\xbf<!DOCTYPE html><html><body><p>x</p>", "html"),  # a page saved without extension
    ("page.shtml", b"<div>x</div>", "html"),
    ("table.csv", "序号,工作任务,牵头单位\n".encode(), "csv"),
    ("notes.txt", "说明：<p>标签写在文字里</p>".encode(), "txt"),        # markup inside text is not a page
    ("letter.rtf", b"{\\rtf1\\ansi x}", "rtf"),
])
def test_the_format_is_read_from_the_content(tmp_path, name, data, fmt):
    path = tmp_path / name
    path.write_bytes(data)
    assert sniff_format(path) == fmt


@pytest.mark.parametrize("name, members, fmt", [
    ("plan.doc", {"[Content_Types].xml": b"", "word/document.xml": b"<w:document/>"}, "docx"),  # a DOCX named .doc
    ("tasks.zip", {"[Content_Types].xml": b"", "xl/workbook.xml": b"<workbook/>"}, "xlsx"),
    ("plan.ofd", {"OFD.xml": b"<ofd:OFD/>"}, "ofd"),
    ("plan.odt", {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b""}, "odt"),
])
def test_zip_containers_are_told_apart_by_their_members(tmp_path, name, members, fmt):
    assert sniff_format(_zip(tmp_path / name, members)) == fmt


@pytest.mark.parametrize("name, data, message", [
    ("scan.png", b"\x89PNG\r\n\x1a\n\x00\x00", "a PNG image, not a document"),
    ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image, not a document"),
    ("files.rar", b"Rar!\x1a\x07\x00", "a RAR archive, not a document; unpack it first"),
    ("broken.docx", b"PK\x03\x04\x14\x00\x00\x00garbage", "broken zip container"),
])
def test_what_no_reader_takes_is_one_line_naming_the_file(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(CorpusError) as err:
        read_raw(path)
    text = str(err.value)
    assert "\n" not in text and text.startswith(str(path)) and message in text


def test_a_zip_of_other_files_and_a_presentation_are_refused(tmp_path):
    with pytest.raises(CorpusError, match="unpack it first"):
        read_raw(_zip(tmp_path / "attachments.zip", {"a.txt": b"x"}))
    with pytest.raises(CorpusError, match="PowerPoint"):
        read_raw(_zip(tmp_path / "slides.pptx", {"[Content_Types].xml": b"", "ppt/presentation.xml": b""}))


def test_a_text_file_keeps_its_lines_and_their_places(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes("标题\r\n\n一、任务\n".encode("gbk"))
    raw = read_raw(path)
    assert raw.format == "txt" and raw.encoding == "gb18030"
    assert raw.lines == ["标题\r", "", "一、任务", ""] and raw.where == ["line 1", "line 2", "line 3", "line 4"]
    assert raw.warnings and raw.warnings[0][0] == "encoding"


def test_a_csv_task_table_becomes_task_lines(tmp_path):
    path = tmp_path / "tasks.csv"
    path.write_text("序号,工作任务,牵头单位,完成时限\n\n1,建设数据平台,市大数据局,2024年底前\n", encoding="utf-8")
    raw = read_raw(path)
    assert raw.lines == ["1. 建设数据平台。（牵头单位：市大数据局；完成时限：2024年底前）"]
    assert raw.where == ["row 3"]


FORMATS = __import__("pathlib").Path(__file__).parent / "data" / "formats"


@pytest.mark.parametrize("name, fmt", [("plan.doc", "doc"), ("plan.wps", "wps"), ("sheet/plan_tasks.xls", "xls"),
                                       ("plan.docx", "docx"), ("plan.odt", "odt"), ("sheet/plan_tasks.xlsx", "xlsx"), ("ofd/plan.ofd", "ofd")])
def test_office_files_are_told_apart_by_their_streams_and_members(name, fmt):
    assert sniff_format(FORMATS / name) == fmt


def test_a_word_binary_is_wps_only_when_named_so(tmp_path):
    # a Kingsoft .wps is the Word binary format: the content says Word, the name says WPS
    copy = tmp_path / "plan.doc"
    copy.write_bytes((FORMATS / "plan.wps").read_bytes())
    assert sniff_format(copy) == "doc"
