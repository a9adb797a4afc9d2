"""Tests of analysis.compare.lineage: edges from the manifest, citations and reuse; external nodes; siblings."""
from __future__ import annotations

from pathlib import Path

import pytest

from analysis.compare import lineage, reuse
from analysis.parse.corpus import read_corpus
from analysis.io.tables import build_corpus, load_corpus

ROOT = Path(__file__).resolve().parents[1]
RAW = Path(__file__).parent / "data" / "shipped" / "raw"  # fixture copies of the shipped texts
NATIONAL_2021 = "交办法〔2021〕5号"
QINGHAI = "青海省交通运输厅〈提升交通运输行政执法质量三年行动实施方案（2023—2025年）〉"


@pytest.fixture(scope="module")
def shipped(corpus):
    return lineage.build_lineage(corpus, reuse.compare(corpus))


def _edges(lin):
    return {(e.child, e.parent): e.evidence for e in lin.edges.itertuples()}


def test_shipped_edges_and_their_evidence(shipped):
    edges = _edges(shipped)
    # both 2021 provincial plans implement the ministry's 2021 plan: the manifest says so and the preambles cite it
    assert edges[("tianjin_2021_plan", NATIONAL_2021)] == "manifest+citation"
    assert edges[("henan_2021_plan", NATIONAL_2021)] == "manifest+citation"
    # Xining implements the Qinghai plan: the manifest names it in 《》, the preamble cites it with 〈〉
    assert edges[("xining_2024_plan", QINGHAI)] == "manifest+citation"
    # further documents the preambles cite
    assert edges[("tianjin_2021_plan", "中办发〔2018〕63号")] == "citation"
    assert edges[("henan_2021_plan", "交法发〔2021〕42号")] == "citation"
    assert ("xining_2024_plan", "青海省贯彻落实〈提升行政执法质量三年行动计划（2023—2025年）〉实施方案") in edges
    # the national 2024 plan and the report implement nothing in the corpus or cited before their tasks
    assert not any(c in ("national_2024_plan", "tianjin_2023_report") for c, _ in edges)
    # Tianjin and Henan reuse 63–67 % of each other's task text, but as siblings, not parent and child
    assert ("henan_2021_plan", "tianjin_2021_plan") not in edges
    assert ("tianjin_2021_plan", "henan_2021_plan") not in edges


def test_shipped_external_nodes(shipped):
    nodes = shipped.nodes.set_index("node")
    assert list(nodes.index[:5]) == ["tianjin_2021_plan", "henan_2021_plan", "national_2024_plan", "xining_2024_plan",
                                     "tianjin_2023_report"]
    national = nodes.loc[NATIONAL_2021]
    assert national["external"] and national["level"] == "national" and national["cited_by"] == 2
    # the title comes from the citation: the 关于印发…的通知 wrapper is taken off
    assert national["title"] == "交通运输综合行政执法队伍素质能力提升三年行动方案（2021-2023年）"
    assert nodes.loc[QINGHAI, "level"] == "provincial"
    # a rule cited inside a task (天津市交通运输行政执法案卷评查规定) is not a parent
    assert "天津市交通运输行政执法案卷评查规定" not in nodes.index
    assert not nodes.loc["national_2024_plan", "external"]


def test_shipped_siblings(shipped):
    s = shipped.siblings
    assert list(s.columns) == lineage.SIBLING_COLUMNS
    assert len(s) == 1
    row = s.iloc[0]
    assert (row["parent"], row["doc_a"], row["doc_b"]) == (NATIONAL_2021, "tianjin_2021_plan", "henan_2021_plan")
    assert 0.6 <= row["a_share"] <= 0.75 and 0.55 <= row["b_share"] <= 0.7


def test_without_a_manifest_the_citations_still_give_the_parent():
    bare = load_corpus(RAW, manifest=False)
    lin = lineage.build_lineage(bare, reuse.compare(bare))
    edges = _edges(lin)
    assert edges[("2021_tianjin_plan", NATIONAL_2021)] == "citation"
    assert edges[("2021_henan_plan", NATIONAL_2021)] == "citation"
    assert set(lin.siblings[["doc_a", "doc_b"]].itertuples(index=False, name=None)) == {
        ("2021_henan_plan", "2021_tianjin_plan")}


_PROVINCE = """甲省交通运输厅关于印发《甲省执法队伍建设实施方案》的通知
各市交通运输局：
现将《甲省执法队伍建设实施方案》印发给你们，请认真贯彻落实。
甲省交通运输厅
2022年3月8日
甲省执法队伍建设实施方案
为建设高素质执法队伍，制定本方案。
一、主要任务
1.开展岗位练兵。各地要组织开展执法人员岗位练兵活动，每年至少举办一次执法技能竞赛，以赛促学、以赛促练。
2.规范执法文书。统一制作执法文书范本，对照范本逐项检查执法案卷，发现问题限期整改，案卷评查结果纳入年度考核。
3.加强装备配备。按照标准配备执法记录仪和执法车辆，建立装备台账，定期维护保养，确保装备完好率达到百分之九十五以上。
二、保障措施
各单位要高度重视。
"""
_CITY = """乙市交通运输局关于印发《乙市执法队伍建设实施方案》的通知
各县交通运输局：
现将《乙市执法队伍建设实施方案》印发给你们，请认真贯彻落实。
乙市交通运输局
2022年6月1日
乙市执法队伍建设实施方案
为落实全省部署，结合本市实际，制定本方案。
一、主要任务
1.开展岗位练兵。各县要组织开展执法人员岗位练兵活动，每年至少举办一次执法技能竞赛，以赛促学、以赛促练。
2.规范执法文书。统一制作执法文书范本，对照范本逐项检查执法案卷，发现问题限期整改，案卷评查结果纳入年度考核。
3.推进智慧执法。建设非现场执法系统，推动执法数据互联互通，提升科技治超水平。
二、保障措施
各县要高度重视。
"""


@pytest.fixture(scope="module")
def cascade(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cascade")
    (folder / "city.txt").write_text(_CITY, encoding="utf-8")
    (folder / "province.txt").write_text(_PROVINCE, encoding="utf-8")
    corpus = build_corpus(read_corpus(folder, None))
    return corpus, reuse.compare(corpus)


def test_reuse_edge_from_the_lower_level_to_the_higher(cascade):
    corpus, r = cascade
    levels = dict(zip(corpus.documents["doc_id"], corpus.documents["level"]))
    assert levels == {"city": "municipal", "province": "provincial"}
    lin = lineage.build_lineage(corpus, r, reuse_threshold=0.5)
    assert list(lin.edges[["child", "parent", "evidence"]].itertuples(index=False, name=None)) == [
        ("city", "province", "reuse")]
    share = lin.edges.iloc[0]["reuse_share"]
    # tasks 1 and 2 copied (one character changed), task 3 its own
    assert 0.6 < share < 0.8 and lin.edges.iloc[0]["detail"] == f"reuses {share:.0%} of its task text"
    # the threshold is a parameter: above the share there is no edge
    assert lineage.build_lineage(corpus, r, reuse_threshold=share + 0.01).edges.empty
    # without a reuse table there is no reuse evidence
    assert lineage.build_lineage(corpus).edges.empty


def test_deterministic(corpus, shipped):
    again = lineage.build_lineage(corpus, reuse.compare(corpus))
    assert again.nodes.equals(shipped.nodes) and again.edges.equals(shipped.edges)
    assert again.siblings.equals(shipped.siblings)


# ---------------------------------------------------------------- figures

_CJK = __import__("re").compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


def _texts(fig):
    from matplotlib.text import Text

    return [t.get_text() for t in fig.findobj(Text) if t.get_text()]


@pytest.mark.parametrize("name", ["reuse_cascade", "reuse_map", "reuse_task_status"])
def test_reuse_figures_draw_in_both_languages(corpus, name, tmp_path):
    from analysis.figures import reuse_plots as reuse_figures
    from test_style import glyph_problems

    r = reuse.compare(corpus)
    func = reuse_figures.REUSE_FIGURES[name]
    with glyph_problems() as problems:
        zh = func(corpus, lang="zh", reuse=r)
        en = func(corpus, lang="en", reuse=r)
        paths = [p for fig, n in ((zh, name), (en, name + "_en")) for p in
                 __import__("analysis.figures.style", fromlist=["save_figure"]).save_figure(fig, n, tmp_path)]
    assert problems == []
    assert any(_CJK.search(t) for t in _texts(zh))
    assert not [t for t in _texts(en) if _CJK.search(t)]
    # same figure, same bytes
    first = {p.name: p.read_bytes() for p in paths}
    again = func(corpus, lang="en", reuse=r)
    from analysis.figures.style import save_figure

    for p in save_figure(again, name + "_en", tmp_path / "again"):
        assert p.read_bytes() == first[p.name]


def test_cascade_labels(corpus):
    from analysis.figures import reuse_plots as reuse_figures

    texts = _texts(reuse_figures.fig_cascade(corpus, lang="en"))
    assert "National document 2021\n(not in corpus)" in texts  # 交办法〔2021〕5号
    assert "manifest+cites" in texts and "67% / 63%" in texts  # Tianjin and Henan, siblings
    zh = _texts(reuse_figures.fig_cascade(corpus, lang="zh"))
    assert "交办法〔2021〕5号" in zh and "清单+引用" in zh


def test_reuse_figures_without_a_manifest():
    """Plans without manifest rows are named as in every other figure (figures.doc_labels), not by doc_id."""
    from analysis import figures
    from analysis.figures import reuse_plots as reuse_figures

    bare = load_corpus(RAW, manifest=False)
    r = reuse.compare(bare)
    ids = list(bare.documents["doc_id"])
    for lang in ("zh", "en"):
        labels = figures.doc_labels(bare, lang)
        assert labels["2021_tianjin_plan"] == ("天津2021方案" if lang == "zh" else "Tianjin 2021 plan")
        for name, func in reuse_figures.REUSE_FIGURES.items():
            texts = "\n".join(_texts(func(bare, lang=lang, reuse=r)))
            assert not [d for d in ids if d in texts], (name, lang)
            assert labels["2021_tianjin_plan"] in texts and labels["2021_henan_plan"] in texts, (name, lang)
            assert lang == "zh" or not _CJK.search(texts)


# ---------------------------------------------------------------- the findings of notebook 01

def test_corpus_findings_count_the_parents_the_lineage_finds(real_corpus, tmp_path):
    """Notebook 01's lineage sentence comes from build_lineage: the manifest's parents and the documents a
    plan cites, in the corpus or not — also without a manifest (the retired profiles.lineage read only the
    manifest, and matched a parent's title by substring)."""
    from analysis import figures
    from analysis.compare import findings

    text = findings.corpus_findings(real_corpus, figures.doc_labels(real_corpus))
    # 交办法〔2021〕5号 (Tianjin and Henan), the Qinghai plan (Xining's manifest parent), and what the
    # preambles cite besides: 中办发〔2018〕63号, 交法发〔2021〕42号, two Qinghai/Xining documents
    assert "The plans name **6** documents they implement" in text and "**0** of them are in the corpus: the 2021" in text
    cites = _CITY.replace("1.开展岗位练兵。", "1.开展岗位练兵。按照《甲省执法队伍建设实施方案》要求，")  # a corpus document
    (tmp_path / "city.txt").write_text(cites, encoding="utf-8")
    (tmp_path / "province.txt").write_text(_PROVINCE, encoding="utf-8")
    pair = build_corpus(read_corpus(tmp_path, None))
    text = findings.corpus_findings(pair, figures.doc_labels(pair))
    assert text.endswith("The plans name **1** document they implement (the manifest's parent, or a 文号 or title "
                         "their text cites); **1** of them is in the corpus.")
