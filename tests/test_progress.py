"""Plan versus report, task by task (analysis.compare.progress): each cue and each rule on a sentence
written for it; the statuses measured on synthetic plan/report pairs written for the test (eight
pairs, five policy domains, 67 plan tasks, the intended statuses in
tests/data/synthetic/progress/expected_status.csv); and the shipped Tianjin report against the
Tianjin plan, against the statuses recorded by reading both (tests/data/tianjin_report_vs_plan.csv)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.compare import progress as pg
from analysis.compare.similarity import load_tokenizer

DATA = Path(__file__).parent / "data"
SYNTHETIC = DATA / "synthetic" / "progress"
TIANJIN = DATA / "tianjin_report_vs_plan.csv"


@pytest.fixture(scope="module")
def tok():
    return load_tokenizer()


# ---------------------------------------------------------------- each cue on its own

#: cue → a sentence in our own words that needs exactly that cue, and the status the sentence gives.
CUE_SENTENCES = {
    "not_yet": ("配套细则尚未出台", "mentioned"),
    "not_done": ("部分乡镇未开展自查工作", "mentioned"),
    "next_step": ("下一步，全面推广试点经验", "mentioned"),
    "future_jiang": ("我局将进一步规范执法程序", "mentioned"),
    "intend_jihua": ("计划于明年三月召开现场会", "mentioned"),
    "intend_ni": ("拟对全县水库开展安全鉴定", "mentioned"),
    "strive": ("力争年底前全面覆盖", "mentioned"),
    "ongoing_now": ("改造工程正在施工", "in_progress"),
    "ongoing_zhong": ("实施细则修订中", "in_progress"),
    "advancing": ("城乡环卫一体化稳步推进", "in_progress"),
    "continuing": ("持续开展河道清障行动", "in_progress"),
    "speeding_up": ("加快建设乡镇污水管网", "in_progress"),
    "gradually": ("垃圾分类逐步推开", "in_progress"),
    "exploring": ("探索建立河长巡河积分制度", "in_progress"),
    "started": ("智慧平台建设项目启动", "in_progress"),
    "in_batches": ("老旧管网分批改造", "in_progress"),
    "already": ("所有学校已接入网络", "done"),
    "le": ("各村落实了保洁员制度", "done"),
    "completed": ("年度抽检任务全面完成", "done"),
    "built": ("县级调度中心建成投用", "done"),
    "achieved": ("行政村通硬化路实现全覆盖", "done"),
    "issued": ("市政府出台农村供水管理办法", "done"),
    "succeeded": ("成功举办全省技能大赛", "done"),
    "one_after_another": ("先后召开推进会议", "done"),
    "cumulative": ("累计受理群众诉求", "done"),
    "result": ("群众反映效果良好", "done"),
    "figure": ("全年走访农户850户", "done"),
}


def test_every_cue_of_the_data_file_has_its_sentence():
    assert sorted(c.name for c in pg.load_cues()) == sorted(CUE_SENTENCES)


@pytest.mark.parametrize("cue", sorted(CUE_SENTENCES))
def test_each_cue_on_its_own(cue):
    sentence, status = CUE_SENTENCES[cue]
    found = {h.cue.name for h in pg.find_cues(sentence)}
    assert found == {cue}, found
    assert pg.classify_statement(sentence)[0] == status


@pytest.mark.parametrize("sentence, absent", [
    ("将学习培训和考试纳入年度考核", "future_jiang"),       # 将 as 把: no future
    ("围绕勤务计划执行情况开展督察", "intend_jihua"),       # the noun 计划
    ("组织执法人员开展模拟训练", "intend_ni"),              # 模拟
    ("为了方便群众办事", "le"), ("深入了解企业需求", "le"),   # 为了, 了解
    ("不得已暂停施工", "already"),
    ("未达到考核指标的予以通报", "not_done"),               # a rule about those who fail
    ("加快推进河道治理", "speeding_up"),                    # 加快推进 is advancing
    ("持续精准发力", "continuing"),
])
def test_a_cue_does_not_fire_where_its_words_mean_something_else(sentence, absent):
    assert absent not in {h.cue.name for h in pg.find_cues(sentence)}


def test_a_plan_or_a_negation_takes_the_rest_of_its_clause():
    assert [h.cue.name for h in pg.find_cues("将于年底前完成改造")] == ["future_jiang"]
    assert [h.cue.name for h in pg.find_cues("尚未完成验收")] == ["not_yet"]
    # 下一步 reaches over the comma: the whole sentence is a plan
    assert [h.cue.name for h in pg.find_cues("下一步，建成县级平台，完成数据接入")] == ["next_step"]
    # a clause after a plan's clause is read again
    assert {h.cue.name for h in pg.find_cues("已制定方案，将于年底前全面实施")} == {"already", "future_jiang"}


def test_a_bound_naming_a_kind_of_thing_is_no_figure():
    assert pg.find_cues("56人以上大班额全部消除") == []
    assert [h.text for h in pg.find_cues("覆盖率达到90%以上。")] == ["90%"]
    assert [h.text for h in pg.find_cues("全市60%以上的学校开设")] == ["60%"]  # 以上的: a share of schools


@pytest.mark.parametrize("sentence, status, reason", [
    ("已完工86处，其余正在施工", "in_progress", "under way"),          # part done, part under way
    ("已制定方案，将于年底前全面实施", "in_progress", "mixed cues"),    # done beside a plan
    ("计划明年启动", "mentioned", "planned only"),
    ("尚未启动", "mentioned", "negated"),
    ("群众对此关注较多", "mentioned", "no progress cue"),
    ("改造工程全面完成", "done", "done"),
])
def test_how_the_cues_of_one_statement_combine(sentence, status, reason):
    got, _, why = pg.classify_statement(sentence)
    assert got == status and why.startswith(reason)


@pytest.mark.parametrize("rows, line, message", [
    ("x,finished,word,已,", 2, "status 'finished' is not one of"),
    ("x,done,paragraph,已,", 2, "scope 'paragraph' is not one of"),
    ("x,done,word,(已,", 2, "does not compile"),
    ("already,done,word,已,\nalready,done,word,了,", 3, "used twice"),
])
def test_a_bad_cue_file_stops_with_the_file_and_line(tmp_path, rows, line, message):
    path = tmp_path / "cues.csv"
    path.write_text("cue,status,scope,pattern,note_en\n" + rows + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=message) as err:
        pg.load_cues(path)
    assert str(err.value).startswith(f"{path}:{line}: ")


# ---------------------------------------------------------------- statements and alignment

PLAN = pd.DataFrame({
    "doc_id": "plan", "task_seq": [1, 2, 3], "task_no": ["1", "2", "3"], "section": "二",
    "subsection": ["一", "一", "二"],
    "title": ["建设乡镇污水处理站", "开展河道保洁", "推行垃圾分类"],
    "text": ["在人口集中的乡镇建设污水处理站，新建处理站不少于20个。", "组建河道保洁队伍，每周清理河面漂浮物。",
             "在城区小区推行生活垃圾分类投放，分类覆盖率达到80%以上。"],
})


def test_statements_are_sentences_with_their_place():
    units = pd.DataFrame({"doc_id": "r", "part": ["一、设施建设", "一、设施建设", "closing"],
                          "text": ["新建污水处理站22个。河道保洁队伍已组建。", "二", "下一步，推行垃圾分类。"]})
    st = pg.split_statements(units)
    assert list(st["text"]) == ["新建污水处理站22个。", "河道保洁队伍已组建。", "下一步，推行垃圾分类。"]
    assert list(st["location"]) == ["一、设施建设, sentence 1", "一、设施建设, sentence 2", "closing, sentence 1"]
    assert list(st["statement"]) == [1, 2, 3]


def test_each_task_gets_its_status_evidence_and_why(tok):
    report = "全县新建乡镇污水处理站22个。河道保洁正在全面铺开。下一步，将在城区小区推行垃圾分类。"
    t = pg.task_status(PLAN, report, tok, report_id="r")
    assert list(t["status"]) == ["done", "in_progress", "mentioned"]
    assert t.loc[0, "evidence"] == "全县新建乡镇污水处理站22个。" and t.loc[0, "location"] == "sentence 1"
    assert "22个 (figure)" in t.loc[0, "cues"] and "shares 乡镇、污水处理" in t.loc[0, "why"]
    assert t.loc[2, "why"].endswith("planned only: 下一步 (next_step)")
    assert list(t["target"]) == ["met", "", "not_reported"]
    assert list(t["section"]) == ["二（一）", "二（一）", "二（二）"]


def test_no_statement_at_the_threshold_is_not_mentioned_and_says_the_closest(tok):
    t = pg.task_status(PLAN, "全县新建乡镇污水处理站22个。", tok)
    assert list(t["status"]) == ["done", "not_mentioned", "not_mentioned"]
    assert t.loc[1, "why"].startswith("no statement reaches cosine 0.15 (closest: sentence 1")
    assert pd.isna(t.loc[1, "evidence"])


def test_a_statement_closer_to_another_task_is_left_to_it(tok):
    """A sentence on the river-cleaning team shares 队伍 and 组建 with a task on a waste team, but it is the
    river task's: the waste task is not mentioned, and why names the task the sentence belongs to."""
    plan = pd.concat([PLAN, pd.DataFrame({"doc_id": "plan", "task_seq": [4], "task_no": ["4"], "section": "二",
                                          "subsection": "二", "title": ["组建垃圾清运队伍"],
                                          "text": ["各镇组建垃圾清运队伍，配齐清运车辆。"]})], ignore_index=True)
    t = pg.task_status(plan, "各镇已组建河道保洁队伍，每周清理河面。", tok)
    assert t.loc[1, "status"] == "done"
    assert t.loc[3, "status"] == "not_mentioned"
    assert "speaks more of task 2 (开展河道保洁)" in t.loc[3, "why"]


def test_a_weak_alignment_does_not_let_a_cue_decide(tok):
    t = pg.task_status(PLAN, "全县新建乡镇污水处理站22个。", tok, strong=0.99)
    assert t.loc[0, "status"] == "mentioned"
    assert "weak alignment (cosine below 0.99): the cue is not taken, mentioned only" in t.loc[0, "why"]


def test_a_report_without_statements_assesses_nothing(tok):
    t = pg.task_status(PLAN, "", tok)
    assert t["status"].isna().all() and t["why"].str.startswith("the report has no statement").all()
    assert list(pg.status_counts(t.assign(report="r", plan="p")).columns) == [*pg.STATUSES, "not_assessed", "tasks"]


# ---------------------------------------------------------------- numeric targets

def _target(plan_text: str, report: str, tok, title: str = "完成任务") -> pd.Series:
    plan = pd.DataFrame({"doc_id": "p", "task_seq": [1], "task_no": ["1"], "section": "二", "subsection": None,
                         "title": [title], "text": [plan_text]})
    t = pg.target_check(plan, report, tok)
    assert len(t) == 1
    return t.iloc[0]


def test_at_least_and_at_most_targets(tok):
    met = _target("乡镇卫生院达标率不低于90%。", "全市乡镇卫生院达标率为93%。", tok)
    assert (met["result"], met["direction"], met["report_value"]) == ("met", "at_least", 93.0)
    over = _target("课堂使用电子产品时长不超过总时长的30%。", "课堂使用电子产品时长占比为35%。", tok)
    assert (over["result"], over["direction"]) == ("not_met", "at_most")
    assert over["why"].startswith("35 % > 30 % (at_most)")


def test_a_count_without_a_direction_word_is_read_as_at_least_and_said_so(tok):
    r = _target("对全县山塘逐一开展安全鉴定，完成鉴定山塘40处。", "全县山塘安全鉴定已完成32处。", tok)
    assert (r["result"], r["direction"]) == ("not_met", "at_least (assumed)")


def test_another_rate_or_another_unit_is_not_the_figure_of_the_target(tok):
    rate = _target("所有学校开展课后服务，课后服务覆盖率达到100%。", "课后服务已在各校开展，学生参与率为92%。", tok)
    assert rate["result"] == "not_reported" and "参与率 is not 覆盖率" in rate["why"]
    unit = _target("全年培训护理员不少于500人次。", "全年培训护理员48期。", tok)
    assert unit["result"] == "not_reported" and unit["why"].startswith("no figure in 人次")


def test_a_figure_per_head_is_not_compared_with_a_total(tok):
    r = _target("每名村医每年参加培训不少于30学时。", "全年组织村医培训共计2400学时。", tok)
    assert r["result"] == "not_reported" and "counted in total, the target per head" in r["why"]
    same = _target("每名村医每年参加培训不少于30学时。", "村医人均参加培训34学时。", tok)
    assert same["result"] == "met"


def test_of_two_figures_in_the_unit_the_one_measuring_the_target_is_taken(tok):
    r = _target("新建村级污水处理站不少于60个。", "新建村级污水处理站64个，覆盖村庄180余个。", tok)
    assert (r["result"], r["report_value"]) == ("met", 64.0)


def test_a_bound_naming_a_kind_of_thing_is_no_target(tok):
    plan = pd.DataFrame({"doc_id": "p", "task_seq": [1], "task_no": ["1"], "section": "二", "subsection": None,
                         "title": ["消除大班额"], "text": ["全面消除56人以上大班额，小学班额控制在45人以内。"]})
    t = pg.target_check(plan, "全县56人以上大班额已全部消除。", tok)
    assert list(t["target"]) == ["小学班额控制在45人以内"]
    assert t.iloc[0]["result"] == "not_reported"


# ---------------------------------------------------------------- measured on synthetic pairs

def _scores(truth: pd.Series, got: pd.Series, labels) -> dict[str, tuple[float, float]]:
    out = {}
    for s in labels:
        tp = int(((truth == s) & (got == s)).sum())
        out[s] = (tp / max(int((got == s).sum()), 1), tp / max(int((truth == s).sum()), 1))
    return out


@pytest.fixture(scope="module")
def synthetic(tok):
    from analysis.io.tables import load_corpus

    corpus = load_corpus(SYNTHETIC / "raw", SYNTHETIC / "manifest.csv")
    expected = pd.read_csv(SYNTHETIC / "expected_status.csv", dtype=str, keep_default_na=False)
    found = []
    for (report, plan), rows in expected.groupby(["report", "plan"], sort=False):
        t = pg.compare_report(corpus, report, plan, tok).tasks
        found.append(rows.merge(t.astype({"task_no": str}), on=["report", "plan", "task_no"], suffixes=("_read", "")))
    return pd.concat(found, ignore_index=True)


def test_the_synthetic_pairs_cover_what_the_issue_asks(synthetic):
    assert len(synthetic) == 67 and synthetic["report"].nunique() == 8
    assert synthetic["status_read"].value_counts().to_dict() == {"done": 28, "in_progress": 16, "mentioned": 12,
                                                                  "not_mentioned": 11}
    assert set(synthetic["target_read"]) == {"", "met", "not_met", "not_reported"}


def test_status_precision_and_recall_on_the_synthetic_pairs(synthetic):
    """Measured: done 1.00/1.00, in progress 1.00/1.00, mentioned 1.00/0.92, not mentioned 0.92/1.00
    (docs/methods.md); the issue's bar is 0.9."""
    scores = _scores(synthetic["status_read"], synthetic["status"], pg.STATUSES)
    print("status precision/recall:", {k: (round(p, 3), round(r, 3)) for k, (p, r) in scores.items()})
    assert all(p >= 0.9 and r >= 0.9 for p, r in scores.values()), scores


def test_target_results_on_the_synthetic_pairs(synthetic):
    with_target = synthetic[synthetic["target_read"] != ""]
    assert len(with_target) == 32
    scores = _scores(with_target["target_read"], with_target["target"], pg.TARGET_RESULTS)
    print("target precision/recall:", scores)
    assert all(p >= 0.9 and r >= 0.9 for p, r in scores.values()), scores


def test_every_synthetic_task_has_evidence_where_the_report_speaks_of_it(synthetic):
    spoken = synthetic[synthetic["status"] != "not_mentioned"]
    assert spoken["evidence"].notna().all() and spoken["location"].notna().all()
    assert (spoken["score"] >= pg.THRESHOLD).all()


# ---------------------------------------------------------------- the shipped Tianjin pair

@pytest.fixture(scope="module")
def tianjin(real_corpus, tok):
    read = pd.read_csv(TIANJIN, dtype=str, keep_default_na=False)
    got = pg.compare_report(real_corpus, "tianjin_2023_report", "tianjin_2021_plan", tok)
    return read.merge(got.tasks.astype({"task_no": str}), on="task_no", suffixes=("_read", "")), got


def test_tianjin_agreement_with_a_readers_statuses(tianjin):
    """The report covers the 2023 special rectification, not the 2021 plan: 9 of 17 tasks are not
    mentioned on reading. Measured agreement 12 of 17 (0.71): the five misses are done tasks the
    report describes in other words (比武 for 比赛 is found; 普法讲解 for 普法责任制, 军事化训练 for
    岗位训练 are not) or with bare verbs and 持续开展 (in progress, where the reader says done)."""
    both, _ = tianjin
    confusion = pd.crosstab(both["status_read"], both["status"])
    print(confusion)
    assert len(both) == 17
    assert (both["status_read"] == both["status"]).mean() >= 0.70
    assert confusion.loc["not_mentioned"].get("not_mentioned", 0) == 9  # every task read as not mentioned
    assert not ((both["status_read"] == "not_mentioned") & (both["status"] == "done")).any()


def test_tianjin_evidence_is_the_passage_read_where_both_say_done(tianjin):
    both, _ = tianjin
    agreed = both[(both["status_read"] == "done") & (both["status"] == "done")]
    assert len(agreed) >= 3
    for row in agreed.itertuples():
        assert row.evidence.rstrip("。；") in row.evidence_read or row.evidence_read.rstrip("。；") in row.evidence, row


def test_tianjin_study_hours_meet_the_plans_forty(tianjin):
    _, got = tianjin
    t = got.targets
    assert len(t) == 1
    row = t.iloc[0]
    assert (row["task_no"], row["plan_value"], row["report_value"], row["unit"], row["result"]) == \
        ("5", 40.0, 60.0, "学时", "met")
    assert row["report_figure"] == "线上线下专题学习已经超过60学时"


def test_tianjin_statements_come_from_the_parse_with_preamble_and_closing(real_corpus):
    units = pg.report_units(real_corpus, "tianjin_2023_report")
    assert units["part"].iloc[0] == "preamble" and units["part"].iloc[-1] == "closing"
    assert list(dict.fromkeys(units["part"]))[1] == "一、以深化宣传引导为方向，社会认可度明显提升"
    assert not units["text"].str.contains("天津市交通运输委员会及时修改").any()  # the web page's tail is not the report


def test_without_the_parse_the_report_is_read_from_its_tables(real_corpus):
    from analysis.io.tables import Corpus

    tables = Corpus(**{**real_corpus.__dict__, "parsed": []})
    units = pg.report_units(tables, "tianjin_2023_report")
    assert "preamble" not in set(units["part"]) and units["part"].nunique() == 6
