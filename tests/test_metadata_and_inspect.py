"""The metadata table (each value with its source), `python -m analysis inspect`, the real-world
scorer, and the conventions met in real documents that tests/test_conventions.py does not cover
(tests/data/synthetic/conventions/c14–c19, invented texts; expected values written by reading them)."""
import json
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pandas as pd

from analysis.cli import main
from analysis.parse.corpus import read_document
from analysis.parse.extract import find_citations
from analysis.parse.metadata import canonical_number, parse_written_date, read_metadata
from analysis.io.tables import PROJECT_ROOT, build_corpus
from conftest import RAW, SHIPPED_MANIFEST, shipped_corpus

CONVENTIONS = Path(__file__).parent / "data" / "synthetic" / "conventions"
SCORER = Path(__file__).parent / "realworld" / "score.py"


@lru_cache(maxsize=None)
def _corpus(name: str):
    return build_corpus([read_document(CONVENTIONS / f"{name}.txt", meta=None)])


def _rows(frame, columns):
    return [tuple(None if v is None or v is pd.NA or v != v else v for v in r)
            for r in frame[columns].astype(object).itertuples(index=False)]


def _meta(corpus):
    return corpus.metadata.set_index("field")


# -- the metadata table -------------------------------------------------------------

def test_metadata_table_keeps_the_manifest_value_and_what_the_text_says():
    corpus = shipped_corpus()
    henan = corpus.metadata[corpus.metadata.doc_id == "henan_2021_plan"].set_index("field")
    assert (henan.loc["issue_date", "value"], henan.loc["issue_date", "source"]) == ("2021-08-14", "manifest")
    # the text's own signature date of the cover notice, on line 9 of the file
    assert (henan.loc["issue_date", "text_value"], henan.loc["issue_date", "line"]) == ("2021-08-14", 9)
    # the page's 发布时间 line (line 2) is the publication date, never the issue date
    assert (henan.loc["published_date", "text_value"], henan.loc["published_date", "line"]) == ("2021-08-24", 2)
    assert "page publication" in henan.loc["published_date", "rule"]
    assert henan.loc["doc_number", "text_value"] == "豫交明电51"


def test_metadata_table_of_an_unlisted_document_names_rule_and_line():
    meta = _meta(_corpus("c19_field_date_differs_from_signature"))
    assert (meta.loc["issuer", "value"], meta.loc["issuer", "source"]) == ("某县人民政府办公室", "text")
    assert meta.loc["doc_number", "value"] == "某政办发〔2024〕5号"
    assert meta.loc["level", "value"] == "county"
    # no period is written: the field is empty and says so
    assert (meta.loc["period_start", "value"], meta.loc["period_start", "source"]) == ("", "")


def test_signature_date_wins_over_a_page_issue_date_field():
    """c19: 发文日期 2024年06月03日 in the page's field block, the cover signed 2024年5月20日."""
    meta = _meta(_corpus("c19_field_date_differs_from_signature"))
    assert meta.loc["issue_date", "value"] == "2024-05-20"
    assert meta.loc["issue_date", "line"] == 6


# -- conventions met in real documents ---------------------------------------------------

def test_flattened_task_table_rows_are_tasks_with_their_unit_column():
    """序号 工 作 任 务 牵头负责部门, then `1 task unit` rows (a blank line between rows)."""
    corpus = _corpus("c14_task_table_flattened")
    assert _rows(corpus.tasks, ["task_no", "title"]) == [
        ("1", "全省执法人员轮训覆盖率达到100%"), ("2", "建成执法综合管理信息平台"), ("3", "推行轻微违法行为免罚清单")]
    assert _rows(corpus.units, ["task_seq", "unit", "role"]) == [
        (1, "省交通运输厅", "lead"), (2, "省大数据局", "lead"), (3, "省司法厅", "lead")]
    # the notice's points before the table are not tasks, and nothing is left unplaced
    assert set(corpus.warnings.kind) == {"not_in_manifest"}
    assert _meta(corpus).loc["title", "value"] == "2022年交通运输执法重点任务分工"


def test_report_items_written_yishi_erishi_are_its_tasks():
    corpus = _corpus("c15_report_yishi_items")
    assert _rows(corpus.tasks, ["task_no", "title"]) == [
        ("一是", "执法队伍建设持续加强"), ("二是", "路面执法秩序明显好转"), ("三是", "服务企业水平不断提升")]
    assert corpus.documents.loc[0, "kind"] == "report"
    # 二、存在的问题 is not work done
    assert _rows(corpus.sections[corpus.sections.subsection.isna()], ["section", "kind"]) == [
        ("一", "tasks"), ("二", "closing")]


def test_standing_note_units_join_every_later_task():
    """〔…，以下均需各市（州）人民政府落实，不再列出〕: the units of later tasks include them."""
    corpus = _corpus("c16_standing_note")
    assert _rows(corpus.units, ["task_seq", "unit", "role", "via_alias"]) == [
        (1, "省司法厅", "responsible", None), (1, "省直各部门（单位）", "responsible", None),
        (2, "省市场监管局", "lead", None), (2, "省直有关部门", "responsible", None),
        (2, "各市（州）人民政府", "responsible", "以下均需…落实"),
        (3, "省司法厅", "responsible", None), (3, "各市（州）人民政府", "responsible", "以下均需…落实")]


def test_news_item_headline_kind_and_level_from_its_lead():
    corpus = _corpus("c17_news_item")
    meta = _meta(corpus)
    assert meta.loc["title", "value"] == "某市召开全市交通运输执法工作会议"  # the 【…】 tag removed
    assert meta.loc["kind", "value"] == "other"
    assert meta.loc["level", "value"] == "municipal"  # 全市 in the opening paragraph
    assert corpus.tasks.empty and "no_tasks" in set(corpus.warnings.kind)


def test_a_heading_cut_off_at_the_end_of_an_excerpt_is_no_task():
    corpus = _corpus("c18_excerpt_cut_after_heading")
    assert _rows(corpus.tasks, ["task_no", "title"]) == [("（一）", "健全依法决策机制")]
    (warning,) = corpus.warnings[corpus.warnings.kind == "empty_item"].itertuples()
    assert warning.message.startswith("line 5:")


def test_written_dates_and_numbers():
    assert parse_written_date("二〇二一年三月八日") == "2021-03-08"
    assert parse_written_date("二〇二三年十二月三十一日") == "2023-12-31"
    assert parse_written_date("20191118", whole_line=True) == "2019-11-18"
    assert parse_written_date("20191118") is None  # a bare number in a sentence is not a date
    assert parse_written_date("2021年2月30日") is None
    assert canonical_number("朝交发 [2022] 97号") == "朝交发〔2022〕97号"
    # a citation whose closing bracket was lost in copying, and small brackets ﹝﹞
    assert [c.number for c in find_citations("按照交办法〔20215号和交办运﹝2018﹞74号要求")] == [
        "交办法〔20215号", "交办运﹝2018﹞74号"]


def test_period_forms_and_title_clean_up():
    def period(title):
        fields = read_metadata(f"{title}\n一、总体要求\n正文。")
        return fields["period_start"].value, fields["period_end"].value, fields["title"].value

    assert period("某省交通运输综合执法“十四五”规划") == ("2021", "2025", "某省交通运输综合执法“十四五”规划")
    assert period("某县2022年度工作总结暨2023年度工作计划")[:2] == ("2022", "2023")
    # a plan implementing another's five-year plan does not take its period
    assert "period_start" not in read_metadata("某省贯彻落实《促进发展“十三五”规划》工作方案\n一、总体要求\n正文。")
    fields = read_metadata("第1篇 某区交通运输执法工作方案（最新）\n一、总体要求\n正文。")
    assert fields["title"].value == "某区交通运输执法工作方案"  # an essay site's numbering and web note removed


# -- inspect ------------------------------------------------------------------------

def test_inspect_prints_metadata_sources_outline_units_and_warnings(capsys):
    assert main(["inspect", str(CONVENTIONS / "c13_responsibility_forms.txt")]) == 0
    out = capsys.readouterr().out
    assert "title          某市交通运输局交通运输执法领域突出问题专项整治实施方案  [text, medium confidence]" in out
    assert "← line 1: title line in the front matter" in out
    assert "  一、重点任务  [tasks]" in out
    assert "    4 完善执法监督机制" in out
    assert "units: 局法规科 (lead), 局执法监督科 (responsible)" in out
    assert "  二、保障措施  [closing]" in out
    assert "Warnings (" in out and "not_in_manifest" in out


def test_inspect_uses_the_manifest_row_of_a_listed_file(capsys):
    assert main(["inspect", str(RAW / "2024_xining_plan.txt"), "--manifest", str(SHIPPED_MANIFEST)]) == 0
    out = capsys.readouterr().out
    assert "(doc_id xining_2024_plan; 29 tasks" in out
    assert "issue_date     2024-03-27  [manifest]" in out


def test_inspect_shows_the_line_of_readings_from_removed_lines(capsys):
    """The level read from the issuer a sharing page's wrapper line named (the line is removed as page
    furniture) shows that line, as the title read from it does; a town's 发布机构 field (removed, and
    refused as the issuer) shows its line. No reading shows an empty line number."""
    assert main(["inspect", str(CONVENTIONS / "c20_docshare_wrapper.txt")]) == 0
    out = capsys.readouterr().out
    assert "← line 1: issuer: unknown division ending in 县" in out
    assert "← line 1: organ the title opens with" in out
    assert "line :" not in out
    assert main(["inspect", str(CONVENTIONS / "v08_town_reposts_a_county_plan.txt")]) == 0
    out = capsys.readouterr().out
    assert "← line 1: the page's publisher is a town below the title's county" in out
    assert "line :" not in out


def test_inspect_of_a_missing_file_is_a_one_line_error(capsys, tmp_path):
    assert main(["inspect", str(tmp_path / "nope.txt")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nope.txt" in err


# -- the real-world scorer ---------------------------------------------------------------

def test_scorer_counts_right_wrong_and_invented_facts(tmp_path):
    """score.py on one synthetic text with hand-recorded facts, one of them deliberately wrong."""
    texts, facts = tmp_path / "texts", tmp_path / "facts"
    texts.mkdir()
    facts.mkdir()
    (texts / "x.txt").write_bytes((CONVENTIONS / "c16_standing_note.txt").read_bytes())
    recorded = {
        "id": "x", "url": "", "query": "", "truncated": False, "conventions": [],
        "title": "某省2024年法治政府建设重点工作安排", "issuer": [], "issue_date": "", "level": "provincial",
        "kind": "plan", "period_start": "2024", "period_end": "2024", "doc_number": "",
        "tasks": [{"no": "（一）", "title": "开展行政执法事项清单动态调整工作", "deadlines": [],
                   "units": [{"unit": "省司法厅", "role": "responsible"}]},
                  {"no": "（二）", "title": "推进跨部门综合监管", "deadlines": [],
                   "units": [{"unit": "省市场监管局", "role": "supporting"}]}],  # wrong role on purpose
        "citations": [], "training": []}
    (facts / "x.json").write_text(json.dumps(recorded, ensure_ascii=False), encoding="utf-8")
    run = subprocess.run([sys.executable, str(SCORER), str(texts), "--facts", str(facts), "--details"],
                         capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert run.returncode == 0, run.stderr
    assert "unit 省市场监管局 (supporting) not found" in run.stdout
    assert "task （三） '规范涉企行政检查" in run.stdout and "invented" in run.stdout  # not recorded
    assert "units           1/2" in run.stdout
    assert "tasks           2/3" in run.stdout


def test_scorer_reads_a_published_file_through_the_ingest_readers(tmp_path):
    """A batch of files as published: ``<id>.html`` is read by the HTML reader, not skipped as textless."""
    texts, facts = tmp_path / "texts", tmp_path / "facts"
    texts.mkdir()
    facts.mkdir()
    body = (CONVENTIONS / "c16_standing_note.txt").read_text(encoding="utf-8")
    paragraphs = "".join(f"<p>{line}</p>" for line in body.splitlines() if line.strip())
    (texts / "y.html").write_text(f"<html><body><div>{paragraphs}</div></body></html>", encoding="utf-8")
    (texts / "z.pdf").write_bytes(b"")  # a second document without facts: ignored
    recorded = {
        "id": "y", "url": "", "query": "", "truncated": False, "conventions": [],
        "title": "某省2024年法治政府建设重点工作安排", "issuer": [], "issue_date": "", "level": "provincial",
        "kind": "plan", "period_start": "2024", "period_end": "2024", "doc_number": "",
        "tasks": [], "citations": [], "training": []}
    (facts / "y.json").write_text(json.dumps(recorded, ensure_ascii=False), encoding="utf-8")
    run = subprocess.run([sys.executable, str(SCORER), str(texts), "--facts", str(facts)],
                         capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert run.returncode == 0, run.stderr
    assert "1 documents scored, 0 without text, 0 crashed" in run.stdout
    assert "title           1/1" in run.stdout


def test_document_sharing_wrapper_names_the_document():
    """《X.docx》由会员分享…: the wrapper line is page furniture, and X is the title."""
    corpus = _corpus("c20_docshare_wrapper")
    meta = _meta(corpus)
    assert meta.loc["title", "value"] == "某县交通运输局2022年法治政府建设工作情况报告"
    assert meta.loc["title", "rule"] == "file name in a document-sharing wrapper"
    assert (meta.loc["kind", "value"], meta.loc["level", "value"]) == ("report", "county")
    assert list(corpus.repairs.kind) == ["page_furniture"]
    assert _rows(corpus.tasks, ["task_no", "title"]) == [("（一）", "健全法治建设责任体系"), ("（二）", "加强执法人员培训")]


def test_items_enumerated_in_running_text_are_the_tasks_of_a_text_without_numbering():
    corpus = _corpus("c21_news_inline_enumeration")
    assert _rows(corpus.tasks, ["task_no", "title"]) == [
        ("一是", "要强化政治学习"), ("二是", "要规范执法行为"), ("三是", "要加强安全保障")]
    assert corpus.tasks.loc[1, "text"] == "严格落实执法全过程记录制度；"
    assert "no_tasks" not in set(corpus.warnings.kind)


def test_a_generic_label_takes_the_roles_its_verbs_say():
    """部门分工：A牵头，B配合 (a line under the task; the second cut off after 牵头，)."""
    corpus = _corpus("c22_generic_label_roles")
    assert _rows(corpus.units, ["task_seq", "unit", "role"]) == [
        (1, "省交通运输综合执法局", "lead"), (1, "各市交通运输局", "supporting"), (2, "省交通运输厅规划处", "lead")]


def test_autonomous_divisions_are_found_by_the_short_form_documents_write():
    from analysis.parse.metadata import level_of_issuer

    assert level_of_issuer("海南州交通运输局")[:2] == ("municipal", "海南藏族自治州")  # region: the official name
    assert level_of_issuer("恩施州司法局")[0] == "municipal"
    assert level_of_issuer("本溪县交通运输局")[0] == "county"
    assert level_of_issuer("广西壮族自治区交通运输厅")[0] == "provincial"


def test_training_in_other_wordings():
    """课时 and 小时 are study hours, 年均 means a year, 每年不少于4次 a frequency; days are not hours."""
    corpus = _corpus("c23_training_wordings")
    assert _rows(corpus.training, ["task_seq", "audience", "hours_per_year", "times_per_year"]) == [
        (1, "领导班子成员", None, 4.0), (1, "执法人员", 32.0, None), (2, "执法人员", 40.0, None),
        (3, "执法人员", None, 4.0)]


def test_news_wrapper_byline_and_footer_are_removed_as_repairs():
    corpus = _corpus("c24_news_wrapper")
    assert _rows(corpus.repairs[corpus.repairs.kind != "space"], ["kind", "before"]) == [
        ("page_furniture", "（编辑：某某）\n"), ("page_furniture", "版权所有：某某网 京ICP备00000000号\n"),
        ("news_wrapper", "某某网6月3日讯（记者 某某 通讯员 某某）")]
    doc = corpus.parsed[0].document
    assert doc.text.splitlines()[1].startswith("近日，某市交通运输局召开")
    assert _meta(corpus).loc["kind", "value"] == "other"


def test_numbered_items_outside_task_sections_get_a_warning_naming_the_line():
    corpus = _corpus("c25_numbered_goals_only")
    assert corpus.tasks.empty
    (warning,) = corpus.warnings[corpus.warnings.kind == "no_tasks"].itertuples()
    assert warning.message.startswith("line 3: numbered items but no task: 1.坚持依法行政")
    assert "closing/goal" in warning.message
