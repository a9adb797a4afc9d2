"""Tests of analysis.compare.reuse: passages, edit summaries, shares, per-task status, candidate pairs."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import opencc
import pandas as pd
import pytest

from analysis.compare import reuse
from analysis.parse.corpus import read_corpus
from analysis.io.tables import build_corpus, load_corpus

sys.path.insert(0, str(Path(__file__).resolve().parent))
import reuse_generator  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
RAW = Path(__file__).parent / "data" / "shipped" / "raw"  # fixture copies of the shipped texts
_T2S = opencc.OpenCC("t2s.json")


def _content(s: str) -> str:
    return "".join(re.findall(r"[0-9A-Za-z\u3400-\u9fff]", s))


def _plan(region: str, goal: str, tasks: list[tuple[str, str]]) -> str:
    """A small plan as an office writes it: cover notice, goals, numbered tasks, closing."""
    lines = [f"{region}交通运输局关于印发《{region}执法能力提升实施方案》的通知", "各有关单位：",
             f"现将《{region}执法能力提升实施方案》印发给你们，请认真贯彻落实。", f"{region}交通运输局", "2024年3月8日",
             f"{region}执法能力提升实施方案", f"为提升{region}执法能力，制定本方案。", "一、总体要求",
             goal, "二、主要任务", "（一）队伍建设"]
    lines += [f"{k}.{title}。{text}" for k, (title, text) in enumerate(tasks, 1)]
    lines += ["三、保障措施", "各单位要高度重视。"]
    return "\n".join(lines) + "\n"


# Three tasks: the first copied word for word, the second rewritten in part, the third unrelated.
_COPIED = "各单位要组织开展执法人员岗位练兵活动，每年至少举办一次执法技能竞赛，以赛促学、以赛促练。"
_A_TASKS = [
    ("开展岗位练兵", _COPIED),
    ("规范执法文书", "统一制作执法文书范本，对照范本逐项检查执法案卷，发现问题限期整改，案卷评查结果纳入年度考核。"),
    ("加强装备配备", "按照标准配备执法记录仪和执法车辆，建立装备台账，定期维护保养。"),
]
_B_TASKS = [
    ("开展岗位练兵", _COPIED),
    ("规范执法文书", "统一制作执法文书范本，按季度抽查执法案卷，发现问题限期整改，评查情况在全市通报。"),
    ("推进智慧执法", "建设非现场执法系统，推动执法数据互联互通，提升科技治超水平。"),
]


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    folder = tmp_path_factory.mktemp("small")
    (folder / "a_plan.txt").write_text(_plan("甲市", "到2026年底，全市执法队伍素质明显提升。", _A_TASKS), encoding="utf-8")
    (folder / "b_plan.txt").write_text(_plan("乙市", "力争三年内建成一支过硬的执法铁军。", _B_TASKS), encoding="utf-8")
    corpus = build_corpus(read_corpus(folder, None))
    return corpus, reuse.compare(corpus)


@pytest.fixture(scope="module")
def shipped(corpus):
    return reuse.compare(corpus)


# ---------------------------------------------------------------- passages on small plans

def test_small_plans_passages_spans_and_tasks(small):
    corpus, r = small
    p = r.passages
    assert list(p.columns) == reuse.PASSAGE_COLUMNS
    assert list(zip(p["a_task_seq"], p["b_task_seq"])) == [(1, 1), (2, 2)]
    copied, adapted = p.iloc[0], p.iloc[1]
    # the copied task, title included, identical on both sides
    assert _content(copied["a_text"]) == _content(copied["b_text"]) == "1开展岗位练兵" + _content(_COPIED)
    assert copied["similarity"] == 1.0 and copied["changed_words"] == copied["inserted_words"] == 0
    assert copied["deleted_words"] == 0 and copied["identical_words"] > 10
    # the rewritten task: from the title to the last shared words, with the edits marked
    assert adapted["diff"] == "2规范执法文书统一制作执法文书范本[-对照范本逐项检-]{+按季度抽+}查执法案卷发现问题限期整改"
    assert adapted["changed_words"] >= 1 and adapted["similarity"] < 1
    # source offsets point at the same text in the files (no repairs in these files: identical offsets)
    # the same passages from the two parsed documents alone
    assert reuse.find_passages(corpus.parsed[0], corpus.parsed[1]).equals(p)
    docs = {d.doc_id: d.document for d in corpus.parsed}
    for row in p.itertuples():
        assert docs[row.doc_a].source[row.a_source_start:row.a_source_end] == row.a_text
        assert docs[row.doc_b].source[row.b_source_start:row.b_source_end] == row.b_text


def test_small_plans_task_status_and_shares(small):
    corpus, r = small
    status = {(t.doc_id, t.task_seq): t.status for t in r.tasks.itertuples()}
    assert status == {("a_plan", 1): "copied", ("a_plan", 2): "adapted", ("a_plan", 3): "new",
                      ("b_plan", 1): "copied", ("b_plan", 2): "adapted", ("b_plan", 3): "new"}
    share = r.shares.iloc[0]
    # share = content characters of the task text inside passages / all task characters
    tasks_a = _content("".join(f"{k}{t}{x}" for k, (t, x) in enumerate(_A_TASKS, 1)))
    assert share["a_task_chars"] == len(tasks_a)
    reused = len(_content("1开展岗位练兵" + _COPIED)) + len(_content("2规范执法文书统一制作执法文书范本对照范本逐项检查执法案卷发现问题限期整改"))
    assert share["a_reused_chars"] == reused
    assert share["a_share"] == round(reused / len(tasks_a), 4)
    assert share["passages"] == 2


def test_word_edit_summary():
    # jieba: 各市|交通运输|局|每年|举办|执法|技能|竞赛 — one word of eight changed
    assert reuse._word_edits("各市交通运输局每年举办执法技能竞赛", "各县交通运输局每年举办执法技能竞赛")[1:] == (1, 0, 0)
    assert reuse._word_edits("各市交通运输局每年举办执法技能竞赛", "各市交通运输局每年举办执法技能竞赛") == (8, 0, 0, 0)
    # 每年|举办|一次|执法|技能|竞赛
    assert reuse._word_edits("每年举办执法技能竞赛", "每年举办一次执法技能竞赛") == (5, 0, 1, 0)
    assert reuse._word_edits("每年举办一次执法技能竞赛", "每年举办执法技能竞赛") == (5, 0, 0, 1)


# ---------------------------------------------------------------- the shipped corpus

def test_shipped_tianjin_and_henan_share_most_of_their_tasks(shipped):
    s = shipped.shares.set_index(["doc_a", "doc_b"])
    th = s.loc[("tianjin_2021_plan", "henan_2021_plan")]
    # both implement the same national plan; Henan's text follows Tianjin's task by task
    assert 0.6 <= th["a_share"] <= 0.75 and 0.55 <= th["b_share"] <= 0.7
    # every other pair shares formulae only
    others = s.drop(index=("tianjin_2021_plan", "henan_2021_plan"))
    assert (others["a_share"] < 0.1).all() and (others["b_share"] < 0.1).all()


def test_shipped_passage_read_from_both_files(shipped, corpus):
    p = shipped.passages
    row = p[(p["doc_a"] == "tianjin_2021_plan") & (p["doc_b"] == "henan_2021_plan")
            & p["a_text"].str.contains("三会一课")].iloc[0]
    docs = {d.doc_id: d.document for d in corpus.parsed}
    # Tianjin line 25 and Henan line 20 hold the same sentence; Henan writes ASCII punctuation
    tj = docs["tianjin_2021_plan"].source[row["a_source_start"]:row["a_source_end"]]
    hn = docs["henan_2021_plan"].source[row["b_source_start"]:row["b_source_end"]]
    sentence = "严肃党内政治生活，严格落实“三会一课”、民主生活会、组织生活会、民主评议党员等制度。"
    assert sentence in tj and sentence.replace("，", ",") in hn
    assert docs["tianjin_2021_plan"].source.count("\n", 0, row["a_source_start"]) + 2 == 25
    assert (row["a_task_seq"], row["b_task_seq"]) == (2, 2) and row["similarity"] == 1.0
    # Tianjin's 推进“四基四化”建设 (task 16) is Henan's task 12, copied
    t = shipped.tasks
    mine = t[(t["doc_id"] == "tianjin_2021_plan") & (t["other_doc"] == "henan_2021_plan")].set_index("task_seq")
    assert mine.loc[16, "title"] == "推进“四基四化”建设" and mine.loc[16, "status"] == "copied"
    assert mine.loc[9, "title"] == "组织执法案卷评查" and mine.loc[9, "status"] == "new"


def test_source_offsets_of_a_traditional_document(shipped, corpus):
    """The national plan is written in traditional script: its source spans convert to the passage."""
    docs = {d.doc_id: d.document for d in corpus.parsed}
    p = shipped.passages
    rows = p[p["doc_b"] == "national_2024_plan"]
    assert len(rows)
    for row in rows.itertuples():
        src = docs["national_2024_plan"].source[row.b_source_start:row.b_source_end]
        assert src != row.b_text or not re.search(r"[\u4e00-\u9fff]", src)  # traditional in the file
        assert _content(_T2S.convert(src)) == _content(row.b_text)


def test_deterministic(corpus, shipped):
    again = reuse.compare(corpus)
    for name in ("passages", "shares", "tasks"):
        assert getattr(again, name).equals(getattr(shipped, name))


def test_without_a_manifest(shipped):
    bare = load_corpus(RAW, manifest=False)
    r = reuse.compare(bare)
    s = r.shares.set_index(["doc_a", "doc_b"])
    assert set(s.index) >= {("2021_henan_plan", "2021_tianjin_plan")}
    with_manifest = shipped.shares.set_index(["doc_a", "doc_b"]).loc[("tianjin_2021_plan", "henan_2021_plan")]
    # same texts, same numbers, whatever the documents are called
    assert s.loc[("2021_henan_plan", "2021_tianjin_plan"), "a_share"] == with_manifest["b_share"]
    assert s.loc[("2021_henan_plan", "2021_tianjin_plan"), "b_share"] == with_manifest["a_share"]


def test_unknown_document_is_an_error(corpus):
    with pytest.raises(KeyError, match="no_such_plan"):
        reuse.compare(corpus, pairs=[("tianjin_2021_plan", "no_such_plan")])


# ---------------------------------------------------------------- accuracy on injected passages

@pytest.fixture(scope="module")
def injected(corpus, tmp_path_factory):
    folder = tmp_path_factory.mktemp("injected")
    truth = reuse_generator.write_pairs(folder, corpus, n_pairs=40, seed=7)
    synthetic = load_corpus(folder, manifest=False)
    pairs = sorted({(t.donor, t.host) for t in truth})
    return truth, synthetic, reuse.compare(synthetic, pairs=pairs), folder


def test_passage_precision_and_recall_on_injected_passages(injected):
    truth, _, r, _ = injected
    # every kind of edit is in the test
    kinds = {k for t in truth for k in t.edits}
    assert kinds == set(reuse_generator.EDIT_KINDS)
    assert len(truth) == 160
    precision, recall, false, missed = reuse_generator.match(r.passages, truth)
    assert precision >= 0.95, false[:5]
    assert recall >= 0.95, missed[:5]


def test_injected_passages_land_in_the_right_host_task(injected):
    truth, _, r, _ = injected
    p = r.passages
    right = 0
    for t in truth:
        rows = p[(p["doc_b"] == t.host) & (p["b_source_start"] < t.host_end) & (p["b_source_end"] > t.host_start)]
        right += bool(len(rows)) and set(rows["b_task_seq"]) == {t.host_task}
    assert right >= 0.95 * len(truth)


def test_candidate_pairs(corpus):
    c = reuse.candidate_pairs(corpus, threshold=0.3)
    assert list(c.columns) == reuse.CANDIDATE_COLUMNS
    assert list(zip(c["doc_a"], c["doc_b"])) == [("tianjin_2021_plan", "henan_2021_plan")]
    assert 0.5 < c.loc[0, "containment_a"] < 0.8 and 0.5 < c.loc[0, "containment_b"] < 0.8
    assert reuse.candidate_pairs(corpus, threshold=0.3).equals(c)
    # a mapping of texts: Xining's plan with one character in twenty changed is found again
    texts = {d.doc_id: d.document.text for d in corpus.parsed}
    xn = texts["xining_2024_plan"]
    texts["xining_edited"] = "".join("某" if k % 20 == 19 else ch for k, ch in enumerate(xn))
    c = reuse.candidate_pairs(texts, threshold=0.3)
    assert list(zip(c["doc_a"], c["doc_b"])) == [("tianjin_2021_plan", "henan_2021_plan"),
                                                  ("xining_2024_plan", "xining_edited")]


def test_one_document_and_a_document_without_tasks(tmp_path):
    (tmp_path / "only.txt").write_text(_plan("甲市", "到2026年底，全市执法队伍素质明显提升。", _A_TASKS), encoding="utf-8")
    one = build_corpus(read_corpus(tmp_path, None))
    r = reuse.compare(one)
    assert r.passages.empty and r.shares.empty and r.tasks.empty
    assert list(r.shares.columns) == reuse.SHARE_COLUMNS and list(r.tasks.columns) == reuse.TASK_COLUMNS
    assert reuse.candidate_pairs(one).empty
    # a note with no numbered task: no task text, so no share, but its passages are found
    (tmp_path / "note.txt").write_text("关于执法练兵的说明\n" + _COPIED + "\n", encoding="utf-8")
    two = build_corpus(read_corpus(tmp_path, None))
    s = reuse.compare(two).shares.iloc[0]
    assert s["doc_a"] == "note" and s["a_task_chars"] == 0 and pd.isna(s["a_share"]) and s["passages"] == 1


def test_candidate_pairs_ignore_what_every_document_writes():
    import random

    rng = random.Random(3)
    # what every plan of this corpus writes: 250 characters the same in all
    formula = "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(250))
    texts = {f"d{k:03d}": formula + "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(400))
             for k in range(40)}
    texts["d040"] = texts["d007"][:-40] + "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(40))
    # 38 % of every text is the formula; only d007 and its copy share more than that
    # (an n-gram in more than 10 of the 41 documents is common here; the default cap is 100 documents)
    c = reuse.candidate_pairs(texts, threshold=0.3, min_df_cap=10)
    assert list(zip(c["doc_a"], c["doc_b"])) == [("d007", "d040")]
    # with every n-gram kept, the formula alone makes most pairs candidates
    assert len(reuse.candidate_pairs(texts, threshold=0.3)) > 41 * 40 / 2 / 2
