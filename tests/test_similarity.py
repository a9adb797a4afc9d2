"""Tests of analysis.compare.similarity: tokenizer, data files, TF-IDF, top-k neighbours, alignment."""
import json
import logging
import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

import jieba
import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

from analysis.compare.similarity import (ALIGNMENT_COLUMNS, DEFAULT_STOPWORDS, DEFAULT_USERDICT, align_tasks,
                                         cosine_matrix, distinctive_terms, load_tokenizer, naive_top_k, read_stopwords,
                                         read_userdict, similarity_frame, tfidf_matrix, top_k_neighbors,
                                         pair_summary)

ROOT = Path(__file__).resolve().parents[1]

# Sentences as they stand in the shipped documents (simplified; 002 after conversion).
SENTENCES = {
    "四基四化": "深入推进以“基层执法队伍职业化、基层执法站所标准化、基础管理制度规范化、基层执法工作信息化”为内容的“四基四化”建设",
    "三项制度": "严格落实行政执法“三项制度”，做到执法行为过程信息全程记载、执法全过程可回溯管理、重大执法决定法制审核全覆盖。",
    "执法记录仪": "逐年提高执法记录仪配置率，2026年底前实现一线持证在岗执法人员全部配置执法记录仪。",
    "说理式执法": "针对高频执法事项，探索制作说理式执法文书和普法视频，通过执法文书实现扫码观看。",
}


@pytest.fixture(scope="module")
def tok():
    return load_tokenizer()


# --------------------------------------------------------------------------- tokenizer

@pytest.mark.parametrize("term", sorted(SENTENCES))
def test_user_dictionary_keeps_policy_terms_whole(tok, term):
    tokens = tok(SENTENCES[term])
    assert tokens.count(term) == SENTENCES[term].count(term) > 0


def test_term_with_separator_is_one_token_either_way(tok):
    a = tok("建立完善以“双随机、一公开”监管为基本手段的新型监管体系")
    b = tok("建立完善以双随机一公开监管为基本手段的新型监管体系")
    assert "双随机一公开" in a
    assert a == b
    assert "互联网+监管" in tok("推进“互联网+监管”，深入推进非现场执法")


def test_training_hours_stay_readable(tok):
    # 学时 must not be swallowed by jieba's 教育学 in 党性教育学时
    tokens = tok("在完成政治理论教育和党性教育学时的基础上，每人每年接受不少于60学时的培训")
    assert tokens.count("学时") == 2
    assert "教育学" not in tokens


def test_stop_words_removed_content_kept(tok):
    text = "要进一步加强和完善执法人员的培训工作，切实推进“四基四化”建设，并全面落实法制审核等制度。"
    tokens = tok(text)
    stop = read_stopwords(DEFAULT_STOPWORDS)
    assert not set(tokens) & stop
    for word in ("的", "和", "进一步", "加强", "完善", "工作", "切实", "推进", "并", "等"):
        assert word not in tokens
    for word in ("执法人员", "培训", "四基四化", "法制审核", "制度"):
        assert word in tokens


def test_punctuation_numbers_whitespace_and_single_characters_dropped(tok):
    tokens = tok("2024年6月底前， 完成 100% 的ＡＰＰ上线；（一）、①\n\t“执法”")
    assert tokens == ["完成", "app", "上线", "执法"]
    assert tok("") == [] and tok("。，；：") == [] and tok(None) == []


def test_tokenizing_is_deterministic_in_process(tok):
    text = "\n".join(SENTENCES.values())
    first = tok(text)
    assert tok(text) == first
    assert load_tokenizer()(text) == first


def test_tokenizing_is_deterministic_across_processes(tok):
    text = "\n".join(SENTENCES.values())
    code = ("import json, sys; from analysis.compare.similarity import load_tokenizer; "
            "print(json.dumps(load_tokenizer()(sys.stdin.read()), ensure_ascii=True))")
    env = dict(os.environ, PYTHONHASHSEED="12345", PYTHONPATH=str(ROOT))
    run = subprocess.run([sys.executable, "-c", code], input=text, capture_output=True, text=True,
                         encoding="utf-8", env=env, cwd=ROOT, timeout=120, check=True)
    assert json.loads(run.stdout) == tok(text)
    assert run.stderr == ""


def test_loading_is_silent_private_and_leaves_jieba_alone(capfd, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    level = logging.getLogger("jieba").level
    plain = load_tokenizer(userdict=None, stopwords=None)
    tokens = plain(SENTENCES["四基四化"])
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")
    assert list(tmp_path.iterdir()) == []                   # no cache file in the cwd
    assert logging.getLogger("jieba").level == level        # logger restored
    assert plain.segmenter is not jieba.dt                   # not the global tokenizer
    assert "四基四化" not in jieba.dt.FREQ                     # global dictionary untouched
    assert "四基四化" not in tokens and "执法队伍" not in tokens   # no user dictionary: the terms are split


def test_tokenizer_pickles_by_reloading(tok):
    clone = pickle.loads(pickle.dumps(tok))
    assert clone is not tok
    assert clone(SENTENCES["三项制度"]) == tok(SENTENCES["三项制度"])


# --------------------------------------------------------------------------- data files

def test_userdict_file_is_pure_and_in_range():
    lines = DEFAULT_USERDICT.read_text(encoding="utf-8").splitlines()
    assert all(re.fullmatch(r"\S+ [1-9][0-9]* [a-z]+", line) for line in lines), "format: word freq tag"
    entries = read_userdict(DEFAULT_USERDICT)
    words = [w for w, _, _ in entries]
    assert 60 <= len(words) <= 120
    assert len(set(words)) == len(words)
    for required in ("四基四化", "三项制度", "执法记录仪", "说理式执法", "双随机、一公开", "综合行政执法"):
        assert required in words


def test_stopword_file_is_one_word_a_line_without_duplicates():
    lines = DEFAULT_STOPWORDS.read_text(encoding="utf-8").splitlines()
    assert all(line and line == line.strip() and " " not in line for line in lines)
    assert len(set(lines)) == len(lines)
    assert not any(ch.isdigit() for line in lines for ch in line)
    assert {"的", "和", "加强", "推进", "落实"} <= set(lines)
    # theme words stay countable
    assert not {"培训", "学时", "执法", "监督", "轮训"} & set(lines)


@pytest.mark.parametrize("bad, message", [
    ("四基四化 3000 nz\n# 注释\n", r":2: jieba user dictionaries have no comments"),
    ("执法 记录仪 3000 n\n", r":1: expected 'word \[freq\] \[tag\]'"),
    ("四基四化 0 nz\n", r":1: frequency 0"),
])
def test_bad_userdict_lines_are_rejected_with_their_line(tmp_path, bad, message):
    path = tmp_path / "userdict.txt"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_tokenizer(userdict=path)


# --------------------------------------------------------------------------- TF-IDF and cosine

def test_tfidf_rows_have_unit_norm_on_the_documents(tok, documents):
    ids = sorted(documents)
    X, vocab = tfidf_matrix([documents[d].text for d in ids], tok)
    assert X.format == "csr" and X.dtype == np.float64 and X.shape == (len(ids), len(vocab))
    assert np.allclose(np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel()), 1.0)
    assert vocab == sorted(vocab) and "四基四化" in vocab
    S = similarity_frame(X, ids)
    assert list(S.index) == ids == list(S.columns)
    assert np.allclose(S.values, S.values.T) and (np.diag(S.values) == 1.0).all()
    # the two 2021 provincial plans implement the same national plan: most similar pair
    off = S.values - np.eye(len(ids))
    i, j = np.unravel_index(off.argmax(), off.shape)
    assert {ids[i], ids[j]} == {"tianjin_2021_plan", "henan_2021_plan"}


def test_tfidf_defaults_and_overrides(tok):
    texts = ["执法 执法 执法 培训", "培训 监督", "监督 轮训"]
    X, vocab = tfidf_matrix(texts, tok)
    Xlin, _ = tfidf_matrix(texts, tok, sublinear_tf=False)
    j, k = vocab.index("执法"), vocab.index("培训")
    assert X[0, j] / X[0, k] < Xlin[0, j] / Xlin[0, k]      # sublinear tf is the default
    X2, vocab2 = tfidf_matrix(texts, tok, min_df=2)
    assert vocab2 == ["培训", "监督"] and X2.shape == (3, 2)


def test_cosine_matrix_matches_sklearn_and_handles_zero_rows():
    from sklearn.metrics.pairwise import cosine_similarity
    rng = np.random.default_rng(7)
    X = sp.random(6, 9, density=0.4, format="csr", random_state=rng)
    X = sp.vstack([X, sp.csr_matrix((1, 9))]).tocsr()
    S = cosine_matrix(X)
    expected = cosine_similarity(X)
    np.fill_diagonal(expected, [1.0] * 6 + [0.0])
    assert S.shape == (7, 7) and np.allclose(S, expected)
    with pytest.raises(ValueError, match="labels"):
        similarity_frame(X, ["a", "b"])


def test_pair_summary_is_the_sorted_frame_of_all_pairs_without_building_it():
    """Four documents: pairs above the diagonal in row-major order (a–b, a–c, a–d, b–c, b–d, c–d)."""
    ids = ["a", "b", "c", "d"]
    S = pd.DataFrame([[1.0, 0.5, 0.2, 0.5],
                      [0.5, 1.0, 0.9, 0.1],
                      [0.2, 0.9, 1.0, 0.5],
                      [0.5, 0.1, 0.5, 1.0]], index=ids, columns=ids)
    stats, top = pair_summary(S, n=4)
    # the cosines 0.5, 0.2, 0.5, 0.9, 0.1, 0.5: mean 2.7 / 6, median 0.5
    assert list(stats.index) == ["cosine"] and stats.loc["cosine", "count"] == 6
    assert stats.loc["cosine", "mean"] == pytest.approx(0.45) and stats.loc["cosine", "50%"] == 0.5
    assert stats.loc["cosine", "max"] == 0.9 and stats.loc["cosine", "min"] == 0.1 and "10%" in stats.columns
    # most similar first; the three ties at 0.5 in row-major order (a–b, a–d, c–d); index: the pair's position
    assert list(zip(top["a"], top["b"], top["cosine"])) == [("b", "c", 0.9), ("a", "b", 0.5), ("a", "d", 0.5),
                                                             ("c", "d", 0.5)]
    assert list(top.index) == [3, 0, 2, 5]


# --------------------------------------------------------------------------- top-k neighbours

def _random_sparse(seed, n=400, d=60, nnz=4):
    rng = np.random.default_rng(seed)
    rows = np.repeat(np.arange(n), nnz)
    X = sp.csr_matrix((rng.random(n * nnz), (rows, rng.integers(0, d, n * nnz))), shape=(n, d))
    X.sum_duplicates()
    return X, rng


def _assert_same_neighbours(fast, naive, naive_next):
    (fi, fs), (ni, ns) = fast, naive
    assert fi.dtype == np.int64 and fs.dtype == np.float32 and fi.shape == ni.shape
    np.testing.assert_allclose(fs, ns, atol=1e-6)
    # indices must agree wherever the score is not tied with a neighbour in the ranking
    scores = np.concatenate([ns, naive_next[1][:, -1:]], axis=1).astype(np.float64)
    gap_before = np.abs(np.diff(scores, axis=1, prepend=np.inf))[:, :-1]
    gap_after = np.abs(np.diff(scores, axis=1))
    untied = (gap_before > 1e-6) & (gap_after > 1e-6)
    assert untied[ni >= 0].mean() > 0.5
    assert (fi[untied] == ni[untied]).all()
    assert ((fi == -1) == (ni == -1)).all()


@pytest.mark.parametrize("case", [
    dict(k=5),
    dict(k=7, block_rows=33),
    dict(k=5, exclude_self=False, block_rows=100),
    dict(k=6, groups=True, block_rows=64),
    dict(k=8, block_rows=128, d=400, nnz=2),      # fewer candidates than k in many rows: padding
])
def test_top_k_equals_naive_on_random_sparse_data(case):
    case = dict(case)
    X, rng = _random_sparse(11, d=case.pop("d", 60), nnz=case.pop("nnz", 4))
    k = case.pop("k")
    if case.pop("groups", False):
        case["groups"] = [f"doc{g}" for g in rng.integers(0, 7, X.shape[0])]
    fast = top_k_neighbors(X, k, **case)
    naive_kwargs = {key: v for key, v in case.items() if key != "block_rows"}
    _assert_same_neighbours(fast, naive_top_k(X, k, **naive_kwargs), naive_top_k(X, k + 1, **naive_kwargs))
    assert (fast[0] == -1).any() == (X.shape[1] == 400)
    if "groups" in case:
        g = np.asarray(case["groups"])
        idx = fast[0]
        assert (g[idx[idx >= 0]] != np.repeat(g, k)[(idx >= 0).ravel()]).all()


def test_top_k_ties_break_by_ascending_index_and_pad():
    base = sp.csr_matrix(np.array([[1.0, 1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 1.0]]))
    # rows 0, 3, 5 identical; rows 1 and 4 identical; row 2 shares nothing with rows 0, 1
    X = sp.vstack([base[0], base[1], base[2], base[0], base[1], base[0]]).tocsr()
    idx, sc = top_k_neighbors(X, 4, block_rows=2)
    assert idx[0].tolist() == [3, 5, 1, 4]
    assert idx[5].tolist() == [0, 3, 1, 4]
    assert idx[2].tolist() == [-1, -1, -1, -1] and (sc[2] == 0).all()
    np.testing.assert_allclose(sc[0], [1, 1, 2 ** -0.5, 2 ** -0.5], atol=1e-7)
    assert (idx == naive_top_k(X, 4)[0]).all()
    self_idx, _ = top_k_neighbors(X, 2, exclude_self=False)
    assert self_idx[0].tolist() == [0, 3]


def test_top_k_rejects_bad_arguments():
    X, _ = _random_sparse(3, n=10)
    for bad in (0, -1, 2.5):
        with pytest.raises(ValueError, match="k must be"):
            top_k_neighbors(X, bad)
    with pytest.raises(ValueError, match="groups"):
        top_k_neighbors(X, 2, groups=["a"])


# --------------------------------------------------------------------------- tasks and documents

SOURCE = pd.DataFrame({
    "doc_id": ["national"] * 3,
    "task_seq": [1, 2, 3],
    "title": ["推进“四基四化”建设", "配置执法记录仪", "加强公职律师队伍建设"],
    "text": ["深化基层执法队伍职业化、基层执法站所标准化，推进“四基四化”建设。",
             "逐年提高执法记录仪配置率，一线执法人员全部配置执法记录仪。",
             "积极鼓励取得法律职业资格的人员申报公职律师，发挥法律顾问作用。"],
})
TARGET = pd.DataFrame({
    "doc_id": ["city", "city"],
    "task_seq": [2, 1],
    "title": ["推进非现场执法", "深入推进“四基四化”建设"],
    "text": ["加强智能化执法终端配备运用，深入推进非现场执法，推动在线监管。",
             "统一执法场所外观，基层执法站所标准化，推进“四基四化”建设。"],
    "extra": ["ignored", "ignored"],
})


def test_align_tasks_statuses(tok):
    out = align_tasks(SOURCE, TARGET, tok, threshold=0.2)
    assert list(out.columns) == ALIGNMENT_COLUMNS
    assert out["status"].tolist() == ["taken_up", "added", "dropped", "dropped"]
    assert out["target_seq"].tolist()[:2] == [1, 2]                       # target order, by task_seq
    assert out.loc[0, ["source_doc", "source_seq"]].tolist() == ["national", 1]
    assert out.loc[0, "score"] >= 0.2 and out.loc[1, "score"] < 0.2
    assert out.loc[2:, "source_seq"].tolist() == [2, 3]
    assert out.loc[2:, "target_doc"].isna().all() and out.loc[2:, "target_seq"].isna().all()
    assert str(out["source_seq"].dtype) == "Int64" and out["score"].dtype == np.float64


def test_align_tasks_is_deterministic_and_order_independent(tok):
    out = align_tasks(SOURCE, TARGET, tok)
    shuffled = align_tasks(SOURCE.iloc[::-1], TARGET.iloc[::-1], tok)
    pd.testing.assert_frame_equal(out, shuffled)
    everything = align_tasks(SOURCE, TARGET, tok, threshold=0.0)
    assert set(everything["status"]) == {"taken_up"}
    empty = align_tasks(SOURCE, TARGET.iloc[:0], tok)
    assert empty["status"].tolist() == ["dropped"] * 3


def test_distinctive_terms_deterministic_with_ties_by_term(tok):
    texts = {"b_plan": "执法记录仪 执法记录仪 公职律师 轮训 培训", "a_plan": "轮训 培训 法律顾问 四基四化"}
    out = distinctive_terms(texts, tok, n=3)
    assert list(out.columns) == ["doc_id", "rank", "term", "weight"]
    assert out["doc_id"].tolist() == ["b_plan"] * 3 + ["a_plan"] * 3        # mapping order
    assert out["rank"].tolist() == [1, 2, 3] * 2
    assert out["term"].tolist()[:2] == ["执法记录仪", "公职律师"]
    # 四基四化 and 法律顾问 have equal weight: alphabetical (code point) order
    assert out["term"].tolist()[3:5] == sorted(["四基四化", "法律顾问"])
    assert out.loc[3, "weight"] == out.loc[4, "weight"] > out.loc[5, "weight"]
    pd.testing.assert_frame_equal(out, distinctive_terms(texts, tok, n=3))
    assert len(distinctive_terms(texts, tok, n=50)) == 8


def test_top_k_row_ranges_concatenate_to_the_full_result():
    import numpy as np
    import scipy.sparse as sp

    from analysis.compare.similarity import top_k_neighbors

    rng = np.random.default_rng(3)
    X = sp.random(300, 40, density=0.15, random_state=rng, format="csr")
    groups = np.repeat(np.arange(30), 10)
    full_idx, full_scores = top_k_neighbors(X, k=5, groups=groups, block_rows=64)
    parts = [top_k_neighbors(X, k=5, groups=groups, block_rows=64, rows=slice(a, b))
             for a, b in [(0, 100), (100, 233), (233, 300)]]
    assert np.array_equal(np.vstack([p[0] for p in parts]), full_idx)
    assert np.array_equal(np.vstack([p[1] for p in parts]), full_scores)


def _clustered(n_docs=40, per_doc=8, seed=5, d=120):
    """Rows that come in near-duplicate families spread over documents, like copied policy tasks."""
    import numpy as np
    import scipy.sparse as sp

    rng = np.random.default_rng(seed)
    families = sp.random(25, d, density=0.08, random_state=rng, format="csr")
    rows = [families[rng.integers(25)] + sp.random(1, d, density=0.02, random_state=rng) for _ in range(n_docs * per_doc)]
    return sp.vstack(rows).tocsr(), np.repeat(np.arange(n_docs), per_doc)


def _tfidf_like(seed=7, n_docs=60, per_doc=6, d=600):
    """A few hundred TF-IDF-like rows with structure: task texts drawn from 40 topics (each a set of
    words) plus one word at random; half of them copied from an earlier task, half of those with one
    word changed."""
    import numpy as np
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import TfidfTransformer

    rng = np.random.default_rng(seed)
    topics = [rng.choice(d, 25, replace=False) for _ in range(40)]
    texts = []
    for _ in range(n_docs * per_doc):
        if texts and rng.random() < 0.5:  # a task copied from an earlier one, maybe edited
            words = list(texts[rng.integers(len(texts))])
            if rng.random() < 0.5:
                words[rng.integers(len(words))] = int(rng.integers(d))
        else:
            words = list(rng.choice(topics[rng.integers(40)], rng.integers(6, 14))) + [int(rng.integers(d))]
        texts.append(words)
    rows = np.repeat(np.arange(len(texts)), [len(t) for t in texts])
    counts = sp.csr_matrix((np.ones(len(rows)), (rows, np.concatenate(texts))), shape=(len(texts), d))
    counts.sum_duplicates()
    X = TfidfTransformer(sublinear_tf=True).fit_transform(counts).tocsr()
    return X, np.repeat(np.arange(n_docs), per_doc)


def test_approximate_search_scores_are_exact_cosines_of_other_groups():
    import numpy as np

    from analysis.compare.neighbors import approximate_top_k_neighbors
    from analysis.compare.similarity import cosine_matrix

    X, groups = _tfidf_like()
    assert X.shape[1] > 128  # the LSA reduction is used
    idx, scores = approximate_top_k_neighbors(X, k=8, groups=groups, n_clusters=16, n_probe=3)
    assert idx.dtype == np.int64 and scores.dtype == np.float32 and idx.shape == (X.shape[0], 8)
    found = idx >= 0
    assert found.mean() > 0.9
    rows = np.broadcast_to(np.arange(X.shape[0])[:, None], idx.shape)
    S = cosine_matrix(X)  # the dense reference
    np.testing.assert_allclose(scores[found], S[rows[found], idx[found]], rtol=0, atol=1e-6)
    assert (scores[~found] == 0).all()
    # never the row itself, never a row of its own document; rows sorted by descending score
    assert not (idx == rows).any()
    assert not (found & (groups[np.maximum(idx, 0)] == groups[:, None])).any()
    assert (np.diff(scores, axis=1) <= 0).all()


def test_approximate_search_ties_break_by_ascending_index():
    import numpy as np
    import scipy.sparse as sp

    from analysis.compare.neighbors import approximate_top_k_neighbors

    X, groups = _tfidf_like(seed=3)
    # each of 12 rows copied 9 times over the corpus, at spread positions: 10 identical rows tie at 1.0
    rng = np.random.default_rng(0)
    X = X.tolil()
    for source in rng.choice(X.shape[0], 12, replace=False):
        for target in rng.choice(X.shape[0], 9, replace=False):
            X[target] = X[source]
    X = sp.csr_matrix(X)
    idx, scores = approximate_top_k_neighbors(X, k=6, groups=groups, n_clusters=16, n_probe=16)
    tied = (np.diff(scores, axis=1) == 0) & (idx[:, 1:] >= 0)
    assert tied.sum() > 50
    assert (np.diff(idx, axis=1)[tied] > 0).all()
    # a row's tied neighbours at 1.0 are the lowest-numbered copies in other documents
    D = X.toarray()
    checked = 0
    for i in np.flatnonzero(scores[:, -1] > 0.999999):
        copies = np.flatnonzero((D == D[i]).all(axis=1) & (groups != groups[i]))
        assert idx[i].tolist() == copies[:6].tolist()
        checked += 1
    assert checked >= 12


def test_approximate_search_recall_and_determinism():
    import numpy as np

    from analysis.compare.neighbors import approximate_top_k_neighbors, neighbour_recall
    from analysis.compare.similarity import top_k_neighbors

    X, groups = _tfidf_like(seed=11)
    _, exact_scores = top_k_neighbors(X, k=10, groups=groups)
    idx, scores = approximate_top_k_neighbors(X, k=10, groups=groups)  # the defaults
    again = approximate_top_k_neighbors(X, k=10, groups=groups)
    assert np.array_equal(idx, again[0]) and np.array_equal(scores, again[1])
    assert neighbour_recall(scores, exact_scores) >= 0.95
    # n_probe is faiss's nprobe: on unstructured rows one probed list misses neighbours that all lists find
    import scipy.sparse as sp

    R = sp.random(400, 300, density=0.05, random_state=np.random.default_rng(2), format="csr")
    _, exact_r = top_k_neighbors(R, k=5)
    _, one = approximate_top_k_neighbors(R, k=5, n_clusters=20, n_probe=1, candidates=400)
    _, every = approximate_top_k_neighbors(R, k=5, n_clusters=20, n_probe=20, candidates=400)
    assert neighbour_recall(one, exact_r) < 0.9
    assert neighbour_recall(every, exact_r) == 1.0


def test_approximate_search_probing_every_list_with_every_candidate_is_exact():
    # By construction: every row is a candidate, every candidate is re-scored exactly and the
    # project's rules pick the top-k, so the LSA ranking no longer matters.
    import numpy as np

    from analysis.compare.neighbors import approximate_top_k_neighbors
    from analysis.compare.similarity import top_k_neighbors

    for X, groups in (_clustered(), _clustered(seed=9, d=300), _tfidf_like(seed=5)):
        n = X.shape[0]
        exact_idx, exact_scores = top_k_neighbors(X, k=6, groups=groups)
        idx, scores = approximate_top_k_neighbors(X, k=6, groups=groups, n_clusters=12, n_probe=12,
                                                  n_components=16, candidates=n)
        assert np.array_equal(idx, exact_idx)
        assert np.array_equal(scores, exact_scores)  # the same float32 values: summed in the same order
    # without the row-itself and group rules, too
    idx, scores = approximate_top_k_neighbors(X, k=6, exclude_self=False, n_clusters=12, n_probe=12, candidates=n)
    exact_idx, exact_scores = top_k_neighbors(X, k=6, exclude_self=False)
    assert np.array_equal(idx, exact_idx) and np.array_equal(scores, exact_scores)


def test_approximate_index_ranges_and_pickles_give_the_same_result():
    import pickle

    import numpy as np

    from analysis.compare.neighbors import approximate_top_k_neighbors, build_approximate_index

    X, groups = _tfidf_like(seed=13)
    full = approximate_top_k_neighbors(X, k=5, groups=groups, n_clusters=10, n_probe=2)
    index = build_approximate_index(X, k=5, groups=groups, n_clusters=10, n_probe=2)
    shipped = pickle.loads(pickle.dumps(index))  # what a Dask worker receives: the faiss index rebuilt
    parts = [shipped.search(slice(a, b)) for a, b in [(0, 1), (1, 97), (97, X.shape[0])]]
    assert np.array_equal(np.vstack([p[0] for p in parts]), full[0])
    assert np.array_equal(np.vstack([p[1] for p in parts]), full[1])
    empty = index.search(slice(5, 5))
    assert empty[0].shape == (0, 5) and empty[1].shape == (0, 5)
    import pytest

    with pytest.raises(ValueError, match="k must be"):
        approximate_top_k_neighbors(X, k=0)
    import scipy.sparse as sp

    none = approximate_top_k_neighbors(sp.csr_matrix((4, 300)), k=2)  # rows without a term: no neighbours
    assert (none[0] == -1).all() and (none[1] == 0).all()


def test_neighbour_recall_counts_ties_as_found():
    import numpy as np

    from analysis.compare.neighbors import neighbour_recall

    exact = np.array([[0.9, 0.5, 0.5]], dtype=np.float32)
    assert neighbour_recall(np.array([[0.9, 0.5, 0.5]]), exact) == 1.0  # other tied rows: still right
    assert neighbour_recall(np.array([[0.9, 0.5, 0.4]]), exact) == 2 / 3
    assert neighbour_recall(np.array([[0.0, 0.0, 0.0]]), np.zeros((1, 3))) == 1.0


def test_task_and_document_texts():
    import pandas as pd

    from analysis.compare.similarity import document_texts, task_texts

    tasks = pd.DataFrame({"doc_id": ["a", "b", "a"], "title": ["加强培训", "推进四基四化", "案卷评查"],
                          "text": ["每年不少于40学时。", None, "定期评查。"]})
    assert task_texts(tasks) == ["加强培训\n每年不少于40学时。", "推进四基四化\n", "案卷评查\n定期评查。"]
    assert document_texts(tasks) == {"a": "加强培训\n每年不少于40学时。\n案卷评查\n定期评查。", "b": "推进四基四化\n"}
    assert document_texts(tasks, ["b", "c"]) == {"b": "推进四基四化\n", "c": ""}


def test_nearest_tasks_on_the_two_2021_plans(corpus):
    from analysis.compare.similarity import load_tokenizer, nearest_tasks

    tasks = corpus.tasks[corpus.tasks["doc_id"].isin(["tianjin_2021_plan", "henan_2021_plan"])]
    near = nearest_tasks(tasks, load_tokenizer())
    row = near[(near["doc_id"] == "henan_2021_plan") & (near["title"] == "推进“四基四化”建设")].iloc[0]
    # the two plans copy this task from the national plan word for word
    assert (row["nearest_doc"], row["nearest_title"]) == ("tianjin_2021_plan", "推进“四基四化”建设")
    assert row["score"] > 0.99
    assert (near["nearest_doc"] != near["doc_id"]).all()


def test_top_k_is_exact_when_candidate_lists_are_cut_inside_a_tie():
    """Forty identical rows: every row's candidates tie at 1.0, more of them than the k + 1 the
    compiled product keeps, so the rows are recomputed in full and ties go by ascending index."""
    rng = np.random.default_rng(3)
    same = sp.csr_matrix(np.ones((40, 5)))
    other = sp.csr_matrix(rng.random((25, 5)) * (rng.random((25, 5)) < 0.5))
    X = sp.vstack([other[:10], same, other[10:]]).tocsr()
    idx, sc = top_k_neighbors(X, 5)
    naive_idx, naive_sc = naive_top_k(X, 5)
    assert (idx == naive_idx).all()
    np.testing.assert_allclose(sc, naive_sc, atol=1e-6)
    assert idx[10].tolist() == [11, 12, 13, 14, 15]  # the first identical row: the next five, by index


def test_rjieba_and_jieba_give_the_same_tokens_on_the_shipped_corpus():
    """The default segmenter (rjieba, jieba-rs compiled) against the jieba package, every task text."""
    from analysis.compare.similarity import task_texts
    from conftest import shipped_corpus

    texts = task_texts(shipped_corpus().tasks)
    fast, reference = load_tokenizer(engine="rjieba"), load_tokenizer(engine="jieba")
    assert [fast(t) for t in texts] == [reference(t) for t in texts]
    assert all(fast(t) for t in texts)  # the equality is not that of empty lists
    with pytest.raises(ValueError, match="engine"):
        load_tokenizer(engine="pkuseg")
