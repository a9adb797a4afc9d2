"""The glossary: English for the Chinese in figures, pinyin where it has no entry; and keyness."""
import re

import pytest
from scipy.stats import chi2_contingency

import corpus_factory as cf
from analysis import figures
from analysis.figures import glossary
from analysis.compare import similarity
from analysis.parse.corpus import CorpusError
from analysis.figures.glossary import Glossary
from analysis.io.tables import load_corpus


def test_shipped_glossary_is_valid_and_english():
    g = glossary.load_glossary()
    assert list(g.columns) == ["zh", "en", "kind"]
    assert len(g) > 100
    assert not g["en"].map(glossary.has_cjk).any()
    assert set(g["kind"]) <= set(glossary.KINDS)


@pytest.mark.parametrize("rows, message", [
    ("执法,enforcement,term\n执法,law enforcement,term\n", "duplicate entry '执法' (term), first on line 2"),
    ("执法,执法 enforcement,term\n", "holds Chinese characters"),
    ("执法,enforcement,word\n", "unknown kind 'word'"),
    ("执法,,term\n", "empty zh or en"),
])
def test_bad_glossary_rows_name_the_line(tmp_path, rows, message):
    path = tmp_path / "glossary.csv"
    path.write_text("zh,en,kind\n" + rows, encoding="utf-8")
    with pytest.raises(CorpusError, match=re.escape(message)):
        glossary.load_glossary(path)


def test_lookup_composition_and_places_in_pinyin():
    g = Glossary.load()
    assert g.en("市交通执法总队", "unit") == "Municipal Transport Enforcement Corps"   # an entry
    assert g.en("河南省交通运输厅", "issuer") == "Henan Provincial Department of Transport"
    assert g.en("安平县交通运输局", "issuer") == "Anping County Transport Bureau"      # composed: 安平县 a place
    assert g.en("市交通运输综合行政执法支队", "unit") == \
        "Municipal Transport Comprehensive Administrative Law Enforcement Detachment"
    assert g.english("执法记录仪", "term") is None                                   # no entry: no invented pinyin
    assert g.english("安平人事科", "unit") is None                                   # 安平 no place before 人事科
    assert g.english("西宁", "region") == "Xining"                                   # a place without its level word
    assert g.en("Already English", "term") == "Already English"
    assert g.missing_frame().values.tolist() == [
        ["安平县交通运输局", "issuer", "Anping County Transport Bureau"], ["西宁", "region", "Xining"],
        ["执法记录仪", "term", ""], ["安平人事科", "unit", ""],
        ["市交通运输综合行政执法支队", "unit", "Municipal Transport Comprehensive Administrative Law Enforcement Detachment"]]


def test_pinyin_never_leaves_cjk():
    for text in ("石家庄市", "执法（2021—2023年）", "《方案》、通知。", "𠀀字"):
        assert not glossary.has_cjk(glossary.pinyin(text)) or "𠀀" in text
    assert glossary.pinyin("石家庄市") == "Shijiazhuangshi"          # one word for jieba
    assert glossary.pinyin("执法（2021—2023年）") == "Zhifa (2021-2023 Nian)"


def test_missing_entries_and_coverage(real_corpus, tmp_path):
    assert figures.missing_entries(real_corpus).empty
    covered, needed = figures.glossary_coverage(real_corpus)
    assert covered == needed and needed >= 50
    raw, manifest = cf.write_raw(tmp_path, [cf.Spec("2024_anping_county_plan", issuer="安平县交通运输局",
                                                    title="安平县交通运输执法队伍建设实施方案")], shipped=True)
    missing = figures.missing_entries(load_corpus(raw, manifest))
    assert ("安平县", "region") in set(zip(missing["zh"], missing["kind"]))
    assert missing.set_index("zh").loc["安平县", "shown_as"] == "Anping County"


# --------------------------------------------------------------------------- keyness

@pytest.fixture(scope="module")
def tok():
    return similarity.load_tokenizer()


def test_keyness_is_chi2_with_yates_against_the_rest(tok):
    texts = {"a": "执法记录仪 执法记录仪 执法记录仪 培训", "b": "培训 培训 轮训", "c": "培训 轮训"}
    out = similarity.keyness(texts, tok, n=5)
    # 培训 is in every document: never distinctive; 轮训 occurs once in b and c (min_count 2)
    assert out[["doc_id", "term", "n_target", "n_reference"]].values.tolist() == [["a", "执法记录仪", 3, 0]]
    expected = chi2_contingency([[3, 0], [1, 5]], correction=True)[0]
    assert out.loc[0, "keyness"] == pytest.approx(expected) == pytest.approx(2.75625)
    everyone = similarity.keyness(texts, tok, n=5, exclude_common=False, min_count=1)
    assert "培训" not in set(everyone.loc[everyone["doc_id"] == "a", "term"])  # rarer in a than elsewhere
    assert similarity.keyness({"only": "执法记录仪 培训"}, tok).empty


def test_keyness_log_likelihood_matches_g2(tok):
    import numpy as np

    texts = {"a": "执法记录仪 执法记录仪 执法记录仪 培训", "b": "培训 培训 轮训 轮训"}
    out = similarity.keyness(texts, tok, n=5, measure="lr").set_index(["doc_id", "term"])
    O = np.array([[3, 0], [1, 4]], dtype=float)
    E = O.sum(1, keepdims=True) * O.sum(0, keepdims=True) / O.sum()
    g2 = 2 * sum(o * np.log(o / e) for o, e in zip(O.ravel(), E.ravel()) if o > 0)
    N = O.sum()
    q = 1 + (N / O[:, 0].sum() + N / O[:, 1].sum() - 1) * (N / O[0].sum() + N / O[1].sum() - 1) / (6 * N)
    # rows of O: the term / other tokens; columns: target / reference
    O2 = O.T
    assert out.loc[("a", "执法记录仪"), "keyness"] == pytest.approx(g2 / q, rel=1e-6)
    del O2


def test_shipped_distinctive_terms_exclude_shared_vocabulary(real_corpus, tok):
    from analysis import figures

    terms = figures.distinctive_terms(real_corpus, n=8, tokenizer=tok)
    # terms every document uses (the examples, and 行政执法) are not distinctive
    assert not {"执法", "交通运输", "执法人员", "行政执法"} & set(terms["term"])
    top = terms[terms["rank"] == 1].set_index("doc_id")["term"].to_dict()
    assert top["tianjin_2021_plan"] == "法治" and top["xining_2024_plan"] == "备案"  # not 天津市, not 机关
    assert (terms["keyness"] >= 3.84).all() and (terms["p"] < 0.05).all()
