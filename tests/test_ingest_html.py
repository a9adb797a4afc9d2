"""HTML pages (analysis/ingest/html.py): the synthetic plan as government CMS pages
(tests/data/formats/make_html.py) parses to the same tables as its clean text; each reading rule
on a page written for it."""
from pathlib import Path

import pytest

from analysis.parse.corpus import read_document, read_or_warn
from analysis.ingest import CorpusError, read_raw
from analysis.ingest.html import decode_html, read_html
from analysis.io.tables import document_rows
from ingest_facts import parsed_facts, plan_facts

HTML = Path(__file__).parent / "data" / "formats" / "html"
PAGES = ["plan_utf8.html", "plan_gbk.html", "plan_rowspan.html"]
#: the info box of every fixture page, as make_html.py writes it
INFO_BOX = {"索引号": "11330100MB0000000X/2024-00123", "主题分类": "民政、扶贫、救灾\\老龄工作",
            "发文机关": "某市人民政府办公室", "成文日期": "2024年03月15日",
            "标题": "某市人民政府办公室关于印发某市养老服务体系建设三年行动方案（2024—2026年）的通知",
            "发文字号": "某政办发〔2024〕12号", "发布日期": "2024年03月20日"}


@pytest.fixture(scope="module")
def reference():
    return plan_facts()


@pytest.mark.parametrize("name", PAGES)
def test_a_cms_page_of_the_plan_parses_to_the_tables_of_its_clean_text(name, reference):
    # tasks, clauses, units with roles, deadlines and metadata — nothing the page format cannot carry is missing
    facts = parsed_facts(HTML / name)
    for table in ("tasks", "clauses", "units", "deadlines", "metadata"):
        assert facts[table] == reference[table], table


@pytest.mark.parametrize("name", PAGES)
def test_the_info_box_is_kept_as_fields_and_as_label_lines_at_the_top(name):
    raw = read_raw(HTML / name)
    assert raw.fields == INFO_BOX
    assert raw.lines[:7] == [f"{k}：{v}" for k, v in INFO_BOX.items()]
    assert all(w.endswith("(info box)") for w in raw.where[:7])
    # nothing of the page around the document: navigation, breadcrumbs, controls, related links, footer
    text = raw.text
    for furniture in ("您当前的位置", "走进某市", "分享到", "打印本页", "相关链接", "某市召开养老服务工作推进会",
                      "版权所有", "ICP备", "浏览次数"):
        assert furniture not in text, furniture


def test_the_publication_date_of_the_info_box_is_not_taken_for_the_issue_date():
    doc = read_document(HTML / "plan_utf8.html")
    assert doc.meta["issue_date"] == "2024-03-15"  # the signature date (and the box's 成文日期)
    assert doc.meta["metadata_fields"]["published_date"].value == "2024-03-20"
    # the field lines are page furniture for the normalizer: gone from the text, kept as repairs
    assert "索引号" not in doc.text and "发布日期" not in doc.text
    removed = [r.before for r in doc.repairs if r.kind == "page_furniture"]
    assert any(b.startswith("索引号：") for b in removed)


def test_each_line_and_each_task_points_to_its_element_of_the_page():
    doc = read_document(HTML / "plan_utf8.html", doc_id="p")
    rows, _ = document_rows(doc)
    where = {(section, no): prov for _, _, section, _, no, _, _, prov in rows["tasks"]}
    # task 4 is the 16th <p> of the page (make_html.py writes the body as <p> 1 … <p> 23)
    assert where[("二", "4")] == "<p> 16"
    # the attachment's task 3 is row 4 of the page's 2nd <table> (the info box table is the 1st)
    assert where[("附件", "3")] == "table 2 row 4"
    raw = read_raw(HTML / "plan_utf8.html")
    assert raw.where[raw.lines.index(raw.fields["标题"])] == "<h1> 1"


def test_a_task_table_merged_over_rows_and_columns_reads_every_spanned_cell():
    raw = read_raw(HTML / "plan_rowspan.html")
    table = raw.tables[0]
    assert table.rows[0] == ["序号", "重点任务", "具体措施", "责任单位", "责任单位", "完成时限"]
    assert table.rows[1] == ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"]
    assert [r[1] for r in table.rows[2:]] == ["发展智慧养老", "发展智慧养老", "培育养老服务产业", "培育养老服务产业",
                                              "强化人才支撑"]
    assert table.row_where[3] == "table 1 row 4"
    doc = read_document(HTML / "plan_rowspan.html", doc_id="p")
    rows, _ = document_rows(doc)
    assert ("p", 9, 1, "市发展改革委", None, "lead") in rows["units"]
    assert ("p", 9, 1, "市财政局", None, "supporting") in rows["units"]


def test_a_declared_gb2312_page_is_read_as_gb18030_without_a_warning():
    raw = read_raw(HTML / "plan_gbk.html")
    assert raw.encoding == "gb18030" and not raw.warnings
    assert "某市养老服务体系建设三年行动方案（2024—2026年）" in raw.lines


def test_an_undeclared_gbk_page_is_detected_and_warned_about(tmp_path):
    data = (HTML / "plan_gbk.html").read_bytes()
    undeclared = tmp_path / "page.html"
    undeclared.write_bytes(data.replace(b'<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', b""))
    raw = read_raw(undeclared)
    assert raw.lines == read_raw(HTML / "plan_gbk.html").lines
    assert raw.encoding == "gb18030"
    assert [k for k, _ in raw.warnings] == ["encoding"] and "page.html" in raw.warnings[0][1]


def test_a_page_declaring_utf8_but_written_in_gbk_is_read_and_the_mismatch_warned():
    data = "<html><head><meta charset='utf-8'></head><body><div><p>各区县人民政府要加强养老服务体系建设工作。</p></div></body></html>"
    text, encoding, warnings = decode_html(data.encode("gbk"), "x.html")
    assert "各区县人民政府要加强养老服务体系建设工作" in text and encoding == "gb18030"
    assert any("declares charset utf-8" in m for _, m in warnings)


def test_a_page_that_only_links_its_attachments_is_a_warning_naming_them():
    doc = read_or_warn(HTML / "links_only.html", None, "links_only")
    [warning] = [w for w in doc.warnings if w.kind == "page_links_only"]
    assert "links_only.html" in warning.message and "\n" not in warning.message
    assert "P020240320512345678901.pdf" in warning.message and "P020240320512345678902.ofd" in warning.message
    raw = read_raw(HTML / "links_only.html")
    assert raw.lines[-2:] == [
        "附件：某市人民政府办公室关于印发某市养老服务体系建设三年行动方案（2024—2026年）的通知.pdf "
        "(/module/download/P020240320512345678901.pdf)",
        "附件：某市养老服务体系建设三年行动方案（2024—2026年）.ofd (/module/download/P020240320512345678902.ofd)"]


def test_a_page_without_main_text_is_one_line_naming_the_file():
    with pytest.raises(CorpusError) as err:
        read_raw(HTML / "no_text.html")
    assert str(err.value).startswith(str(HTML / "no_text.html")) and "no main text" in str(err.value)
    assert "\n" not in str(err.value)
    doc = read_or_warn(HTML / "no_text.html", None, "no_text")
    assert doc.format == "unreadable" and doc.warnings[0].kind == "unreadable"


# -- each reading rule on a page of its own ------------------------------------------------------
ARTICLE = ("<p>为加快推进某项工作，现就有关事项通知如下。</p><p>一、加强组织领导，各单位要高度重视，明确责任分工。</p>"
           "<p>二、强化督促检查，确保各项任务按期完成，不断提高工作质量和效率。</p>")


def _page(tmp_path, body: str, name: str = "p.html") -> Path:
    nav = "".join(f"<li><a href='/{i}/'>栏目{i}</a></li>" for i in range(8))
    page = (f"<html><head><meta charset='utf-8'><title>关于做好某项工作的通知_某县人民政府</title></head><body>"
            f"<ul class='nav'>{nav}</ul><div class='main'><h1>关于做好某项工作的通知</h1>"
            f"<div class='content'>{body}</div></div><div class='footer'><p>版权所有 某县人民政府</p></div></body></html>")
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    return path


def test_br_breaks_a_paragraph_into_lines_of_the_same_element(tmp_path):
    raw = read_html(_page(tmp_path, ARTICLE + "<p>某县人民政府办公室<br>2024年5月6日</p>"))
    i = raw.lines.index("某县人民政府办公室")
    assert raw.lines[i + 1] == "2024年5月6日" and raw.where[i] == raw.where[i + 1] == "<p> 4"  # the 4th <p> of the page


def test_hidden_and_script_text_is_not_read(tmp_path):
    raw = read_html(_page(tmp_path, ARTICLE + "<p style='display:none'>隐藏的统计代码文字内容</p>"
                                              "<script>var s = '脚本里的文字';</script>"))
    assert "隐藏的统计代码文字内容" not in raw.text and "脚本里的文字" not in raw.text


def test_a_layout_table_of_one_column_is_read_as_its_paragraphs(tmp_path):
    raw = read_html(_page(tmp_path, f"<table><tr><td>{ARTICLE}</td></tr></table>"))
    assert "一、加强组织领导，各单位要高度重视，明确责任分工。" in raw.lines
    assert not raw.tables


def test_a_data_table_that_is_no_task_table_becomes_cell_rows(tmp_path):
    table = ("<table><tr><th>序号</th><th>项目名称</th><th>建设地点</th></tr>"
             "<tr><td>1</td><td>某某路改造工程</td><td>某镇</td></tr></table>")
    raw = read_html(_page(tmp_path, ARTICLE + table))
    assert raw.lines[-2:] == ["| 序号 | 项目名称 | 建设地点 |", "| 1 | 某某路改造工程 | 某镇 |"]
    assert raw.where[-1] == "table 1 row 2"


def test_info_box_fields_in_label_and_value_elements_of_one_paragraph(tmp_path):
    box = "<div class='info'><p><b>发文机关：</b>某县人民政府办公室</p><p><b>成文日期：</b>2024年05月06日</p></div>"
    path = _page(tmp_path, ARTICLE)
    path.write_text(path.read_text(encoding="utf-8").replace("<div class='main'>", box + "<div class='main'>"),
                    encoding="utf-8")
    raw = read_html(path)
    assert raw.fields == {"发文机关": "某县人民政府办公室", "成文日期": "2024年05月06日"}
    assert raw.lines[:2] == ["发文机关：某县人民政府办公室", "成文日期：2024年05月06日"]


def test_one_label_line_alone_is_text_not_an_info_box(tmp_path):
    raw = read_html(_page(tmp_path, "<p>发布日期：2024年05月06日</p>" + ARTICLE))
    assert raw.fields == {} and "发布日期：2024年05月06日" in raw.lines


def test_a_page_with_text_that_links_an_attachment_warns_that_the_attachment_is_not_read(tmp_path):
    raw = read_html(_page(tmp_path, ARTICLE + "<p>附件：<a href='/files/任务分工表.xlsx'>任务分工表.xlsx</a></p>"))
    assert [k for k, _ in raw.warnings] == ["page_attachments"] and "任务分工表.xlsx" in raw.warnings[0][1]


def test_the_page_title_goes_first_when_the_article_container_does_not_hold_it(tmp_path):
    raw = read_html(_page(tmp_path, ARTICLE))
    assert raw.lines[0] == "关于做好某项工作的通知" and raw.where[0] == "<h1> 1"


def test_a_page_inside_a_form_element_is_read(tmp_path):
    # ASP.NET WebForms sites wrap the whole page in one <form>
    path = _page(tmp_path, ARTICLE)
    html = path.read_text(encoding="utf-8").replace("<body>", "<body><form id='form1'>").replace("</body>",
                                                                                                 "</form></body>")
    path.write_text(html, encoding="utf-8")
    assert "一、加强组织领导，各单位要高度重视，明确责任分工。" in read_html(path).lines
