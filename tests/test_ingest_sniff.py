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


# -- each signature the sniffer knows, on a file that has only that one (rule-level: scripts/mutation.py) --

@pytest.mark.parametrize("data", [
    "<!doctype html>\n某县交通运输局",                      # a page saved as text: the doctype alone
    "<html>\n某县交通运输局</html>",
    '<html lang="zh-CN">\n某县交通运输局',
    "<head>\n<title>某县交通运输局</title>\n</head>",           # the head of a page, cut after it
    '<head id="top">\n<title>某县交通运输局</title>',
    "<body>\n某县交通运输局</body>",
    '<body class="article">\n某县交通运输局',
    '<meta charset="utf-8">\n某县交通运输局',
    "<div>某县交通运输局</div>",                             # the content block a reader copied out
    '<div class="TRS_Editor">某县交通运输局</div>',
    "<p>某县交通运输局</p>",
    '<p style="text-indent:2em">某县交通运输局</p>',
    "<table>\n<tr><td>1</td></tr></table>",
    '<table border="1">\n<tr><td>1</td></tr></table>',
], ids=lambda d: d.split("\n")[0][:24])
def test_a_page_fragment_saved_as_text_is_a_page(tmp_path, data):
    path = tmp_path / "download.txt"
    path.write_bytes(data.encode("utf-8"))
    assert sniff_format(path) == "html"


@pytest.mark.parametrize("suffix", [".htm", ".html", ".shtml", ".xhtml", ".jsp", ".asp", ".aspx", ".php"])
def test_a_page_named_as_a_page_is_a_page_whatever_it_opens_with(tmp_path, suffix):
    # a portal page whose first bytes are a script, not markup
    path = tmp_path / f"content{suffix}"
    path.write_bytes("var pageId = 12;\n<div>某县交通运输局</div>".encode("utf-8"))
    assert sniff_format(path) == "html"


@pytest.mark.parametrize("suffix", [".csv", ".tsv"])
def test_a_table_named_as_one_is_a_table(tmp_path, suffix):
    path = tmp_path / f"tasks{suffix}"
    path.write_bytes("序号\t工作任务\t牵头单位\n".encode("utf-8"))
    assert sniff_format(path) == "csv"


@pytest.mark.parametrize("name, data, message", [
    ("scan.gif", b"GIF89a\x01\x00", "a GIF image, not a document"),
    ("scan.tif", b"II*\x00\x08\x00", "a TIFF image, not a document"),
    ("scan.tiff", b"MM\x00*\x00\x00", "a TIFF image, not a document"),
    ("scan.bmp", b"BM6\x00\x00\x00", "a BMP image, not a document"),
    ("files.7z", b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive, not a document; unpack it first"),
    ("files.tar.gz", b"\x1f\x8b\x08\x00", "a gzip archive, not a document; unpack it first"),
])
def test_every_image_and_archive_signature_is_refused(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(CorpusError, match=message):
        sniff_format(path)


def test_every_format_with_a_reader_is_described():
    """``FORMATS`` (what the command line and the README list) names exactly the formats a reader
    exists for."""
    from analysis.ingest import FORMATS, READERS

    assert set(FORMATS) == set(READERS)
