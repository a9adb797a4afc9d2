"""The rules' line labels, the learned line classifier and its second opinion (issue 15, item 4).

Every text here is invented; the expected labels were assigned by reading each line against the
label definitions (tests/realworld/dev2_labels, GATHER_GUIDE): a cover notice line is a title line, a
文号 line doc_number, the organ above the signature date issuer, ``一、`` heading_1, ``（一）`` over
``1.`` tasks heading_2, ``1.`` over ``（1）`` tasks heading_3, a task's further paragraph clause, a line
that only names units unit_note, one that only states a deadline deadline_note, a page's field
box furniture, anything else other.
"""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

from analysis.parse.corpus import read_document
from analysis.parse.line_classifier import (MODEL_PATH, RULES_MODEL_PATH, LineClassifier, agrees_with_title,
                                            classify_lines, disagreements, line_features, load_model, nonblank_lines,
                                            second_opinion_warnings)
from analysis.parse.line_eval import downstream_scores, label_scores, read_labels, LabelledDoc
from analysis.parse.line_labels import LINE_LABELS, metadata_lines, rule_labels
from analysis.parse.structure import parse_document

ROOT = Path(__file__).resolve().parents[1]

PLAN = """来源：某市人民政府网 发布时间：2024-03-02 浏览次数：120
某市农业农村局关于印发《某市高标准农田建设实施方案》的通知
某农发〔2024〕7号
各县（区）农业农村局：
现将《某市高标准农田建设实施方案》印发给你们，请认真贯彻落实。
某市农业农村局
2024年3月1日
某市高标准农田建设实施方案
为加快推进高标准农田建设，提高粮食综合生产能力，结合本市实际，制定本方案。
一、工作目标
到2025年，全市累计建成高标准农田50万亩，亩均粮食产能提高100斤以上。
二、重点任务
（一）完善农田基础设施
1.开展土地平整。对零散田块进行归并整理，提高耕地连片程度。
按照统一标准推进田间道路建设，方便农机通行。
牵头单位：市农业农村局；配合单位：市财政局
2.建设灌排设施。新建和改造灌溉渠道，完善排水沟渠。
（完成时限：2024年12月底前）
三、保障措施
各地要加强组织领导，落实工作责任，确保各项任务按期完成。
"""
PLAN_LABELS = ["furniture", "title", "doc_number", "other", "other", "issuer", "date", "title", "other",
               "heading_1", "other", "heading_1", "heading_2", "task", "clause", "unit_note", "task",
               "deadline_note", "heading_1", "other", ""]

SUBITEMS = """某县卫生健康局2024年基层医疗服务能力提升工作方案
一、主要任务
1.加强基层人员培训
（1）每年组织乡村医生集中培训不少于两次。
（2）推动县级医院医生下沉乡镇卫生院坐诊。
2.改善基层设施条件
（1）完成5个村卫生室标准化改造；改善诊疗环境
和候诊条件。
（2）为乡镇卫生院配备必要的检查设备。
"""

# a document-sharing page: its controls printed above the title
SHARED_PAGE = """VIP专享
2024-05-06
18 页
下载
举报
某县2024年农业农村工作要点
2024年是实施“十四五”规划的关键一年，全县农业农村工作要坚持稳中求进，全面推进乡村振兴，加快建设农业强县。
一、稳定粮食生产
1.落实粮食播种面积。全年粮食播种面积稳定在60万亩以上。
2.推进高标准农田建设。新建高标准农田3万亩。
"""


def _title_read_from(doc, lines: list[str]) -> None:
    """Make the document's title the reading a title rule gives when it wraps ``lines`` (consecutive
    kept lines of the page) into one title, as a rule did before it knew a page's controls: the
    second opinion is tested on a wrong reading whatever the rules of the day read."""
    from analysis.parse.metadata import Field

    offset = doc.text.rfind("\n", 0, doc.text.index(lines[0].replace(" ", ""))) + 1
    value = "".join(x.replace(" ", "") for x in lines)
    doc.meta["metadata_fields"]["title"] = Field(value, "title line in the front matter", " ".join(lines), offset)
    doc.meta["title"] = value


def _parse(tmp_path: Path, text: str, name: str = "doc"):
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, meta=None)
    return doc, parse_document(doc)


# -- the rules' decision per line ------------------------------------------------------------------

def test_rule_labels_of_an_invented_plan_give_each_line_its_label(tmp_path):
    doc, parsed = _parse(tmp_path, PLAN)
    assert rule_labels(doc, parsed) == PLAN_LABELS


def test_rule_labels_numbered_headings_over_subitem_tasks_and_a_wrapped_task_line(tmp_path):
    """1. heads （1） tasks: heading_3; a task's heading wrapped onto the next line: that line is clause."""
    doc, parsed = _parse(tmp_path, SUBITEMS)
    assert rule_labels(doc, parsed) == ["title", "heading_1", "heading_3", "task", "task", "heading_3", "task",
                                        "clause", "task", ""]


def test_rule_labels_a_repeated_title_line_is_a_title_line(tmp_path):
    """A web page prints the title twice; the normalizer drops the repeat, which keeps the title label."""
    text = ("某县2024年义务教育优质均衡发展实施方案\n发布时间：2024-04-01\n某县2024年义务教育优质均衡发展实施方案\n"
            "一、主要任务\n1.新建一所九年一贯制学校。年内完成主体工程。\n")
    doc, parsed = _parse(tmp_path, text)
    assert any(r.kind == "duplicate_line" for r in doc.repairs)
    assert rule_labels(doc, parsed)[:4] == ["title", "furniture", "title", "heading_1"]


def test_rule_labels_a_field_read_from_a_removed_page_line_takes_the_field_label(tmp_path):
    """发文字号 in a page's field box: the normalizer removes the line, the 文号 is read from it."""
    text = ("索引号：A00-2024-01\n发文字号：某环发〔2024〕12号\n某县农村生活污水治理工作方案\n"
            "一、治理任务\n1.完成10个行政村污水管网建设。\n")
    doc, parsed = _parse(tmp_path, text)
    assert doc.meta["metadata_fields"]["doc_number"].value == "某环发〔2024〕12号"
    assert rule_labels(doc, parsed)[:3] == ["furniture", "doc_number", "title"]


def test_rule_labels_joint_issuers_signing_on_two_lines_are_both_issuer_lines(tmp_path):
    text = ("关于印发某县学生营养改善计划实施方案的通知\n各乡镇中心学校：\n"
            "现将《某县学生营养改善计划实施方案》印发给你们，请认真执行。\n某县教育局\n某县财政局\n2024年6月1日\n"
            "某县学生营养改善计划实施方案\n一、实施范围\n1.全县农村义务教育学校全部纳入。\n")
    doc, parsed = _parse(tmp_path, text)
    assert doc.meta["metadata_fields"]["issuer"].value == "某县教育局、某县财政局"
    assert rule_labels(doc, parsed)[:8] == ["title", "other", "other", "issuer", "issuer", "date", "title",
                                            "heading_1"]


def test_rule_labels_an_organ_above_its_cover_notice_is_the_issuer_line(tmp_path):
    """某县人民政府办公室 ⏎ 关于印发…的通知: the organ line is the issuer, the notice a title line."""
    text = ("某县人民政府办公室\n关于印发某县农村人居环境整治工作方案的通知\n各乡镇人民政府：\n"
            "现将《某县农村人居环境整治工作方案》印发给你们，请认真贯彻执行。\n某县农村人居环境整治工作方案\n"
            "一、整治任务\n1.开展村庄清洁行动。\n")
    doc, parsed = _parse(tmp_path, text)
    assert doc.meta["metadata_fields"]["issuer"].rule.startswith("X关于印发")
    assert rule_labels(doc, parsed)[:7] == ["issuer", "title", "other", "other", "title", "heading_1", "task"]


def test_metadata_lines_name_the_lines_a_title_was_read_from(tmp_path):
    doc, _ = _parse(tmp_path, SHARED_PAGE)
    assert metadata_lines(doc, "title") == [6]
    _title_read_from(doc, ["2024-05-06", "下载", "某县2024年农业农村工作要点"])
    assert metadata_lines(doc, "title") == [2, 4, 6]  # the lines 18 页 and 举报 between are page furniture
    assert metadata_lines(doc, "issuer") == []


# -- line features ---------------------------------------------------------------------------------

@pytest.mark.parametrize("line, feature", [
    ("一、总体要求", "num=cn_dun"), ("（二）强化监督", "num=cn_paren"), ("3.完善制度。", "num=num_dot"),
    ("（１）修订办法", "num=num_paren"), ("二是加强培训", "num=cn_shi"), ("第三章 监督管理", "num=chapter"),
    ("牵头单位：市财政局", "kw=unit_label"), ("完成时限：2024年底前", "kw=deadline"),
    ("浏览次数：35", "kw=furniture"), ("某县2023年工作總結", "title_end"), ("二〇二四年三月一日", "date_only"),
    ("某政办发〔2024〕5号", "doc_number_only"), ("（市教育局负责）", "paren_line"),
])
def test_line_features_name_what_a_reader_sees(line, feature):
    assert feature in line_features(line)


def test_nonblank_lines_number_lines_from_one_and_skip_blank_ones():
    assert nonblank_lines("甲\n\n  \n乙\n") == [(1, "甲"), (4, "乙")]


# -- training -------------------------------------------------------------------------------------

def _synthetic_set(n: int = 12):
    """Invented documents built from one outline with varied wording, and their line labels."""
    docs, labels = [], []
    for k in range(n):
        lines = [f"来源：某{k}县政府网 发布时间：2024-0{k % 9 + 1}-01", f"某县第{k}项民生工作实施方案",
                 "一、总体要求", "坚持问题导向，统筹推进各项工作。", "二、重点任务",
                 f"1.推进第{k}项改革。加强组织协调，按期完成。", "牵头单位：县发改委"]
        tags = ["furniture", "title", "heading_1", "other", "heading_1", "task", "unit_note"]
        if k % 2:
            lines += [f"2.开展第{k}轮专项检查。", "各乡镇要制定检查计划。"]
            tags += ["task", "clause"]
        lines += ["三、保障措施", "加强组织领导。", "某县人民政府", f"2024年{k % 12 + 1}月8日"]
        tags += ["heading_1", "other", "issuer", "date"]
        docs.append(lines)
        labels.append(tags)
    return docs, labels


def test_training_twice_gives_the_same_model_bytes_and_other_settings_other_bytes():
    docs, labels = _synthetic_set()
    first = LineClassifier().fit(docs, labels).model_bytes
    second = LineClassifier().fit(docs, labels).model_bytes
    assert first == second
    assert LineClassifier(c2=1.0).fit(docs, labels).model_bytes != first
    with_rules = [LineClassifier(use_rules=True).fit(docs, labels, rules=labels).model_bytes for _ in range(2)]
    assert with_rules[0] == with_rules[1] != first


def test_a_saved_model_loads_and_says_whether_it_reads_the_rules(tmp_path):
    docs, labels = _synthetic_set()
    plain = LineClassifier().fit(docs, labels)
    loaded = load_model(plain.save(tmp_path / "plain.crfsuite"))
    assert not loaded.use_rules
    assert loaded.predict(docs[:2]) == plain.predict(docs[:2])
    assert loaded.predict(docs[:1])[0][:3] == ["furniture", "title", "heading_1"]
    ruled = load_model(LineClassifier(use_rules=True).fit(docs, labels, rules=labels).save(tmp_path / "r.crfsuite"))
    assert ruled.use_rules
    with pytest.raises(ValueError, match="rules="):
        ruled.predict(docs[:1])


def test_load_model_names_a_missing_file(tmp_path):
    with pytest.raises(FileNotFoundError, match="nothing.crfsuite"):
        load_model(tmp_path / "nothing.crfsuite")


# -- the shipped models ----------------------------------------------------------------------------

def test_shipped_models_are_small_and_load():
    for path in (MODEL_PATH, RULES_MODEL_PATH):
        assert path.is_file() and path.stat().st_size < 200_000
    assert not load_model(MODEL_PATH).use_rules
    assert load_model(RULES_MODEL_PATH).use_rules
    assert set(load_model(MODEL_PATH).labels) <= set(LINE_LABELS)


def test_shipped_model_classifies_an_invented_plans_lines(tmp_path):
    """The lines a title, 文号, organ and date are read from, the page's box, the first headings and the
    tasks; the closing section's heading and text after the tasks it may take for task lines (one
    reason the rules keep the tasks, docs/line_classifier.md), so the whole page is held to 15 of 20."""
    got = classify_lines(PLAN, load_model(MODEL_PATH))
    for line_no in (1, 2, 3, 6, 7, 8, 10, 12, 13, 14, 16, 17):
        assert got[line_no - 1] == PLAN_LABELS[line_no - 1], (line_no, got[line_no - 1])
    assert sum(g == x for g, x in zip(PLAN_LABELS[:-1], got[:-1])) >= 15
    assert got[-1] == ""  # the blank line after the last newline


# -- the second opinion ----------------------------------------------------------------------------

def test_second_opinion_flags_a_title_wrapped_with_page_controls(tmp_path):
    doc, parsed = _parse(tmp_path, SHARED_PAGE)
    assert second_opinion_warnings(doc, parsed) == []  # the title read is right: no doubt
    _title_read_from(doc, ["2024-05-06", "下载", "某县2024年农业农村工作要点"])
    warnings = second_opinion_warnings(doc, parsed)
    assert [w.kind for w in warnings] == ["metadata_uncertain"]
    message = warnings[0].message
    assert message.startswith("title:") and "line 4 「下载」 the rules read as title line" in message
    assert warnings[0].position == doc.source.index("2024-05-06")
    # a manifest's title stands: no doubt about it
    doc.meta["metadata_source"] = "manifest"
    assert second_opinion_warnings(doc, parsed) == []


def test_second_opinion_agrees_with_a_right_title(tmp_path):
    doc, parsed = _parse(tmp_path, PLAN)
    assert doc.meta["title"] == "某市高标准农田建设实施方案"
    assert second_opinion_warnings(doc, parsed) == []


def test_second_opinion_on_the_title_reads_only_the_head(tmp_path):
    """An attachment's own title below the body is no doubt about the document's title."""
    doc, parsed = _parse(tmp_path, PLAN + "附件\n某县高标准农田建设项目实施计划（2024—2025年）\n")
    assert classify_lines(doc.source, load_model(MODEL_PATH))[21] == "title"  # line 22, read alone
    assert second_opinion_warnings(doc, parsed) == []


def test_second_opinion_without_its_model_says_so(tmp_path, monkeypatch):
    import analysis.parse.line_classifier as lc

    monkeypatch.setattr(lc, "MODEL_PATH", tmp_path / "gone.crfsuite")
    lc._shipped.cache_clear()
    doc, parsed = _parse(tmp_path, SHARED_PAGE)
    try:
        warnings = second_opinion_warnings(doc, parsed)
    finally:
        lc._shipped.cache_clear()
    assert [w.kind for w in warnings] == ["second_opinion_unavailable"]
    assert "gone.crfsuite" in warnings[0].message


def test_second_opinion_in_the_corpus_tables(tmp_path):
    """The parse adds it to the warnings table of a document read from its text."""
    from analysis.io.tables import build_corpus

    doc, _ = _parse(tmp_path, SHARED_PAGE)
    _title_read_from(doc, ["2024-05-06", "下载", "某县2024年农业农村工作要点"])
    warnings = build_corpus([doc]).warnings
    assert "title: a second opinion differs" in " ".join(warnings.message)


def test_disagreements_need_the_models_confidence():
    lines = ["甲", "乙", "丙"]
    rules = ["title", "other", "task"]
    predicted = ["furniture", "title", "task"]
    marginals = [{"title": 0.2, "furniture": 0.8}, {"title": 0.65, "other": 0.35}, {"task": 0.9}]
    assert disagreements(lines, rules, predicted, marginals, 0.7) == {"title": [(0, "title", "furniture", 0.8)],
                                                                     "task": []}
    assert disagreements(lines, rules, predicted, marginals, 0.6)["title"] == [
        (0, "title", "furniture", 0.8), (1, "other", "title", 0.65)]
    # a line the rules' title was not read from (title_lines) is no doubt about it
    assert disagreements(lines, rules, predicted, marginals, 0.7, title_lines=[2])["title"] == []


def test_a_line_repeating_the_title_is_no_doubt_about_it():
    assert agrees_with_title("关于印发《某县河长制工作方案》的通知", "某县河长制工作方案")
    assert agrees_with_title("某县河长制 工作方案", "某县河长制工作方案")
    assert not agrees_with_title("某县湖长制工作方案", "某县河长制工作方案")


# -- evaluation -----------------------------------------------------------------------------------

def test_read_labels_names_the_file_and_line_of_a_bad_row(tmp_path):
    path = tmp_path / "x.tsv"
    path.write_text("1\ttitle\t某方案\n2\theading\t一、\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"x\.tsv:2"):
        read_labels(path)


def test_label_scores_by_hand():
    gold = ["title", "task", "task", "other"]
    got = ["title", "task", "other", "task"]
    s = label_scores(gold, got)
    assert s["title"] == (1.0, 1.0, 1.0, 1)
    assert s["task"][:3] == (0.5, 0.5, 0.5)
    assert s["accuracy"][0] == 0.5


def test_downstream_scores_by_hand():
    docs = [LabelledDoc("a", [1, 2, 3], ["x", "y", "z"], ["title", "task", "task"], ["title", "task", "other"]),
            LabelledDoc("b", [1, 2], ["x", "y"], ["title", "other"], ["furniture", "other"])]
    s = downstream_scores(docs, [d.rules for d in docs])
    assert s["title right"] == (1, 2)
    assert s["tasks exact"] == (0, 1)
    assert s["no invented tasks"] == (1, 1)


def test_compare_script_cross_validates_a_labelled_folder(tmp_path, capsys):
    """The script the lead runs on the held-out batches, here on a folder of invented documents."""
    texts, labels = tmp_path / "texts", tmp_path / "labels"
    texts.mkdir()
    labels.mkdir()
    docs, tags = _synthetic_set(6)
    for k, (lines, lab) in enumerate(zip(docs, tags)):
        (texts / f"s{k}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (labels / f"s{k}.tsv").write_text("".join(f"{n}\t{t}\t{line[:30]}\n" for n, (line, t)
                                                  in enumerate(zip(lines, lab), 1)), encoding="utf-8")
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import compare_line_classifier
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    assert compare_line_classifier.main([str(texts), str(labels), "--cv", "3"]) == 0
    out = capsys.readouterr().out
    assert "6 documents" in out and "rules P/R/F1" in out and "learned+rules P/R/F1" in out
    assert "title right" in out and "tasks exact" in out


def test_train_script_is_deterministic(tmp_path):
    """scripts/train_line_classifier.py writes the same bytes from the same labelled folder."""
    texts, labels = tmp_path / "texts", tmp_path / "labels"
    texts.mkdir()
    labels.mkdir()
    docs, tags = _synthetic_set(5)
    for k, (lines, lab) in enumerate(zip(docs, tags)):
        (texts / f"s{k}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (labels / f"s{k}.tsv").write_text("".join(f"{n}\t{t}\n" for n, t in enumerate(lab, 1)), encoding="utf-8")
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import train_line_classifier
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    hashes = []
    for run in ("a", "b"):
        out = tmp_path / run
        assert train_line_classifier.main(["--texts", str(texts), "--labels", str(labels), "--out", str(out)]) == 0
        hashes.append(sorted(hashlib.sha256(p.read_bytes()).hexdigest() for p in out.glob("*.crfsuite")))
    assert len(hashes[0]) == 2 and hashes[0] == hashes[1]


def test_read_labelled_skips_a_text_no_reader_takes(tmp_path):
    """A copied page that is only markup (no main text) is skipped with a warning naming it; the
    other labelled documents are still read."""
    from analysis.parse.line_eval import read_labelled

    texts, labels = tmp_path / "texts", tmp_path / "labels"
    texts.mkdir(), labels.mkdir()
    (texts / "junk.txt").write_text('<div id="a"></div>\n<span id="b"></span>\n<p id="c"></p>\n', encoding="utf-8")
    (labels / "junk.tsv").write_text("1\tfurniture\t<div\n2\tfurniture\t<span\n3\tfurniture\t<p\n", encoding="utf-8")
    (texts / "plan.txt").write_text("某县2024年普法工作方案\n一、工作任务\n", encoding="utf-8")
    (labels / "plan.tsv").write_text("1\ttitle\t某县\n2\theading_1\t一、\n", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"junk\.tsv: its text cannot be read"):
        docs = read_labelled(texts, labels)
    assert [d.doc_id for d in docs] == ["plan"]
